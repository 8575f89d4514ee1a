import { returnRate } from '../kpi/formulas/returnRate';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [countArg('returns'), countArg('sales')] as const;

/**
 * Return rate (Доля возвратов): returns per sale, as a fraction (0.05 = 5%).
 * Takes single values or whole columns. Blank where a value is blank or there are no sales.
 * Example: =RETURN_RATE(3, 60) gives 0.05.
 *
 * @param returns Number of returns (refunds). A count, 0 or more.
 * @param sales Number of sales (orders). A count, 0 or more.
 * @return returns / sales, a fraction (format the cell as %).
 * @customfunction
 */
export function RETURN_RATE(returns: CellInput, sales: CellInput): CellResult {
  return broadcast(new FunctionCall('RETURN_RATE'), ARGS, [returns, sales], ([r, s]) => returnRate(r, s));
}
