import type { FunctionCall } from './FunctionCall';

/**
 * Throws, in the user's language, when the rows of a range have different lengths (Sheets never sends such a
 * range; code calling the functions as a library may): the error names the argument and the first row whose
 * length differs from the first row's. A range is never cut to its first row silently.
 *
 * @param rows The range as rows (a flat array is one row and always rectangular).
 * @param argument The argument's name, as the spec spells it.
 * @param call The function call (name, locale).
 * @example
 * assertRectangular([[1, 2], [3]], 'a', new FunctionCall('DIV', 'en_US'))
 * // throws 'DIV: argument "a" is not a rectangular range: row 2 has 1 cell, but row 1 has 2; …'
 */
export function assertRectangular(rows: readonly unknown[], argument: string, call: FunctionCall): void {
  if (rows.length === 0 || !Array.isArray(rows[0])) return;
  const expected = (rows[0] as readonly unknown[]).length;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const columns = Array.isArray(row) ? row.length : null;
    if (columns !== expected) {
      call.fail({ code: 'ragged_range', fn: call.fn, argument, row: r + 1, columns, expected });
    }
  }
}
