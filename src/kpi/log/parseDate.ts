import { isWeekdayName } from '../_lib/isWeekdayName';
import { monthOfName } from '../_lib/monthOfName';
import { type Day, dayFromCivil, isValidCivil } from '../calendar/day';
import { readsMonthFirst } from '../i18n/locales';

const MAX_LENGTH = 120;
const SPACES = /\s+/g;
// The date part, at the start of the trimmed text; what follows must be a year word and/or a time (`TIME`).
// Year first: 2026-11-05, 2026/11/05, 2026.11.05.
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
// Digits, day or month first: 05.11.2026, 11/05/2026, 05-11-2026, 05.11.26, 11/5/26.
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
// Day, month name, year: 5 Nov 2026, 05-Nov-2026, 05NOV2026, 5 ноября 2026, 5-ноя-26, 5th November 2026.
const DAY_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([a-zа-яё]{3,9})\.?[\s,./-]*(\d{4}|\d{2})(?!\d)/iu;
// Month name, day, year: Nov 5, 2026, November 5th 2026, Nov-05-2026, ноябрь 5, 2026.
const NAME_DAY = /^([a-zа-яё]{3,9})\.?[\s./-]*(\d{1,2})(?!\d)(?:st|nd|rd|th)?[\s,./-]+(\d{4}|\d{2})(?!\d)/iu;
// A weekday before the date: `Thu, 05 Nov 2026` (e-mail and API dates), `Thursday, November 5, 2026`.
const WEEKDAY = /^([a-zа-яё]{2,11})\.?,?\s*/iu;
// The Russian year word after a date: `5 ноября 2026 г.`, `05.11.2026г`, `5 ноября 2026 года`.
const YEAR_WORD = /^\s*(?:г\.?|года?)(?![a-zа-яё])/iu;
// A time after the date, which is ignored but must be a time: ` 14:32`, `T10:00:00.000Z`, ` 0:00:00` (1C),
// `, 2:30 PM`, ` 14:32:10 -0500` (Shopify), ` в 14:32`, ` 10:00:00 GMT+0300 (Moscow Standard Time)`,
// ` 14:32:10.5 +0000 UTC` (Go).
const TIME =
  /^(?:\s*[,t]\s*|\s+(?:в|at)\s+|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:([ap])\.?\s?m\.?)?\s*(?:z|utc|gmt|мск|[a-z]{3,4})?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\s*(?:[a-z]{3,4}|\([^()]{1,60}\))?$/iu;

/**
 * Reads a date typed as text (spec §1.1), with no plausibility check (see `createDateCellReader`):
 * - ISO and year first: `2026-11-05`, `2026/11/05`, `2026.11.05`;
 * - day first: `05.11.2026`; slashes and dashes `11/05/2026`, `11-05-2026`: month first only in an `en_US`
 *   sheet, else day first;
 * - month names in English or Russian, full or abbreviated, with or without a dot, Russian nominative or
 *   genitive: `Nov 5, 2026`, `November 5th, 2026`, `5 Nov 2026`, `05-Nov-2026`, `5 ноября 2026 г.`, `5 ноя 2026`;
 *   an opening weekday is allowed (`Thu, 05 Nov 2026`);
 * - two-digit years mean 20yy: `11/5/26`, `05.11.26`, `05-Nov-26` (not with dashes between digits: `05-11-26`
 *   could be year first);
 * - each optionally followed by a time, which is ignored: `05.11.2026 14:32`, `2026-03-05 14:32:10 -0500`,
 *   `11/5/2026 2:30 PM`, `2026-11-05T10:00:00.000Z`, `Nov 5, 2026 10:00 AM`.
 * The time zone plays no part: the text names a calendar day.
 *
 * @param text The cell text.
 * @param locale The spreadsheet locale (only `en_US` reads `11/05/2026` month first).
 * @returns The `Day`, or null when the text is none of these forms or not a real date (`31.02.2026`, `25:00`).
 * @example
 * formatDay(parseDate('05.11.2026 14:32', 'ru_RU')!) //=> '2026-11-05'
 * formatDay(parseDate('5 ноября 2026 г.', 'ru_RU')!) //=> '2026-11-05'
 * formatDay(parseDate('11/5/26 2:30 PM', 'en_US')!) //=> '2026-11-05'
 * formatDay(parseDate('05.11.1926', 'ru_RU')!) //=> '1926-11-05'
 */
export function parseDate(text: string, locale: string): Day | null {
  // The longest date text (`Thursday, November 5, 2026 10:00:00 GMT+0300 (Moscow Standard Time)`) is ~70
  // characters; the cap, and collapsing runs of spaces, keep the optional spaces of `TIME` from backtracking.
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return null;
  let s = trimmed.replace(SPACES, ' ');
  if (!isDigit(s.charCodeAt(0))) {
    const w = WEEKDAY.exec(s);
    if (w !== null && isWeekdayName(w[1])) s = s.slice(w[0].length);
  }
  const part = isDigit(s.charCodeAt(0)) ? digitsFirst(s, locale) : NAME_DAY.exec(s);
  if (part === null) return null;
  // Every pattern captures year, month and day in the groups named below; see `digitsFirst`.
  const year = fullYear(part[3]);
  const month = part[1] === '' ? 0 : isDigit(part[1].charCodeAt(0)) ? +part[1] : monthOfName(part[1]);
  const day = +part[2];
  if (!isValidCivil(year, month, day)) return null; // also a word that is no month name (month 0)
  return isTimeTail(s.slice(part[0].length)) ? dayFromCivil(year, month, day) : null;
}

/**
 * The date part of a text opening with a digit, as `[match, month, day, year]` (month as digits or a name), or null.
 */
function digitsFirst(s: string, locale: string): readonly [string, string, string, string] | null {
  let m = YEAR_FIRST.exec(s);
  if (m !== null) return [m[0], m[3], m[4], m[1]];
  m = NUMERIC.exec(s);
  if (m !== null) {
    const separator = m[2];
    if (m[4].length === 2 && separator === '-') return null;
    const monthFirst = separator !== '.' && isMonthFirst(locale);
    return monthFirst ? [m[0], m[1], m[3], m[4]] : [m[0], m[3], m[1], m[4]];
  }
  m = DAY_NAME.exec(s);
  return m === null ? null : [m[0], m[2], m[1], m[3]];
}

/** Whether what follows the date is nothing, a year word, a valid time, or both. */
function isTimeTail(rest: string): boolean {
  if (rest === '') return true;
  const y = YEAR_WORD.exec(rest);
  const tail = y === null ? rest : rest.slice(y[0].length);
  if (tail === '') return true;
  const t = TIME.exec(tail);
  if (t === null) return false;
  const hours = +t[1];
  const twelveHour = t[4] !== undefined;
  const hoursOk = twelveHour ? hours >= 1 && hours <= 12 : hours <= 23;
  return hoursOk && +t[2] <= 59 && (t[3] === undefined || +t[3] <= 59);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A year as written: two digits mean 20yy (spec §1.1), four digits are the year. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + +digits : +digits;
}

// The last locale asked about and its answer: a log's dates all come with the same locale.
let lastLocale: string | null = null;
let lastMonthFirst = false;

function isMonthFirst(locale: string): boolean {
  if (locale !== lastLocale) {
    lastMonthFirst = readsMonthFirst(locale);
    lastLocale = locale;
  }
  return lastMonthFirst;
}
