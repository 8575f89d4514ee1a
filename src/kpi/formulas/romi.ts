import { ratio } from './ratio';

/**
 * ROMI, return on marketing investment (KPI-SPEC §2 `romi`, §5 `ROMI`).
 *
 * @param revenue Revenue brought by the marketing.
 * @param marketingCost What the marketing cost.
 * @returns `(revenue − marketingCost) / marketingCost`, or null when nothing was spent.
 * @example
 * romi(150000, 50000) //=> 2
 */
export function romi(revenue: number, marketingCost: number): number | null {
  return ratio(revenue - marketingCost, marketingCost);
}
