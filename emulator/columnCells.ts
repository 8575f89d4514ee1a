// One column of a sheet's cells, stored column by column as Sheets' own storage and transfer are: a read touches
// only the cells it returns (no object per cell, no row objects), so its cost is per cell read, as in Sheets.
import type { CellFormat, StoredValue } from './state.js';

/** What a cell's value is: `kinds[row]`. */
export const BLANK = 0;
export const NUMBER = 1;
export const TEXT = 2;
export const TRUE = 3;
export const FALSE = 4;

const NO_KINDS = new Uint8Array(0);

/**
 * The cells of one column, by 0-based row: a value kind per row (`Uint8Array`), numbers in a `Float64Array`, texts,
 * formulas, formats and notes in arrays made when first needed. Formats are shared frozen objects
 * (`sharedFormats.ts`), never changed in place. Rows at or past `used` hold nothing.
 */
export class ColumnCells {
  kinds: Uint8Array = NO_KINDS;
  numbers: Float64Array | null = null;
  texts: (string | undefined)[] | null = null;
  formulas: (string | undefined)[] | null = null;
  formats: (CellFormat | undefined)[] | null = null;
  notes: (string | undefined)[] | null = null;
  /** One past the last row anything was ever stored in (rows below hold nothing). */
  used = 0;

  /** The stored value of a row (no formula result), or undefined when blank. */
  value(row: number): StoredValue | undefined {
    switch (this.kinds[row]) {
      case NUMBER:
        return (this.numbers as Float64Array)[row];
      case TEXT:
        return (this.texts as string[])[row];
      case TRUE:
        return true;
      case FALSE:
        return false;
      default:
        return undefined;
    }
  }

  setValue(row: number, value: StoredValue | undefined): void {
    if (value === undefined) {
      if (row < this.used) this.clearValue(row);
      return;
    }
    this.reach(row);
    if (typeof value === 'number') {
      this.numbers ??= new Float64Array(this.kinds.length);
      this.numbers[row] = value;
      this.kinds[row] = NUMBER;
    } else if (typeof value === 'string') {
      this.texts ??= new Array(this.kinds.length);
      this.texts[row] = value;
      this.kinds[row] = TEXT;
      return;
    } else this.kinds[row] = value ? TRUE : FALSE;
    if (this.texts !== null) this.texts[row] = undefined;
  }

  formula(row: number): string | undefined {
    return this.formulas?.[row];
  }

  setFormula(row: number, formula: string | undefined): void {
    if (formula === undefined && (this.formulas === null || row >= this.used)) return;
    this.reach(row);
    this.formulas ??= new Array(this.kinds.length);
    (this.formulas as (string | undefined)[])[row] = formula;
  }

  format(row: number): CellFormat | undefined {
    return this.formats?.[row];
  }

  /** Sets a row's format: a shared one (`sharedFormat`), or undefined for none. */
  setFormat(row: number, format: CellFormat | undefined): void {
    if (format === undefined && (this.formats === null || row >= this.used)) return;
    this.reach(row);
    this.formats ??= new Array(this.kinds.length);
    (this.formats as (CellFormat | undefined)[])[row] = format;
  }

  note(row: number): string | undefined {
    return this.notes?.[row];
  }

  setNote(row: number, note: string | undefined): void {
    if (note === undefined && (this.notes === null || row >= this.used)) return;
    this.reach(row);
    this.notes ??= new Array(this.kinds.length);
    (this.notes as (string | undefined)[])[row] = note;
  }

  /** True when a row holds a value or a formula (formatting alone is not content, as in `getLastRow`). */
  hasContent(row: number): boolean {
    return row < this.used && (this.kinds[row] !== BLANK || this.formulas?.[row] !== undefined);
  }

  /** True when a row holds a value, a formula, a note or a format. */
  hasAnything(row: number): boolean {
    return this.hasContent(row) || this.notes?.[row] !== undefined || this.formats?.[row] !== undefined;
  }

  /** One past the last row with content; 0 when the column has none. */
  contentEnd(): number {
    let row = this.used - 1;
    while (row >= 0 && !this.hasContent(row)) row--;
    return row + 1;
  }

  /** Opens `count` empty rows at `at`, moving the rows from `at` down. */
  insertRows(at: number, count: number): void {
    if (at >= this.used) return;
    const end = this.used;
    this.reach(end + count - 1);
    this.kinds.copyWithin(at + count, at, end).fill(BLANK, at, at + count);
    this.numbers?.copyWithin(at + count, at, end).fill(0, at, at + count);
    for (const list of this.lists()) list.copyWithin(at + count, at, end).fill(undefined, at, at + count);
  }

  /** Removes `count` rows at `at`, moving the rows below up. */
  deleteRows(at: number, count: number): void {
    if (at >= this.used) return;
    const end = this.used;
    const removed = Math.min(count, end - at);
    const from = at + removed;
    this.kinds.copyWithin(at, from, end).fill(BLANK, end - removed, end);
    this.numbers?.copyWithin(at, from, end).fill(0, end - removed, end);
    for (const list of this.lists()) list.copyWithin(at, from, end).fill(undefined, end - removed, end);
    this.used = end - removed;
  }

  /** A copy that shares nothing changeable with this one (formats are shared and frozen). */
  copy(): ColumnCells {
    const copy = new ColumnCells();
    copy.kinds = this.kinds.slice();
    copy.numbers = this.numbers?.slice() ?? null;
    copy.texts = this.texts?.slice() ?? null;
    copy.formulas = this.formulas?.slice() ?? null;
    copy.formats = this.formats?.slice() ?? null;
    copy.notes = this.notes?.slice() ?? null;
    copy.used = this.used;
    return copy;
  }

  private clearValue(row: number): void {
    this.kinds[row] = BLANK;
    if (this.texts !== null) this.texts[row] = undefined;
  }

  private lists(): unknown[][] {
    const lists: unknown[][] = [];
    for (const list of [this.texts, this.formulas, this.formats, this.notes])
      if (list !== null) lists.push(list);
    return lists;
  }

  /** Makes room up to `row` (capacity doubles, so filling a column row by row copies each row about once). */
  private reach(row: number): void {
    if (row >= this.used) this.used = row + 1;
    const capacity = this.kinds.length;
    if (row < capacity) return;
    const grown = Math.max(row + 1, capacity * 2, 64);
    const kinds = new Uint8Array(grown);
    kinds.set(this.kinds);
    this.kinds = kinds;
    if (this.numbers !== null) {
      const numbers = new Float64Array(grown);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.texts = grow(this.texts, grown);
    this.formulas = grow(this.formulas, grown);
    this.formats = grow(this.formats, grown);
    this.notes = grow(this.notes, grown);
  }
}

function grow<T>(list: (T | undefined)[] | null, capacity: number): (T | undefined)[] | null {
  if (list === null) return null;
  const grown = new Array<T | undefined>(capacity);
  for (let i = 0; i < list.length; i++) grown[i] = list[i];
  return grown;
}
