import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../src/kpi/calendar/periods';
import { resolveTarget } from '../../src/kpi/plan/targets';
import { kpiKeyOf } from '../../src/kpi/targets/kpiKeyOf';
import { model, SALES, TARGETS } from './report/_model';

// Spec v2's returning_customers, added as one registry entry: it reaches the report, its targets and their
// names without any other change. Figures by hand from test/kpi/report/_model.ts's log (as of 2026-11-10).
describe('returning customers in the report', () => {
  const withTarget = (target: unknown[]) => ({
    targets: { name: 'KPI Targets', values: [...TARGETS, target] },
  });

  it('is on the scorecard: customers of November who had bought before it', () => {
    const m = model(withTarget(['2026-11', '', 'Повторные клиенты', 2]));
    const row = m.scorecard.rows.find((r) => r.key === 'returning_customers');
    // Won by the 10th: Acme (bought in 2025-11 and in October: returning), Core (lost in October, first won now:
    // new), Fox (new). 1 of 3 customers; October: Acme (bought in 2025-11), Beta (new): 1.
    expect(row).toMatchObject({ actual: 1, forecast: 3, target: 2, status: 'on_track', unit: 'count' });
    expect(row!.attainment).toBeCloseTo(1.5, 12); // 10 of 30 days: forecast 3 / target 2
    expect(row!.deltaPrevious).toBeCloseTo(2, 12); // forecast 3 against October's 1: +200 %
  });

  it('is left out, with the other customer KPIs, when the log has no customer column', () => {
    const sales = SALES.map((row) => row.filter((_, i) => i !== 2));
    const m = model({ sales: { name: 'Sales', values: sales } });
    expect(m.scorecard.rows.some((r) => r.key === 'returning_customers')).toBe(false);
    const missing = m.scorecard.notInLog.find((group) => group.missing.join() === 'customer');
    expect(missing?.keys).toContain('returning_customers');
  });

  it('takes targets by its English and Russian names, and sums a quarter from its months', () => {
    expect(kpiKeyOf('Returning customers')).toBe('returning_customers');
    expect(kpiKeyOf(' повторные КЛИЕНТЫ ')).toBe('returning_customers');
    const months = ['2026-10', '2026-11', '2026-12'].map((period, i) => ({
      kpi: 'returning_customers' as const,
      period,
      rep: null,
      value: 10 + i,
    }));
    expect(resolveTarget(months, 'returning_customers', parsePeriodLabel('2026-Q4')!, null)).toEqual({
      value: 33,
      source: 'sum_of_months',
    });
  });
});
