import { romi } from '../kpi/formulas/romi';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('revenue'), numberArg('marketing_cost')] as const;

/**
 * ROMI, return on marketing investment (ROMI): what the marketing brought back on top of its cost, as a
 * fraction of the cost (2 = 200%: every 1 spent returned 3); negative when it did not pay off.
 * Formula: (revenue − marketing_cost) / marketing_cost.
 * Takes single values or whole columns. Blank where a value is blank or nothing was spent.
 * Example: =ROMI(150000, 50000) gives 2.
 *
 * @param revenue Revenue brought by the marketing, in money.
 * @param marketing_cost What the marketing cost, in the same money.
 * @return The ROMI, a fraction (format the cell as %).
 * @customfunction
 */
export function ROMI(revenue: CellInput, marketing_cost: CellInput): CellResult {
  return broadcast(new FunctionCall('ROMI'), ARGS, [revenue, marketing_cost], ([r, cost]) => romi(r, cost));
}
