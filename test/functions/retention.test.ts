import { describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/functions/retention';
import { column, errorIn, inSheet } from './_helpers';

describe('RETENTION', () => {
  it('is (customers_end − new_customers) / customers_start', () => {
    // 100 customers at the start; 120 at the end, 30 of them new: 90 of the 100 stayed.
    expect(RETENTION(120, 30, 100)).toBe(0.9);
    expect(RETENTION(50, 0, 50)).toBe(1);
  });

  it('fills a column, repeating single values', () => {
    expect(RETENTION(column(120, 110, 95), column(30, 20, 15), 100)).toEqual(column(0.9, 0.9, 0.8));
    expect(RETENTION(column(120, 60), 20, column(100, 50))).toEqual(column(1, 0.8));
  });

  it('reads counts typed as text', () => {
    expect(inSheet('ru_RU', () => RETENTION('1 200', '300', '1 000'))).toBe(0.9);
  });

  it('is blank where a value is blank or there were no customers at the start', () => {
    expect(RETENTION(120, '', 100)).toBe('');
    expect(RETENTION(10, 10, 0)).toBe('');
    expect(RETENTION(column(120, 5), column(30, 5), column(100, 0))).toEqual(column(0.9, ''));
  });

  it('throws for a negative count, naming the argument', () => {
    expect(errorIn('en_US', () => RETENTION(120, -3, 100))).toBe(
      'RETENTION: argument "new_customers": -3 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => RETENTION(120, 30, column(100, -1)))).toBe(
      'RETENTION: аргумент «customers_start», строка 2, столбец 1 диапазона: -1 — отрицательное число, ' +
        'а количество не может быть меньше 0.',
    );
  });

  it('throws for text, logicals and mismatched ranges', () => {
    expect(errorIn('ru_RU', () => RETENTION('много', 1, 1))).toBe(
      'RETENTION: аргумент «customers_end»: «много» — не число.',
    );
    expect(errorIn('en_US', () => RETENTION(1, false, 1))).toContain(
      '"new_customers": FALSE is a logical value',
    );
    expect(errorIn('en_US', () => RETENTION(column(1, 2), 1, [[1, 2]]))).toContain(
      'argument "customers_start" is a range of 1 row × 2 columns, but "customers_end" is 2 rows × 1 column',
    );
  });

  describe('edge cases', () => {
    it('may be negative when more customers are new than remain (inconsistent inputs are shown, not hidden)', () => {
      expect(RETENTION(10, 20, 100)).toBe(-0.1);
    });

    it('is 0 when every customer at the end is new', () => {
      expect(RETENTION(30, 30, 100)).toBe(0);
    });
  });
});
