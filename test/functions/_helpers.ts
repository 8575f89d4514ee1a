import { expect, vi } from 'vitest';
import type { CellValue } from '../../src/functions/_lib/cells';

/** How many times the spreadsheet was asked for its settings during a call. */
export interface SheetReads {
  locale: number;
  timeZone: number;
}

/**
 * Runs `fn` as Sheets would run a custom function in a spreadsheet with this locale and time zone: a minimal
 * `SpreadsheetApp` global answers the two settings the functions read, and counts the reads.
 *
 * @returns The result of `fn` and the reads it made.
 */
export function runInSheet<T>(
  locale: string,
  fn: () => T,
  timeZone = 'Europe/Moscow',
): { result: T; reads: SheetReads } {
  const reads: SheetReads = { locale: 0, timeZone: 0 };
  vi.stubGlobal('SpreadsheetApp', {
    getActiveSpreadsheet: () => ({
      getSpreadsheetLocale: () => {
        reads.locale++;
        return locale;
      },
      getSpreadsheetTimeZone: () => {
        reads.timeZone++;
        return timeZone;
      },
    }),
  });
  try {
    return { result: fn(), reads };
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The value a custom function returns in a spreadsheet of this locale. */
export function inSheet<T>(locale: string, fn: () => T): T {
  return runInSheet(locale, fn).result;
}

/** The message of the error a custom function throws in a spreadsheet of this locale (fails if none). */
export function errorIn(locale: string, fn: () => unknown): string {
  try {
    runInSheet(locale, fn);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error(`expected an error in a ${locale} sheet, but the call returned`);
}

/** A column range as Sheets passes it: one row per value. */
export function column(...values: CellValue[]): CellValue[][] {
  return values.map((v) => [v]);
}

/** A range of `rows` × `columns` filled with one value. */
export function filled(rows: number, columns: number, value: CellValue): CellValue[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
