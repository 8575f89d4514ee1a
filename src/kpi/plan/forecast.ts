import type { Day } from '../day';
import { type KpiKey, kpiDefinition } from '../kpis';
import { type Period, periodDays, periodStart } from '../periods';
import { runRate } from './runRate';

/**
 * The forecast of a KPI for the whole period P, seen on day `asOf` (KPI-SPEC §3).
 *
 * - Additive KPIs (revenue, orders, returns, spend…): the run rate `actual × days(P) / elapsed`, where
 *   `elapsed = asOf − start + 1` counts `asOf` itself as elapsed (the data are taken to be complete up to and
 *   including that day). On P's last day `elapsed = days(P)`, so the forecast is the actual; after P it stays the
 *   actual.
 * - Before P starts nothing has elapsed: null ("cannot forecast"), not 0 and not the actual.
 * - Ratio and other non-additive KPIs (conversion, average check, CAC…): the actual itself; a rate does not grow
 *   with the days.
 * - Marketing spend (no better direction): the actual itself. Spend is booked ahead, often as a monthly budget
 *   dated the 1st: a run rate would multiply a whole month's budget by the days of the month.
 *
 * @param key The KPI.
 * @param actual Its value in P so far; null when blank.
 * @param period The period P.
 * @param asOf The as-of day (days since 1970-01-01).
 * @returns The forecast, or null when the actual is blank or (additive KPIs) P has not started on `asOf`.
 * @example
 * // 2026-11 has 30 days; on 2026-11-10 ten have elapsed
 * forecast('revenue', 300000, parsePeriodLabel('2026-11')!, dayFromCivil(2026, 11, 10)) //=> 900000
 */
export function forecast(key: KpiKey, actual: number | null, period: Period, asOf: Day): number | null {
  if (actual === null) return null;
  const kpi = kpiDefinition(key);
  if (!kpi.additive || kpi.direction === null) return actual;
  const elapsed = asOf - periodStart(period) + 1;
  if (elapsed <= 0) return null;
  return runRate(actual, elapsed, periodDays(period));
}
