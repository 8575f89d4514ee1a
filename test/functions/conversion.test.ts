import { describe, expect, it } from 'vitest';
import { CONVERSION } from '../../src/functions/conversion';
import { column, errorIn, inSheet } from './_helpers';

describe('CONVERSION', () => {
  it('is conversions / opportunities, as a fraction', () => {
    expect(CONVERSION(25, 100)).toBe(0.25);
    expect(CONVERSION(3, 4)).toBe(0.75);
  });

  it('fills a column: range × range and range × single value', () => {
    // Won deals and all deals of three months.
    expect(CONVERSION(column(10 /* Jan */, 12 /* Feb */, 0 /* Mar */), column(40, 48, 20))).toEqual(
      column(0.25, 0.25, 0),
    );
    expect(CONVERSION(column(5, 10, 20), 40)).toEqual(column(0.125, 0.25, 0.5));
    expect(CONVERSION(10, [[20, 40, 80]])).toEqual([[0.5, 0.25, 0.125]]);
  });

  it('reads numbers typed as text in the sheet locale, and percent text', () => {
    expect(inSheet('ru_RU', () => CONVERSION('12,5', '50'))).toBe(0.25);
    expect(inSheet('en_US', () => CONVERSION('1,000', '4,000'))).toBe(0.25); // en: thousands separators
    expect(inSheet('en_US', () => CONVERSION('50%', 2))).toBe(0.25);
  });

  it('is blank where a value is blank or there are no opportunities', () => {
    expect(CONVERSION('', 100)).toBe('');
    expect(CONVERSION(5, '')).toBe('');
    expect(CONVERSION(5, 0)).toBe('');
    expect(CONVERSION(column(1, '', 3), column(2, 4, 0))).toEqual(column(0.5, '', ''));
  });

  it('throws in the user language for text that is not a number, with its place in the range', () => {
    const call = () => CONVERSION(column(1, 2, 3), column(10, 20, 'abc'));
    expect(errorIn('en_US', call)).toBe(
      'CONVERSION: argument "opportunities", row 3, column 1 of the range: "abc" is not a number.',
    );
    expect(errorIn('ru_RU', call)).toBe(
      'CONVERSION: аргумент «opportunities», строка 3, столбец 1 диапазона: «abc» — не число.',
    );
  });

  it('throws for a negative count', () => {
    expect(errorIn('en_US', () => CONVERSION(-1, 10))).toBe(
      'CONVERSION: argument "conversions": -1 is negative, but a count cannot be less than 0.',
    );
    expect(errorIn('ru_RU', () => CONVERSION(1, column(10, -2)))).toBe(
      'CONVERSION: аргумент «opportunities», строка 2, столбец 1 диапазона: -2 — отрицательное число, ' +
        'а количество не может быть меньше 0.',
    );
  });

  it('throws for logicals and dates', () => {
    expect(errorIn('en_US', () => CONVERSION(true, 10))).toBe(
      'CONVERSION: argument "conversions": TRUE is a logical value, not a number.',
    );
    expect(errorIn('ru_RU', () => CONVERSION(1, new Date('2026-11-04T21:00:00Z')))).toBe(
      'CONVERSION: аргумент «opportunities»: 2026-11-05 — дата, а не число.',
    );
  });

  it('throws for ranges of different shapes', () => {
    expect(errorIn('en_US', () => CONVERSION(column(1, 2, 3), column(4, 5)))).toBe(
      'CONVERSION: argument "opportunities" is a range of 2 rows × 1 column, but "conversions" is 3 rows × 1 column; ' +
        'ranges must have the same number of rows and columns.',
    );
  });

  describe('edge cases', () => {
    it('answers a 1×1 range with a 1×1 range', () => {
      expect(CONVERSION([[1]], 4)).toEqual([[0.25]]);
    });

    it('is 0 for no conversions, and may pass 1 (the counts are the user’s)', () => {
      expect(CONVERSION(0, 10)).toBe(0);
      expect(CONVERSION(12, 10)).toBe(1.2);
    });

    it('refuses ambiguous number text rather than guess', () => {
      expect(errorIn('ru_RU', () => CONVERSION('1.234', 2000))).toContain(
        'CONVERSION: аргумент «conversions»: «1.234» — неоднозначное число',
      );
    });

    it('works outside a spreadsheet (no SpreadsheetApp): English', () => {
      expect(() => CONVERSION('x', 1)).toThrow('CONVERSION: argument "conversions": "x" is not a number.');
    });
  });
});
