import { describe, expect, it } from 'vitest';
import { pointSettingsAt } from '../../../src/kpi/settings/pointSettingsAt';

describe('pointSettingsAt', () => {
  it('replaces the data sheets and drops what belonged to the old log, keeping the rest', () => {
    const previous = JSON.stringify({
      salesSheet: 'Deals',
      spendSheet: null,
      periodType: 'quarter',
      reportPeriod: '2025-Q4',
      asOf: '2025-12-31',
      atRisk: 0.8,
      columns: { date: 'Close Date' },
      mapping: { date: 3 },
      statuses: { won: ['Paid'] },
      futureField: 1,
    });
    expect(
      JSON.parse(pointSettingsAt(previous, { salesSheet: 'Sales (sample)', spendSheet: 'Spend (sample)' })),
    ).toEqual({
      salesSheet: 'Sales (sample)',
      spendSheet: 'Spend (sample)',
      periodType: 'quarter',
      atRisk: 0.8,
      statuses: { won: ['Paid'] },
      futureField: 1,
    });
  });

  it('starts from nothing when the property is unset or unreadable', () => {
    for (const previous of [null, '{not json', '[1]']) {
      expect(JSON.parse(pointSettingsAt(previous, { salesSheet: 'S', spendSheet: null }))).toEqual({
        salesSheet: 'S',
        spendSheet: null,
      });
    }
  });
});
