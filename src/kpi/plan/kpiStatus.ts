import { attainment } from './attainment';

/** The status of a KPI against its target (KPI-SPEC §3). Its words are in `i18n/status.ts`. */
export type KpiStatus = 'on_track' | 'at_risk' | 'behind' | 'no_target' | 'no_data';

/** The at-risk threshold of the spec: attainment from 0.9 up to 1 is "at risk". */
export const DEFAULT_AT_RISK = 0.9;

/** Options of `kpiStatus`. */
export interface KpiStatusOptions {
  /**
   * Whether a smaller actual is better (costs, refusal or return rates, CAC).
   * @default false
   */
  lowerIsBetter?: boolean;
  /**
   * The attainment from which a KPI below its target is "at risk" rather than "behind"; in (0, 1].
   * @default 0.9
   */
  atRisk?: number;
}

/**
 * The status of a KPI (KPI-SPEC §3): attainment ≥ 1 → `on_track`; ≥ `atRisk` → `at_risk`; else `behind`;
 * no target → `no_target`; no actual → `no_data`.
 *
 * When there is no attainment (`attainment` is null: a target of 0 or below, such as a loss-making ROMI target
 * of −0.2 or a negative growth target; an actual below 0; an actual of 0 for a lower-is-better KPI), the actual
 * is compared with the target directly, as an analyst would: met or beaten → `on_track` (0 refusals against a
 * target of 3; any sales against a target of 0; a ROMI of −0.1 against −0.2), missed → `behind`. There is no
 * at-risk band there: no ratio measures how far off it is.
 *
 * @param actual The actual value (the report passes the forecast); null when there is none.
 * @param target The target; null when there is none.
 * @param options `lowerIsBetter` (default false) and `atRisk` (default 0.9).
 * @returns The status code.
 * @example
 * kpiStatus(95, 100) //=> 'at_risk'
 * kpiStatus(0, 3, { lowerIsBetter: true }) //=> 'on_track'
 * kpiStatus(-0.1, -0.2) //=> 'on_track'
 */
export function kpiStatus(
  actual: number | null,
  target: number | null,
  options?: KpiStatusOptions,
): KpiStatus {
  const atRisk = options?.atRisk ?? DEFAULT_AT_RISK;
  if (!(atRisk > 0 && atRisk <= 1)) {
    throw new RangeError(
      `kpiStatus: atRisk must be in (0, 1], got ${atRisk}; check the threshold before calling.`,
    );
  }
  if (target === null) return 'no_target';
  if (actual === null) return 'no_data';
  const lowerIsBetter = options?.lowerIsBetter ?? false;
  const a = attainment(actual, target, { lowerIsBetter });
  if (a === null) {
    const met = lowerIsBetter ? actual <= target : actual >= target;
    return met ? 'on_track' : 'behind';
  }
  if (a >= 1) return 'on_track';
  return a >= atRisk ? 'at_risk' : 'behind';
}
