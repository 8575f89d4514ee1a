import type { Day } from '../calendar/day';
import { parseDate } from '../log/parseDate';
import { isBlankCell } from './isBlankCell';
import { isNoDateText } from './isNoDateText';
import { sheetsSerialDay } from './sheetsSerialDay';

/** The cell has no date: blank, or a no-date text such as `не закрыта` or `n/a` (see `isNoDateText`). */
export const NO_DATE = -1;
/** The cell is a readable date before 1970-01-01 or after 2099-12-31 (a typo such as `05.11.0226`). */
export const IMPLAUSIBLE_DATE = -2;
/** The cell is not a date at all (`yesterday`, `31.02.2026`, `true`). */
export const UNREADABLE_DATE = -3;

/** The result of a date cell reader: a plausible `Day` (≥ 0), or one of the three sentinels (< 0). */
export type DateCellReading = Day | typeof NO_DATE | typeof IMPLAUSIBLE_DATE | typeof UNREADABLE_DATE;

// 1970-01-01 … 2099-12-31 as `Day`s: the plausible range of spec §1.1.
const FIRST_PLAUSIBLE_DAY = 0;
const LAST_PLAUSIBLE_DAY = 47481;
// 0001-01-01 as a `Day` (dayFromCivil(1, 1, 1)).
const EMPTY_DATE_OF_1C = -719162;

// Text dates repeat (a log of date-only texts has one distinct text per day), so readings are cached; the cap
// keeps a log of a million distinct date-time texts from holding a million entries.
const CACHE_LIMIT = 50_000;

/**
 * Whether a `Day` lies in the plausible range of spec §1.1, 1970-01-01 … 2099-12-31 (days 0 … 47481).
 *
 * @param day A `Day` (days since 1970-01-01).
 * @returns true inside the range; false outside it and for NaN.
 * @example
 * isPlausibleDay(20762) //=> true (2026-11-05)
 * isPlausibleDay(-1) //=> false (1969-12-31)
 */
export function isPlausibleDay(day: number): boolean {
  return day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY;
}

/**
 * Makes the reader of one date cell, with the rules of spec §1.1:
 * - a `Date` is the day it shows in the spreadsheet's zone (`dayOf`);
 * - a number is a Sheets serial date (see `sheetsSerialDay`);
 * - text is `parseDate` in the locale (an optional time is ignored); a no-date text (`не закрыта`, `n/a`, `—`,
 *   see `isNoDateText`) and the empty date of 1C, .NET and Go (`01.01.0001 0:00:00`, `0001-01-01T00:00:00Z`) are
 *   no date;
 * - a blank cell (`''`, spaces, null, undefined) is no date.
 *
 * Every readable date outside 1970-01-01 … 2099-12-31, whatever its form, is `IMPLAUSIBLE_DATE`. The Date and
 * number paths cost no allocation and no regex; text readings are cached per reader.
 *
 * @param locale The spreadsheet locale (decides `11/05/2026`).
 * @param dayOf The spreadsheet zone's `createDayOfDate`.
 * @returns `(cell) => number`: a plausible `Day` (0 … 47481), or `NO_DATE`, `IMPLAUSIBLE_DATE`, `UNREADABLE_DATE`.
 * @example
 * const read = createDateCellReader('ru_RU', createDayOfDate('Europe/Moscow'));
 * formatDay(read('05.11.2026 14:32')) //=> '2026-11-05'
 * read('не закрыта') //=> NO_DATE (-1)
 * read('05.11.1926') //=> IMPLAUSIBLE_DATE (-2)
 * read('вчера') //=> UNREADABLE_DATE (-3)
 */
export function createDateCellReader(
  locale: string,
  dayOf: (date: Date) => Day | null,
): (cell: unknown) => DateCellReading {
  const texts = new Map<string, DateCellReading>();
  return (cell: unknown): DateCellReading => {
    if (cell instanceof Date) return plausible(dayOf(cell));
    if (typeof cell === 'number') return plausible(sheetsSerialDay(cell));
    if (typeof cell !== 'string') return otherCell(cell, dayOf);
    let day = texts.get(cell);
    if (day === undefined) {
      day = readText(cell, locale);
      if (texts.size < CACHE_LIMIT) texts.set(cell, day);
    }
    return day;
  };
}

/** A cell that is neither a string, a number nor a `Date` of this realm: blank, a foreign-realm Date, or junk. */
function otherCell(cell: unknown, dayOf: (date: Date) => Day | null): DateCellReading {
  if (cell === null || cell === undefined) return NO_DATE;
  // A Date made in another realm (a `vm` context) fails `instanceof Date`.
  if (Object.prototype.toString.call(cell) === '[object Date]') return plausible(dayOf(cell as Date));
  return UNREADABLE_DATE;
}

function readText(text: string, locale: string): DateCellReading {
  if (isBlankCell(text) || isNoDateText(text)) return NO_DATE;
  const day = parseDate(text, locale);
  // 0001-01-01 is the empty date of 1C (`01.01.0001 0:00:00`), .NET and Go, never a typo of a real one.
  return day === EMPTY_DATE_OF_1C ? NO_DATE : plausible(day);
}

function plausible(day: Day | null): DateCellReading {
  if (day === null) return UNREADABLE_DATE;
  return isPlausibleDay(day) ? day : IMPLAUSIBLE_DATE;
}
