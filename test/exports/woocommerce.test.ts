import { describe, expect, it } from 'vitest';
import { exportFixtureTests, fixtureRows, periodRow } from './_describeExport';
import { kpiTable } from './_exports';

// WooCommerce Analytics > Orders > Download: a refund is a row of its own on the refund's day, with the order's
// number and status, a negative Net sales and negative Items sold.
describe('the WooCommerce Analytics orders export', () => {
  exportFixtureTests('woocommerce');

  it('dates a refund by its own row, in the month it was made, and makes no order or deal of it', () => {
    const rows = fixtureRows('woocommerce', (cell) => cell('Order #') === '2313');
    const table = kpiTable('woocommerce', rows);
    const september = periodRow(table, '2026-09');
    const october = periodRow(table, '2026-10');
    expect(['gross', 'returns_amount', 'orders', 'units'].map((k) => september.get(k))).toEqual([
      168, 0, 1, 2,
    ]);
    expect(['returns_amount', 'revenue', 'orders', 'deals'].map((k) => october.get(k))).toEqual([
      48, -48, 0, 0,
    ]);
  });

  it("reads 'on-hold' as open and 'failed' as lost", () => {
    const rows = fixtureRows('woocommerce', (cell) => ['2308', '2310'].includes(cell('Order #')));
    const september = periodRow(kpiTable('woocommerce', rows), '2026-09');
    expect(['deals', 'refusal_rate', 'win_rate', 'conversion'].map((k) => september.get(k))).toEqual([
      2, 0.5, 0, 0,
    ]);
  });
});
