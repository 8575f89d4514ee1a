import { describe, expect, it } from 'vitest';
import { AVERAGE_CHECK } from '../../src/functions/averageCheck';
import { column, errorIn, inSheet } from './_helpers';

describe('AVERAGE_CHECK', () => {
  it('is revenue / orders', () => {
    expect(AVERAGE_CHECK(150_000, 60)).toBe(2_500);
  });

  it('fills a column', () => {
    expect(AVERAGE_CHECK(column(1_000, 2_400, 900), column(4, 8, 3))).toEqual(column(250, 300, 300));
    expect(AVERAGE_CHECK(column(1_000, 500), 10)).toEqual(column(100, 50));
  });

  it('reads money typed as text in the sheet locale', () => {
    expect(inSheet('ru_RU', () => AVERAGE_CHECK('1 234,56 ₽', 2))).toBe(617.28);
    expect(inSheet('en_US', () => AVERAGE_CHECK('$1,234.56', '2'))).toBe(617.28);
  });

  it('is blank where a value is blank or there are no orders', () => {
    expect(AVERAGE_CHECK('', 3)).toBe('');
    expect(AVERAGE_CHECK(500, 0)).toBe('');
  });

  it('throws for a negative order count and for non-numbers', () => {
    expect(errorIn('en_US', () => AVERAGE_CHECK(100, -2))).toBe(
      'AVERAGE_CHECK: argument "orders": -2 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => AVERAGE_CHECK(column(1, 'n/a'), 1))).toBe(
      'AVERAGE_CHECK: аргумент «revenue», строка 2, столбец 1 диапазона: «n/a» — не число.',
    );
    expect(errorIn('en_US', () => AVERAGE_CHECK(true, 1))).toContain(
      'TRUE is a logical value, not a number.',
    );
  });

  describe('edge cases', () => {
    it('accepts a negative revenue (returns above sales)', () => {
      expect(AVERAGE_CHECK(-300, 3)).toBe(-100);
    });

    it('refuses ambiguous money text in a Russian sheet', () => {
      expect(errorIn('ru_RU', () => AVERAGE_CHECK('2.500', 1))).toContain('«2.500» — неоднозначное число');
    });
  });
});
