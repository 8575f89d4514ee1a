import type { Day } from '../calendar/day';
import { type Period, periodDays, periodEnd } from '../calendar/periods';
import { type KpiKey, kpiDefinition } from '../kpis';

/**
 * The pace still needed: how much of an additive KPI per day, from the day after `asOf` to the last day of P,
 * takes the actual to the target (KPI-SPEC §3: `(target − actual) / days left`).
 *
 * - Days left are the days of P after `asOf`: `end − asOf − 1`, so `asOf` counts as done, the same day the
 *   forecast counts as elapsed (elapsed + days left = days(P)). Before P starts, every day of P is left.
 * - Target already reached: 0 (nothing more needed), never a negative pace.
 * - No day left (`asOf` is P's last day or later): null; there is no pace to keep.
 * - Lower-is-better additive KPIs (returns) and KPIs without a direction (spend): the same formula reads as the
 *   allowance per day left, `(target − actual) / days left`; 0 when the target (the cap or budget) is already used
 *   up or exceeded.
 * - Non-additive KPIs (ratios, average check, CAC): null; a rate has no daily pace.
 *
 * @param key The KPI.
 * @param actual Its value in P so far; null when blank.
 * @param target Its target for P; null when there is none.
 * @param period The period P.
 * @param asOf The as-of day (days since 1970-01-01).
 * @returns Amount (or count) per day, ≥ 0; or null as above.
 * @example
 * // 2026-11 has 30 days; after 2026-11-10 twenty are left: (1000000 − 300000) / 20
 * neededPace('revenue', 300000, 1000000, parsePeriodLabel('2026-11')!, dayFromCivil(2026, 11, 10)) //=> 35000
 */
export function neededPace(
  key: KpiKey,
  actual: number | null,
  target: number | null,
  period: Period,
  asOf: Day,
): number | null {
  if (actual === null || target === null || !kpiDefinition(key).additive) return null;
  const daysLeft = Math.min(periodEnd(period) - asOf - 1, periodDays(period));
  if (daysLeft <= 0) return null;
  const remaining = target - actual;
  return remaining > 0 ? remaining / daysLeft : 0;
}
