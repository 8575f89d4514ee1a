import { ratio } from './ratio';

/**
 * Average check: revenue per order (KPI-SPEC §2 `average_check`, §5 `AVERAGE_CHECK`).
 *
 * @param revenue Revenue of the orders.
 * @param orders Number of orders.
 * @returns `revenue / orders`, or null when there are no orders.
 * @example
 * averageCheck(150000, 60) //=> 2500
 */
export function averageCheck(revenue: number, orders: number): number | null {
  return ratio(revenue, orders);
}
