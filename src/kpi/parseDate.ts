import { type Day, dayFromCivil, isValidCivil } from './day';

// An optional time after the date, which is ignored: ` 14:32`, ` 14:32:05`, `T14:32:05.000Z`.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm]))?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

/**
 * Reads a date typed as text: ISO `2026-11-05`, `05.11.2026` (day first), `11/05/2026` (month first only in an
 * `en_US` sheet, else day first), each optionally followed by a time, which is ignored. The time zone plays no
 * part: the text names a calendar day.
 *
 * @param text The cell text.
 * @param locale The spreadsheet locale (only `en_US` reads slashes month first).
 * @returns The `Day`, or null when the text is not one of these forms or not a real date (`31.02.2026`).
 * @example
 * formatDay(parseDate('05.11.2026 14:32', 'ru_RU')!) //=> '2026-11-05'
 */
export function parseDate(text: string, locale: string): Day | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return civil(+m[1], +m[2], +m[3]);
  m = DOTTED.exec(s);
  if (m) return civil(+m[3], +m[2], +m[1]);
  m = SLASHED.exec(s);
  if (m) return isMonthFirst(locale) ? civil(+m[3], +m[1], +m[2]) : civil(+m[3], +m[2], +m[1]);
  return null;
}

function isMonthFirst(locale: string): boolean {
  return /^en[_-]US$/i.test(locale.trim());
}

function civil(year: number, month: number, day: number): Day | null {
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}
