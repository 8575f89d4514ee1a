import { cac } from '../kpi/formulas/cac';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg, numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('marketing_cost'), countArg('new_customers')] as const;

/**
 * CAC, customer acquisition cost (Стоимость привлечения): marketing cost per new customer, in money.
 * Takes single values or whole columns. Blank where a value is blank or there are no new customers.
 * Example: =CAC(50000, 40) gives 1250.
 *
 * @param marketing_cost What the marketing cost, in money.
 * @param new_customers New customers won. A count, 0 or more.
 * @return marketing_cost / new_customers, in money.
 * @customfunction
 */
export function CAC(marketing_cost: CellInput, new_customers: CellInput): CellResult {
  return broadcast(new FunctionCall('CAC'), ARGS, [marketing_cost, new_customers], ([cost, n]) =>
    cac(cost, n),
  );
}
