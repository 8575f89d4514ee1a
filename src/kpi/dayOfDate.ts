import { type Day, dayFromCivil } from './day';

const MS_PER_DAY = 86_400_000;
// Time-zone offsets only change on quarter-hour boundaries (in every zone of the tz database since 1980), so one
// Intl lookup per quarter hour seen is enough: a million Date cells of a two-year log cost ~70,000 lookups.
const BUCKET_MS = 15 * 60_000;

/**
 * Makes the function that turns a `Date` (as Sheets passes date cells) into the calendar `Day` it shows in the
 * **spreadsheet's** time zone — never the script's or the machine's. Sheets hands a date cell over as the instant
 * of its local midnight in the spreadsheet zone, so reading it in any other zone can land on the day before.
 *
 * @param timeZone An IANA zone such as `Europe/Moscow` (the spreadsheet's `getSpreadsheetTimeZone()`).
 * @returns `(date) => Day`, or null for an invalid Date. Cached per quarter hour: call it once per read, not per cell.
 * @example
 * const dayOf = createDayOfDate('Europe/Moscow');
 * formatDay(dayOf(new Date('2026-11-04T21:00:00Z'))!) //=> '2026-11-05'
 */
export function createDayOfDate(timeZone: string): (date: Date) => Day | null {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsets = new Map<number, number>();

  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = zoneOffsetMs(format, bucket * BUCKET_MS);
      offsets.set(bucket, offset);
    }
    return offset;
  };

  return (date: Date): Day | null => {
    const ms = date.getTime();
    if (Number.isNaN(ms)) return null;
    return Math.floor((ms + offsetAt(ms)) / MS_PER_DAY);
  };
}

/** The zone's offset from UTC at an instant, in ms (local wall time − UTC). */
function zoneOffsetMs(format: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local =
    dayFromCivil(parts.year, parts.month, parts.day) * MS_PER_DAY +
    ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000;
  const utcSecond = Math.floor(ms / 1000) * 1000;
  return local - utcSecond;
}
