import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_MONTHS, customerCohortsOf } from '../../../src/kpi/analytics/customerCohorts';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { type LogRow, makeLog } from '../../_support/makeLog';

const MARCH_20 = dayFromCivil(2026, 3, 20);
const blanks = (n: number) => new Array<null>(n).fill(null);

describe('customerCohortsOf', () => {
  // January: A (first 01-05, again 01-20 and 03-02, nothing in February) and B (01-10, again 02-15).
  // February: nobody buys for the first time (a gap month). March: C, and D whose December row was lost.
  // E's first purchase is after the as-of day; a return of A in February is no purchase.
  const rows: LogRow[] = [
    { date: '2025-12-01', kind: 'lost', amount: 50, customer: 'D' },
    { date: '2026-01-05', kind: 'won', amount: 100, customer: 'A' },
    { date: '2026-01-10', kind: 'won', amount: 100, customer: 'B' },
    { date: '2026-01-20', kind: 'won', amount: 100, customer: 'a ' },
    { date: '2026-02-15', kind: 'won', amount: 100, customer: 'B' },
    { date: '2026-02-16', kind: 'return', amount: 100, customer: 'A' },
    { date: '2026-03-02', kind: 'won', amount: 100, customer: 'A' },
    { date: '2026-03-05', kind: 'won', amount: 100, customer: 'C' },
    { date: '2026-03-10', kind: 'won', amount: 100, customer: 'D' },
    { date: '2026-03-25', kind: 'won', amount: 100, customer: 'E' },
  ];

  it('gives each first-purchase month its size and the share buying k months later, blank past the last month', () => {
    const table = customerCohortsOf(makeLog(rows), MARCH_20)!;
    expect(table.lastMonth).toBe('2026-03');
    expect(table.rows).toEqual([
      // A and B: both in January; only B in February; only A in March.
      { label: '2026-01', size: 2, shares: [1, 0.5, 0.5, ...blanks(COHORT_MONTHS - 3)] },
      // The gap month: no new customer, so no share at all.
      { label: '2026-02', size: 0, shares: blanks(COHORT_MONTHS) },
      // C and D (D's lost December row is no purchase); E bought after the as-of day.
      { label: '2026-03', size: 2, shares: [1, ...blanks(COHORT_MONTHS - 1)] },
    ]);
  });

  it('shows the last 12 months of cohorts when the log is older', () => {
    const old: LogRow[] = [
      { date: '2025-01-15', kind: 'won', amount: 1, customer: 'X' },
      { date: '2025-04-15', kind: 'won', amount: 1, customer: 'Y' },
      { date: '2025-05-15', kind: 'won', amount: 1, customer: 'Y' },
      { date: '2025-05-20', kind: 'won', amount: 1, customer: 'X' },
    ];
    const table = customerCohortsOf(makeLog(old), MARCH_20)!;
    expect(table.rows.map((r) => r.label)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // X's cohort (January 2025) is not shown; Y's April cohort bought again in May.
    expect(table.rows[0]).toEqual({ label: '2025-04', size: 1, shares: [1, 1, ...new Array(10).fill(0)] });
  });

  it('is null without a customer column', () => {
    expect(customerCohortsOf(makeLog([{ date: '2026-03-01', kind: 'won', amount: 1 }]), MARCH_20)).toBeNull();
  });

  it('keeps every share in [0, 1], month 0 at 1, and blanks exactly past the last month or for empty cohorts', () => {
    const row = fc.record({
      month: fc.integer({ min: 0, max: 20 }),
      day: fc.integer({ min: 1, max: 28 }),
      kind: fc.constantFrom<LogRow['kind']>('won', 'won', 'lost', 'return'),
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (rs, last) => {
          const date = (m: number, d: number) =>
            `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const log = makeLog(
            rs.map((r) => ({ date: date(r.month, r.day), kind: r.kind, amount: 10, customer: r.customer })),
          );
          const lastDay = dayFromCivil(2025 + Math.floor(last / 12), (last % 12) + 1, 28);
          const table = customerCohortsOf(log, lastDay)!;
          expect(table.rows.length).toBeLessThanOrEqual(COHORT_MONTHS);
          table.rows.forEach((r, i) => {
            const monthsLeft = table.rows.length - 1 - i;
            r.shares.forEach((share, k) => {
              if (r.size === 0 || k > monthsLeft) expect(share).toBeNull();
              else {
                expect(share).not.toBeNull();
                expect(share!).toBeGreaterThanOrEqual(0);
                expect(share!).toBeLessThanOrEqual(1);
              }
            });
            if (r.size > 0) expect(r.shares[0]).toBe(1);
          });
        },
      ),
    );
  });
});
