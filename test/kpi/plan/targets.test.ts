import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Period, parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { KPIS, type KpiKey } from '../../../src/kpi/kpis';
import { resolveTarget, type Target, targetMismatches, targetPeriodOf } from '../../../src/kpi/plan/targets';

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

  it('reads a row without a period as every month: never a week, a ratio quarter or year takes it as is', () => {
    const targets = [t('conversion', null, 0.25)];
    expect(resolveTarget(targets, 'conversion', at('2026-11'), null)).toEqual({
      value: 0.25,
      source: 'every_period',
    });
    for (const label of ['2026-Q4', '2026']) {
      expect(resolveTarget(targets, 'conversion', at(label), null)).toEqual({
        value: 0.25,
        source: 'every_month',
      });
    }
    expect(resolveTarget(targets, 'conversion', at('2026-W47'), null)).toBeNull();
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

    it('fills the months without a target of their own with the every-month target', () => {
      // Oct and Nov have rows, December only the every-month 90: 100 + 120 + 90, never the 90 alone
      const targets = [t('revenue', '2026-10', 100), t('revenue', '2026-11', 120), t('revenue', null, 90)];
      expect(resolveTarget(targets, 'revenue', at('2026-Q4'), null)).toEqual({
        value: 310,
        source: 'sum_of_months',
      });
    });

    it('prefers month labels over the every-month target inside the sum', () => {
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

    it('never sums quarter targets into a year (a target never applies to another type but from months)', () => {
      const targets = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => t('revenue', `2026-${q}`, 100));
      expect(resolveTarget(targets, 'revenue', at('2026'), null)).toBeNull();
    });

    it('does not sum a year with a quarter missing', () => {
      const targets = [
        t('revenue', '2026-Q1', 100),
        t('revenue', '2026-Q2', 100),
        t('revenue', '2026-Q3', 100),
      ];
      expect(resolveTarget(targets, 'revenue', at('2026'), null)).toBeNull();
    });

    it('sums only the additive KPIs of the spec list; ratios take the every-month target', () => {
      const targets = [
        ...months('returns_amount', 2026, [10, 10, 10]), // not in the list
        ...months('deals', 2026, [10, 10, 10]), // not in the list either
        ...months('conversion', 2026, [0.2, 0.2, 0.2]), // a ratio: month labels are not summed
        ...months('average_check', 2026, [500, 500, 500]), // a ratio
      ];
      for (const kpi of ['returns_amount', 'deals', 'conversion', 'average_check'] as const) {
        expect(resolveTarget(targets, kpi, at('2026-Q1'), null)).toBeNull();
      }
      for (const kpi of [
        'revenue',
        'gross',
        'orders',
        'units',
        'customers',
        'new_customers',
        'spend',
      ] as const) {
        expect(resolveTarget(months(kpi, 2026, [1, 1, 1]), kpi, at('2026-Q1'), null)?.value).toBe(3);
      }
      const everyMonth = [t('average_check', 'month', 500), t('deals', 'month', 7)];
      expect(resolveTarget(everyMonth, 'average_check', at('2026-Q1'), null)).toEqual({
        value: 500,
        source: 'every_month',
      });
      expect(resolveTarget(everyMonth, 'deals', at('2026-Q1'), null)).toBeNull();
    });

    it('sums the months of exactly the registry entries marked quarterSumsMonths (the spec §3 list)', () => {
      const summed = KPIS.filter((k) => k.quarterSumsMonths).map((k) => k.key);
      expect(summed).toEqual([
        'revenue',
        'gross',
        'orders',
        'units',
        'customers',
        'new_customers',
        'spend',
        'returning_customers',
      ]);
      for (const k of KPIS) {
        const value = resolveTarget(months(k.key, 2026, [2, 2, 2]), k.key, at('2026-Q1'), null)?.value;
        expect(value, k.key).toBe(k.quarterSumsMonths ? 6 : undefined);
      }
    });

    it('gives a quarter the every-month sales cycle target, and no open pipeline target from months', () => {
      const targets = [t('sales_cycle', 'month', 21), t('open_pipeline', 'month', 50_000)];
      expect(resolveTarget(targets, 'sales_cycle', at('2026-Q1'), null)).toEqual({
        value: 21,
        source: 'every_month',
      });
      expect(resolveTarget(targets, 'open_pipeline', at('2026-Q1'), null)).toBeNull();
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

describe('targets per period type (spec §3 v2)', () => {
  const sources = (targets: Target[], kpi: KpiKey, labels: string[]) =>
    labels.map((label) => resolveTarget(targets, kpi, at(label), null));

  it('reads type words in English and Russian, any case, and blank as every month', () => {
    expect(targetPeriodOf('Month')).toEqual({ every: 'month' });
    expect(targetPeriodOf(' КВАРТАЛ ')).toEqual({ every: 'quarter' });
    expect(targetPeriodOf('неделя')).toEqual({ every: 'week' });
    expect(targetPeriodOf('Год')).toEqual({ every: 'year' });
    expect(targetPeriodOf('')).toEqual({ every: 'month' });
    expect(targetPeriodOf(null)).toEqual({ every: 'month' });
    expect(targetPeriodOf('2026-w47')).toEqual({ label: at('2026-W47') });
    expect(targetPeriodOf('November')).toBeNull();
  });

  it('accepts no word of the object prototype as a period type', () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(targetPeriodOf(word)).toBeNull();
      expect(resolveTarget([t('revenue', word, 1)], 'revenue', at('2026-11'), null)).toBeNull();
    }
  });

  it('applies an every-month target to months only, and sums it into quarters and years', () => {
    const targets = [t('revenue', 'month', 100)];
    expect(sources(targets, 'revenue', ['2026-W47', '2026-11', '2026-Q4', '2026'])).toEqual([
      null,
      { value: 100, source: 'every_period' },
      { value: 300, source: 'sum_of_months' }, // 3 × 100
      { value: 1200, source: 'sum_of_months' }, // 12 × 100
    ]);
  });

  it('applies an every-quarter target to quarters only', () => {
    const targets = [t('revenue', 'quarter', 900), t('conversion', 'квартал', 0.3)];
    expect(sources(targets, 'revenue', ['2026-W47', '2026-11', '2026-Q4', '2026'])).toEqual([
      null,
      null,
      { value: 900, source: 'every_period' },
      null, // a year is not the sum of quarters
    ]);
    expect(sources(targets, 'conversion', ['2026-W47', '2026-11', '2026-Q4', '2026'])).toEqual([
      null,
      null,
      { value: 0.3, source: 'every_period' },
      null,
    ]);
  });

  it('applies an every-week and an every-year target to weeks and years only', () => {
    const targets = [t('orders', 'week', 7), t('orders', 'YEAR', 400)];
    expect(sources(targets, 'orders', ['2026-W47', '2026-11', '2026-Q4', '2026'])).toEqual([
      { value: 7, source: 'every_period' },
      null,
      null,
      { value: 400, source: 'every_period' },
    ]);
  });

  it('prefers a label, then the every-type target, then months, for each period type', () => {
    const targets = [
      t('revenue', 'month', 100),
      t('revenue', 'quarter', 250),
      t('revenue', 'week', 20),
      t('revenue', 'year', 1000),
      t('revenue', '2026-11', 140),
      t('revenue', '2026-Q4', 333),
      t('revenue', '2026-W47', 25),
      t('revenue', '2026', 1500),
    ];
    expect(sources(targets, 'revenue', ['2026-W47', '2026-11', '2026-Q4', '2026'])).toEqual([
      { value: 25, source: 'exact' },
      { value: 140, source: 'exact' },
      { value: 333, source: 'exact' },
      { value: 1500, source: 'exact' },
    ]);
    expect(sources(targets, 'revenue', ['2026-W48', '2026-12', '2026-Q3', '2027'])).toEqual([
      { value: 20, source: 'every_period' },
      { value: 100, source: 'every_period' },
      { value: 250, source: 'every_period' }, // the every-quarter target beats the months
      { value: 1000, source: 'every_period' },
    ]);
  });

  it('takes the later of a blank period and `month`: both mean every month', () => {
    expect(
      resolveTarget([t('orders', null, 5), t('orders', 'month', 6)], 'orders', at('2026-11'), null)?.value,
    ).toBe(6);
    expect(
      resolveTarget([t('orders', 'месяц', 6), t('orders', '', 5)], 'orders', at('2026-11'), null)?.value,
    ).toBe(5);
  });

  it('regression: a monthly 76 000 "same every period" is not the target of a whole quarter', () => {
    // The issue: Q4 sales volume forecast 275 880 against 76 000 read 363 % ✓ On track. The quarter's target is
    // the sum of its three months, 3 × 76 000 = 228 000: 275 880 / 228 000 = 121 %.
    const targets = [t('revenue', null, 76000)];
    const quarter = resolveTarget(targets, 'revenue', at('2026-Q4'), null)!;
    expect(quarter).toEqual({ value: 228000, source: 'sum_of_months' });
    expect(275880 / quarter.value).toBeCloseTo(1.21, 2);
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
      t('revenue', null, 50, 'Vera'), // every month: 3 × 50 in a quarter
    ];
    // 500 + 300 + 150 = 950 ≠ 900
    expect(targetMismatches(targets, at('2026-Q1'))).toEqual([
      { kpi: 'revenue', team: 900, repsSum: 950, reps: 3 },
    ]);
  });

  it('checks every-month targets in a month and their sums in a quarter', () => {
    const targets = [
      t('revenue', 'month', 100),
      t('revenue', 'месяц', 40, 'Anna'),
      t('revenue', null, 50, 'Boris'), // a blank period: every month too
    ];
    expect(targetMismatches(targets, at('2026-11'))).toEqual([
      { kpi: 'revenue', team: 100, repsSum: 90, reps: 2 },
    ]);
    // 3 × 100 against 3 × 40 + 3 × 50
    expect(targetMismatches(targets, at('2026-Q4'))).toEqual([
      { kpi: 'revenue', team: 300, repsSum: 270, reps: 2 },
    ]);
    expect(targetMismatches(targets, at('2026-W47'))).toEqual([]); // no week targets at all
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
