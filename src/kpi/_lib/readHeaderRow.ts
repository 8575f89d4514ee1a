import type { Day } from '../calendar/day';
import type { LogError } from '../log/salesLog';
import { cellText } from './cellText';
import { isBlankRow } from './isBlankRow';

/**
 * The header row of a sales log or spend table as trimmed texts, or the `empty_log` error when the whole range is
 * blank. (Data under a blank header row is a table without its columns: the caller reports `missing_column`.)
 *
 * @param values The range, header first.
 * @param dayOf The spreadsheet zone's `createDayOfDate`, for a header cell that is a Date.
 * @param table Which table, for the error.
 * @returns `{ headers, headersFound }` (the non-blank ones), or `{ error }`.
 * @example
 * readHeaderRow([['Date', ' Amount ', '']], dayOf, 'sales') //=> { headers: ['Date', 'Amount', ''], headersFound: ['Date', 'Amount'] }
 */
export function readHeaderRow(
  values: readonly (readonly unknown[])[],
  dayOf: (date: Date) => Day | null,
  table: 'sales' | 'spend',
): { headers: string[]; headersFound: string[]; error?: undefined } | { error: LogError } {
  const headers = values.length === 0 ? [] : values[0].map((cell) => cellText(cell, dayOf));
  const headersFound = headers.filter((h) => h !== '');
  if (headersFound.length === 0 && values.every(isBlankRow)) {
    return { error: { code: 'empty_log', table, headersFound } };
  }
  return { headers, headersFound };
}
