/**
 * Wall clock ↔ instant in an IANA time zone, with `Intl` (no library), and Sheets' serial dates.
 * Sheets stores a date as a serial number of days since 1899-12-30 on the spreadsheet's wall clock; Apps Script
 * turns it into a `Date` in the spreadsheet's time zone. Changing the spreadsheet's time zone therefore moves
 * the instants of existing dates, as it does in Sheets.
 */

/** A moment on a wall clock; month is 1–12, weekday 0 (Sunday) – 6. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const DAY_MS = 86_400_000;
/** 1899-12-30T00:00 as UTC milliseconds: serial 0. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the time zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** UTC milliseconds of wall-clock fields (years 0–99 are years, not 1900–1999). */
export function utcOfFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** Wall-clock fields of UTC milliseconds. */
export function fieldsOfUtc(utcMs: number): WallClock {
  const date = new Date(utcMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
  };
}

const QUARTER_HOUR = 900_000;
/** Per time zone, offsets by quarter-hour index (numeric keys: no string built per lookup on the read path). */
const offsetCache = new Map<string, Map<number, number>>();
/** UTC days from 1970 covered by the day tables (to 2100). */
const TABLE_DAYS = 47_482;
const UNKNOWN_DAY = 0x7fffffff;
const CHANGING_DAY = 0x7ffffffe;
/** Per time zone and UTC day: the offset in ms when it holds all that day, else UNKNOWN_DAY or CHANGING_DAY. */
const dayTables = new Map<string, Int32Array>();
let lastZone = '';
let lastTable: Int32Array | undefined;

/**
 * Offset of the time zone from UTC at an instant, in milliseconds. A day whose offset does not change is one look
 * in a table (a read of 200,000 dates calls this twice per date); since 1970 clocks change only on quarter hours,
 * so other instants are cached per quarter hour; older ones (odd local-mean-time offsets) are computed.
 */
function offsetAt(instant: number, timeZone: string): number {
  if (instant < 0) return computeOffset(instant, timeZone);
  const day = Math.floor(instant / DAY_MS);
  if (day < TABLE_DAYS) {
    let table = timeZone === lastZone ? lastTable : dayTables.get(timeZone);
    if (table === undefined) {
      table = new Int32Array(TABLE_DAYS).fill(UNKNOWN_DAY);
      dayTables.set(timeZone, table);
    }
    lastZone = timeZone;
    lastTable = table;
    let offset = table[day];
    if (offset === UNKNOWN_DAY) {
      const start = quarterOffset(day * DAY_MS, timeZone);
      offset = start === quarterOffset((day + 1) * DAY_MS - QUARTER_HOUR, timeZone) ? start : CHANGING_DAY;
      table[day] = offset;
    }
    if (offset !== CHANGING_DAY) return offset;
  }
  return quarterOffset(instant, timeZone);
}

function quarterOffset(instant: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    if (zone.size > 50_000) zone.clear();
    offset = computeOffset(quarter * QUARTER_HOUR, timeZone);
    zone.set(quarter, offset);
  }
  return offset;
}

function computeOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(whole))) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = utcOfFields(
    year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - whole;
}

/** The wall clock of an instant in a time zone. */
export function wallClock(instant: number, timeZone: string): WallClock {
  return fieldsOfUtc(instant + offsetAt(instant, timeZone));
}

/** The instant a wall clock shows in a time zone (the earlier one when clocks go back). */
export function instantOf(wallUtcMs: number, timeZone: string): number {
  const first = offsetAt(wallUtcMs, timeZone);
  const instant = wallUtcMs - first;
  const second = offsetAt(instant, timeZone);
  return second === first ? instant : wallUtcMs - second;
}

/** Sheets' serial number of a `Date`, read on the wall clock of `timeZone`. */
export function serialOfDate(date: Date, timeZone: string): number {
  const instant = date.getTime();
  return (instant + offsetAt(instant, timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The `Date` Apps Script returns for a serial number in a spreadsheet of `timeZone`. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  return new Date(instantOfSerial(serial, timeZone));
}

/** The instant (UTC milliseconds) of that `Date`. */
export function instantOfSerial(serial: number, timeZone: string): number {
  return instantOf(wallMsOfSerial(serial), timeZone);
}

/** Wall-clock UTC milliseconds of a serial number (no time zone involved). */
export function wallMsOfSerial(serial: number): number {
  return Math.round(serial * DAY_MS) + SERIAL_EPOCH_MS;
}

/** Serial number of wall-clock fields. */
export function serialOfFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return (utcOfFields(year, month, day, hour, minute, second) - SERIAL_EPOCH_MS) / DAY_MS;
}
