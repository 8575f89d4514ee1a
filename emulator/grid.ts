import { insertGap, removeSlots } from './_lib/sparse.js';
import type { Area } from './a1.js';
import { fail, messages } from './errors.js';
import {
  type BookState,
  CELL_LIMIT,
  type Cell,
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
    cells: [],
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

/** The cell at a position, if anything was ever stored there. */
export function cellAt(sheet: SheetState, row: number, column: number): Cell | undefined {
  return sheet.cells[row - 1]?.[column - 1];
}

/** The cell at a position, created when missing. */
export function cellFor(sheet: SheetState, row: number, column: number): Cell {
  let cells = sheet.cells[row - 1];
  if (cells === undefined) {
    cells = [];
    sheet.cells[row - 1] = cells;
  }
  let cell = cells[column - 1];
  if (cell === undefined) {
    cell = {};
    cells[column - 1] = cell;
  }
  return cell;
}

/** True when a cell holds a value or a formula (formatting alone is not content, as in `getLastRow`). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

/** The last row and column with content (values, formulas or spilled formula results); 0 when empty. */
export function contentExtent(sheet: SheetState): { lastRow: number; lastColumn: number } {
  // Each row is scanned from its end and only as far as the widest content found so far, so a full sheet costs
  // about one look per row, not one per cell (getLastRow and getDataRange run this on every call).
  let lastRow = 0;
  let lastColumn = 0;
  const rows = sheet.cells;
  for (let index = rows.length - 1; index >= 0; index--) {
    const cells = rows[index];
    if (cells === undefined) continue;
    for (let column = cells.length - 1; column >= lastColumn; column--) {
      if (!hasContent(cells[column])) continue;
      lastColumn = column + 1;
      if (lastRow === 0) lastRow = index + 1;
      break;
    }
  }
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
  insertGap(sheet.cells, at - 1, count);
  insertGap(sheet.rowHeights, at, count);
  insertGap(sheet.hiddenRows, at, count);
  sheet.maxRows += count;
  const style = sheet.cells[styleFrom - 1];
  style?.forEach((cell, column) => {
    if (cell?.format === undefined) return;
    for (let row = at; row < at + count; row++) cellFor(sheet, row, column + 1).format = { ...cell.format };
  });
  const height = sheet.rowHeights[styleFrom];
  if (height !== undefined) for (let row = at; row < at + count; row++) sheet.rowHeights[row] = height;
}

/** Inserts `count` columns so the first new column is `at`, styled like column `styleFrom`. */
export function insertColumns(sheet: SheetState, at: number, count: number, styleFrom: number): void {
  for (const cells of sheet.cells) if (cells !== undefined) insertGap(cells, at - 1, count);
  insertGap(sheet.columnWidths, at, count);
  insertGap(sheet.hiddenColumns, at, count);
  sheet.maxColumns += count;
  sheet.cells.forEach((cells, index) => {
    const format = cells?.[styleFrom - 1]?.format;
    if (format === undefined) return;
    for (let column = at; column < at + count; column++)
      cellFor(sheet, index + 1, column).format = { ...format };
  });
  const width = sheet.columnWidths[styleFrom];
  if (width !== undefined)
    for (let column = at; column < at + count; column++) sheet.columnWidths[column] = width;
}

/** Deletes `count` rows starting at `at`. */
export function deleteRows(sheet: SheetState, at: number, count: number): void {
  removeSlots(sheet.cells, at - 1, count);
  removeSlots(sheet.rowHeights, at, count);
  removeSlots(sheet.hiddenRows, at, count);
  sheet.maxRows -= count;
}

/** Deletes `count` columns starting at `at`. */
export function deleteColumns(sheet: SheetState, at: number, count: number): void {
  for (const cells of sheet.cells) if (cells !== undefined) removeSlots(cells, at - 1, count);
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
  forEachPosition(area, (row, column) => {
    const cell = cellAt(sheet, row, column);
    if (cell === undefined) return;
    if (what.contents) {
      cell.value = undefined;
      cell.formula = undefined;
    }
    if (what.formats) cell.format = undefined;
    if (what.notes) cell.note = undefined;
  });
}
