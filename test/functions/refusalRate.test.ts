import { describe, expect, it } from 'vitest';
import { REFUSAL_RATE } from '../../src/functions/refusalRate';
import { column, errorIn, inSheet } from './_helpers';

describe('REFUSAL_RATE', () => {
  it('is refusals / total', () => {
    expect(REFUSAL_RATE(12, 80)).toBe(0.15);
  });

  it('fills a column', () => {
    expect(REFUSAL_RATE(column(2, 5), column(10, 20))).toEqual(column(0.2, 0.25));
    expect(REFUSAL_RATE(4, column(8, 16))).toEqual(column(0.5, 0.25));
  });

  it('reads counts typed as text', () => {
    expect(inSheet('en_US', () => REFUSAL_RATE('12', '80'))).toBe(0.15);
  });

  it('is blank where a value is blank or there are no deals', () => {
    expect(REFUSAL_RATE(1, '')).toBe('');
    expect(REFUSAL_RATE(0, 0)).toBe('');
  });

  it('throws for negative counts, logicals and mismatched ranges', () => {
    expect(errorIn('en_US', () => REFUSAL_RATE(1, -80))).toBe(
      'REFUSAL_RATE: argument "total": -80 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => REFUSAL_RATE(true, 1))).toBe(
      'REFUSAL_RATE: аргумент «refusals»: ИСТИНА — логическое значение, а не число.',
    );
    expect(errorIn('ru_RU', () => REFUSAL_RATE(column(1, 2), column(1, 2, 3)))).toContain(
      'аргумент «total» — диапазон 3 строки × 1 столбец, а «refusals» — 2 строки × 1 столбец',
    );
  });

  describe('edge cases', () => {
    it('is 0 when nothing was refused', () => {
      expect(REFUSAL_RATE(0, 10)).toBe(0);
    });
  });
});
