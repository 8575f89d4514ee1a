import { describe, expect, it } from 'vitest';
import { broadcast } from '../../../src/functions/_lib/broadcast';
import { countArg, flagArg, numberArg } from '../../../src/functions/_lib/coerceArg';
import { FunctionCall } from '../../../src/functions/_lib/FunctionCall';
import { column, errorIn, filled, inSheet, runInSheet } from '../_helpers';

// A two-argument test function DIV(a, b) = a / b, null (blank) when b is 0; b is a count.
const DIV_ARGS = [numberArg('a'), countArg('b')] as const;
const div = (a: unknown, b: unknown) =>
  broadcast(new FunctionCall('DIV'), DIV_ARGS, [a, b], ([x, y]) => (y === 0 ? null : x / y));

// SCALE(value, [double]) = value, or 2 × value when double is TRUE (optional, default FALSE).
const SCALE_ARGS = [numberArg('value'), flagArg('double', false)] as const;
const scale = (value: unknown, double?: unknown) =>
  broadcast(new FunctionCall('SCALE'), SCALE_ARGS, [value, double], ([v, d]) => (d ? 2 * v : v));

describe('broadcast', () => {
  it('gives a single value for single values', () => {
    expect(div(10, 4)).toBe(2.5);
  });

  it('repeats a single value over a range, and gives the range shape', () => {
    expect(div(column(10, 20, 30), 10)).toEqual(column(1, 2, 3));
    expect(div(100, [[1, 2, 4]])).toEqual([[100, 50, 25]]); // one row, three columns
  });

  it('pairs ranges of the same shape element by element', () => {
    expect(
      div(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 4],
          [2, 8],
        ],
      ),
    ).toEqual([
      [1, 0.5],
      [1.5, 0.5],
    ]);
  });

  it('treats a 1×1 range as a single value, and answers as a range', () => {
    expect(div([[10]], 4)).toEqual([[2.5]]);
    expect(div([[10]], column(1, 2))).toEqual(column(10, 5));
  });

  it('is blank where a required value is blank, and where the formula cannot compute', () => {
    expect(div('', 4)).toBe('');
    expect(div(column(1, '', 3, null, 5), column(1, 1, 0, 1, undefined))).toEqual(column(1, '', '', '', ''));
  });

  it('gives a blank optional value its default', () => {
    expect(scale(5)).toBe(5);
    expect(scale(5, '')).toBe(5);
    expect(scale(column(1, 2, 3), column(true, '', 1))).toEqual(column(2, 2, 6));
  });

  it('reads the locale once per call however many texts it reads', () => {
    const { result, reads } = runInSheet('ru_RU', () => div(column('1,5', '2,5', '3,5'), '0,5'));
    expect(result).toEqual(column(3, 5, 7));
    expect(reads.locale).toBe(1);
  });

  it('throws for ranges of different shapes, naming both arguments and shapes', () => {
    expect(errorIn('en_US', () => div(column(1, 2, 3), column(1, 2)))).toBe(
      'DIV: argument "b" is a range of 2 rows × 1 column, but "a" is 3 rows × 1 column; ' +
        'ranges must have the same number of rows and columns.',
    );
    expect(errorIn('ru_RU', () => div(filled(21, 2, 1), filled(5, 1, 1)))).toBe(
      'DIV: аргумент «b» — диапазон 5 строк × 1 столбец, а «a» — 21 строка × 2 столбца; ' +
        'диапазоны должны быть одного размера.',
    );
  });

  it('names the row and column inside the range of a bad value', () => {
    // The third row of the second column holds the bad text.
    const a = [
      [1, 2],
      [3, 4],
      [5, 'x'],
    ];
    expect(errorIn('en_US', () => div(a, 1))).toBe(
      'DIV: argument "a", row 3, column 2 of the range: "x" is not a number.',
    );
  });

  describe('ragged ranges', () => {
    it('refuses rows of different lengths, naming the argument and the row, in English and Russian', () => {
      const ragged = [[1, 2], [3], [4, 5]];
      expect(errorIn('en_US', () => div(ragged, 1))).toBe(
        'DIV: argument "a" is not a rectangular range: row 2 has 1 cell, but row 1 has 2; ' +
          'every row must have the same number of cells.',
      );
      expect(errorIn('ru_RU', () => div(column(1, 2), [[1], [2, 3, 4]]))).toBe(
        'DIV: аргумент «b» — не прямоугольный диапазон: в строке 2 3 ячейки, а в строке 1 — 1; ' +
          'во всех строках должно быть одинаковое число ячеек.',
      );
    });

    it('refuses a longer row too, and a row that is not a row of cells: never cuts silently', () => {
      expect(errorIn('en_US', () => div([[1], [2], [3, 99]], 1))).toMatch(
        /row 3 has 2 cells, but row 1 has 1;/,
      );
      expect(errorIn('en_US', () => div([[1], 2], 1))).toMatch(
        /"a" is not a rectangular range: row 2 is not a row/,
      );
      expect(errorIn('ru_RU', () => div([[1], 2], 1))).toMatch(/в строке 2 не ряд ячеек/);
    });

    it('refuses a ragged range that would have looked 1×1', () => {
      expect(errorIn('en_US', () => div([[7], [8, 9]], 1))).toMatch(/row 2 has 2 cells/);
    });

    it('refuses it in every function that takes a range, optional arguments included', () => {
      expect(errorIn('en_US', () => scale(column(1, 2), [[true], []]))).toMatch(
        /^SCALE: argument "double" is not a rectangular range: row 2 has 0 cells/,
      );
    });
  });

  describe('edge cases', () => {
    it('checks every value, even in an element that is blank for another reason', () => {
      expect(errorIn('en_US', () => div(column('', ''), column(1, -1)))).toBe(
        'DIV: argument "b", row 2, column 1 of the range: -1 is negative, but a count cannot be less than 0.',
      );
    });

    it('checks a bad single value before the ranges, without a position', () => {
      expect(errorIn('en_US', () => div(column('x', 'z'), 'y'))).toBe(
        'DIV: argument "b": "y" is not a number.',
      );
    });

    it('gives blank for a non-finite result', () => {
      const huge = broadcast(new FunctionCall('X'), [numberArg('a')] as const, [1e308], ([a]) => a * 10);
      expect(huge).toBe('');
      const each = broadcast(new FunctionCall('X'), [numberArg('a')] as const, [column(1, 2, 3, 4)], ([a]) =>
        a === 1 ? Number.NaN : a === 2 ? Number.NEGATIVE_INFINITY : a === 3 ? Number.POSITIVE_INFINITY : a,
      );
      expect(each).toEqual(column('', '', '', 4));
    });

    it('reads a flat array as one row', () => {
      expect(div([10, 20], 10)).toEqual([[1, 2]]);
    });

    it('gives an empty range for an empty range', () => {
      expect(div([], 1)).toEqual([]);
    });

    it('refuses a programmer mistake: inputs and specs of different lengths', () => {
      expect(() => broadcast(new FunctionCall('X'), DIV_ARGS, [1], () => 0)).toThrow(/2 argument specs/);
    });

    it('fills a 10,000-row column in one quick call without reading the spreadsheet', () => {
      const rows = 10_000;
      const a = Array.from({ length: rows }, (_, i) => [i]);
      const b = Array.from({ length: rows }, (_, i) => [(i % 7) + 1]);
      const started = performance.now();
      const { result, reads } = runInSheet('en_US', () => div(a, b));
      const ms = performance.now() - started;
      expect((result as number[][]).length).toBe(rows);
      expect((result as number[][])[rows - 1][0]).toBe(9999 / ((9999 % 7) + 1));
      expect(reads).toEqual({ locale: 0, timeZone: 0 });
      expect(ms).toBeLessThan(500); // ~2 ms in practice; generous for slow CI machines
    });

    it('keeps a text column fast too: one locale read for 10,000 texts', () => {
      const a = Array.from({ length: 10_000 }, (_, i) => [`${i},5`]);
      const { result, reads } = runInSheet('ru_RU', () => div(a, 1));
      expect((result as number[][])[9][0]).toBe(9.5);
      expect(reads.locale).toBe(1);
      expect(inSheet('ru_RU', () => div('1 000,5', 1))).toBe(1000.5);
    });
  });
});
