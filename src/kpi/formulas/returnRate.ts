import { ratio } from './ratio';

/**
 * Return rate: returns per sale (KPI-SPEC §2 `return_rate`, §5 `RETURN_RATE`).
 *
 * @param returns Number of returns.
 * @param sales Number of sales (orders).
 * @returns `returns / sales`, or null when there are no sales.
 * @example
 * returnRate(3, 60) //=> 0.05
 */
export function returnRate(returns: number, sales: number): number | null {
  return ratio(returns, sales);
}
