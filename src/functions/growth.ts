import { growth } from '../kpi/formulas/growth';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('current'), numberArg('previous')] as const;

/**
 * Growth (Прирост): the change from the previous value, as a fraction of it (0.2 = +20%, −0.1 = −10%):
 * (current − previous) / |previous|. Dividing by the absolute value keeps the sign right for negative values:
 * from −100 to −50 is +50%.
 * Takes single values or whole columns. Blank where a value is blank or the previous value is 0.
 * Example: =GROWTH(120, 100) gives 0.2.
 *
 * @param current The value now (this month's revenue…).
 * @param previous The value to compare with (last month's revenue…).
 * @return The growth, a fraction (format the cell as %).
 * @customfunction
 */
export function GROWTH(current: CellInput, previous: CellInput): CellResult {
  return growthOf('GROWTH', current, previous);
}

/**
 * Growth rate (Темп прироста): the change from the previous value, as a fraction of it (0.2 = +20%):
 * (current − previous) / |previous|. The same as GROWTH, under a name Google Sheets does not use itself: in a real
 * spreadsheet the built-in GROWTH (an exponential trend) takes precedence over an add-on function of that name.
 * Takes single values or whole columns. Blank where a value is blank or the previous value is 0.
 * Example: =GROWTH_RATE(120, 100) gives 0.2.
 *
 * @param current The value now (this month's revenue…).
 * @param previous The value to compare with (last month's revenue…).
 * @return The growth, a fraction (format the cell as %).
 * @customfunction
 */
export function GROWTH_RATE(current: CellInput, previous: CellInput): CellResult {
  return growthOf('GROWTH_RATE', current, previous);
}

function growthOf(fn: string, current: CellInput, previous: CellInput): CellResult {
  return broadcast(new FunctionCall(fn), ARGS, [current, previous], ([now, before]) => growth(now, before));
}
