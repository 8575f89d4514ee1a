import { describe, expect, it } from 'vitest';
import { GROWTH } from '../../src/functions/growth';
import { column, errorIn, inSheet } from './_helpers';

describe('GROWTH', () => {
  it('is (current − previous) / |previous|', () => {
    expect(GROWTH(120, 100)).toBe(0.2);
    expect(GROWTH(80, 100)).toBe(-0.2);
  });

  it('keeps the sign meaningful for negative previous values', () => {
    expect(GROWTH(-50, -100)).toBe(0.5); // the loss halved: growth
    expect(GROWTH(-150, -100)).toBe(-0.5);
  });

  it('fills a column of months against the month before', () => {
    // Revenue of Feb, Mar, Apr against Jan, Feb, Mar.
    expect(GROWTH(column(110 /* Feb */, 99 /* Mar */, 99 /* Apr */), column(100, 110, 99))).toEqual(
      column(0.1, -0.1, 0),
    );
  });

  it('reads numbers typed as text', () => {
    expect(inSheet('ru_RU', () => GROWTH('1 200', '1 000'))).toBe(0.2);
    expect(inSheet('en_US', () => GROWTH('(50)', '-100'))).toBe(0.5); // accounting negative
  });

  it('is blank where a value is blank or the previous value is 0', () => {
    expect(GROWTH(120, '')).toBe('');
    expect(GROWTH(120, 0)).toBe('');
  });

  it('throws for non-numbers', () => {
    expect(errorIn('en_US', () => GROWTH(true, 1))).toBe(
      'GROWTH: argument "current": TRUE is a logical value, not a number.',
    );
    expect(errorIn('ru_RU', () => GROWTH(1, 'вчера'))).toBe(
      'GROWTH: аргумент «previous»: «вчера» — не число.',
    );
  });

  describe('edge cases', () => {
    it('accepts negative values (not counts)', () => {
      expect(GROWTH(-10, 10)).toBe(-2);
    });

    it('is 0 for no change', () => {
      expect(Object.is(GROWTH(-5, -5), 0)).toBe(true);
    });
  });
});
