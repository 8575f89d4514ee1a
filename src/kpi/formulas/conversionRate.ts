import { ratio } from './ratio';

/**
 * Conversion: the share of opportunities that converted (KPI-SPEC §2 `conversion`, §5 `CONVERSION`).
 *
 * @param conversions Converted opportunities (won deals, orders).
 * @param opportunities All opportunities (deals, leads).
 * @returns `conversions / opportunities`, or null when there are no opportunities.
 * @example
 * conversionRate(25, 100) //=> 0.25
 */
export function conversionRate(conversions: number, opportunities: number): number | null {
  return ratio(conversions, opportunities);
}
