import { insertGap, removeSlots } from './_lib/sparse.js';
import type { Area } from './a1.js';
import { ColumnCells } from './columnCells.js';
import { fail, messages } from './errors.js';
import {
  type BookState,
  CELL_LIMIT,
  type CellFormat,
  cellOfKey,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  type SheetState,
} from './state.js';

/** A new, empty sheet: 1000 rows × 26 columns, as Sheets makes them. */
export function createSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    maxRows: NEW_SHEET_ROWS,
    maxColumns: NEW_SHEET_COLUMNS,
    columns: [],
    computed: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    columnWidths: [],
    rowHeights: [],
    hiddenColumns: [],
    hiddenRows: [],
    conditionalFormats: [],
    charts: [],
    merges: [],
    metadata: [],
  };
}

/** The stored cells of a column (1-based), if anything was ever stored in it. */
export function columnAt(sheet: SheetState, column: number): ColumnCells | undefined {
  return sheet.columns[column - 1];
}

/** The stored cells of a column (1-based), created when missing. */
export function columnFor(sheet: SheetState, column: number): ColumnCells {
  let cells = sheet.columns[column - 1];
  if (cells === undefined) {
    cells = new ColumnCells();
    sheet.columns[column - 1] = cells;
  }
  return cells;
}

/** True when a cell holds a value or a formula (formatting alone is not content, as in `getLastRow`). */
export function hasContent(sheet: SheetState, row: number, column: number): boolean {
  return sheet.columns[column - 1]?.hasContent(row - 1) === true;
}

/** A cell's format, if it has one. */
export function formatAt(sheet: SheetState, row: number, column: number): CellFormat | undefined {
  return sheet.columns[column - 1]?.format(row - 1);
}

/** The last row and column with content (values, formulas or spilled formula results); 0 when empty. */
export function contentExtent(sheet: SheetState): { lastRow: number; lastColumn: number } {
  // A look per column from its last stored row up (getLastRow and getDataRange run this on every call).
  let lastRow = 0;
  let lastColumn = 0;
  sheet.columns.forEach((cells, index) => {
    const end = cells?.contentEnd() ?? 0;
    if (end === 0) return;
    lastRow = Math.max(lastRow, end);
    lastColumn = index + 1;
  });
  for (const [key, value] of sheet.computed) {
    if (value === '') continue;
    const { row, column } = cellOfKey(key);
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }
  return { lastRow, lastColumn };
}

/** Calls `visit` for every position of an area, row by row. */
export function forEachPosition(
  area: Area,
  visit: (row: number, column: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < area.numRows; i++) {
    for (let j = 0; j < area.numColumns; j++) visit(area.row + i, area.column + j, i, j);
  }
}

/** Throws Sheets' limit error when growing the grids by `added` cells would pass 10,000,000 cells. */
export function checkCellLimit(book: BookState, added: number): void {
  const total = book.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  if (total + added > CELL_LIMIT) fail(messages.cellLimit);
}

/**
 * Inserts `count` rows so the first new row is `at`; new rows take the formatting of row `styleFrom` (counted
 * after the insertion), as Sheets does.
 */
export function insertRows(sheet: SheetState, at: number, count: number, styleFrom: number): void {
  for (const cells of sheet.columns) cells?.insertRows(at - 1, count);
  insertGap(sheet.rowHeights, at, count);
  insertGap(sheet.hiddenRows, at, count);
  sheet.maxRows += count;
  for (const cells of sheet.columns) {
    const format = cells?.format(styleFrom - 1);
    if (cells === undefined || format === undefined) continue;
    for (let row = at; row < at + count; row++) cells.setFormat(row - 1, format);
  }
  const height = sheet.rowHeights[styleFrom];
  if (height !== undefined) for (let row = at; row < at + count; row++) sheet.rowHeights[row] = height;
}

/** Inserts `count` columns so the first new column is `at`, styled like column `styleFrom`. */
export function insertColumns(sheet: SheetState, at: number, count: number, styleFrom: number): void {
  insertGap(sheet.columns, at - 1, count);
  insertGap(sheet.columnWidths, at, count);
  insertGap(sheet.hiddenColumns, at, count);
  sheet.maxColumns += count;
  const style = sheet.columns[styleFrom - 1];
  for (let row = 0; row < (style?.used ?? 0); row++) {
    const format = style?.format(row);
    if (format === undefined) continue;
    for (let column = at; column < at + count; column++) columnFor(sheet, column).setFormat(row, format);
  }
  const width = sheet.columnWidths[styleFrom];
  if (width !== undefined)
    for (let column = at; column < at + count; column++) sheet.columnWidths[column] = width;
}

/** Deletes `count` rows starting at `at`. */
export function deleteRows(sheet: SheetState, at: number, count: number): void {
  for (const cells of sheet.columns) cells?.deleteRows(at - 1, count);
  removeSlots(sheet.rowHeights, at, count);
  removeSlots(sheet.hiddenRows, at, count);
  sheet.maxRows -= count;
}

/** Deletes `count` columns starting at `at`. */
export function deleteColumns(sheet: SheetState, at: number, count: number): void {
  removeSlots(sheet.columns, at - 1, count);
  removeSlots(sheet.columnWidths, at, count);
  removeSlots(sheet.hiddenColumns, at, count);
  sheet.maxColumns -= count;
}

/** What `clear` removes. */
export interface ClearWhat {
  contents: boolean;
  formats: boolean;
  notes?: boolean;
}

/** Clears contents and/or formats of an area. */
export function clearArea(sheet: SheetState, area: Area, what: ClearWhat): void {
  for (let column = area.column; column < area.column + area.numColumns; column++) {
    const cells = sheet.columns[column - 1];
    if (cells === undefined) continue;
    // Rows past the column's last stored row hold nothing: a whole-sheet clear costs the cells stored.
    const end = Math.min(area.row - 1 + area.numRows, cells.used);
    for (let row = area.row - 1; row < end; row++) {
      if (what.contents) {
        cells.setValue(row, undefined);
        cells.setFormula(row, undefined);
      }
      if (what.formats) cells.setFormat(row, undefined);
      if (what.notes) cells.setNote(row, undefined);
    }
  }
}
