import { refusalRate } from '../kpi/formulas/refusalRate';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [countArg('refusals'), countArg('total')] as const;

/**
 * Refusal rate (Доля отказов): the share of deals that were lost or refused, as a fraction (0.15 = 15%).
 * Takes single values or whole columns. Blank where a value is blank or there are no deals.
 * Example: =REFUSAL_RATE(12, 80) gives 0.15.
 *
 * @param refusals Lost, refused or cancelled deals. A count, 0 or more.
 * @param total All deals. A count, 0 or more.
 * @return refusals / total, a fraction (format the cell as %).
 * @customfunction
 */
export function REFUSAL_RATE(refusals: CellInput, total: CellInput): CellResult {
  return broadcast(new FunctionCall('REFUSAL_RATE'), ARGS, [refusals, total], ([r, t]) => refusalRate(r, t));
}
