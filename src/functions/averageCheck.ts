import { averageCheck } from '../kpi/formulas/averageCheck';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg, numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('revenue'), countArg('orders')] as const;

/**
 * Average check (Средний чек): revenue per order, in the currency of the revenue.
 * Takes single values or whole columns. Blank where a value is blank or there are no orders.
 * Example: =AVERAGE_CHECK(150000, 60) gives 2500.
 *
 * @param revenue Revenue of the orders, in money.
 * @param orders Number of orders. A count, 0 or more.
 * @return revenue / orders, in money.
 * @customfunction
 */
export function AVERAGE_CHECK(revenue: CellInput, orders: CellInput): CellResult {
  return broadcast(new FunctionCall('AVERAGE_CHECK'), ARGS, [revenue, orders], ([r, o]) =>
    averageCheck(r, o),
  );
}
