import { ratio } from './ratio';

/**
 * Refusal rate: the share of deals that were lost (KPI-SPEC §2 `refusal_rate`, §5 `REFUSAL_RATE`).
 *
 * @param refusals Lost (refused, cancelled) deals.
 * @param total All deals.
 * @returns `refusals / total`, or null when there are no deals.
 * @example
 * refusalRate(12, 80) //=> 0.15
 */
export function refusalRate(refusals: number, total: number): number | null {
  return ratio(refusals, total);
}
