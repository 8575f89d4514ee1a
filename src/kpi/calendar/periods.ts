import { civilFromDay, type Day, dayFromCivil, isoWeekday } from './day';

/** The period types of the spec (§4). */
export type PeriodType = 'week' | 'month' | 'quarter' | 'year';

/**
 * One period: its type and an integer index that orders periods of that type and makes `index - 1` the period
 * before. Month index = year × 12 + month − 1; quarter = year × 4 + quarter − 1; year = the year; week = ISO weeks
 * since the week of 1970-01-05 (a Monday).
 */
export interface Period {
  type: PeriodType;
  index: number;
}

export const PERIOD_TYPES: readonly PeriodType[] = ['week', 'month', 'quarter', 'year'];

const FIRST_MONDAY: Day = 4; // 1970-01-05

// A Map: user text is the key, so `__proto__` or `constructor` must name no period type.
const TYPE_NAMES = new Map<string, PeriodType>(
  Object.entries({
    week: 'week',
    weekly: 'week',
    weeks: 'week',
    неделя: 'week',
    недели: 'week',
    нед: 'week',
    month: 'month',
    monthly: 'month',
    months: 'month',
    месяц: 'month',
    месяцы: 'month',
    мес: 'month',
    quarter: 'quarter',
    quarterly: 'quarter',
    quarters: 'quarter',
    квартал: 'quarter',
    кварталы: 'quarter',
    кв: 'quarter',
    year: 'year',
    yearly: 'year',
    annual: 'year',
    years: 'year',
    год: 'year',
    годы: 'year',
  }) as [string, PeriodType][],
);

/**
 * Reads a period type name in English or Russian (trimmed, any case).
 *
 * @param text `week`, `month`, `quarter`, `year`, `неделя`, `месяц`, `квартал`, `год` (and a few plurals).
 * @returns The period type, or null when the text names none.
 * @example
 * parsePeriodType(' Квартал ') //=> 'quarter'
 */
export function parsePeriodType(text: string): PeriodType | null {
  return TYPE_NAMES.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * The index of the period of `type` that contains `day`.
 *
 * @example
 * periodIndexOf('quarter', dayFromCivil(2026, 11, 5)) //=> 2026 * 4 + 3
 */
export function periodIndexOf(type: PeriodType, day: Day): number {
  if (type === 'week') return Math.floor((day - FIRST_MONDAY) / 7);
  const { year, month } = civilFromDay(day);
  if (type === 'month') return year * 12 + month - 1;
  if (type === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
  return year;
}

/**
 * The period of `type` that contains `day`.
 *
 * @example
 * periodOf('month', dayFromCivil(2026, 11, 5)) //=> { type: 'month', index: 24322 }
 */
export function periodOf(type: PeriodType, day: Day): Period {
  return { type, index: periodIndexOf(type, day) };
}

/**
 * The first day of a period.
 *
 * @example
 * formatDay(periodStart({ type: 'quarter', index: 2026 * 4 + 3 })) //=> '2026-10-01'
 */
export function periodStart(period: Period): Day {
  const { type, index } = period;
  if (type === 'week') return FIRST_MONDAY + index * 7;
  if (type === 'month') return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
  if (type === 'quarter') return dayFromCivil(Math.floor(index / 4), (index % 4) * 3 + 1, 1);
  return dayFromCivil(index, 1, 1);
}

/**
 * The day after a period's last day: periods are half-open `[start, end)`.
 *
 * @example
 * formatDay(periodEnd({ type: 'month', index: 2026 * 12 + 1 })) //=> '2026-03-01'
 */
export function periodEnd(period: Period): Day {
  return periodStart({ type: period.type, index: period.index + 1 });
}

/**
 * The number of days in a period.
 *
 * @example
 * periodDays({ type: 'year', index: 2028 }) //=> 366
 */
export function periodDays(period: Period): number {
  return periodEnd(period) - periodStart(period);
}

/**
 * The label of a period (§4): `2026-W47`, `2026-11`, `2026-Q4`, `2026`. Weeks carry their ISO week-year, so the
 * week of 2026-12-31 is `2026-W53` and the week of 2027-01-01 is `2026-W53` too.
 *
 * @example
 * periodLabel({ type: 'month', index: 2026 * 12 + 10 }) //=> '2026-11'
 */
export function periodLabel(period: Period): string {
  const { type, index } = period;
  if (type === 'week') {
    const { isoYear, week } = isoWeekOf(periodStart(period));
    return `${isoYear}-W${week < 10 ? '0' : ''}${week}`;
  }
  if (type === 'month') {
    const month = (index % 12) + 1;
    return `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}`;
  }
  if (type === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return String(index);
}

/**
 * Reads a period label (`2026-W47`, `2026-11`, `2026-Q4`, `2026`; trimmed, any case).
 *
 * @returns The period, or null when the text is not a valid label (`2026-13`, `2025-W53`).
 * @example
 * parsePeriodLabel('2026-Q4') //=> { type: 'quarter', index: 2026 * 4 + 3 }
 */
export function parsePeriodLabel(label: string): Period | null {
  const text = label.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(text);
  if (m) return { type: 'year', index: Number(m[1]) };
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { type: 'month', index: Number(m[1]) * 12 + month - 1 } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return { type: 'quarter', index: Number(m[1]) * 4 + Number(m[2]) - 1 };
  m = /^(\d{4})-W(\d{1,2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    return { type: 'week', index: periodIndexOf('week', isoWeek1Monday(year) + (week - 1) * 7) };
  }
  return null;
}

/**
 * The period of the same type just before (`P-1`).
 *
 * @example
 * periodLabel(previousPeriod(parsePeriodLabel('2026-01')!)) //=> '2025-12'
 */
export function previousPeriod(period: Period): Period {
  return { type: period.type, index: period.index - 1 };
}

/**
 * The same period a year earlier. For weeks: the same ISO week number of the previous ISO year; week 53 of a
 * year whose previous year has 52 weeks maps to week 52.
 *
 * @example
 * periodLabel(sameLastYear(parsePeriodLabel('2026-W53')!)) //=> '2025-W52'
 */
export function sameLastYear(period: Period): Period {
  const { type, index } = period;
  if (type === 'month') return { type, index: index - 12 };
  if (type === 'quarter') return { type, index: index - 4 };
  if (type === 'year') return { type, index: index - 1 };
  const { isoYear, week } = isoWeekOf(periodStart(period));
  const lastYearWeek = Math.min(week, isoWeeksInYear(isoYear - 1));
  return { type, index: periodIndexOf('week', isoWeek1Monday(isoYear - 1) + (lastYearWeek - 1) * 7) };
}

/**
 * The ISO week-year and week number of a day.
 *
 * @example
 * isoWeekOf(dayFromCivil(2027, 1, 1)) //=> { isoYear: 2026, week: 53 }
 */
export function isoWeekOf(day: Day): { isoYear: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const isoYear = civilFromDay(thursday).year;
  return { isoYear, week: Math.floor((thursday - dayFromCivil(isoYear, 1, 1)) / 7) + 1 };
}

/** The Monday of ISO week 1 of an ISO week-year (the week holding January 4th). */
function isoWeek1Monday(isoYear: number): Day {
  const jan4 = dayFromCivil(isoYear, 1, 4);
  return jan4 - isoWeekday(jan4) + 1;
}

/** 52 or 53. */
function isoWeeksInYear(isoYear: number): number {
  return (isoWeek1Monday(isoYear + 1) - isoWeek1Monday(isoYear)) / 7;
}
