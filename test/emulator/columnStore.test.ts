import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulator/index.js';
import { setup } from './_helpers.js';

// The sheet is stored column by column (emulator/columnCells.ts) and getValues builds its rows from that store,
// in the script's realm when a script reads (emulator/valueBlock.ts). These tests pin what must not change with it.

const SCRIPT = `
function readTwice() {
  var range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2');
  var first = range.getValues();
  first[0][1].setFullYear(1999);
  first[0].push('extra');
  first[1][0] = 'changed';
  var second = range.getValues();
  return [second[0].length, second[1][0], second[0][1].getFullYear(), second[0][1] instanceof Date,
          second[1] instanceof Array, first[0][1] === second[0][1]];
}
`;

describe('the column store', () => {
  it('gives every getValues fresh rows and Dates of the script’s realm', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['id', new Date(Date.UTC(2026, 10, 5, 9))],
      [42, true],
    ]);
    const bundle = loadBundle(SCRIPT, env);
    expect(bundle.call('readTwice')).toEqual([2, 42, 2026, true, true, false]);
  });

  it('keeps a cell’s format its own when a neighbour with the same format changes', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setNumberFormat('0.00');
    sheet.getRange('A2').setFontWeight('bold');
    expect(sheet.getRange('A1:A3').getFontWeights()).toEqual([['normal'], ['bold'], ['normal']]);
    expect(sheet.getRange('A1:A3').getNumberFormats()).toEqual([['0.00'], ['0.00'], ['0.00']]);
    sheet.getRange('A2').setNumberFormat('@');
    expect(sheet.getRange('A1:A3').getNumberFormats()).toEqual([['0.00'], ['@'], ['0.00']]);
    expect(sheet.getRange('A1:A3').getFontWeights()).toEqual([['normal'], ['bold'], ['normal']]);
  });

  it('moves values, formulas, formats and notes with inserted and deleted rows and columns', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      ['name', 'amount', 'won'],
      ['Anna', 12.5, true],
      ['Boris', '=B2*2', false],
    ]);
    sheet.getRange('B2').setNote('checked').setNumberFormat('0.0');
    sheet.insertRowsBefore(2, 2); // rows 2–3 are new; Anna is row 4
    sheet.deleteColumn(1); // amount is column A now
    sheet.insertColumnsBefore(1, 1); // and column B again
    expect(sheet.getRange('B1:C5').getValues()).toEqual([
      ['amount', 'won'],
      ['', ''],
      ['', ''],
      [12.5, true],
      ['', false],
    ]);
    expect(sheet.getRange('B5').getFormula()).toBe('=B2*2'); // the text is kept as typed; Sheets would move it
    expect(sheet.getRange('B4').getNote()).toBe('checked');
    expect(sheet.getRange('B4').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('A4').getNumberFormat()).toBe('0.0'); // a new column is formatted like the one after it
    expect(sheet.getRange('A4').getNote()).toBe('');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      [12.5, true],
      ['', false],
    ]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('reads a block as it reads each of its cells: dates, formula results, booleans and blanks', () => {
    const { env, sheet } = setup({
      timeZone: 'America/New_York',
      evaluateFormula: (formula) =>
        formula === '=TODAY()' ? new Date(Date.UTC(2026, 2, 8, 5)) : formula === '=NAME()' ? 'seven' : 7,
    });
    // 2026-03-08 is the day New York's clocks go forward at 2:00: times on both sides of the change.
    const dates = [
      new Date(Date.UTC(2026, 2, 8, 6, 30)), // 1:30 EST
      new Date(Date.UTC(2026, 2, 8, 7, 30)), // 3:30 EDT
      new Date(Date.UTC(2026, 2, 9, 4)), // midnight EDT
    ];
    sheet.getRange('A1:A3').setValues(dates.map((date) => [date]));
    sheet.getRange('A4:A8').setValues([['=TODAY()'], ['=1+1'], [false], ['=NAME()'], ['plain']]);
    sheet.getRange('A5').setNumberFormat('yyyy-mm-dd');
    const block = sheet.getRange('A1:A9').getValues();
    const cells = Array.from({ length: 9 }, (_, i) => sheet.getRange(i + 1, 1).getValue());
    expect(block.map((row) => row[0])).toEqual(cells);
    expect(block.slice(0, 3).map((row) => (row[0] as Date).getTime())).toEqual(dates.map((d) => d.getTime()));
    expect(block[3][0]).toEqual(new Date(Date.UTC(2026, 2, 8, 5)));
    expect(block[4][0]).toBeInstanceOf(Date); // a formula's number in a date format reads as a Date
    expect(block.slice(5).map((row) => row[0])).toEqual([false, 'seven', 'plain', '']);
    expect(sheet.getRange('A7:A8').getValues()).toEqual([['seven'], ['plain']]);
    expect(env.sheetValues('Sheet1')[0][0]).toEqual(dates[0]);
  });
});
