import { ratio } from './ratio';
import { returningCustomers } from './returningCustomers';

/**
 * Customer retention, the textbook formula of the `RETENTION` custom function (KPI-SPEC §5): the share of the
 * customers at the start of the period who are still buying at its end. It trusts its three counts, so with
 * reactivated customers (who skipped the period before) it can exceed 1; `KPI_TABLE` and the report use the
 * bounded form of §2 instead, |C(P) ∩ C(P-1)| / |C(P-1)| (`Totals.retained`), which never does.
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
  return ratio(returningCustomers(customersEnd, newCustomers), customersStart);
}
