import { ratio } from './ratio';

/**
 * Customer retention: the share of the customers at the start of the period who are still buying at its end
 * (KPI-SPEC §2 `retention`, §5 `RETENTION`).
 *
 * @param customersEnd Customers at the end of the period (new ones included).
 * @param newCustomers New customers won during the period.
 * @param customersStart Customers at the start of the period (those of the period before).
 * @returns `(customersEnd − newCustomers) / customersStart`, or null when there were no customers at the start.
 * @example
 * retentionRate(120, 30, 100) //=> 0.9
 */
export function retentionRate(
  customersEnd: number,
  newCustomers: number,
  customersStart: number,
): number | null {
  return ratio(customersEnd - newCustomers, customersStart);
}
