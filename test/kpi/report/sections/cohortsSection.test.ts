import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../../../src/kpi/report/layoutReport';
import { COHORT_COLORS } from '../../../../src/kpi/report/sections/cohortsSection';
import { model, SALES } from '../_model';

describe('cohortsSection', () => {
  const m = model();
  const grid = layoutReport(m);
  const place = grid.sections.find((s) => s.key === 'cohorts')!;

  it('lays out the cohorts: first-purchase month, size, months 0…11 (14 columns)', () => {
    expect(grid.values[place.titleRow - 1][0]).toBe('Customer cohorts by month of first purchase');
    expect(grid.values[place.headerRow - 1].slice(0, 3)).toEqual(['First purchase', 'Customers', 'Month 0']);
    expect(grid.values[place.headerRow - 1][13]).toBe('Month 11');
    expect(grid.values.every((row) => row.length === 14)).toBe(true);
    // As of 2026-11-10: the last 12 months, 2025-12…2026-11 (Acme's November 2025 cohort is older). October: Beta,
    // who bought nothing in November; November: Core and Fox. The other months have no new customer.
    const rows = grid.values.slice(place.firstRow - 1, place.lastRow);
    expect(rows.map((r) => r[0])).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(rows[10].slice(1)).toEqual([1, 1, 0, ...new Array(10).fill('')]);
    expect(rows[11].slice(1)).toEqual([2, 1, ...new Array(11).fill('')]);
    expect(rows[0].slice(1)).toEqual([0, ...new Array(12).fill('')]);
    expect(grid.textCells[place.firstRow - 1][0]).toBe(true); // '2025-12' stays text
    expect(grid.values[place.lastRow][0]).toMatch(
      /^Share of each cohort's customers with a purchase k months after/,
    );
  });

  it('paints months 1…11 of the cohorts as a heat map from white at 0 to green at the highest share', () => {
    expect(grid.conditionalRules.filter((r) => r.kind === 'gradient')).toEqual([
      {
        kind: 'gradient',
        a1: [`D${place.firstRow}:N${place.lastRow}`],
        min: { color: COHORT_COLORS.low, type: 'number', value: 0 },
        max: { color: COHORT_COLORS.high, type: 'max' },
      },
    ]);
  });

  it('leaves the section out with a note without a customer column', () => {
    const noCustomer = SALES.map((row) => row.filter((_, c) => c !== 2));
    const g = layoutReport(model({ sales: { name: 'Sales', values: noCustomer } }));
    expect(g.sections.some((s) => s.key === 'cohorts')).toBe(false);
    expect(g.values.some((row) => row[0] === 'Customer cohorts: the log has no customer column.')).toBe(true);
    expect(g.conditionalRules.some((r) => r.kind === 'gradient')).toBe(false);
  });

  it('adds nothing for a model made without cohorts', () => {
    const g = layoutReport({ ...m, cohorts: undefined });
    expect(g.sections.some((s) => s.key === 'cohorts')).toBe(false);
    expect(g.values.every((row) => row.length === 10)).toBe(true);
  });
});
