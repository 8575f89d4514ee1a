import { describe, expect, it } from 'vitest';
import { CAC } from '../../src/functions/cac';
import { column, errorIn, inSheet } from './_helpers';

describe('CAC', () => {
  it('is marketing_cost / new_customers', () => {
    expect(CAC(50_000, 40)).toBe(1_250);
  });

  it('fills a column', () => {
    expect(CAC(column(1_000, 3_000), column(10, 20))).toEqual(column(100, 150));
    expect(CAC(1_200, column(3, 4, 6))).toEqual(column(400, 300, 200));
  });

  it('reads money typed as text', () => {
    expect(inSheet('ru_RU', () => CAC('50 000,00', '40'))).toBe(1_250);
  });

  it('is blank where a value is blank or there are no new customers', () => {
    expect(CAC('', 4)).toBe('');
    expect(CAC(1_000, 0)).toBe('');
  });

  it('throws for a negative count of new customers and for non-numbers', () => {
    expect(errorIn('en_US', () => CAC(1_000, -4))).toBe(
      'CAC: argument "new_customers": -4 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => CAC(new Date('2026-01-14T21:00:00Z'), 4))).toBe(
      'CAC: аргумент «marketing_cost»: 2026-01-15 — дата, а не число.',
    );
  });

  describe('edge cases', () => {
    it('is 0 when nothing was spent', () => {
      expect(CAC(0, 5)).toBe(0);
    });
  });
});
