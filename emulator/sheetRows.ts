// A sheet's rows and columns checked, added, removed and hidden, with Apps Script's errors (for sheet.ts's Sheet).
import { fail, messages } from './errors.js';
import { checkCellLimit, deleteColumns, deleteRows, insertColumns, insertRows } from './grid.js';
import type { SheetState } from './state.js';
import type { World } from './world.js';

export function checkRows(sheet: SheetState, row: number, count = 1): void {
  if (!(row >= 1 && count >= 1 && row + count - 1 <= sheet.maxRows)) fail(messages.rowsOutOfBounds);
}

export function checkColumns(sheet: SheetState, column: number, count = 1): void {
  if (!(column >= 1 && count >= 1 && column + count - 1 <= sheet.maxColumns))
    fail(messages.columnsOutOfBounds);
}

export function addRows(world: World, sheet: SheetState, at: number, count: number, styleFrom: number): void {
  if (!(count >= 1)) fail(messages.rowsOutOfBounds);
  checkCellLimit(world.book, count * sheet.maxColumns);
  insertRows(sheet, at, count, styleFrom);
  world.book.dirty = true;
}

export function addColumns(
  world: World,
  sheet: SheetState,
  at: number,
  count: number,
  styleFrom: number,
): void {
  if (!(count >= 1)) fail(messages.columnsOutOfBounds);
  checkCellLimit(world.book, count * sheet.maxRows);
  insertColumns(sheet, at, count, styleFrom);
  world.book.dirty = true;
}

export function removeRows(world: World, sheet: SheetState, at: number, count: number): void {
  checkRows(sheet, at, count);
  if (sheet.maxRows - count <= sheet.frozenRows) fail(messages.deleteAllRows);
  deleteRows(sheet, at, count);
  world.book.dirty = true;
}

export function removeColumns(world: World, sheet: SheetState, at: number, count: number): void {
  checkColumns(sheet, at, count);
  if (sheet.maxColumns - count <= sheet.frozenColumns) fail(messages.deleteAllColumns);
  deleteColumns(sheet, at, count);
  world.book.dirty = true;
}

export function setHidden(list: boolean[], from: number, count: number, hidden: boolean): void {
  for (let i = from; i < from + count; i++) list[i] = hidden;
}
