import type { Day } from '../day';

// Sheets (like Excel) counts days from 1899-12-30: serial 25569 is 1970-01-01, day 0 of `Day`.
const SERIAL_OF_EPOCH = 25569;
// A number in a date column is read as a serial date only between 1970-01-01 and 2099-12-31 (serials 25569 …
// 73050): a stray `2026` or `15` is far more likely a typo than a day in 1905 or 1900, so it is reported instead.
const MIN_SERIAL = 25569;
const MAX_SERIAL = 73051;

/**
 * The `Day` of a Sheets serial date number (days since 1899-12-30; the fractional part is the time of day, which
 * is ignored). A date column holds numbers when it is formatted as a number or pasted from an Excel export.
 *
 * @param serial The number in the cell, e.g. 46331 or 46331.6 (2026-11-05, 14:24).
 * @returns The `Day`, or null outside 1970-01-01 … 2099-12-31 or when not finite.
 * @example
 * formatDay(sheetsSerialDay(46331)!) //=> '2026-11-05'
 */
export function sheetsSerialDay(serial: number): Day | null {
  if (!(serial >= MIN_SERIAL && serial < MAX_SERIAL)) return null; // also rejects NaN
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}
