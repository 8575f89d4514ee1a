import { describe, expect, it } from 'vitest';
import { RETURN_RATE } from '../../src/functions/returnRate';
import { column, errorIn, inSheet } from './_helpers';

describe('RETURN_RATE', () => {
  it('is returns / sales', () => {
    expect(RETURN_RATE(3, 60)).toBe(0.05);
  });

  it('fills a column', () => {
    expect(RETURN_RATE(column(1, 2, 0), column(10, 40, 5))).toEqual(column(0.1, 0.05, 0));
    expect(RETURN_RATE(column(1, 2), 20)).toEqual(column(0.05, 0.1));
  });

  it('reads counts typed as text', () => {
    expect(inSheet('ru_RU', () => RETURN_RATE(' 3 ', '60'))).toBe(0.05);
  });

  it('is blank where a value is blank or there are no sales', () => {
    expect(RETURN_RATE(null, 10)).toBe('');
    expect(RETURN_RATE(2, 0)).toBe('');
  });

  it('throws for negative counts and non-numbers', () => {
    expect(errorIn('en_US', () => RETURN_RATE(-1, 10))).toBe(
      'RETURN_RATE: argument "returns": -1 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => RETURN_RATE(1, 'десять'))).toBe(
      'RETURN_RATE: аргумент «sales»: «десять» — не число.',
    );
  });

  describe('edge cases', () => {
    it('reads percent text as a fraction, as everywhere', () => {
      expect(RETURN_RATE('50%', 1)).toBe(0.5);
    });
  });
});
