import { isBlankCell } from '../_lib/isBlankCell';

// The lines under a log's data that are no data (`readLog`: ignored after the last data row, counted in
// `quality.footerLines`): a text in the first cell alone, or a totals line.

/**
 * Whether a row is a footer line: text in its first cell, every other cell blank (`Grand Totals (200 records)`,
 * `Confidential Information - Do Not Distribute`).
 */
export function isFooterLine(row: readonly unknown[]): boolean {
  if (typeof row[0] !== 'string' || isBlankCell(row[0])) return false;
  for (let c = 1; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  return true;
}

// The first words of a totals line that 1C, МойСклад and spreadsheet reports put under the data.
const TOTALS = /^(?:итого|итог|всего|total|totals|grand total|grand totals|subtotal)(?![\p{L}\p{N}])/iu;

/**
 * Whether a row is a totals line: its first non-blank cell is a text that starts with `Итого`, `Всего`, `Total`,
 * `Grand Total` … (the cells after it may hold the sums). Treated as a footer line when no data row follows.
 */
export function isTotalsLine(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    return typeof cell === 'string' && TOTALS.test(cell.trim());
  }
  return false;
}
