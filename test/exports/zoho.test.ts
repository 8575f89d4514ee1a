import { describe, expect, it } from 'vitest';
import { exportFixtureTests, fixtureRows, periodRow } from './_describeExport';
import { kpiTable, tablePeriods } from './_exports';

// Zoho CRM, Deals > Export (CSV): Stage is the only status field, lost deals are 'Closed Lost' or
// 'Closed-Lost to Competition', and every deal has a Closing Date (the expected one while it is open).
describe('the Zoho CRM deals export', () => {
  exportFixtureTests('zoho');

  it("reads 'Closed-Lost to Competition' as a lost deal", () => {
    const deals = ['Summit Ridge - Booking engine', 'Quarry Hill - Classroom tablets'];
    const rows = fixtureRows('zoho', (cell) => deals.includes(cell('Deal Name')));
    const september = periodRow(kpiTable('zoho', rows), '2026-09');
    expect([september.get('deals'), september.get('win_rate'), september.get('refusal_rate')]).toEqual([
      2, 0.5, 0.5,
    ]);
  });

  it('dates an open deal by its expected closing date, even when that is next month', () => {
    const rows = fixtureRows('zoho', (cell) => cell('Closing Date').startsWith('2026-12'));
    const table = kpiTable('zoho', rows);
    const december = periodRow(table, '2026-12');
    expect(tablePeriods(table)).toEqual(['2026-12']);
    expect([december.get('deals'), december.get('conversion'), december.get('orders')]).toEqual([2, 0, 0]);
  });
});
