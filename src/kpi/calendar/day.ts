/**
 * A calendar day as a plain integer: days since 1970-01-01. No time, no time zone: the core compares and buckets
 * days with integer arithmetic, and only `dayOfDate` ever looks at a `Date`.
 */
export type Day = number;

/** A calendar date: year, month 1–12, day of month 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The `Day` of a calendar date (proleptic Gregorian; Howard Hinnant's days_from_civil).
 *
 * @param year Full year, e.g. 2026.
 * @param month 1–12.
 * @param day 1–31 (not checked: see `isValidCivil`).
 * @returns Days since 1970-01-01.
 * @example
 * dayFromCivil(1970, 1, 2) //=> 1
 */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of a `Day` (Howard Hinnant's civil_from_days).
 *
 * @param day Days since 1970-01-01.
 * @returns `{ year, month, day }`.
 * @example
 * civilFromDay(20762) //=> { year: 2026, month: 11, day: 5 }
 */
export function civilFromDay(day: Day): CivilDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/**
 * Whether year, month and day name a real calendar date (31.02.2026 does not).
 *
 * @example
 * isValidCivil(2026, 2, 29) //=> false
 */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The number of days in a month.
 *
 * @example
 * daysInMonth(2028, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : dayFromCivil(year, month + 1, 1) - dayFromCivil(year, month, 1);
}

/**
 * ISO weekday of a `Day`: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday(0) //=> 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * A `Day` as ISO text `yyyy-MM-dd`.
 *
 * @example
 * formatDay(20762) //=> '2026-11-05'
 */
export function formatDay(day: Day): string {
  const { year, month, day: d } = civilFromDay(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
