import { describe, expect, it } from 'vitest';
import { setup, typed } from './_helpers.js';

/** Midnight of 2026-11-05 in Moscow (UTC+3). */
const NOV_5_MOSCOW = '2026-11-04T21:00:00.000Z';
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

describe('setValues', () => {
  it('throws Apps Script’s error when the data has the wrong number of rows', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('throws Apps Script’s error when a row has the wrong number of columns', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('rejects a 1-D array as Apps Script does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:C1').setValues([1, 2, 3] as never)).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('writes nothing when the shape is wrong', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:A2').setValues([['a'], ['b'], ['c']])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses more than 50,000 characters in a cell', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('values keep their types', () => {
  it('returns numbers, strings, booleans and Dates as written; blanks are ""', () => {
    const { sheet } = setup();
    const date = new Date('2026-11-05T09:30:00Z');
    sheet.getRange('A1:E1').setValues([[42.5, 'Ann', true, date, null]]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row.slice(0, 3)).toEqual([42.5, 'Ann', true]);
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).getTime()).toBe(date.getTime());
    expect(row.slice(4)).toEqual(['', '']);
  });

  it('returns a fresh array and fresh Dates on every read', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-11-05T00:00:00Z'));
    const first = sheet.getRange('A1').getValues();
    (first[0][0] as Date).setFullYear(1999);
    first[0].push('extra');
    const second = sheet.getRange('A1').getValues();
    expect(second).not.toBe(first);
    expect(second[0]).toHaveLength(1);
    expect((second[0][0] as Date).getUTCFullYear()).toBe(2026);
  });

  it('gives a written Date a date format, so it reads back as a Date', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date(NOV_5_MOSCOW));
    sheet.getRange('A2').setValue(new Date('2026-11-05T09:30:00Z'));
    expect(sheet.getRange('A1:A2').getNumberFormats()).toEqual([['M/d/yyyy'], ['M/d/yyyy H:mm:ss']]);
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['11/5/2026'], ['11/5/2026 12:30:00']]);
  });

  it('reads a number as a Date when its format is a date, and back as a number when it is not', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue(46331); // 2026-11-05 as a Sheets serial number
    expect(cell.getValue()).toBe(46331);
    cell.setNumberFormat('yyyy-mm-dd');
    expect(iso(cell.getValue())).toBe(NOV_5_MOSCOW);
    cell.setNumberFormat('0');
    expect(cell.getValue()).toBe(46331);
  });

  it('moves the instants of stored dates when the spreadsheet’s time zone changes, as Sheets does', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1').setValue('2026-11-05');
    env.spreadsheet.setSpreadsheetTimeZone('UTC');
    expect(iso(sheet.getRange('A1').getValue())).toBe('2026-11-05T00:00:00.000Z');
    expect(() => env.spreadsheet.setSpreadsheetTimeZone('Mars/Olympus')).toThrow(
      'Invalid argument: Mars/Olympus',
    );
  });

  it('clears a cell written with null, undefined or ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValue('x');
    sheet.getRange('A1:C1').setValues([[null, undefined, '']]);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('strings are parsed like typing', () => {
  it.each([
    ['123', 123],
    ['-4.5', -4.5],
    ['+7', 7],
    ['.5', 0.5],
    ['1,234.5', 1234.5],
    ['1e3', 1000],
    ['(5)', -5],
    ['$1,200', 1200],
    ['12%', 0.12],
    ['-2.5%', -0.025],
    ['TRUE', true],
    ['false', false],
  ])('turns %j into %j in en_US', (text, expected) => {
    expect(typed(text).value).toBe(expected);
  });

  it.each([
    ['12,5', 12.5],
    ['1 234,5', 1234.5],
    ['12,5%', 0.125],
    ['ИСТИНА', true],
  ])('turns %j into %j in ru_RU', (text, expected) => {
    expect(typed(text, { spreadsheetLocale: 'ru_RU' }).value).toBe(expected);
  });

  it.each([
    ['2026-11-05', 'en_US', 'yyyy-mm-dd'],
    ['2026/11/05', 'en_US', 'yyyy/mm/dd'],
    ['11/05/2026', 'en_US', 'M/d/yyyy'],
    ['05.11.2026', 'ru_RU', 'dd.MM.yyyy'],
    ['05.11.2026', 'de_DE', 'dd.MM.yyyy'],
    ['5 Nov 2026', 'en_US', 'd mmm yyyy'],
    ['Nov 5, 2026', 'en_US', 'mmm d, yyyy'],
  ])('turns %j into midnight of 5 Nov 2026 in the spreadsheet’s zone (%s)', (text, locale, format) => {
    const result = typed(text, { spreadsheetLocale: locale });
    expect(iso(result.value)).toBe(NOV_5_MOSCOW);
    expect(result.format).toBe(format);
  });

  it('turns a year-month into the first of the month', () => {
    expect(iso(typed('2026-11').value)).toBe('2026-10-31T21:00:00.000Z');
    expect(iso(typed('Nov 2026').value)).toBe('2026-10-31T21:00:00.000Z');
  });

  it('reads dates in the spreadsheet’s time zone, not the machine’s', () => {
    expect(iso(typed('2026-11-05', { timeZone: 'America/New_York' }).value)).toBe('2026-11-05T05:00:00.000Z');
  });

  it('reads a day and month without a year in the current year', () => {
    const now = () => new Date('2027-03-01T12:00:00Z');
    expect(iso(typed('5/11', { now }).value)).toBe('2027-05-10T21:00:00.000Z');
    expect(iso(typed('5.11', { now, spreadsheetLocale: 'ru_RU' }).value)).toBe('2027-11-04T21:00:00.000Z');
  });

  it('reads times and date-times', () => {
    expect(iso(typed('2026-11-05 10:30').value)).toBe('2026-11-05T07:30:00.000Z');
    const time = typed('10:30');
    expect(time.format).toBe('H:mm');
    expect(time.value).toBeInstanceOf(Date);
  });

  it('keeps impossible dates as text', () => {
    expect(typed('31.02.2026', { spreadsheetLocale: 'ru_RU' }).value).toBe('31.02.2026');
    expect(typed('13/45/2026').value).toBe('13/45/2026');
  });

  it.each([
    '2026-W47',
    '2026-Q4',
    '✓ On track',
    '+7 999 123-45-67',
    '+7 999',
    '@bob',
    '-x',
    'Ann',
    '12,5',
    '5.11.2026',
    '1-2-3-4',
    '',
  ])('keeps %j as a string in en_US', (text) => {
    const result = typed(text);
    expect(result.value).toBe(text);
    expect(result.formula).toBe('');
  });

  it('makes a string starting with = a formula, whose value is "" without an evaluator', () => {
    const result = typed('=HYPERLINK("https://example.com","Ann")');
    expect(result.formula).toBe('=HYPERLINK("https://example.com","Ann")');
    expect(result.value).toBe('');
  });

  it('stores a string starting with an apostrophe as text without the apostrophe', () => {
    expect(typed("'=HYPERLINK(x)")).toMatchObject({ value: '=HYPERLINK(x)', formula: '' });
    expect(typed("'+7 999").value).toBe('+7 999');
    expect(typed("'2026-11-05").value).toBe('2026-11-05');
  });

  it('keeps strings as they are in a plain-text (@) cell', () => {
    const { sheet } = setup();
    const cells = sheet.getRange('A1:D1');
    cells.setNumberFormat('@');
    cells.setValues([['=1+1', '2026-11-05', '12%', "'quoted"]]);
    expect(cells.getValues()).toEqual([['=1+1', '2026-11-05', '12%', "'quoted"]]);
    expect(cells.getFormulas()).toEqual([['', '', '', '']]);
  });
});

describe('formulas', () => {
  it('reads formulas back with getFormulas, and "" for plain values', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setFormulas([['=1+1', '=A1*2']]);
    sheet.getRange('C1').setValue(3);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '=A1*2', '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
  });

  it('computes values with the evaluator hook, including array results that spill', () => {
    const calls: string[] = [];
    const { env, sheet } = setup({
      evaluateFormula: (formula, sheetName, row, column) => {
        calls.push(`${sheetName}!${row},${column}`);
        if (formula === '=TABLE()')
          return [
            ['Rep', 'Deals'],
            ['Ann', 3],
          ];
        if (formula === '=BAD()') throw new Error('boom');
        return formula.length;
      },
    });
    sheet.getRange('A1').setFormula('=TABLE()');
    sheet.getRange('D1').setFormula('=12345');
    sheet.getRange('D3').setFormula('=BAD()');
    expect(sheet.getRange('A1:D3').getValues()).toEqual([
      ['Rep', 'Deals', '', 6],
      ['Ann', 3, '', ''],
      ['', '', '', '#ERROR!'],
    ]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getLastColumn()).toBe(4);
    expect(calls).toEqual(['Sheet1!1,1', 'Sheet1!1,4', 'Sheet1!3,4']);
    // Recalculation is Sheets’ work, not the script’s: it is not counted.
    expect(env.calls.total('Sheet.')).toBe(6);
  });

  it('gives #REF! when an array result would overwrite a value', () => {
    const { sheet } = setup({ evaluateFormula: () => [[1], [2]] });
    sheet.getRange('A2').setValue('taken');
    sheet.getRange('A1').setFormula('=SPILL()');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['taken']]);
  });
});

describe('display values', () => {
  it.each([
    [1234.5, '#,##0.00', '1,234.50'],
    [0.1234, '0.0%', '12.3%'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0, '0;-0;"zero"', 'zero'],
    [1200, '"₽"#,##0', '₽1,200'],
    [3, '00', '03'],
    [1234567, '0.00E+00', '1.23E+06'],
    [1 / 3, undefined, '0.3333333333'],
    [46331, 'dd.MM.yyyy', '05.11.2026'],
    [46331, 'mmm yyyy', 'Nov 2026'],
    [46331, 'dddd, mmmm d', 'Thursday, November 5'],
    [46331.5, 'yyyy-mm-dd hh:mm', '2026-11-05 12:00'],
    [46331.75, 'h:mm am/pm', '6:00 PM'],
  ])('shows %j in format %j as %j', (value, format, expected) => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    if (format !== undefined) cell.setNumberFormat(format);
    cell.setValue(value);
    expect(cell.getDisplayValue()).toBe(expected);
  });

  it('uses the spreadsheet locale’s decimal sign and words', () => {
    const { sheet } = setup({ spreadsheetLocale: 'ru_RU' });
    sheet.getRange('A1:C1').setValues([['12,5', true, '05.11.2026']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['12,5', 'ИСТИНА', '05.11.2026']]);
  });
});
