import { describe, expect, it } from 'vitest';
import { ATTAINMENT } from '../../src/functions/attainment';
import { column, errorIn, inSheet } from './_helpers';

describe('ATTAINMENT', () => {
  it('is actual / target', () => {
    expect(ATTAINMENT(90, 100)).toBe(0.9);
    expect(ATTAINMENT(120, 100)).toBe(1.2);
  });

  it('is target / actual when lower is better', () => {
    expect(ATTAINMENT(5, 4, true)).toBe(0.8);
    expect(ATTAINMENT(800, 1_000, true)).toBe(1.25);
  });

  it('reads lower_is_better as TRUE/FALSE, 1/0 or the words true/false/истина/ложь; blank is FALSE', () => {
    expect(ATTAINMENT(5, 4, 1)).toBe(0.8);
    expect(ATTAINMENT(5, 4, 'true')).toBe(0.8);
    expect(ATTAINMENT(5, 4, 'ИСТИНА')).toBe(0.8);
    expect(ATTAINMENT(5, 4, 'ложь')).toBe(1.25);
    expect(ATTAINMENT(5, 4, 0)).toBe(1.25);
    expect(ATTAINMENT(5, 4, '')).toBe(1.25);
    expect(ATTAINMENT(5, 4)).toBe(1.25);
  });

  it('fills a column, with a direction per row or for all', () => {
    expect(ATTAINMENT(column(90, 110), 100)).toEqual(column(0.9, 1.1));
    // Revenue (higher is better) and CAC (lower is better) side by side.
    expect(ATTAINMENT(column(90, 1_250), column(100, 1_000), column(false, true))).toEqual(column(0.9, 0.8));
    expect(ATTAINMENT(column(5, 2), 4, true)).toEqual(column(0.8, 2));
  });

  it('reads numbers typed as text', () => {
    expect(inSheet('ru_RU', () => ATTAINMENT('4,5', '5'))).toBe(0.9);
    expect(inSheet('en_US', () => ATTAINMENT('45%', '50%'))).toBe(0.9);
  });

  it('is blank where actual or target is blank, or the divisor is 0', () => {
    expect(ATTAINMENT('', 100)).toBe('');
    expect(ATTAINMENT(50, '')).toBe('');
    expect(ATTAINMENT(50, 0)).toBe('');
    expect(ATTAINMENT(0, 3, true)).toBe('');
  });

  it('throws for a lower_is_better that is not a logical', () => {
    expect(errorIn('en_US', () => ATTAINMENT(1, 1, 'yes'))).toBe(
      'ATTAINMENT: argument "lower_is_better": "yes" is not TRUE or FALSE (or 1 or 0).',
    );
    expect(errorIn('ru_RU', () => ATTAINMENT(1, 1, column(true, 2)))).toBe(
      'ATTAINMENT: аргумент «lower_is_better», строка 2, столбец 1 диапазона: 2 — не ИСТИНА и не ЛОЖЬ (и не 1 или 0).',
    );
  });

  it('throws for non-numbers in actual and target', () => {
    expect(errorIn('en_US', () => ATTAINMENT('?', 1))).toBe(
      'ATTAINMENT: argument "actual": "?" is not a number.',
    );
    expect(errorIn('ru_RU', () => ATTAINMENT(1, false))).toBe(
      'ATTAINMENT: аргумент «target»: ЛОЖЬ — логическое значение, а не число.',
    );
  });

  describe('edge cases', () => {
    it('is blank for a target of 0 or below, or an actual below 0: no ratio measures those', () => {
      expect(ATTAINMENT(-50, 100)).toBe('');
      expect(ATTAINMENT(-0.1, -0.2)).toBe(''); // 0.5 would read as half a loss-making target
      expect(ATTAINMENT(0.1, -0.2)).toBe('');
      expect(ATTAINMENT(3, -2, true)).toBe('');
      expect(ATTAINMENT([[-0.1], [3]], [[-0.2], [2]])).toEqual([[''], [1.5]]);
    });

    it('is 0 when nothing was achieved', () => {
      expect(ATTAINMENT(0, 100)).toBe(0);
    });
  });
});
