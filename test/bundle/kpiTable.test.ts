import { describe, expect, it } from 'vitest';
import { expectKpiRow } from '../_support/expectKpiRow';
import { readCsv } from '../_support/readCsv';
import { sheetWith } from './_bundle';

// KPI_TABLE from the built dist/Code.js, over the sample CRM exports imported into an emulated spreadsheet as
// Sheets imports a CSV (numbers and dates typed in the sheet's locale become numbers and Dates). The expected
// figures were computed separately from the CSV files with a Python script, not with this code.
describe('KPI_TABLE in a spreadsheet', () => {
  it('reads the amoCRM export of a Russian sheet, with the spend table by channel', () => {
    const { env, run } = sheetWith('ru_RU', {
      Продажи: readCsv('amocrm-deals-ru.csv'),
      Расходы: readCsv('marketing-spend-ru.csv'),
    });
    const rows = run('KPI_TABLE', env.ref('Продажи!A1:I'), 'месяц', '', env.ref('Расходы!A1:C')) as (
      | string
      | number
    )[][];
    expect(rows[0].slice(0, 3)).toEqual(['Период', 'Объём продаж', 'Валовые продажи']);
    expectKpiRow(rows, '2026-11', { orders: 11, gross: 785_200, revenue: 785_200, customers: 10 });
    expectKpiRow(rows, '2026-10', { orders: 12, gross: 983_800, customers: 11, returns_amount: 0 });
    // Every row was read: no skipped-rows note at the end.
    expect(String(rows.at(-1)![0])).toMatch(/^\d{4}-\d{2}$/);
    const total = rows.slice(1).reduce((sum, r) => sum + Number(r[4]), 0); // Period, Sales volume, Gross, Returns, Orders
    expect(total).toBe(255); // won deals in the whole export
  });

  it('reads the HubSpot export of an English sheet: refunds, skipped rows, rep groups', () => {
    const { env, run } = sheetWith('en_US', { Deals: readCsv('hubspot-deals-en.csv') });
    const rows = run('KPI_TABLE', env.ref('Deals!A1:I'), 'month') as (string | number)[][];
    expectKpiRow(rows, '2026-10', { orders: 12, gross: 98_682.08, returns_amount: 1250, revenue: 97_432.08 });
    expectKpiRow(rows, '2026-11', { orders: 6, gross: 34_216.7, returns_amount: 830.5 });
    expect(rows.at(-1)![0]).toMatch(/^11 rows skipped; first: row 33/);

    const byRep = run('KPI_TABLE', env.ref('Deals!A1:I'), 'quarter', 'rep') as (string | number)[][];
    expect(byRep[0].slice(0, 2)).toEqual(['Period', 'Group']);
    const q4 = byRep.filter((r) => r[0] === '2026-Q4');
    const teamQ4 = (run('KPI_TABLE', env.ref('Deals!A1:I'), 'quarter') as (string | number)[][]).find(
      (r) => r[0] === '2026-Q4',
    )!;
    expect(q4.reduce((sum, r) => sum + Number(r[3]), 0)).toBeCloseTo(Number(teamQ4[2]), 6); // gross by rep = team
  });

  it('throws a localised message for a log without a date column', () => {
    const { env, run } = sheetWith('ru_RU', {
      Лист: [
        ['Сделка', 'Сумма'],
        ['x', 10],
      ],
    });
    expect(() => run('KPI_TABLE', env.ref('Лист!A1:B2'))).toThrow(/KPI_TABLE: .*«Дата».*Сделка, Сумма/);
  });

  it('refuses an unknown period name', () => {
    const { env, run } = sheetWith('en_US', {
      S: [
        ['Date', 'Amount'],
        ['2026-11-05', 10],
      ],
    });
    expect(() => run('KPI_TABLE', env.ref('S!A1:B2'), 'fortnight')).toThrow(/period “fortnight”/);
  });
});
