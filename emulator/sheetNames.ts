// Sheet names as Sheets compares them: case-insensitively, unique in a spreadsheet.
import { fail, messages } from './errors.js';
import type { SheetState } from './state.js';
import type { World } from './world.js';

/** True when two sheet names clash: Sheets compares them case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Throws Apps Script's error when `name` is taken by another sheet. */
export function checkSheetName(world: World, name: string, except?: SheetState): void {
  if (world.book.sheets.some((sheet) => sheet !== except && sameSheetName(sheet.name, name))) {
    fail(messages.duplicateSheetName(name));
  }
}
