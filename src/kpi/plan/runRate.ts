/**
 * Run rate: the forecast of an additive KPI for the whole period if it keeps the pace of the days elapsed
 * (KPI-SPEC §3). Once the period is over (`elapsedDays ≥ totalDays`) the forecast is the actual itself.
 *
 * @param actual The value so far (revenue, orders…).
 * @param elapsedDays Days of the period elapsed so far, ≥ 0 (the report counts the current day: as_of − start + 1).
 * @param totalDays Days in the whole period, ≥ 0.
 * @returns `actual × totalDays / elapsedDays`; `actual` when the period is over; null when no day has elapsed.
 * @example
 * runRate(300000, 10, 30) //=> 900000
 */
export function runRate(actual: number, elapsedDays: number, totalDays: number): number | null {
  if (elapsedDays < 0 || totalDays < 0) {
    throw new RangeError(`runRate: days cannot be negative (elapsed ${elapsedDays}, total ${totalDays}).`);
  }
  if (elapsedDays === 0) return null;
  if (elapsedDays >= totalDays) return actual;
  return (actual * totalDays) / elapsedDays;
}
