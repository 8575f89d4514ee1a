import { isBlankCell } from '../_lib/isBlankCell';
import { parseNumber } from './parseNumber';
import type { QuantityIssue } from './salesLog';

// How `readLog` reads the cells of a row besides its date and status: amounts, quantities, refunds, and whether a
// continuation line's cell is its order's.

/** A quantity cell that is not blank and cannot be read (see `readQuantity`). */
export const UNREADABLE_QUANTITY = Number.NEGATIVE_INFINITY;

/** Whether two cells hold the same value (texts compared trimmed; Dates by their time). */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}

/**
 * A quantity cell: read like an amount; NaN when blank, `UNREADABLE_QUANTITY` when it cannot be read (units are
 * summed over won rows only).
 */
export function readQuantity(cell: unknown, locale: string): number {
  if (typeof cell === 'number') return cell - cell === 0 ? cell : UNREADABLE_QUANTITY;
  if (isBlankCell(cell)) return Number.NaN;
  if (typeof cell !== 'string') return UNREADABLE_QUANTITY;
  const reading = parseNumber(cell, locale);
  return reading.ok && reading.value - reading.value === 0 ? reading.value : UNREADABLE_QUANTITY;
}

/** The quantity of a won entry: an unreadable or negative one counts 0 and is noted (spec §1.1). */
export function wonQuantity(
  q: number,
  r: number,
  column: number,
  cell: unknown,
  note: (code: QuantityIssue['code'], r: number, column: number, cell: unknown) => void,
): number {
  if (q >= 0 || Number.isNaN(q)) return q;
  note(q === UNREADABLE_QUANTITY ? 'unreadable_quantity' : 'negative_quantity', r, column, cell);
  return 0;
}

/** The quantity of a lost, open or return entry: as read, NaN when unreadable (no KPI sums it). */
export function otherQuantity(q: number): number {
  return q === UNREADABLE_QUANTITY ? Number.NaN : q;
}

/** A refund cell: its amount as a positive number, 0 when blank, zero or unreadable. */
export function readRefund(cell: unknown, locale: string): number {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string' && !isBlankCell(cell)) {
    const reading = parseNumber(cell, locale);
    value = reading.ok ? reading.value : 0;
  } else return 0;
  return value - value === 0 ? Math.abs(value) : 0;
}

/** How `readAmount` read an amount cell (no object per row on the fast path). */
export const READ = 0;
export const BLANK = 1;
export const UNREADABLE = 2;
export const AMBIGUOUS = 3;

/**
 * Reads an amount cell into `out[0]`: a number cell as it is, text by `parseNumber` in the locale, NaN when blank,
 * unreadable or ambiguous.
 *
 * @param cell The amount cell.
 * @param locale The spreadsheet locale.
 * @param out Where the amount goes (one entry, reused for every row).
 * @returns `READ`, `BLANK`, `UNREADABLE` (text that is no number, a non-finite number, a boolean or a Date) or
 *   `AMBIGUOUS` (`1.234` in ru_RU: `parseNumber` does not guess).
 * @example
 * const out = new Float64Array(1);
 * [readAmount('1 234,5', 'ru_RU', out), out[0]] //=> [READ, 1234.5]
 */
export function readAmount(cell: unknown, locale: string, out: Float64Array): number {
  if (typeof cell === 'number') {
    out[0] = cell;
    return cell - cell === 0 ? READ : UNREADABLE; // NaN or ±Infinity
  }
  out[0] = Number.NaN;
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell !== 'string') return UNREADABLE; // a boolean or a Date in the amount column
  const reading = parseNumber(cell, locale);
  if (!reading.ok) return reading.reason === 'ambiguous_number' ? AMBIGUOUS : UNREADABLE;
  out[0] = reading.value;
  return reading.value - reading.value === 0 ? READ : UNREADABLE;
}
