import type { Workbook } from './demoWorkbook.js';

/** `POST /api/edit` `{ sheet, a1, text }`: what the user typed into a cell (a formula already in `,` form). */
export interface CellEdit {
  sheet: string;
  a1: string;
  text: string;
}

/**
 * Reads a `/api/edit` body, or says what is wrong with it.
 *
 * @returns The edit, or the message of a 400 answer.
 */
export function cellEditOf(body: Record<string, unknown>): CellEdit | string {
  const { sheet, a1, text } = body;
  if (typeof sheet !== 'string' || typeof a1 !== 'string' || typeof text !== 'string') {
    return '"sheet", "a1" and "text" must be strings';
  }
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1)) return '"a1" must be one cell, such as B2';
  if (text.length > 50_000) return 'a cell holds at most 50,000 characters';
  return { sheet, a1, text };
}

/**
 * Writes what the user typed into a cell, as Sheets takes typed text: in the spreadsheet's locale (`0,5` is a
 * number in ru_RU, `05.11.2026` a date), `=…` a formula, an empty text clears the value. Every formula is computed
 * again when the page next reads the workbook (the emulator recalculates: dependent cells follow, our custom
 * functions run through the bundle). It is the user's edit, not the script's: no service call is counted.
 *
 * @returns null, or why the edit cannot be made (no such sheet).
 */
export function editCell(workbook: Workbook, edit: CellEdit): string | null {
  const { env } = workbook;
  const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName(edit.sheet);
  if (sheet === null) return `No sheet "${edit.sheet}"`;
  env.calls.untracked(() => {
    const range = sheet.getRange(edit.a1);
    if (edit.text === '') range.clearContent();
    else range.setValue(edit.text);
  });
  return null;
}
