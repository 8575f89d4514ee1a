import type { Cell } from '../../src/kpi/engine/totalsGridRows.js';

/** Significant digits of a number in the CSV: both engines' sums agree far beyond, their last bits need not. */
export const CSV_DIGITS = 12;

/**
 * A table as CSV text (RFC 4180: a cell with a comma, quote or line break is quoted), numbers with at most
 * {@link CSV_DIGITS} significant digits in plain JavaScript notation, blank cells empty.
 *
 * @param rows The table.
 * @returns The CSV text, one line per row, ending with a line break.
 * @example
 * csvOf([['Period', 'Conversion'], ['2026-11', 1 / 3]]) //=> 'Period,Conversion\n2026-11,0.333333333333\n'
 */
export function csvOf(rows: readonly (readonly Cell[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

function csvCell(cell: Cell): string {
  if (typeof cell === 'number') {
    const n = Number(cell.toPrecision(CSV_DIGITS));
    return String(n === 0 ? 0 : n);
  }
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
