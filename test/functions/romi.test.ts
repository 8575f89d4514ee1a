import { describe, expect, it } from 'vitest';
import { ROMI } from '../../src/functions/romi';
import { column, errorIn, inSheet } from './_helpers';

describe('ROMI', () => {
  it('is (revenue − marketing_cost) / marketing_cost', () => {
    expect(ROMI(150_000, 50_000)).toBe(2);
    expect(ROMI(30_000, 50_000)).toBe(-0.4); // did not pay off
  });

  it('fills a column', () => {
    expect(ROMI(column(200, 100, 50), 100)).toEqual(column(1, 0, -0.5));
    expect(ROMI(column(300, 300), column(100, 150))).toEqual(column(2, 1));
  });

  it('reads money typed as text in the sheet locale', () => {
    expect(inSheet('ru_RU', () => ROMI('150 000 ₽', '50 000 ₽'))).toBe(2);
    expect(inSheet('en_US', () => ROMI('$150,000', '$50,000.00'))).toBe(2);
  });

  it('is blank where a value is blank or nothing was spent', () => {
    expect(ROMI(100, '')).toBe('');
    expect(ROMI(100, 0)).toBe('');
  });

  it('throws for non-numbers', () => {
    expect(errorIn('en_US', () => ROMI('lots', 1))).toBe('ROMI: argument "revenue": "lots" is not a number.');
    expect(errorIn('ru_RU', () => ROMI(1, column(1, 2, 'x')))).toBe(
      'ROMI: аргумент «marketing_cost», строка 3, столбец 1 диапазона: «x» — не число.',
    );
  });

  describe('edge cases', () => {
    it('accepts a negative revenue, as money may be', () => {
      expect(ROMI(-100, 100)).toBe(-2);
    });
  });
});
