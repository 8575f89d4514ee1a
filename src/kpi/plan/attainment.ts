/** Options of `attainment`. */
export interface AttainmentOptions {
  /**
   * Whether a smaller actual is better (costs, refusal or return rates, CAC).
   * @default false
   */
  lowerIsBetter?: boolean;
}

/**
 * Attainment: how much of the target is reached (KPI-SPEC §3). 1 means exactly on target, above 1 better than
 * the target, whichever the KPI's direction.
 *
 * A ratio measures only when both sides are positive: with a target of 0 or below (a loss-making ROMI target of
 * −0.2, a negative growth target), or an actual on the other side of 0, `actual / target` reads backwards
 * (−0.1 against −0.2 is a better ROMI, yet its ratio 0.5 looks like half the target). There, as with a zero
 * divisor, there is no attainment; `kpiStatus` compares the actual with the target directly.
 *
 * @param actual The actual (or, in the report, the forecast) value.
 * @param target The target value.
 * @param options `lowerIsBetter`: compare as target / actual instead of actual / target.
 * @returns `actual / target` (`target / actual` when lower is better), or null when the target is 0 or less,
 *   the actual is below 0, or (lower is better) the actual is 0.
 * @example
 * attainment(90, 100) //=> 0.9
 * attainment(0.05, 0.04, { lowerIsBetter: true }) //=> 0.8
 * attainment(-0.1, -0.2) //=> null
 */
export function attainment(actual: number, target: number, options?: AttainmentOptions): number | null {
  if (!(target > 0) || !(actual >= 0)) return null;
  if (options?.lowerIsBetter === true) return actual === 0 ? null : target / actual;
  const q = actual / target;
  return q === 0 ? 0 : q;
}
