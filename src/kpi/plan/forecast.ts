import type { Day } from '../calendar/day';
import { type Period, periodDays, periodStart } from '../calendar/periods';
import { KPIS, type KpiKey } from '../kpis';
import { runRate } from './runRate';

/**
 * The flow KPIs of spec §3 (`flow: true` in the registry): they accumulate day by day, so their forecast is a run
 * rate. Every other KPI (ratios, `deals`, `sales_cycle`, `open_pipeline`) is not run-rated.
 */
export const FLOW_KPIS: ReadonlySet<string> = new Set(KPIS.filter((k) => k.flow).map((k) => k.key));

/**
 * The forecast of a KPI for the whole period P, seen on day `asOf` (KPI-SPEC §3).
 *
 * - Flow KPIs (revenue, gross, returns, orders, units, customers, new and returning customers, spend): the run
 *   rate `actual × days(P) / elapsed`, where `elapsed = asOf − start + 1` counts `asOf` itself as elapsed (the
 *   actual counts the rows dated up to and including that day). On P's last day `elapsed = days(P)`, so the
 *   forecast is the actual; after P it stays the actual. Before P starts nothing has elapsed: null ("cannot
 *   forecast"), not 0 and not the actual.
 * - `deals`: every deal row dated in P, also those dated after `asOf` (open deals with a later expected close
 *   date are already known): `known`, the count over the whole log. Without it (no as-of cut-off), the actual.
 * - Ratio KPIs (conversion, average check, CAC…) and the others (sales cycle, open pipeline): the actual itself;
 *   a rate does not grow with the days. (The report may replace sales volume's run rate by the pipeline forecast:
 *   `pipelineForecastOf`.)
 *
 * @param key The KPI.
 * @param actual Its value in P so far (rows dated up to `asOf`); null when blank.
 * @param period The period P.
 * @param asOf The as-of day (days since 1970-01-01).
 * @param known For `deals`: the count of every deal row dated in P, after `asOf` too; null or absent = `actual`.
 * @returns The forecast, or null when the actual is blank or (flow KPIs) P has not started on `asOf`.
 * @example
 * // 2026-11 has 30 days; on 2026-11-10 ten have elapsed
 * forecast('revenue', 300000, parsePeriodLabel('2026-11')!, dayFromCivil(2026, 11, 10)) //=> 900000
 * forecast('deals', 12, parsePeriodLabel('2026-11')!, dayFromCivil(2026, 11, 10), 15) //=> 15
 */
export function forecast(
  key: KpiKey,
  actual: number | null,
  period: Period,
  asOf: Day,
  known?: number | null,
): number | null {
  if (actual === null) return null;
  if (key === 'deals') return known ?? actual;
  if (!FLOW_KPIS.has(key)) return actual;
  const elapsed = asOf - periodStart(period) + 1;
  if (elapsed <= 0) return null;
  return runRate(actual, elapsed, periodDays(period));
}
