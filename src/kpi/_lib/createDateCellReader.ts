import type { Day } from '../day';
import { parseDate } from '../parseDate';
import { sheetsSerialDay } from './sheetsSerialDay';

// Text dates repeat (a log of date-only texts has one distinct text per day), so readings are cached; the cap
// keeps a log of a million distinct date-time texts from holding a million entries.
const CACHE_LIMIT = 50_000;

/**
 * Makes the reader of one date cell, with the rules of spec §1.1: a `Date` is the day it shows in the
 * spreadsheet's zone; text is `parseDate` in the locale (an optional time is ignored); a number is a Sheets serial
 * date (see `sheetsSerialDay`). Blank cells are the caller's business: they are read as unreadable here.
 *
 * @param locale The spreadsheet locale (decides `11/05/2026`).
 * @param dayOf The spreadsheet zone's `createDayOfDate`.
 * @returns `(cell) => Day | null`, null when the cell is not a readable date.
 * @example
 * const read = createDateCellReader('ru_RU', createDayOfDate('Europe/Moscow'));
 * formatDay(read('05.11.2026 14:32')!) //=> '2026-11-05'
 */
export function createDateCellReader(
  locale: string,
  dayOf: (date: Date) => Day | null,
): (cell: unknown) => Day | null {
  const texts = new Map<string, Day | null>();
  return (cell: unknown): Day | null => {
    if (cell instanceof Date) return dayOf(cell);
    if (typeof cell === 'number') return sheetsSerialDay(cell);
    if (typeof cell !== 'string') return null;
    let day = texts.get(cell);
    if (day === undefined) {
      day = parseDate(cell, locale);
      if (texts.size < CACHE_LIMIT) texts.set(cell, day);
    }
    return day;
  };
}
