import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis, kpiValues } from '../../../src/kpi/engine/computeKpis';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const retentionOf = (rows: LogRow[], label: string) => {
  const table = computeKpis(makeLog(rows), { period: 'month' });
  return kpiValues(table, parsePeriodLabel(label)!.index).retention;
};

describe('bounded retention (spec §2 v2)', () => {
  it('does not count a reactivated customer who skipped a period as retained', () => {
    // September: A, B. October: A. November: A, B (B comes back after skipping October).
    const rows: LogRow[] = [
      { date: '2026-09-03', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-09-04', kind: 'won', amount: 10, customer: 'B' },
      { date: '2026-10-05', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-11-06', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-11-07', kind: 'won', amount: 10, customer: 'B' },
    ];
    // C(Oct) = {A}, C(Nov) = {A, B}: |{A}| / |{A}| = 1. The old formula gave (2 − 0) / 1 = 200 %.
    expect(retentionOf(rows, '2026-11')).toBe(1);
    // C(Sep) = {A, B}, C(Oct) = {A}: 1 / 2.
    expect(retentionOf(rows, '2026-10')).toBe(0.5);
    // Nothing before September: blank.
    expect(retentionOf(rows, '2026-09')).toBeNull();
  });

  it('counts a customer lost and won back only in the period right after a purchase', () => {
    // A buys in Jan and Feb, nothing in Mar (a lost deal), and again in Apr and May.
    const rows: LogRow[] = [
      { date: '2026-01-10', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-01-11', kind: 'won', amount: 10, customer: 'B' },
      { date: '2026-02-10', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-02-12', kind: 'won', amount: 10, customer: 'B' },
      { date: '2026-03-10', kind: 'lost', amount: 10, customer: 'A' },
      { date: '2026-03-11', kind: 'won', amount: 10, customer: 'B' },
      { date: '2026-04-10', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-05-10', kind: 'won', amount: 10, customer: 'A' },
      { date: '2026-05-11', kind: 'return', amount: 5, customer: 'B' },
    ];
    expect(retentionOf(rows, '2026-02')).toBe(1); // A and B both again
    expect(retentionOf(rows, '2026-03')).toBe(0.5); // only B: a lost deal is no purchase
    expect(retentionOf(rows, '2026-04')).toBe(0); // C(Mar) = {B}; A is back, B is not
    expect(retentionOf(rows, '2026-05')).toBe(1); // C(Apr) = {A}, A again; a return row is no purchase
  });

  it('computes retention on the group rows alone, and blank in a group first period', () => {
    // Anna sells to A in October; Boris sells to A in November: A is not retained by Boris.
    const rows: LogRow[] = [
      { date: '2026-10-02', kind: 'won', amount: 10, customer: 'A', rep: 'Anna' },
      { date: '2026-10-03', kind: 'won', amount: 10, customer: 'B', rep: 'Boris' },
      { date: '2026-11-02', kind: 'won', amount: 10, customer: 'A', rep: 'Boris' },
      { date: '2026-11-03', kind: 'won', amount: 10, customer: 'B', rep: 'Boris' },
    ];
    const groups = groupBy(rows, 'rep');
    const table = computeKpis(makeLog(rows), { period: 'month', groups });
    const november = parsePeriodLabel('2026-11')!.index;
    const october = parsePeriodLabel('2026-10')!.index;
    const anna = groups.names.indexOf('Anna');
    const boris = groups.names.indexOf('Boris');
    expect(kpiValues(table, november, boris).retention).toBe(1); // C(Oct, Boris) = {B}: B again
    expect(kpiValues(table, november, anna).retention).toBe(0); // C(Oct, Anna) = {A}: not with Anna
    // Boris's first period must not look at Anna's last one (bucket b − 1 across the group boundary).
    expect(kpiValues(table, october, boris).retention).toBeNull();
  });

  it('is |C(P) ∩ C(P-1)| / |C(P-1)| and never above 1 for any log', () => {
    const row = fc.record({
      month: fc.integer({ min: 1, max: 6 }),
      day: fc.integer({ min: 1, max: 28 }),
      kind: fc.constantFrom<LogRow['kind']>('won', 'won', 'lost', 'open', 'return'),
      customer: fc.constantFrom('A', 'B', 'C', 'D', 'E', ''),
      rep: fc.constantFrom('Anna', 'Boris'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.boolean(), (drawn, grouped) => {
        const rows: LogRow[] = drawn.map((r) => ({
          date: `2026-0${r.month}-${String(r.day).padStart(2, '0')}`,
          kind: r.kind,
          amount: 10,
          customer: r.customer,
          rep: r.rep,
        }));
        const groups = grouped ? groupBy(rows, 'rep') : null;
        const table = computeKpis(makeLog(rows), { period: 'month', groups });
        const names = groups ? groups.names : [null];
        names.forEach((name, group) => {
          // An independent oracle: the sets of customers with a won row per month.
          const customersOf = (month: number) =>
            new Set(
              rows
                .filter(
                  (r) =>
                    r.kind === 'won' &&
                    r.customer !== '' &&
                    Number(r.date.slice(5, 7)) === month &&
                    (name === null || r.rep === name),
                )
                .map((r) => r.customer),
            );
          for (let month = 1; month <= 6; month++) {
            const index = 2026 * 12 + month - 1;
            const value = kpiValues(table, index, group).retention;
            const before = customersOf(month - 1);
            const now = customersOf(month);
            const both = [...now].filter((c) => before.has(c)).length;
            if (before.size === 0) expect(value).toBeNull();
            else {
              expect(value).toBe(both / before.size);
              expect(value!).toBeLessThanOrEqual(1);
            }
          }
        });
      }),
    );
  });
});

describe('computeKpis as-of cut-off (lastDay)', () => {
  const rows: LogRow[] = [
    { date: '2026-11-02', kind: 'won', amount: 100, customer: 'A' },
    { date: '2026-11-15', kind: 'won', amount: 50, customer: 'B' },
    { date: '2026-11-16', kind: 'won', amount: 70, customer: 'C' },
    { date: '2026-11-29', kind: 'open', amount: 900, customer: 'D' },
    { date: '2026-12-03', kind: 'won', amount: 30, customer: 'E' },
  ];
  const november = parsePeriodLabel('2026-11')!.index;

  it('leaves out every row dated after the last day', () => {
    const table = computeKpis(makeLog(rows), { period: 'month', lastDay: dayFromCivil(2026, 11, 15) });
    const v = kpiValues(table, november);
    expect(v.revenue).toBe(150); // 100 + 50; the 16th is after the cut-off
    expect(v.orders).toBe(2);
    expect(v.deals).toBe(2); // the open deal dated the 29th is not counted
    expect(v.customers).toBe(2);
    expect(table.periodCount).toBe(1); // December's row is gone, and with it December
  });

  it('counts every row without a last day', () => {
    const v = kpiValues(computeKpis(makeLog(rows), { period: 'month' }), november);
    expect(v.revenue).toBe(220);
    expect(v.deals).toBe(4);
  });
});

describe('computeKpis non-finite values', () => {
  it('shows an overflowing sum blank and counts the cell in nonFinite', () => {
    const rows: LogRow[] = [
      { date: '2026-11-02', kind: 'won', amount: 1.5e308 },
      { date: '2026-11-03', kind: 'won', amount: 1.5e308 },
      { date: '2026-12-03', kind: 'won', amount: 10 },
    ];
    const table = computeKpis(makeLog(rows), { period: 'month' });
    const november = kpiValues(table, parsePeriodLabel('2026-11')!.index);
    expect(november.gross).toBeNull();
    expect(november.revenue).toBeNull();
    expect(november.average_check).toBeNull();
    expect(november.orders).toBe(2);
    expect(kpiValues(table, parsePeriodLabel('2026-12')!.index).gross).toBe(10);
    expect(table.nonFinite).toBe(1);
  });

  it('is 0 for an ordinary log', () => {
    const table = computeKpis(makeLog([{ date: '2026-11-02', kind: 'won', amount: 5 }]), { period: 'month' });
    expect(table.nonFinite).toBe(0);
  });
});
