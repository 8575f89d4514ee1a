import { describe, expect, it } from 'vitest';
import { sheetWith } from './_bundle';

// The built functions in an emulated spreadsheet: cells typed as a user would type them, formulas over ranges.
describe('custom functions in a spreadsheet', () => {
  it('fill a column from cell ranges, blank where a row is blank or divides by 0', () => {
    const { env, run } = sheetWith('en_US', {
      Funnel: [
        ['Month', 'Won', 'Deals'],
        ['Jan', 10, 40],
        ['Feb', 12, 48],
        ['Mar', '', 20], // not filled in yet
        ['Apr', 0, 0], // no deals at all
      ],
    });
    expect(run('CONVERSION', env.ref('Funnel!B2:B5'), env.ref('Funnel!C2:C5'))).toEqual([
      [0.25],
      [0.25],
      [''],
      [''],
    ]);
    expect(run('CONVERSION', env.ref('Funnel!B2'), env.ref('Funnel!C2'))).toBe(0.25); // one cell: a single value
  });

  it('read number text of a Russian sheet and answer in Russian, reading the locale once per call', () => {
    const { env, run } = sheetWith('ru_RU', {
      План: [
        ['Факт', 'План'],
        ["'95,5", 100], // text, as pasted from a CRM export
        [120, 100],
        [10, 100],
      ],
    });
    expect(run('KPI_STATUS', env.ref('План!A2:A4'), env.ref('План!B2:B4'))).toEqual([
      ['⚠ Под угрозой'],
      ['✓ В графике'],
      ['✗ Отстаёт'],
    ]);
    expect(env.calls.get('Spreadsheet.getSpreadsheetLocale')).toBe(1);
  });

  it('make no service call at all for numbers only', () => {
    const { env, run } = sheetWith('ru_RU', { Data: [[300_000, 10, 30]] });
    expect(run('RUN_RATE', env.ref('Data!A1'), env.ref('Data!B1'), env.ref('Data!C1'))).toBe(900_000);
    expect(env.calls.total()).toBe(0);
  });

  it('say which cell of the range is wrong, in the sheet language', () => {
    const { env, run } = sheetWith('ru_RU', {
      Воронка: [
        ['Выиграно', 'Сделки'],
        [10, 40],
        [12, 'нет данных'],
      ],
    });
    expect(() => run('CONVERSION', env.ref('Воронка!A2:A3'), env.ref('Воронка!B2:B3'))).toThrow(
      'CONVERSION: аргумент «opportunities», строка 2, столбец 1 диапазона: «нет данных» — не число.',
    );
  });

  it('refuse a date cell where a number belongs, showing the day as the sheet shows it', () => {
    const { env, run } = sheetWith('ru_RU', { Data: [[100, '05.11.2026', 30]] });
    expect(() => run('RUN_RATE', env.ref('Data!A1'), env.ref('Data!B1'), env.ref('Data!C1'))).toThrow(
      'RUN_RATE: аргумент «elapsed_days»: 2026-11-05 — дата, а не число.',
    );
  });

  it('fill a 10,000-row column in one call', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i, i + 1]);
    const { env, run } = sheetWith('en_US', { Data: rows });
    const result = run('CONVERSION', env.ref('Data!A1:A10000'), env.ref('Data!B1:B10000')) as number[][];
    expect(result).toHaveLength(10_000);
    expect(result[9_999][0]).toBe(9_999 / 10_000);
  });
});
