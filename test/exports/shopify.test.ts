import { describe, expect, it } from 'vitest';
import { exportFixtureTests, fixtureRows, periodRow } from './_describeExport';
import { kpiTable } from './_exports';

// Shopify, Orders > Export: one line item per row. A further line item repeats Name, Email, Created at and its
// Lineitem cells and leaves every order cell blank (Financial Status, Paid at, Total, Id, Source…).
describe('the Shopify orders export', () => {
  exportFixtureTests('shopify');

  it('reads the further line items of an order as part of it: its units, no deal of their own', () => {
    const rows = fixtureRows('shopify', (cell) => cell('Name') === '#1045');
    const table = kpiTable('shopify', rows);
    const september = periodRow(table, '2026-09');
    expect(rows.length).toBe(4); // the header and three line items (1 + 2 + 2 units)
    expect(table.length).toBe(2); // one month, no skipped rows
    expect(['orders', 'deals', 'units', 'gross'].map((k) => september.get(k))).toEqual([1, 1, 5, 129.6]);
  });

  it('counts a refunded order as sold and its Refunded Amount as a return', () => {
    const rows = fixtureRows('shopify', (cell) => cell('Name') === '#1052');
    const october = periodRow(kpiTable('shopify', rows), '2026-10');
    expect(['gross', 'returns_amount', 'revenue', 'orders'].map((k) => october.get(k))).toEqual([
      80.39, 18, 62.39, 1,
    ]);
  });

  it('dates an unpaid order (no Paid at) by its Created at, as an open deal', () => {
    const rows = fixtureRows('shopify', (cell) => cell('Name') === '#1048');
    const september = periodRow(kpiTable('shopify', rows), '2026-09');
    expect(['orders', 'deals', 'conversion'].map((k) => september.get(k))).toEqual([0, 1, 0]);
  });
});
