import type { Day } from '../calendar/day';

// Sheets (like Excel) counts days from 1899-12-30: serial 25569 is 1970-01-01, day 0 of `Day`.
const SERIAL_OF_EPOCH = 25569;

/**
 * The `Day` of a Sheets serial date number (days since 1899-12-30; the fractional part is the time of day, which
 * is ignored). A date column holds numbers when it is formatted as a number or pasted from an Excel export.
 * No plausibility check: a stray `2026` is 1905-07-18 here, and `createDateCellReader` calls it implausible.
 *
 * @param serial The number in the cell, e.g. 46331 or 46331.6 (2026-11-05, 14:24).
 * @returns The `Day`, or null when the number is not finite.
 * @example
 * formatDay(sheetsSerialDay(46331)!) //=> '2026-11-05'
 * sheetsSerialDay(25569) //=> 0
 */
export function sheetsSerialDay(serial: number): Day | null {
  if (serial - serial !== 0) return null; // NaN or ±Infinity
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}
