import { retentionRate } from '../kpi/formulas/retentionRate';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [countArg('customers_end'), countArg('new_customers'), countArg('customers_start')] as const;

/**
 * Customer retention (Коэффициент удержания): the share of the customers of the start of a period who still
 * bought by its end, as a fraction (0.9 = 90%): (customers_end − new_customers) / customers_start.
 * Takes single values or whole columns. Blank where a value is blank or customers_start is 0.
 * The textbook formula: it can exceed 100% when customers who skipped a period come back. KPI_TABLE's Retention
 * column is bounded instead: last period's customers who bought again / last period's customers (never above 100%).
 * Example: =RETENTION(120, 30, 100) gives 0.9.
 *
 * @param customers_end Customers at the end of the period, new ones included. A count, 0 or more.
 * @param new_customers New customers won during the period. A count, 0 or more.
 * @param customers_start Customers at the start of the period (those of the period before). A count, 0 or more.
 * @return The retention rate, a fraction (format the cell as %).
 * @customfunction
 */
export function RETENTION(
  customers_end: CellInput,
  new_customers: CellInput,
  customers_start: CellInput,
): CellResult {
  return broadcast(
    new FunctionCall('RETENTION'),
    ARGS,
    [customers_end, new_customers, customers_start],
    ([end, fresh, start]) => retentionRate(end, fresh, start),
  );
}
