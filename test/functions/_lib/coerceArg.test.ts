import { describe, expect, it } from 'vitest';
import {
  type ArgSpec,
  coerceArg,
  countArg,
  flagArg,
  fractionArg,
  numberArg,
} from '../../../src/functions/_lib/coerceArg';
import { FunctionCall } from '../../../src/functions/_lib/FunctionCall';
import { errorIn, inSheet, runInSheet } from '../_helpers';

// Reads one value of argument `spec` of a function named TEST, as a single value (row 0) or at row/column.
const read = (value: unknown, spec: ArgSpec = numberArg('x'), locale = 'en_US', row = 0, column = 0) =>
  inSheet(locale, () => coerceArg(value, spec, new FunctionCall('TEST'), row, column));
const failure = (value: unknown, spec: ArgSpec = numberArg('x'), locale = 'en_US', row = 0, column = 0) =>
  errorIn(locale, () => coerceArg(value, spec, new FunctionCall('TEST'), row, column));

describe('coerceArg', () => {
  describe('numbers', () => {
    it('passes numbers through, of any sign', () => {
      expect(read(12.5)).toBe(12.5);
      expect(read(-3)).toBe(-3);
      expect(read(0)).toBe(0);
    });

    it('reads number text in the spreadsheet locale', () => {
      expect(read('12,5', numberArg('x'), 'ru_RU')).toBe(12.5);
      expect(read('1 234,56 ₽', numberArg('x'), 'ru_RU')).toBe(1234.56);
      expect(read('$1,234.56', numberArg('x'), 'en_US')).toBe(1234.56);
      expect(read(' 42 ')).toBe(42);
    });

    it('refuses number text with spaces or a currency where the spec allows none', () => {
      expect(failure('1 2 3', numberArg('x'), 'ru_RU')).toBe('TEST: аргумент «x»: «1 2 3» — не число.');
      expect(failure('12 34')).toBe('TEST: argument "x": "12 34" is not a number.');
      expect(failure('1rub2')).toBe('TEST: argument "x": "1rub2" is not a number.');
      expect(failure('Infinity')).toBe('TEST: argument "x": "Infinity" is not a number.');
      expect(read('1.234,56', numberArg('x'), 'ru_RU')).toBe(1234.56);
    });

    it('reads percent text as a fraction', () => {
      expect(read('25%')).toBe(0.25);
      expect(read('12,5%', numberArg('x'), 'ru_RU')).toBe(0.125);
    });

    it('names the position inside the range when there is one', () => {
      expect(failure('abc', numberArg('x'), 'en_US', 3, 2)).toBe(
        'TEST: argument "x", row 3, column 2 of the range: "abc" is not a number.',
      );
      expect(failure('abc', numberArg('x'), 'ru_RU', 3, 2)).toBe(
        'TEST: аргумент «x», строка 3, столбец 2 диапазона: «abc» — не число.',
      );
    });

    it('rejects text that is not a number', () => {
      expect(failure('abc')).toBe('TEST: argument "x": "abc" is not a number.');
      expect(failure('abc', numberArg('x'), 'ru_RU')).toBe('TEST: аргумент «x»: «abc» — не число.');
    });

    it('refuses to guess ambiguous number text', () => {
      expect(failure('1.234', numberArg('x'), 'ru_RU')).toBe(
        'TEST: аргумент «x»: «1.234» — неоднозначное число: разделитель может отделять и дробную часть, и тысячи. ' +
          'Введите число без разделителей тысяч, с десятичным разделителем из региональных настроек таблицы.',
      );
      expect(failure('1.234', numberArg('x'), 'ru_RU')).toContain('неоднозначное число');
      expect(failure('1,234.5.6', numberArg('x'), 'en_US')).toBe(
        'TEST: argument "x": "1,234.5.6" is not a number.',
      );
    });

    it('rejects logicals', () => {
      expect(failure(true)).toBe('TEST: argument "x": TRUE is a logical value, not a number.');
      expect(failure(false, numberArg('x'), 'ru_RU')).toBe(
        'TEST: аргумент «x»: ЛОЖЬ — логическое значение, а не число.',
      );
    });

    it('rejects dates, showing the day in the spreadsheet time zone', () => {
      // Sheets passes the date cell 05.11.2026 of a Moscow sheet as its local midnight: 21:00 UTC the day before.
      const nov5 = new Date('2026-11-04T21:00:00Z');
      expect(failure(nov5)).toBe('TEST: argument "x": 2026-11-05 is a date, not a number.');
      expect(failure(nov5, numberArg('x'), 'ru_RU')).toBe(
        'TEST: аргумент «x»: 2026-11-05 — дата, а не число.',
      );
    });

    it('rejects other values (NaN, objects) as not a number', () => {
      expect(failure(Number.NaN)).toBe('TEST: argument "x": NaN is not a number.');
      expect(failure({})).toBe('TEST: argument "x": "[object Object]" is not a number.');
    });
  });

  describe('counts', () => {
    it('accepts 0 and more', () => {
      expect(read(0, countArg('n'))).toBe(0);
      expect(read(7.5, countArg('n'))).toBe(7.5); // an average count is still a count
    });

    it('rejects negative counts, as given', () => {
      expect(failure(-3, countArg('orders'))).toBe(
        'TEST: argument "orders": -3 is negative, but a count cannot be less than 0.',
      );
      expect(failure('-1,5', countArg('orders'), 'ru_RU')).toBe(
        'TEST: аргумент «orders»: «-1,5» — отрицательное число, а количество не может быть меньше 0.',
      );
      expect(failure(-1.5, countArg('orders'), 'ru_RU')).toContain('-1,5 — отрицательное число');
    });
  });

  describe('flags', () => {
    const flag = flagArg('lower_is_better', false);

    it('accepts logicals, 1/0 and the words true/false/истина/ложь', () => {
      expect(read(true, flag)).toBe(true);
      expect(read(false, flag)).toBe(false);
      expect(read(1, flag)).toBe(true);
      expect(read(0, flag)).toBe(false);
      expect(read('TRUE', flag)).toBe(true);
      expect(read(' false ', flag)).toBe(false);
      expect(read('Истина', flag)).toBe(true);
      expect(read('ЛОЖЬ', flag)).toBe(false);
      expect(read('1', flag)).toBe(true);
    });

    it('rejects anything else', () => {
      expect(failure(2, flag)).toBe('TEST: argument "lower_is_better": 2 is not TRUE or FALSE (or 1 or 0).');
      expect(failure('maybe', flag, 'ru_RU')).toBe(
        'TEST: аргумент «lower_is_better»: «maybe» — не ИСТИНА и не ЛОЖЬ (и не 1 или 0).',
      );
      expect(failure(new Date('2026-11-04T21:00:00Z'), flag)).toContain('2026-11-05 is not TRUE or FALSE');
    });
  });

  describe('fractions', () => {
    const share = fractionArg('at_risk', 0.9);

    it('accepts shares above 0 and up to 1, as numbers or percent text', () => {
      expect(read(0.8, share)).toBe(0.8);
      expect(read(1, share)).toBe(1);
      expect(read('90%', share)).toBe(0.9);
      expect(read('0,85', share, 'ru_RU')).toBe(0.85);
    });

    it('rejects 0, negatives, and numbers above 1 such as 90 meant as 90%', () => {
      expect(failure(90, share)).toBe(
        'TEST: argument "at_risk": 90 is out of range: it must be a share above 0 and at most 1, such as 0.9 or 90%.',
      );
      expect(failure(0, share)).toContain('0 is out of range');
      expect(failure('150%', share, 'ru_RU')).toBe(
        'TEST: аргумент «at_risk»: «150%» — вне допустимого диапазона: нужна доля больше 0 и не больше 1, например 0,9 или 90%.',
      );
      expect(failure(true, share)).toContain('TRUE is a logical value');
    });
  });

  describe('edge cases', () => {
    it.each([[''], [null], [undefined], ['   ']])('reads %j as blank (null) for every kind', (blank) => {
      expect(read(blank, numberArg('x'))).toBeNull();
      expect(read(blank, countArg('n'))).toBeNull();
      expect(read(blank, flagArg('f', true))).toBeNull();
      expect(read(blank, fractionArg('r', 0.9))).toBeNull();
    });

    it('cuts a long text in the message', () => {
      const long = 'x'.repeat(100);
      expect(failure(long)).toBe(`TEST: argument "x": "${'x'.repeat(40)}…" is not a number.`);
    });

    it('does not read the locale for plain numbers', () => {
      // FunctionCall reads the locale lazily: a number never needs it.
      const { result, reads } = runInSheet('ru_RU', () =>
        coerceArg(5, numberArg('x'), new FunctionCall('TEST'), 0, 0),
      );
      expect(result).toBe(5);
      expect(reads).toEqual({ locale: 0, timeZone: 0 });
    });
  });
});
