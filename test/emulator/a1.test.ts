import { describe, expect, it } from 'vitest';
import { a1OfArea, columnLetters, columnNumber, parseA1 } from '../../emulator/index.js';

describe('A1 notation', () => {
  it('converts column numbers and letters both ways', () => {
    expect([1, 26, 27, 52, 702, 703, 18278].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
      'ZZZ',
    ]);
    expect(['A', 'z', 'AA', 'ZZZ'].map(columnNumber)).toEqual([1, 26, 27, 18278]);
  });

  it('parses sheet names, quoted or not, and open ends', () => {
    expect(parseA1("'It''s Q4'!B2:C")).toEqual({
      sheetName: "It's Q4",
      startRow: 2,
      startColumn: 2,
      endRow: undefined,
      endColumn: 3,
    });
    expect(parseA1('Sales!A:A')).toMatchObject({ sheetName: 'Sales', startColumn: 1, endColumn: 1 });
    expect(parseA1('A1:B2:C3')).toBeNull();
    expect(parseA1('A0')).toBeNull();
    expect(parseA1('!A1')).toBeNull();
  });

  it('writes a cell as A1 and a rectangle as A1:C3', () => {
    expect(a1OfArea({ row: 5, column: 28, numRows: 1, numColumns: 1 })).toBe('AB5');
    expect(a1OfArea({ row: 1, column: 1, numRows: 3, numColumns: 3 })).toBe('A1:C3');
  });
});
