import { zoneOffsetsOf } from '../_lib/ZoneOffsets';
import type { Day } from './day';

const MS_PER_DAY = 86_400_000;

/**
 * Makes the function that turns a `Date` (as Sheets passes date cells) into the calendar `Day` it shows in the
 * **spreadsheet's** time zone — never the script's or the machine's. Sheets hands a date cell over as the instant
 * of its local midnight in the spreadsheet zone, so reading it in any other zone can land on the day before.
 *
 * The zone's offsets come from `zoneOffsetsOf`: its transitions are found with `Intl` once per execution for the
 * years met (~130 readings a year), then a cell is a range check against the current interval, so a date with a time
 * of day costs about what a midnight does.
 *
 * @param timeZone An IANA zone such as `Europe/Moscow` (the spreadsheet's `getSpreadsheetTimeZone()`).
 * @returns `(date) => Day`, or null for an invalid Date. Throws a RangeError for an unknown zone.
 * @example
 * const dayOf = createDayOfDate('Europe/Moscow');
 * formatDay(dayOf(new Date('2026-11-04T21:00:00Z'))!) //=> '2026-11-05'
 */
export function createDayOfDate(timeZone: string): (date: Date) => Day | null {
  const zone = zoneOffsetsOf(timeZone);
  return (date: Date): Day | null => {
    const ms = date.getTime();
    if (Number.isNaN(ms)) return null;
    return Math.floor((ms + zone.offsetAt(ms)) / MS_PER_DAY);
  };
}
