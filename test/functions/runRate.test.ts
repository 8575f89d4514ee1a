import { describe, expect, it } from 'vitest';
import { RUN_RATE } from '../../src/functions/runRate';
import { column, errorIn, inSheet } from './_helpers';

describe('RUN_RATE', () => {
  it('is actual × total_days / elapsed_days', () => {
    expect(RUN_RATE(300_000, 10, 30)).toBe(900_000); // 10 days into November
  });

  it('is the actual once the period is over', () => {
    expect(RUN_RATE(1_000, 30, 30)).toBe(1_000);
    expect(RUN_RATE(1_000, 31, 30)).toBe(1_000);
  });

  it('fills a column: several KPIs on the same day of the month', () => {
    expect(RUN_RATE(column(300_000 /* revenue */, 40 /* orders */), 10, 30)).toEqual(column(900_000, 120));
    expect(RUN_RATE(100, column(1, 5, 10), 10)).toEqual(column(1_000, 200, 100));
  });

  it('reads numbers typed as text', () => {
    expect(inSheet('ru_RU', () => RUN_RATE('300 000 ₽', '10', '30'))).toBe(900_000);
  });

  it('is blank where a value is blank or no day has elapsed', () => {
    expect(RUN_RATE(100, '', 30)).toBe('');
    expect(RUN_RATE(100, 0, 30)).toBe('');
  });

  it('throws for negative days', () => {
    expect(errorIn('en_US', () => RUN_RATE(100, -1, 30))).toBe(
      'RUN_RATE: argument "elapsed_days": -1 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => RUN_RATE(100, 1, column(30, -30)))).toBe(
      'RUN_RATE: аргумент «total_days», строка 2, столбец 1 диапазона: -30 — отрицательное число, ' +
        'а количество не может быть меньше 0.',
    );
  });

  it('throws for a date given as days', () => {
    expect(errorIn('en_US', () => RUN_RATE(100, new Date('2026-11-09T21:00:00Z'), 30))).toBe(
      'RUN_RATE: argument "elapsed_days": 2026-11-10 is a date, not a number.',
    );
  });

  describe('edge cases', () => {
    it('keeps a negative actual negative', () => {
      expect(RUN_RATE(-10, 5, 10)).toBe(-20);
    });

    it('is the actual for a zero-day period after a day', () => {
      expect(RUN_RATE(10, 1, 0)).toBe(10);
    });
  });
});
