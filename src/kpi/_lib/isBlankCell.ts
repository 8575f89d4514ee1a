const BLANK = /^\s*$/;

/**
 * Whether a cell as Sheets passes it is blank: `''`, only spaces, or missing (a short row gives `undefined`).
 *
 * @param cell A cell value: Date, number, string, boolean, `''`, or undefined past the end of a short row.
 * @returns true for a blank cell.
 * @example
 * isBlankCell('  ') //=> true
 */
export function isBlankCell(cell: unknown): boolean {
  if (cell === '' || cell === undefined || cell === null) return true;
  return typeof cell === 'string' && BLANK.test(cell);
}
