import { describe, expect, it } from 'vitest';
import { exportFixtureTests, fixtureRows, periodRow } from './_describeExport';
import { kpiTable } from './_exports';

// 1С:Управление торговлей, a sales report with detailed records copied from the spreadsheet document (tabs): one
// line per item of each document (Регистратор), amounts like «18 900,00», quantities like «10,000», returns as
// negative lines of a «Возврат товаров от клиента» document, and the report's «Итого» line at the end.
describe('the 1C sales report', () => {
  exportFixtureTests('1c', { totalsLabel: 'Итого' });

  it('counts a document of several lines as one order', () => {
    const rows = fixtureRows('1c', (cell) => cell('Регистратор').includes('00УТ-001270'));
    const september = periodRow(kpiTable('1c', rows), '2026-09');
    expect(rows.length).toBe(5);
    expect(['orders', 'units', 'gross', 'customers'].map((k) => september.get(k))).toEqual([1, 90, 90650, 1]);
  });

  it('takes the report’s «Итого» line for its total, not for a skipped row', () => {
    const rows = fixtureRows(
      '1c',
      (cell) => cell('Период') === 'Итого' || cell('Регистратор').includes('001296'),
    );
    const table = kpiTable('1c', rows);
    expect(rows.at(-1)?.[0]).toBe('Итого');
    expect(table.length).toBe(2); // the header and September: no note about skipped rows
    expect(periodRow(table, '2026-09').get('gross')).toBe(11340);
  });

  it('reads a return document as returns, not as an order', () => {
    const rows = fixtureRows('1c', (cell) =>
      cell('Регистратор').startsWith('Возврат товаров от клиента 00УТ-000046'),
    );
    const november = periodRow(kpiTable('1c', rows), '2026-11');
    expect(['returns_amount', 'revenue', 'orders', 'units'].map((k) => november.get(k))).toEqual([
      1784.4, -1784.4, 0, 0,
    ]);
  });
});
