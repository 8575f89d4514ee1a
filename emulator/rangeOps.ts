import { typeName } from './_lib/typeName.js';
import { type Area, a1OfArea } from './a1.js';
import { checkCellText, readDisplay, readFormula, writeValue } from './cellValue.js';
import { fail, messages } from './errors.js';
import { clearArea, columnAt, columnFor, forEachPosition, formatAt } from './grid.js';
import { recalculate } from './recalc.js';
import { withFormatField } from './sharedFormats.js';
import type { Border, CellFormat, CellValue, GridRange, SheetState } from './state.js';
import { type BlockBuilder, type ColumnPlan, columnPlan, hostBlockBuilder } from './valueBlock.js';
import type { World } from './world.js';

/**
 * What Range and RangeList do to cells, as plain functions: one API call runs one of these, so calls are
 * counted once.
 */

/** A rectangle on a sheet, the target of the operations below. */
export interface Target {
  readonly world: World;
  readonly sheet: SheetState;
  readonly area: Area;
}

/** The plain-data rectangle of a target. */
export function gridRangeOf(target: Target): GridRange {
  return { sheetId: target.sheet.id, ...target.area };
}

/** A1 notation of a target, e.g. `A1:C3`. */
export function a1Of(target: Target): string {
  return a1OfArea(target.area);
}

/**
 * Throws Apps Script's errors for a 2-D array that does not fit the range: not a 2-D array
 * ("The parameters (number[]) don't match…"), or the wrong number of rows or columns.
 */
export function checkMatrix(values: unknown, area: Area, method: string): asserts values is unknown[][] {
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
    fail(messages.badParameters(typeName(values), `SpreadsheetApp.Range.${method}`));
  }
  if (values.length !== area.numRows) fail(messages.rowsMismatch(values.length, area.numRows));
  for (const row of values as unknown[][]) {
    if (row.length !== area.numColumns) fail(messages.columnsMismatch(row.length, area.numColumns));
  }
}

/** Builds a rows × columns matrix from a reader of positions. */
export function readMatrix<T>(target: Target, read: (row: number, column: number) => T): T[][] {
  const { area } = target;
  // Sized up front: no growing (and no garbage) per row; this runs for every getValues of every test and bench.
  const rows: T[][] = new Array(area.numRows);
  for (let i = 0; i < area.numRows; i++) {
    const row: T[] = new Array(area.numColumns);
    for (let j = 0; j < area.numColumns; j++) row[j] = read(area.row + i, area.column + j);
    rows[i] = row;
  }
  return rows;
}

/**
 * Values as `getValues` returns them (formulas recomputed first), column by column from the store.
 *
 * @param build Makes the rows and Dates: the host's by default, a script's realm's in `Range.getValues`.
 */
export function readValues(target: Target, build: BlockBuilder = hostBlockBuilder): CellValue[][] {
  recalculate(target.world);
  const { area, sheet } = target;
  const timeZone = target.world.book.timeZone;
  const plans: ColumnPlan[] = new Array(area.numColumns);
  for (let j = 0; j < area.numColumns; j++) {
    plans[j] = columnPlan(sheet, area.column + j, area.row, area.numRows, timeZone, j);
  }
  return build(area.numRows, plans);
}

/** Texts as `getDisplayValues` returns them. */
export function readDisplayValues(target: Target): string[][] {
  recalculate(target.world);
  return readMatrix(target, (row, column) => readDisplay(target.world, target.sheet, row, column));
}

/** Formulas as `getFormulas` returns them: `''` where there is none. */
export function readFormulas(target: Target): string[][] {
  return readMatrix(target, (row, column) => readFormula(target.sheet, row, column));
}

/** Writes a matrix of script values (the caller checked its shape). All-or-nothing, as in Sheets. */
export function writeValues(target: Target, values: unknown[][]): void {
  for (const row of values) for (const value of row) checkCellText(value);
  forEachPosition(target.area, (row, column, i, j) => {
    writeValue(target.world, target.sheet, row, column, values[i][j]);
  });
}

/** Writes one value into every cell of the target. */
export function fillValue(target: Target, value: unknown): void {
  checkCellText(value);
  forEachPosition(target.area, (row, column) => {
    writeValue(target.world, target.sheet, row, column, value);
  });
}

/** Reads one format field of every cell, with its default. */
export function readFormat<T>(target: Target, read: (format: CellFormat | undefined) => T): T[][] {
  return readMatrix(target, (row, column) => read(formatAt(target.sheet, row, column)));
}

/** Sets (or, with `undefined`, resets) one format field of every cell. */
export function fillFormat<K extends keyof CellFormat>(target: Target, key: K, value: CellFormat[K]): void {
  forEachPosition(target.area, (row, column) => setFormat(target.sheet, row, column, key, value));
}

/** Sets one format field per cell from a matrix (the caller checked its shape). */
export function writeFormats<K extends keyof CellFormat, V>(
  target: Target,
  key: K,
  values: V[][],
  convert: (value: V) => CellFormat[K],
): void {
  forEachPosition(target.area, (row, column, i, j) =>
    setFormat(target.sheet, row, column, key, convert(values[i][j])),
  );
}

function setFormat<K extends keyof CellFormat>(
  sheet: SheetState,
  row: number,
  column: number,
  key: K,
  value: CellFormat[K],
): void {
  const format = formatAt(sheet, row, column);
  if (value === undefined && format === undefined) return;
  columnFor(sheet, column).setFormat(row - 1, withFormatField(format, key, value));
}

/** `Range.setBorder`: `true` draws a side, `false` removes it, `null` leaves it. */
export function drawBorders(
  target: Target,
  sides: { top: boolean | null; left: boolean | null; bottom: boolean | null; right: boolean | null },
  inner: { vertical: boolean | null; horizontal: boolean | null },
  look: Border,
): void {
  const { area, sheet } = target;
  const lastRow = area.row + area.numRows - 1;
  const lastColumn = area.column + area.numColumns - 1;
  const apply = (row: number, column: number, key: keyof CellFormat, on: boolean | null) => {
    if (on !== null) setFormat(sheet, row, column, key, on ? { ...look } : undefined);
  };
  forEachPosition(area, (row, column) => {
    apply(row, column, 'borderTop', row === area.row ? sides.top : inner.horizontal);
    apply(row, column, 'borderBottom', row === lastRow ? sides.bottom : inner.horizontal);
    apply(row, column, 'borderLeft', column === area.column ? sides.left : inner.vertical);
    apply(row, column, 'borderRight', column === lastColumn ? sides.right : inner.vertical);
  });
}

/** What `Range.clear(options)` removes: everything but notes when no option is set. */
export function clearTarget(
  target: Target,
  options?: { contentsOnly?: boolean; formatOnly?: boolean },
): void {
  const contentsOnly = options?.contentsOnly === true;
  const formatOnly = options?.formatOnly === true;
  const both = contentsOnly === formatOnly;
  clearArea(target.sheet, target.area, { contents: both || contentsOnly, formats: both || formatOnly });
  target.world.book.dirty = true;
}

/** Notes as `getNotes` returns them: `''` where there is none. */
export function readNotes(target: Target): string[][] {
  return readMatrix(target, (row, column) => columnAt(target.sheet, column)?.note(row - 1) ?? '');
}

/** Sets a note per cell; `null` or `''` removes it. */
export function writeNotes(target: Target, notes: (string | null)[][]): void {
  forEachPosition(target.area, (row, column, i, j) => {
    const note = notes[i][j];
    if (note === null || note === '') columnAt(target.sheet, column)?.setNote(row - 1, undefined);
    else columnFor(target.sheet, column).setNote(row - 1, String(note));
  });
}
