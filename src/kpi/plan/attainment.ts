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
 * @param actual The actual (or, in the report, the forecast) value.
 * @param target The target value.
 * @param options `lowerIsBetter`: compare as target / actual instead of actual / target.
 * @returns `actual / target` (`target / actual` when lower is better), or null when that denominator is 0.
 * @example
 * attainment(90, 100) //=> 0.9
 * attainment(0.05, 0.04, { lowerIsBetter: true }) //=> 0.8
 */
export function attainment(actual: number, target: number, options?: AttainmentOptions): number | null {
  const lower = options?.lowerIsBetter === true;
  const denominator = lower ? actual : target;
  if (denominator === 0) return null;
  const q = (lower ? target : actual) / denominator;
  return q === 0 ? 0 : q;
}
