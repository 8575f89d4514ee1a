import { describe, expect, it } from 'vitest';
import { sidebarVersion } from '../../../src/kpi/sidebar/sidebarVersion';

const SHEET = [
  ['Period', 'Rep', 'KPI', 'Target'],
  ['2026-11', '', 'Sales volume', 100_000],
];

describe('sidebarVersion', () => {
  it('is the same for the same targets and settings', () => {
    expect(sidebarVersion(SHEET, '{"atRisk":0.9}')).toBe(
      sidebarVersion(structuredClone(SHEET), '{"atRisk":0.9}'),
    );
    expect(sidebarVersion(SHEET, null)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('changes with any cell, its type, the settings, or the sheet appearing', () => {
    const base = sidebarVersion(SHEET, null);
    const changed = [
      sidebarVersion([SHEET[0], ['2026-11', '', 'Sales volume', 100_001]], null),
      sidebarVersion([SHEET[0], ['2026-11', '', 'Sales volume', '100000']], null), // text, not a number
      sidebarVersion([...SHEET, ['', '', 'Orders', 5]], null),
      sidebarVersion(SHEET, '{"atRisk":0.8}'),
      sidebarVersion([SHEET[0], ['2026-11', 'Anna', 'Sales volume', 100_000]], null),
    ];
    for (const version of changed) expect(version).not.toBe(base);
    expect(sidebarVersion(null, null)).not.toBe(sidebarVersion([], null));
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('tells dates apart by their instant', () => {
    const a = sidebarVersion([[new Date(Date.UTC(2026, 10, 1))]], null);
    expect(sidebarVersion([[new Date(Date.UTC(2026, 10, 1))]], null)).toBe(a);
    expect(sidebarVersion([[new Date(Date.UTC(2026, 10, 2))]], null)).not.toBe(a);
  });
});
