import { expect } from 'vitest';
import type { Cell } from '../../src/kpi/engine/totalsGridRows';
import { KPIS, type KpiKey } from '../../src/kpi/kpis';

/**
 * Asserts the KPI cells of one `KPI_TABLE` row (found by period label, and group when given) without index
 * juggling: `expectKpiRow(rows, '2026-11', { revenue: 450, retention: 0.5 })`. A blank KPI is `''`.
 * Numbers are compared to 9 decimals.
 */
export function expectKpiRow(
  rows: Cell[][],
  period: string,
  expected: Partial<Record<KpiKey, number | ''>>,
  group?: string,
): void {
  const grouped = rows[0].length === KPIS.length + 2;
  const row = rows.find((r) => r[0] === period && (!grouped || r[1] === group));
  expect(row, `no row for ${period}${group ? ` / ${group}` : ''}`).toBeDefined();
  const offset = grouped ? 2 : 1;
  for (const [key, value] of Object.entries(expected)) {
    const cell = row![offset + KPIS.findIndex((k) => k.key === key)];
    if (typeof value === 'number' && typeof cell === 'number') {
      expect(cell, `${key} of ${period}`).toBeCloseTo(value, 9);
    } else {
      expect(cell, `${key} of ${period}`).toBe(value);
    }
  }
}
