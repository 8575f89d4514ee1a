import { isBlankCell } from './isBlankCell';

/**
 * Whether every cell of a row is blank (an open range like `A1:I` brings hundreds of such rows).
 *
 * @example
 * isBlankRow(['', ' ', null]) //=> true
 */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  return true;
}
