import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiKey } from '../../../src/kpi/kpis';
import { type Period, parsePeriodLabel } from '../../../src/kpi/periods';
import { resolveTarget, type Target, targetMismatches } from '../../../src/kpi/plan/targets';

const at = (label: string): Period => parsePeriodLabel(label)!;
/** A target row: `t('revenue', '2026-11', 1000)`, `t('revenue', null, 1000, 'Anna')`. */
const t = (kpi: KpiKey, period: string | null, value: number, rep: string | null = null): Target => ({
  kpi,
  period,
  rep,
  value,
});
const months = (kpi: KpiKey, year: number, values: number[], rep: string | null = null) =>
  values.map((v, i) => t(kpi, `${year}-${String(i + 1).padStart(2, '0')}`, v, rep));

describe('resolveTarget', () => {
  it('takes the row of exactly this period', () => {
    const targets = [t('revenue', '2026-10', 900), t('revenue', '2026-11', 1000), t('orders', '2026-11', 50)];
    expect(resolveTarget(targets, 'revenue', at('2026-11'), null)).toEqual({ value: 1000, source: 'exact' });
    expect(resolveTarget(targets, 'orders', at('2026-11'), null)).toEqual({ value: 50, source: 'exact' });
    expect(resolveTarget(targets, 'revenue', at('2026-12'), null)).toBeNull();
  });

  it('reads labels as periods, not as text', () => {
    const targets = [
      t('revenue', '2026-1', 100),
      t('revenue', ' 2026-q4 ', 400),
      t('revenue', '2026-w47', 70),
    ];
    expect(resolveTarget(targets, 'revenue', at('2026-01'), null)?.value).toBe(100);
    expect(resolveTarget(targets, 'revenue', at('2026-Q4'), null)?.value).toBe(400);
    expect(resolveTarget(targets, 'revenue', at('2026-W47'), null)?.value).toBe(70);
  });

  it('applies a row without a period to every period, of every type', () => {
    const targets = [t('conversion', null, 0.25)];
    for (const label of ['2026-11', '2026-Q4', '2026', '2026-W47']) {
      expect(resolveTarget(targets, 'conversion', at(label), null)).toEqual({
        value: 0.25,
        source: 'every_period',
      });
    }
  });

  it('prefers the row of exactly this period over a row without a period', () => {
    const targets = [t('revenue', '2026-11', 1000), t('revenue', null, 800)];
    expect(resolveTarget(targets, 'revenue', at('2026-11'), null)).toEqual({ value: 1000, source: 'exact' });
    expect(resolveTarget(targets, 'revenue', at('2026-12'), null)).toEqual({
      value: 800,
      source: 'every_period',
    });
  });

  describe('quarters and years from months', () => {
    it('sums the three months of a quarter without its own row', () => {
      const targets = [
        t('revenue', '2026-10', 100),
        t('revenue', '2026-11', 120),
        t('revenue', '2026-12', 150),
      ];
      // 100 + 120 + 150
      expect(resolveTarget(targets, 'revenue', at('2026-Q4'), null)).toEqual({
        value: 370,
        source: 'sum_of_months',
      });
    });

    it('does not sum when a month is missing', () => {
      const targets = [t('revenue', '2026-10', 100), t('revenue', '2026-11', 120)];
      expect(resolveTarget(targets, 'revenue', at('2026-Q4'), null)).toBeNull();
    });

    it('never puts a row without a period into a sum', () => {
      // Oct and Nov have rows, December only the every-period 90: the quarter is the every-period 90, not 310
      const targets = [t('revenue', '2026-10', 100), t('revenue', '2026-11', 120), t('revenue', null, 90)];
      expect(resolveTarget(targets, 'revenue', at('2026-Q4'), null)).toEqual({
        value: 90,
        source: 'every_period',
      });
    });

    it('prefers the sum of months over a row without a period', () => {
      const targets = [t('orders', null, 10), ...months('orders', 2026, [1, 2, 3])];
      // 1 + 2 + 3
      expect(resolveTarget(targets, 'orders', at('2026-Q1'), null)).toEqual({
        value: 6,
        source: 'sum_of_months',
      });
    });

    it('prefers a quarter row over the sum of its months', () => {
      const targets = [...months('revenue', 2026, [100, 100, 100]), t('revenue', '2026-Q1', 333)];
      expect(resolveTarget(targets, 'revenue', at('2026-Q1'), null)).toEqual({ value: 333, source: 'exact' });
    });

    it('sums twelve months into a year', () => {
      const targets = months('gross', 2026, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
      // 10 + 20 + … + 120 = 780
      expect(resolveTarget(targets, 'gross', at('2026'), null)).toEqual({
        value: 780,
        source: 'sum_of_months',
      });
    });

    it('sums four quarters into a year, a quarter row or its months each', () => {
      const targets = [
        t('deals', '2026-Q1', 100),
        t('deals', '2026-Q2', 110),
        ...months('deals', 2026, [0, 0, 0, 0, 0, 0, 40, 40, 40]).slice(6), // Q3 from months: 120
        t('deals', '2026-Q4', 130),
      ];
      // 100 + 110 + 120 + 130
      expect(resolveTarget(targets, 'deals', at('2026'), null)).toEqual({
        value: 460,
        source: 'sum_of_quarters',
      });
    });

    it('does not sum a year with a quarter missing', () => {
      const targets = [
        t('revenue', '2026-Q1', 100),
        t('revenue', '2026-Q2', 100),
        t('revenue', '2026-Q3', 100),
      ];
      expect(resolveTarget(targets, 'revenue', at('2026'), null)).toBeNull();
    });

    it('sums only higher-is-better additive KPIs', () => {
      const targets = [
        ...months('returns_amount', 2026, [10, 10, 10]), // lower is better
        ...months('spend', 2026, [10, 10, 10]), // no direction
        ...months('conversion', 2026, [0.2, 0.2, 0.2]), // a ratio
        ...months('average_check', 2026, [500, 500, 500]), // not additive
      ];
      for (const kpi of ['returns_amount', 'spend', 'conversion', 'average_check'] as const) {
        expect(resolveTarget(targets, kpi, at('2026-Q1'), null)).toBeNull();
      }
      for (const kpi of [
        'revenue',
        'gross',
        'orders',
        'units',
        'deals',
        'customers',
        'new_customers',
      ] as const) {
        expect(resolveTarget(months(kpi, 2026, [1, 1, 1]), kpi, at('2026-Q1'), null)?.value).toBe(3);
      }
    });

    it('does not build weeks or months from anything', () => {
      const targets = [...months('revenue', 2026, [100, 100, 100]), t('revenue', '2026-Q1', 300)];
      expect(resolveTarget(targets, 'revenue', at('2026-W05'), null)).toBeNull();
      expect(resolveTarget(targets, 'revenue', at('2026-04'), null)).toBeNull();
    });

    it('sums cents without float noise', () => {
      const targets = months('revenue', 2026, [0.1, 0.2, 0.3]);
      expect(resolveTarget(targets, 'revenue', at('2026-Q1'), null)?.value).toBe(0.6);
    });
  });

  describe('reps', () => {
    const targets = [
      t('revenue', '2026-11', 1000),
      t('revenue', '2026-11', 600, 'Anna Petrova'),
      t('revenue', '2026-11', 400, 'Фёдор'),
    ];

    it('compares rep names trimmed and case-insensitive', () => {
      expect(resolveTarget(targets, 'revenue', at('2026-11'), '  anna  PETROVA ')?.value).toBe(600);
      expect(resolveTarget(targets, 'revenue', at('2026-11'), 'федор')?.value).toBe(400);
    });

    it('keeps team and rep targets apart', () => {
      expect(resolveTarget(targets, 'revenue', at('2026-11'), null)?.value).toBe(1000);
      // a rep without a target of their own has none: the team's is not theirs
      expect(resolveTarget(targets, 'revenue', at('2026-11'), 'Boris')).toBeNull();
    });

    it('reads a blank rep or period as none', () => {
      const blank = [t('orders', '  ', 5, '   ')];
      expect(resolveTarget(blank, 'orders', at('2026-11'), null)).toEqual({
        value: 5,
        source: 'every_period',
      });
      expect(resolveTarget(blank, 'orders', at('2026-11'), '')).toEqual({ value: 5, source: 'every_period' });
    });

    it('sums a rep’s months into their quarter', () => {
      const rows = months('orders', 2026, [5, 6, 7], 'Anna');
      expect(resolveTarget(rows, 'orders', at('2026-Q1'), 'ANNA')).toEqual({
        value: 18,
        source: 'sum_of_months',
      });
      expect(resolveTarget(rows, 'orders', at('2026-Q1'), null)).toBeNull();
    });
  });

  describe('edge cases', () => {
    it('takes the last of several rows for the same KPI, period and rep', () => {
      const targets = [
        t('revenue', '2026-11', 1000),
        t('revenue', '2026-11', 1200),
        t('revenue', '2026-11', 9, 'x'),
      ];
      expect(resolveTarget(targets, 'revenue', at('2026-11'), null)?.value).toBe(1200);
    });

    it('keeps a target of zero', () => {
      expect(
        resolveTarget([t('returns_amount', '2026-11', 0)], 'returns_amount', at('2026-11'), null),
      ).toEqual({
        value: 0,
        source: 'exact',
      });
    });

    it('matches no period with an unreadable label', () => {
      const targets = [t('revenue', '2026-13', 1), t('revenue', '2025-W53', 2), t('revenue', 'November', 3)];
      expect(resolveTarget(targets, 'revenue', at('2026-11'), null)).toBeNull();
      expect(resolveTarget(targets, 'revenue', at('2025-W52'), null)).toBeNull();
    });

    it('matches ISO week 53 and leap years', () => {
      const targets = [t('orders', '2026-W53', 53), ...months('orders', 2028, [31, 29, 31])];
      expect(resolveTarget(targets, 'orders', at('2026-W53'), null)?.value).toBe(53);
      expect(resolveTarget(targets, 'orders', at('2028-Q1'), null)?.value).toBe(91);
    });

    it('throws on a value that is not a finite number', () => {
      expect(() =>
        resolveTarget([t('revenue', '2026-11', Number.NaN)], 'revenue', at('2026-11'), null),
      ).toThrow(/validate target rows/);
    });
  });

  describe('properties', () => {
    const cents = fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100);

    it('makes a quarter the sum of its months', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2000, max: 2100 }),
          fc.integer({ min: 0, max: 3 }),
          fc.tuple(cents, cents, cents),
          (year, q, values) => {
            const targets = values.map((v, i) => t('revenue', `${year}-${q * 3 + i + 1}`, v));
            const quarter = resolveTarget(
              targets,
              'revenue',
              { type: 'quarter', index: year * 4 + q },
              null,
            )!;
            expect(quarter.source).toBe('sum_of_months');
            expect(quarter.value).toBeCloseTo(values[0] + values[1] + values[2], 6);
          },
        ),
      );
    });

    it('makes a year from months the sum of its quarters from months', () => {
      fc.assert(
        fc.property(fc.array(cents, { minLength: 12, maxLength: 12 }), (values) => {
          const targets = months('orders', 2027, values);
          const quarters = [0, 1, 2, 3].map(
            (q) => resolveTarget(targets, 'orders', { type: 'quarter', index: 2027 * 4 + q }, null)!.value,
          );
          const year = resolveTarget(targets, 'orders', at('2027'), null)!.value;
          expect(year).toBeCloseTo(
            quarters.reduce((a, b) => a + b, 0),
            5,
          );
        }),
      );
    });
  });
});

describe('targetMismatches', () => {
  it('reports rep targets that do not add up to the team target', () => {
    const targets = [
      t('orders', '2026-11', 100),
      t('orders', '2026-11', 50, 'Anna'),
      t('orders', '2026-11', 40, 'Boris'),
      t('revenue', '2026-11', 1000),
      t('revenue', '2026-11', 600, 'Anna'),
      t('revenue', '2026-11', 400, 'Boris'),
    ];
    // orders: 50 + 40 = 90 ≠ 100; revenue adds up
    expect(targetMismatches(targets, at('2026-11'))).toEqual([
      { kpi: 'orders', team: 100, repsSum: 90, reps: 2 },
    ]);
  });

  it('lists mismatches in registry order', () => {
    const targets = [
      t('orders', '2026-11', 10),
      t('orders', '2026-11', 1, 'Anna'),
      t('revenue', '2026-11', 10),
      t('revenue', '2026-11', 1, 'Anna'),
    ];
    expect(targetMismatches(targets, at('2026-11')).map((m) => m.kpi)).toEqual(['revenue', 'orders']);
  });

  it('forgives rounding to the cent', () => {
    // six reps at 16.67 = 100.02 against 100: half a cent per rep of slack
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((r) => t('revenue', '2026-11', 16.67, r));
    expect(targetMismatches([t('revenue', '2026-11', 100), ...six], at('2026-11'))).toEqual([]);
    // two reps 33.33 + 33.33 = 66.66 against 66.67: a cent
    const two = [
      t('revenue', '2026-11', 66.67),
      t('revenue', '2026-11', 33.33, 'A'),
      t('revenue', '2026-11', 33.33, 'B'),
    ];
    expect(targetMismatches(two, at('2026-11'))).toEqual([]);
    // but three cents is not rounding
    const off = [
      t('revenue', '2026-11', 66.69),
      t('revenue', '2026-11', 33.33, 'A'),
      t('revenue', '2026-11', 33.33, 'B'),
    ];
    expect(targetMismatches(off, at('2026-11'))).toEqual([
      { kpi: 'revenue', team: 66.69, repsSum: 66.66, reps: 2 },
    ]);
  });

  it('resolves team and rep targets as resolveTarget does', () => {
    const targets = [
      ...months('revenue', 2026, [300, 300, 300]), // team Q1 = 900 from months
      t('revenue', '2026-Q1', 500, 'Anna'),
      ...months('revenue', 2026, [100, 100, 100], 'Boris'), // Boris Q1 = 300 from months
      t('revenue', null, 50, 'Vera'), // every period
    ];
    // 500 + 300 + 50 = 850 ≠ 900
    expect(targetMismatches(targets, at('2026-Q1'))).toEqual([
      { kpi: 'revenue', team: 900, repsSum: 850, reps: 3 },
    ]);
  });

  it('counts a rep once however the name is typed', () => {
    const targets = [
      t('orders', '2026-11', 10),
      t('orders', '2026-11', 4, 'Anna'),
      t('orders', '2026-11', 6, ' ANNA '),
    ];
    // the same rep: the last row (6) is theirs
    expect(targetMismatches(targets, at('2026-11'))).toEqual([
      { kpi: 'orders', team: 10, repsSum: 6, reps: 1 },
    ]);
  });

  describe('edge cases', () => {
    it('is empty without targets', () => {
      expect(targetMismatches([], at('2026-11'))).toEqual([]);
    });

    it('needs a team target and a rep target for the period', () => {
      expect(targetMismatches([t('orders', '2026-11', 5, 'Anna')], at('2026-11'))).toEqual([]);
      expect(targetMismatches([t('orders', '2026-11', 5)], at('2026-11'))).toEqual([]);
      // Anna's target is for October only
      expect(
        targetMismatches([t('orders', '2026-11', 5), t('orders', '2026-10', 3, 'Anna')], at('2026-11')),
      ).toEqual([]);
    });

    it('ignores KPIs that do not add up over reps', () => {
      const targets = [t('conversion', '2026-11', 0.3), t('conversion', '2026-11', 0.2, 'Anna')];
      expect(targetMismatches(targets, at('2026-11'))).toEqual([]);
    });

    it('checks lower-is-better additive KPIs too', () => {
      const targets = [t('returns_amount', '2026-11', 100), t('returns_amount', '2026-11', 30, 'Anna')];
      expect(targetMismatches(targets, at('2026-11'))).toEqual([
        { kpi: 'returns_amount', team: 100, repsSum: 30, reps: 1 },
      ]);
    });

    it('reports a team target of zero with rep targets', () => {
      const targets = [t('orders', '2026-11', 0), t('orders', '2026-11', 2, 'Anna')];
      expect(targetMismatches(targets, at('2026-11'))).toEqual([
        { kpi: 'orders', team: 0, repsSum: 2, reps: 1 },
      ]);
    });
  });
});
