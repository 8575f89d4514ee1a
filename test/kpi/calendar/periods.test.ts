import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatDay } from '../../../src/kpi/calendar/day';
import {
  type Period,
  type PeriodType,
  parsePeriodLabel,
  parsePeriodType,
  periodDays,
  periodEnd,
  periodLabel,
  periodOf,
  periodStart,
  previousPeriod,
  sameLastYear,
} from '../../../src/kpi/calendar/periods';

const label = (type: PeriodType, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return periodLabel(periodOf(type, dayFromCivil(y, m, d)));
};
const at = (text: string): Period => parsePeriodLabel(text)!;

describe('periods', () => {
  it('labels every period type as the spec says', () => {
    expect(label('week', '2026-11-19')).toBe('2026-W47');
    expect(label('month', '2026-11-19')).toBe('2026-11');
    expect(label('quarter', '2026-11-19')).toBe('2026-Q4');
    expect(label('year', '2026-11-19')).toBe('2026');
    expect(label('month', '2026-01-01')).toBe('2026-01');
    expect(label('quarter', '2026-03-31')).toBe('2026-Q1');
    expect(label('quarter', '2026-04-01')).toBe('2026-Q2');
  });

  it('puts ISO weeks on Monday and across year boundaries', () => {
    expect(label('week', '2026-11-22')).toBe('2026-W47'); // Sunday
    expect(label('week', '2026-11-23')).toBe('2026-W48'); // Monday
    expect(label('week', '2026-12-31')).toBe('2026-W53'); // 2026 has 53 ISO weeks
    expect(label('week', '2027-01-03')).toBe('2026-W53');
    expect(label('week', '2027-01-04')).toBe('2027-W01');
    expect(label('week', '2024-12-30')).toBe('2025-W01'); // a December day in next year's week 1
    expect(label('week', '2021-01-03')).toBe('2020-W53');
  });

  it('has half-open bounds and day counts', () => {
    expect(formatDay(periodStart(at('2026-W01')))).toBe('2025-12-29');
    expect(formatDay(periodEnd(at('2026-W53')))).toBe('2027-01-04');
    expect(formatDay(periodStart(at('2026-Q4')))).toBe('2026-10-01');
    expect(formatDay(periodEnd(at('2026-12')))).toBe('2027-01-01');
    expect(periodDays(at('2028-02'))).toBe(29);
    expect(periodDays(at('2026-Q1'))).toBe(90);
    expect(periodDays(at('2028'))).toBe(366);
    expect(periodDays(at('2026-W10'))).toBe(7);
  });

  it('steps to the previous period and the same period last year', () => {
    expect(periodLabel(previousPeriod(at('2026-01')))).toBe('2025-12');
    expect(periodLabel(previousPeriod(at('2026-Q1')))).toBe('2025-Q4');
    expect(periodLabel(previousPeriod(at('2027-W01')))).toBe('2026-W53');
    expect(periodLabel(sameLastYear(at('2026-11')))).toBe('2025-11');
    expect(periodLabel(sameLastYear(at('2026-Q4')))).toBe('2025-Q4');
    expect(periodLabel(sameLastYear(at('2026')))).toBe('2025');
    expect(periodLabel(sameLastYear(at('2026-W47')))).toBe('2025-W47');
    expect(periodLabel(sameLastYear(at('2026-W53')))).toBe('2025-W52');
    expect(periodLabel(sameLastYear(at('2021-W01')))).toBe('2020-W01');
  });

  it('parses labels back to the same period', () => {
    for (const text of [
      '2026-W47',
      '2026-W01',
      '2026-W53',
      '2026-11',
      '2026-01',
      '2026-Q1',
      '2026-Q4',
      '2026',
    ]) {
      expect(periodLabel(at(text))).toBe(text);
    }
    expect(periodLabel(at(' 2026-q4 '))).toBe('2026-Q4');
    expect(periodLabel(at('2026-3'))).toBe('2026-03');
  });

  it('reads period type names in English and Russian', () => {
    expect(parsePeriodType('Week')).toBe('week');
    expect(parsePeriodType(' месяц ')).toBe('month');
    expect(parsePeriodType('Квартал')).toBe('quarter');
    expect(parsePeriodType('год')).toBe('year');
    expect(parsePeriodType('неделя')).toBe('week');
    expect(parsePeriodType('fortnight')).toBeNull();
  });

  describe('edge cases', () => {
    it.each(['2026-13', '2026-00', '2025-W53', '2026-W00', '2026-Q5', '26-11', 'November', ''])(
      'rejects %j',
      (text) => {
        expect(parsePeriodLabel(text)).toBeNull();
      },
    );

    it('labels days before 1970', () => {
      expect(label('week', '1969-12-31')).toBe('1970-W01');
      expect(label('month', '1969-12-31')).toBe('1969-12');
    });
  });
});
