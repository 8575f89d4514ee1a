import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatDay,
  isoWeekday,
  isValidCivil,
} from '../../../src/kpi/calendar/day';

describe('day', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayFromCivil(2026, 11, 5)).toBe(Date.UTC(2026, 10, 5) / 86_400_000);
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2200, 12, 31) }), (day) => {
        const { year, month, day: d } = civilFromDay(day);
        expect(dayFromCivil(year, month, d)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(formatDay(day));
      }),
    );
  });

  it('knows real dates from impossible ones', () => {
    expect(isValidCivil(2026, 2, 28)).toBe(true);
    expect(isValidCivil(2026, 2, 29)).toBe(false);
    expect(isValidCivil(2028, 2, 29)).toBe(true);
    expect(isValidCivil(2100, 2, 29)).toBe(false);
    expect(isValidCivil(2026, 13, 1)).toBe(false);
    expect(isValidCivil(2026, 4, 31)).toBe(false);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('gives ISO weekdays, Monday = 1', () => {
    expect(isoWeekday(dayFromCivil(2026, 11, 23))).toBe(1); // a Monday
    expect(isoWeekday(dayFromCivil(2026, 11, 29))).toBe(7);
  });
});
