import { describe, expect, it } from 'vitest';
import {
  figureMismatches,
  fixtureNames,
  lastDayOf,
  loadExpected,
  REGISTRY_KEYS,
  shuffleColumns,
} from './_exports';

describe('the export fixtures harness', () => {
  it('moves every data column but leaves footer lines in their first cell', () => {
    const rows = [
      ['Stage', 'Amount', 'Owner'],
      ['Closed Won', '10', 'Ann'],
      ['', '', ''],
      ['Grand Totals (1 records)', '', ''],
      ['Copyright (c) 2000-2026 salesforce.com'],
    ];
    expect(shuffleColumns(rows, [2, 0, 1])).toEqual([
      ['Owner', 'Stage', 'Amount'],
      ['Ann', 'Closed Won', '10'],
      ['', '', ''],
      ['Grand Totals (1 records)', '', ''],
      ['Copyright (c) 2000-2026 salesforce.com'],
    ]);
  });

  it('compares money to the cent, other figures to 1e-9, null with a blank cell', () => {
    const actual = new Map<string, number | string>([
      ['revenue', 100.004],
      ['conversion', 0.5 + 1e-8],
      ['retention', ''],
      ['orders', 3],
    ]);
    expect(
      figureMismatches(actual, { revenue: 100, conversion: 0.5, retention: null, orders: 3, units: 2 }, 'x'),
    ).toEqual(['x conversion: expected 0.5, got 0.50000001', 'x units: expected 2, got ""']);
    expect(figureMismatches(undefined, { orders: 1 }, 'x 2026-09')).toEqual(['x 2026-09: no row']);
  });

  it('has a hand-computed figure for every KPI of the registry in every month of every fixture', () => {
    const missing = fixtureNames().flatMap((system) =>
      Object.entries(loadExpected(system).months).flatMap(([month, figures]) =>
        [...REGISTRY_KEYS].filter((key) => !(key in figures)).map((key) => `${system} ${month} ${key}`),
      ),
    );
    expect(fixtureNames().length).toBe(10);
    expect(missing).toEqual([]);
  });

  it('leaves figures of KPIs the registry lacks unchecked until it has them', () => {
    expect(figureMismatches(new Map([['orders', 3]]), { orders: 3, not_a_kpi_yet: 7 }, 'x')).toEqual([]);
  });

  it('knows the last day of a month, leap years included', () => {
    expect([lastDayOf('2026-02'), lastDayOf('2028-02'), lastDayOf('2026-09'), lastDayOf('2026-12')]).toEqual([
      '2026-02-28',
      '2028-02-29',
      '2026-09-30',
      '2026-12-31',
    ]);
  });
});
