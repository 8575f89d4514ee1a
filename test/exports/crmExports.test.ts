import { describe, expect, it } from 'vitest';
import { exportFixtureTests } from './_describeExport';
import { buildReport, groupRows, kpiTable, loadExpected } from './_exports';

// The CRM exports of FIX-A (issue 9): each written as that CRM writes it, with figures computed by hand from the
// spec (test/fixtures/exports/<system>.expected.json says how). No mapping is given anywhere: the add-on must read
// each export as it comes.
const SYSTEMS = ['amocrm', 'bitrix24', 'hubspot', 'pipedrive', 'salesforce'] as const;

describe.each(SYSTEMS)('the %s export', (system) => {
  exportFixtureTests(system);
});

describe('an export with report footer lines', () => {
  const withFooter = SYSTEMS.filter((system) => (loadExpected(system).footerLines ?? 0) > 0);

  it.each(withFooter)('%s: the report says how many footer lines it ignored', (system) => {
    const count = loadExpected(system).footerLines;
    const notes = buildReport(system).rows.flat().map(String);
    const footer = new RegExp(`\\b${count}\\b.*footer|footer.*\\b${count}\\b`, 'i');
    expect(notes.filter((text) => footer.test(text))).toHaveLength(1);
  });
});

/** The groups of a `KPI_TABLE` by `groupBy` add up to the team's orders and gross of every month. */
function expectGroupsAddUp(system: string, groupBy: string, names: readonly string[]): void {
  const expected = loadExpected(system);
  const table = kpiTable(system, undefined, groupBy);
  const groups = new Set(
    table
      .slice(1)
      .filter((row) => /^\d{4}-\d\d$/.test(String(row[0])))
      .map((row) => row[1]),
  );
  expect([...groups].sort()).toEqual([...names].sort());
  for (const [month, figures] of Object.entries(expected.months)) {
    const rows = [...groups].map((group) => groupRows(table, String(group)).get(month));
    const sum = (key: string) => rows.reduce((total, row) => total + Number(row?.get(key) ?? 0), 0);
    expect(sum('orders'), `orders of ${month}`).toBe(figures.orders);
    expect(sum('gross'), `gross of ${month}`).toBeCloseTo(figures.gross ?? 0, 2);
  }
}

describe('KPI_TABLE by rep and by channel on the CRM exports', () => {
  it.each(SYSTEMS)('%s: one group per rep, adding up to the team', (system) => {
    expectGroupsAddUp(system, 'rep', loadExpected(system).reps ?? []);
  });

  const withChannels = SYSTEMS.filter((system) => loadExpected(system).channels !== undefined);
  it.each(withChannels)('%s: one group per channel, adding up to the team', (system) => {
    expectGroupsAddUp(system, 'channel', loadExpected(system).channels ?? []);
  });
});
