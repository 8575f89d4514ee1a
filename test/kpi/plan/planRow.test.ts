import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { type Period, type PeriodType, parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis, type TotalsGrid } from '../../../src/kpi/engine/computeKpis';
import { KPI_KEYS, type KpiKey } from '../../../src/kpi/kpis';
import { type PlanEntry, type PlanRowOptions, planRow } from '../../../src/kpi/plan/planRow';
import type { Target } from '../../../src/kpi/plan/targets';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const at = (label: string): Period => parsePeriodLabel(label)!;
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
};
const t = (kpi: KpiKey, period: string | null, value: number, rep: string | null = null): Target => ({
  kpi,
  period,
  rep,
  value,
});

/** The entry of one KPI in a plan row, checked against the expected fields (numbers to 6 decimals). */
function expectEntry(row: PlanEntry[], key: KpiKey, expected: Partial<Omit<PlanEntry, 'key'>>): void {
  const entry = row.find((e) => e.key === key)!;
  const close = Object.fromEntries(
    Object.entries(expected).map(([field, value]) => [
      field,
      typeof value === 'number' ? expect.closeTo(value, 6) : value,
    ]),
  );
  expect(entry, key).toMatchObject(close);
}

// Anna and Boris; no id column, so every row counts one. November 2026 is the report month.
const ROWS: LogRow[] = [
  { date: '2025-11-03', kind: 'won', amount: 500, customer: 'A', rep: 'Anna' },
  { date: '2026-10-05', kind: 'won', amount: 1000, customer: 'A', rep: 'Anna' },
  { date: '2026-10-12', kind: 'won', amount: 1000, customer: 'B', rep: 'Boris' },
  { date: '2026-10-20', kind: 'lost', amount: 300, customer: 'C', rep: 'Boris' },
  { date: '2026-11-02', kind: 'won', amount: 1200, customer: 'A', rep: 'Anna' },
  { date: '2026-11-05', kind: 'won', amount: 600, customer: 'C', rep: 'Boris' },
  { date: '2026-11-06', kind: 'lost', amount: 400, customer: 'D', rep: 'Anna' },
  { date: '2026-11-08', kind: 'return', amount: 200, customer: 'A', rep: 'Anna' },
  { date: '2026-11-09', kind: 'open', amount: 100, customer: 'E', rep: 'Boris' },
];
const TARGETS: Target[] = [
  t('revenue', '2026-11', 5000),
  t('orders', null, 5),
  t('returns_amount', '2026-11', 500),
  t('conversion', '2026-11', 0.6),
  t('refusal_rate', null, 0.25),
  t('units', null, 10),
  t('spend', null, 100),
  t('revenue', '2026-11', 2500, 'Anna'),
  t('revenue', '2026-11', 2000, ' boris '),
];
const NOVEMBER = at('2026-11');
const team = computeKpis(makeLog(ROWS), { period: 'month' });
const byRep = computeKpis(makeLog(ROWS), { period: 'month', groups: groupBy(ROWS, 'rep') });
const plan = (table: TotalsGrid, options: Partial<PlanRowOptions> & { asOf: number }) =>
  planRow(table, { period: NOVEMBER, targets: TARGETS, ...options });

describe('planRow', () => {
  // Team, November 2026 up to the 10th (10 of 30 days):
  // gross 1200 + 600 = 1800, returns 200, sales volume 1600; orders 2; deals 4 (2 won, 1 lost, 1 open);
  // October: sales volume 2000, orders 2, deals 3; November 2025: sales volume 500, orders 1, deals 1.
  const row = plan(team, { asOf: day('2026-11-10') });

  it('has one entry per KPI, in registry order', () => {
    expect(row.map((e) => e.key)).toEqual(KPI_KEYS);
  });

  it('forecasts, judges and paces sales volume', () => {
    expectEntry(row, 'revenue', {
      actual: 1600,
      target: 5000,
      targetSource: 'exact',
      forecast: 4800, // 1600 × 30 / 10
      attainment: 0.96, // 4800 / 5000
      status: 'at_risk',
      neededPace: 170, // (5000 − 1600) / 20 days left
      deltaKind: 'relative',
      deltaBasis: 'forecast',
      deltaPrevious: 1.4, // (4800 − 2000) / 2000
      deltaYear: 8.6, // (4800 − 500) / 500
    });
  });

  it('judges counts against an every-period target', () => {
    expectEntry(row, 'orders', {
      actual: 2,
      target: 5,
      targetSource: 'every_period',
      forecast: 6, // 2 × 30 / 10
      attainment: 1.2,
      status: 'on_track',
      neededPace: 0.15, // (5 − 2) / 20
      deltaPrevious: 2, // (6 − 2) / 2
      deltaYear: 5, // (6 − 1) / 1
    });
  });

  it('judges lower-is-better KPIs the other way round', () => {
    expectEntry(row, 'returns_amount', {
      actual: 200,
      forecast: 600, // 200 × 30 / 10
      target: 500,
      attainment: 500 / 600,
      status: 'behind', // 0.833 < 0.9
      neededPace: 15, // allowance: (500 − 200) / 20
      deltaPrevious: null, // no returns in October: no relative change from 0
    });
    // refusal rate 1 lost / 4 deals = 0.25 against 0.25
    expectEntry(row, 'refusal_rate', { actual: 0.25, forecast: 0.25, attainment: 1, status: 'on_track' });
  });

  it('keeps ratios as they are and compares them in points', () => {
    expectEntry(row, 'conversion', {
      actual: 0.5, // 2 won / 4 deals
      forecast: 0.5,
      target: 0.6,
      attainment: 0.5 / 0.6,
      status: 'behind',
      neededPace: null,
      deltaKind: 'points',
      deltaBasis: 'actual',
      deltaPrevious: 0.5 - 2 / 3, // October: 2 / 3
      deltaYear: -0.5, // November 2025: 1 / 1
    });
    // average check 1800 / 2 = 900; October 2000 / 2 = 1000; November 2025: 500
    expectEntry(row, 'average_check', {
      actual: 900,
      deltaKind: 'relative',
      deltaBasis: 'actual',
      deltaPrevious: -0.1,
      deltaYear: 0.8,
    });
  });

  it('says which KPIs have no target', () => {
    // customers A and C; new: C only (A first bought in 2025)
    expectEntry(row, 'customers', {
      actual: 2,
      target: null,
      targetSource: null,
      attainment: null,
      status: 'no_target',
    });
    expectEntry(row, 'new_customers', { actual: 1, status: 'no_target', neededPace: null });
    // retention |{A}| / |{A, B}|: A of October's two customers bought again
    expectEntry(row, 'retention', { actual: 0.5, status: 'no_target' });
  });

  it('has no data for a KPI whose column is missing, even with a target', () => {
    // no quantity column: units are blank
    expectEntry(row, 'units', {
      actual: null,
      target: 10,
      forecast: null,
      attainment: null,
      status: 'no_data',
    });
  });

  it('gives no status to marketing spend, which has no better direction', () => {
    // no spend table: blank spend, but the budget is still shown
    expectEntry(row, 'spend', { actual: null, target: 100, attainment: null, status: 'no_target' });
  });

  it('forecasts deals from the uncut table: deals dated after the as-of day are known, not actuals', () => {
    // Cut at 6 November: won 2nd, won 5th, lost 6th are actual deals; the open deal of the 9th is not.
    const asOf = day('2026-11-06');
    const cut = computeKpis(makeLog(ROWS), { period: 'month', lastDay: asOf });
    const uncut = computeKpis(makeLog(ROWS), { period: 'month' });
    const known = plan(cut, { asOf, uncut });
    expectEntry(known, 'deals', { actual: 3, forecast: 4 }); // the open deal of the 9th: 4, not 3 × 30 / 6 = 15
    expectEntry(known, 'revenue', { actual: 1800, forecast: 9000 }); // the return of the 8th is no actual yet
    expectEntry(plan(cut, { asOf }), 'deals', { actual: 3, forecast: 3 }); // without the uncut table
  });

  describe('reps', () => {
    it('uses the rep’s own targets and rows', () => {
      // Anna (group 0): won 1200, return 200 → 1000; forecast 3000 against 2500
      const anna = plan(byRep, { asOf: day('2026-11-10'), group: 0, rep: 'Anna' });
      expectEntry(anna, 'revenue', {
        actual: 1000,
        forecast: 3000,
        target: 2500,
        attainment: 1.2,
        status: 'on_track',
        deltaPrevious: 2, // October 1000
        neededPace: 75, // (2500 − 1000) / 20
      });
      // the team's every-period orders target is not Anna's
      expectEntry(anna, 'orders', { actual: 1, target: null, status: 'no_target' });
    });

    it('puts an attainment exactly at the threshold at risk', () => {
      // Boris (group 1): 600 → forecast 1800 against 2000 = 0.9
      const boris = plan(byRep, { asOf: day('2026-11-10'), group: 1, rep: 'BORIS' });
      expectEntry(boris, 'revenue', { forecast: 1800, attainment: 0.9, status: 'at_risk' });
      const strict = plan(byRep, { asOf: day('2026-11-10'), group: 1, rep: 'Boris', atRisk: 0.95 });
      expectEntry(strict, 'revenue', { status: 'behind' });
    });
  });

  describe('edge cases', () => {
    it('uses the actual once the period is over', () => {
      const after = plan(team, { asOf: day('2026-12-05') });
      expectEntry(after, 'revenue', {
        actual: 1600,
        forecast: 1600,
        attainment: 0.32, // 1600 / 5000
        status: 'behind',
        neededPace: null,
        deltaBasis: 'actual',
        deltaPrevious: -0.2, // (1600 − 2000) / 2000
        deltaYear: 2.2, // (1600 − 500) / 500
      });
    });

    it('is complete on the last day of the period', () => {
      const last = plan(team, { asOf: day('2026-11-30') });
      expectEntry(last, 'revenue', {
        forecast: 1600,
        neededPace: null,
        deltaBasis: 'actual',
        deltaPrevious: -0.2,
      });
    });

    it('runs on the first day of the period', () => {
      // on the 1st nothing of November is in the log yet (first row on the 2nd), as the log says
      const first = planRow(
        computeKpis(makeLog(ROWS.slice(0, 4)), { period: 'month', include: [NOVEMBER.index] }),
        {
          period: NOVEMBER,
          asOf: day('2026-11-01'),
          targets: TARGETS,
        },
      );
      expectEntry(first, 'revenue', {
        actual: 0,
        forecast: 0,
        attainment: 0,
        status: 'behind',
        neededPace: 5000 / 29,
        deltaPrevious: -1, // (0 − 2000) / 2000
      });
      expectEntry(first, 'conversion', { actual: null, status: 'no_data', deltaPrevious: null });
    });

    it('has no forecast before the period starts', () => {
      const before = plan(team, { asOf: day('2026-10-31') });
      expectEntry(before, 'revenue', {
        forecast: null,
        attainment: null,
        status: 'no_data',
        deltaBasis: 'forecast',
        deltaPrevious: null,
        neededPace: (5000 - 1600) / 30, // every day of November is left
      });
      expectEntry(before, 'conversion', { forecast: 0.5, status: 'behind' });
    });

    it('has blank deltas when the earlier periods are outside the table', () => {
      const only = computeKpis(makeLog(ROWS.slice(4)), { period: 'month' });
      const novemberOnly = planRow(only, { period: NOVEMBER, asOf: day('2026-11-30'), targets: [] });
      expectEntry(novemberOnly, 'revenue', { actual: 1600, deltaPrevious: null, deltaYear: null });
      expectEntry(novemberOnly, 'conversion', { actual: 0.5, deltaPrevious: null });
    });

    it('judges a target of zero by comparing directly', () => {
      const zero = plan(team, {
        asOf: day('2026-11-10'),
        targets: [t('revenue', null, 0), t('returns_amount', null, 0)],
      });
      expectEntry(zero, 'revenue', { target: 0, attainment: null, status: 'on_track', neededPace: 0 });
      expectEntry(zero, 'returns_amount', { target: 0, attainment: null, status: 'behind', neededPace: 0 });
    });

    it('judges a negative target as KPI_STATUS does: directly, with no attainment', () => {
      // A planned loss: sales volume target −100, forecast 4800 beats it; refusal rate (lower) target −0.1 is missed.
      const negative = plan(team, {
        asOf: day('2026-11-10'),
        targets: [t('revenue', null, -100), t('refusal_rate', null, -0.1)],
      });
      expectEntry(negative, 'revenue', { target: -100, attainment: null, status: 'on_track' });
      expectEntry(negative, 'refusal_rate', { target: -0.1, attainment: null, status: 'behind' });
    });

    it('uses a leap February', () => {
      const rows: LogRow[] = [
        { date: '2027-02-10', kind: 'won', amount: 280 },
        { date: '2028-02-03', kind: 'won', amount: 500 },
        { date: '2028-02-09', kind: 'won', amount: 500 },
      ];
      const table = computeKpis(makeLog(rows), { period: 'month' });
      const feb = planRow(table, {
        period: at('2028-02'),
        asOf: day('2028-02-10'),
        targets: [t('revenue', null, 2900)],
      });
      expectEntry(feb, 'revenue', {
        actual: 1000,
        forecast: 2900, // 1000 × 29 / 10
        attainment: 1,
        status: 'on_track',
        neededPace: 1900 / 19, // (2900 − 1000) / 19 days left
        deltaYear: 2900 / 280 - 1, // vs February 2027
      });
      const end = planRow(table, { period: at('2028-02'), asOf: day('2028-02-29'), targets: [] });
      expectEntry(end, 'revenue', { forecast: 1000, deltaBasis: 'actual', deltaYear: 1000 / 280 - 1 });
    });

    it('runs ISO week 53 across the new year', () => {
      const rows: LogRow[] = [
        { date: '2025-12-23', kind: 'won', amount: 200 }, // 2025-W52, the same week last year
        { date: '2026-12-22', kind: 'won', amount: 350 }, // 2026-W52, the week before
        { date: '2026-12-29', kind: 'won', amount: 100 }, // 2026-W53 (Tue)
        { date: '2027-01-02', kind: 'won', amount: 300 }, // 2026-W53 (Sat)
      ];
      const table = computeKpis(makeLog(rows), { period: 'week' });
      const week = planRow(table, {
        period: at('2026-W53'),
        asOf: day('2027-01-02'), // 6 days of 7 elapsed
        targets: [t('revenue', '2026-W53', 500)],
      });
      expectEntry(week, 'revenue', {
        actual: 400,
        forecast: 400 * (7 / 6),
        attainment: (400 * (7 / 6)) / 500,
        status: 'at_risk', // 0.933
        neededPace: 100, // (500 − 400) / 1 day left
        deltaPrevious: (400 * (7 / 6)) / 350 - 1,
        deltaYear: (400 * (7 / 6)) / 200 - 1,
      });
    });

    it('throws when the table has another period type', () => {
      expect(() => planRow(team, { period: at('2026-Q4'), asOf: day('2026-11-10'), targets: [] })).toThrow(
        /compute the table by quarter/,
      );
    });

    it('throws on a group the table does not have', () => {
      expect(() => plan(byRep, { asOf: day('2026-11-10'), group: 2 })).toThrow(RangeError);
      expect(() => plan(team, { asOf: day('2026-11-10'), group: 1 })).toThrow(RangeError);
    });
  });

  describe('properties', () => {
    const ADDITIVE_OVER_GROUPS: KpiKey[] = ['revenue', 'gross', 'returns_amount', 'orders', 'deals'];
    const rowArb = fc.record({
      date: fc.integer({ min: 0, max: 120 }).map((n) => {
        const d = new Date(Date.UTC(2026, 8, 1 + n)); // 2026-09-01 + n, built in UTC: no time zone involved
        return d.toISOString().slice(0, 10);
      }),
      kind: fc.constantFrom('won' as const, 'lost' as const, 'open' as const, 'return' as const),
      amount: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100),
      rep: fc.constantFrom('Anna', 'Boris', 'Vera'),
    });

    it('forecasts the team as the sum of its reps’ forecasts', () => {
      fc.assert(
        fc.property(
          fc.array(rowArb, { minLength: 1, maxLength: 40 }),
          fc.integer({ min: 0, max: 60 }),
          fc.constantFrom<PeriodType>('week', 'month', 'quarter'),
          (rows, asOfOffset, type) => {
            const asOf = day('2026-10-01') + asOfOffset;
            const period = { type, index: computeKpis(makeLog(rows), { period: type }).firstIndex };
            const options = { period, asOf, targets: [] };
            const whole = planRow(computeKpis(makeLog(rows), { period: type }), options);
            const groups = groupBy(rows, 'rep');
            const grouped = computeKpis(makeLog(rows), { period: type, groups });
            const parts = groups.names.map((_, g) => planRow(grouped, { ...options, group: g }));
            for (const key of ADDITIVE_OVER_GROUPS) {
              const i = KPI_KEYS.indexOf(key);
              const sum = parts.reduce((s, p) => (p[i].forecast === null ? s : s + p[i].forecast!), 0);
              if (whole[i].forecast === null) expect(parts.every((p) => p[i].forecast === null)).toBe(true);
              else expect(sum).toBeCloseTo(whole[i].forecast!, 4);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
