import { describe, expect, it } from 'vitest';
import { CELL_LIMIT } from '../../emulator/index.js';
import { setup } from './_helpers.js';

describe('the grid of a sheet', () => {
  it('is 1000 rows by 26 columns when new', () => {
    const { env, sheet } = setup();
    const added = env.spreadsheet.insertSheet('Report');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect([added.getMaxRows(), added.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('throws Apps Script’s error for a range past the last row or column', () => {
    const { sheet } = setup();
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange('A1001')).toThrow(outside);
    expect(() => sheet.getRange('AA1')).toThrow(outside);
  });

  it('throws when a row or column is below 1, or the size is 0', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('names its errors "Exception", as Apps Script’s log shows them', () => {
    const { sheet } = setup();
    let error: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe('Exception: The starting row of the range is too small.');
  });

  it('reads A1 notation: cells, rectangles, whole columns, open-ended and whole rows', () => {
    const { sheet } = setup();
    const shape = (a1: string) => {
      const r = sheet.getRange(a1);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    };
    expect(shape('B3')).toEqual([3, 2, 1, 1]);
    expect(shape('A1:C3')).toEqual([1, 1, 3, 3]);
    expect(shape('$C$3:$A$1')).toEqual([1, 1, 3, 3]);
    expect(shape('A:C')).toEqual([1, 1, 1000, 3]);
    expect(shape('A2:C')).toEqual([2, 1, 999, 3]);
    expect(shape('2:3')).toEqual([2, 1, 2, 26]);
    expect(shape('Sheet1!B2')).toEqual([2, 2, 1, 1]);
    expect(() => sheet.getRange('B')).toThrow('Range not found');
    expect(() => sheet.getRange('Other!A1')).toThrow('Range not found');
  });

  it('grows with insertRowsAfter and insertColumnsAfter, shifting content', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['top'], ['bottom']]);
    sheet.getRange('A1').setBackground('#ffeeee');
    sheet.insertRowsAfter(1, 5);
    sheet.insertColumnsAfter(26, 4);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1005, 30]);
    expect(sheet.getRange('A7').getValue()).toBe('bottom');
    // New rows take the formatting of the row they follow, as in Sheets.
    expect(sheet.getRange('A2').getBackground()).toBe('#ffeeee');
    expect(sheet.getRange('A2').getValue()).toBe('');
    expect(sheet.getRange(1005, 30).getValue()).toBe('');
  });

  it('deletes rows and columns, but never all of them', () => {
    const { sheet } = setup();
    sheet.getRange('A3').setValue('kept');
    sheet.deleteRows(1, 2);
    expect(sheet.getRange('A1').getValue()).toBe('kept');
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(990, 20)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 998)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow('Those rows are out of bounds.');
  });

  it('throws Sheets’ limit error past 10,000,000 cells in the spreadsheet', () => {
    const { sheet } = setup();
    // 1000 × 26 cells exist; grow to just under the limit, then one row more.
    const rowsToLimit = Math.floor(CELL_LIMIT / 26) - 1000;
    sheet.insertRowsAfter(1000, rowsToLimit);
    expect(sheet.getMaxRows() * 26).toBeLessThanOrEqual(CELL_LIMIT);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('counts every sheet toward the 10,000,000-cell limit, new sheets included', () => {
    const { env, sheet } = setup();
    sheet.insertRowsAfter(1000, Math.floor(CELL_LIMIT / 26) - 1000);
    expect(() => env.spreadsheet.insertSheet('One more')).toThrow(/above the limit of 10000000 cells/);
  });

  it('keeps frozen rows and columns, column widths and row heights', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(1, 240);
    sheet.setColumnWidths(2, 3, 80);
    sheet.setRowHeight(1, 32);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([240, 80, 80, 100]);
    expect([sheet.getRowHeight(1), sheet.getRowHeight(2)]).toEqual([32, 21]);
    expect(() => sheet.setColumnWidth(27, 10)).toThrow('Those columns are out of bounds.');
  });

  it('hides and shows rows and columns', () => {
    const { sheet } = setup();
    sheet.hideColumns(3, 2);
    sheet.hideRows(5);
    expect([
      sheet.isColumnHiddenByUser(3),
      sheet.isColumnHiddenByUser(4),
      sheet.isColumnHiddenByUser(5),
    ]).toEqual([true, true, false]);
    sheet.showColumns(3);
    expect([sheet.isColumnHiddenByUser(3), sheet.isRowHiddenByUser(5)]).toEqual([false, true]);
  });
});

describe('content extent', () => {
  it('is 0 and a 1×1 data range on an empty sheet', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('follows values and formulas, not formatting', () => {
    const { sheet } = setup();
    sheet.getRange('C5').setValue(0);
    sheet.getRange('B7').setFormula('=C5');
    sheet.getRange('Z100').setBackground('#eeeeee');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  it('takes the widest row anywhere, past cleared and formatted cells at the ends of rows', () => {
    const { sheet } = setup();
    sheet.getRange('A2:F2').setValue('x');
    sheet.getRange('E2:F2').clearContent();
    sheet.getRange('B9').setValue(1);
    sheet.getRange('G9').setBackground('#eeeeee');
    sheet.getRange('A10:H10').setValue('y');
    sheet.getRange('A10:H10').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([9, 4]);
    sheet.getRange('C1').setValue('z');
    sheet.getRange('A2').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([9, 4]);
  });

  it('shrinks when content is cleared', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B3').setValue('x');
    sheet.getRange('A3:B3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });

  it('appends a row after the last one, growing the grid when full', () => {
    const { sheet } = setup();
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['next', 2]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:B1001').getValues()).toEqual([['next', 2]]);
  });
});
