import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { type PeriodType, parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { describeTargetSources } from '../../../src/kpi/i18n/reportSentences';
import { buildReportModel, type ReportInput } from '../../../src/kpi/report/buildReportModel';
import type { ReportModel } from '../../../src/kpi/report/reportModel';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';

function build(
  sales: unknown[][],
  targets: unknown[][] | null,
  asOf: number,
  periodType: PeriodType = 'month',
  reportPeriod: string | null = null,
): ReportModel {
  const input: ReportInput = {
    sales: { name: 'Sales', values: sales },
    targets: targets === null ? null : { name: 'KPI Targets', values: targets },
    settings: { ...DEFAULT_SETTINGS, asOf, periodType, reportPeriod },
    sheetNames: ['Sales', 'KPI Targets'],
    locale: 'en_US',
    timeZone: 'UTC',
    lang: 'en',
    today: asOf,
    generatedAt: '2026-11-15 10:00',
  };
  const result = buildReportModel(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.model;
}
const row = (model: ReportModel, key: string) => model.scorecard.rows.find((r) => r.key === key)!;

describe('the report as of a day (spec §3)', () => {
  // As of 15 November: four rows are dated later (two won, two open deals expected to close later).
  const SALES = [
    ['Date', 'Customer', 'Rep', 'Status', 'Amount'],
    ['2026-10-05', 'A', 'Anna', 'Won', 600],
    ['2026-11-02', 'A', 'Anna', 'Won', 1000],
    ['2026-11-10', 'B', 'Boris', 'Lost', 200],
    ['2026-11-15', 'C', 'Boris', 'Won', 500],
    ['2026-11-16', 'D', 'Anna', 'Won', 800],
    ['2026-11-29', 'E', 'Boris', 'Won', 3000],
    ['2026-11-20', 'F', 'Anna', 'Open', 400],
    ['2026-11-29', 'G', 'Boris', 'Open', 700],
  ];
  const AS_OF = dayFromCivil(2026, 11, 15);
  const TARGETS = [
    ['Period', 'Rep', 'KPI', 'Target'],
    ['2026-11', '', 'Sales volume', 4000],
    ['2026-11', '', 'Deals', 7],
  ];

  it('counts no row dated after the as-of day in the actuals, and run-rates only what is left', () => {
    const m = build(SALES, TARGETS, AS_OF);
    // 1000 + 500 dated up to the 15th; the 800 (16th) and the 3000 (29th) are not actuals.
    expect(m.pipeline).toMatchObject({ revenue: 1500, runRate: 3000 }); // run rate: 1500 × 30 / 15
    // F and G are open deals expected after the 15th, so sales volume is judged by the pipeline forecast (spec §7):
    // 1500 + (400 + 700) × 1, October's win rate being 1 won of 1 decided.
    expect(m.pipeline).toMatchObject({ openAfterAsOf: 1100, winRate: 1, forecast: 2600, uses: 'pipeline' });
    expect(row(m, 'revenue')).toMatchObject({ actual: 1500, forecast: 2600, target: 4000 });
    expect(row(m, 'revenue').attainment).toBeCloseTo(0.65, 10);
    expect(row(m, 'orders')).toMatchObject({ actual: 2, forecast: 4 });
    expect(row(m, 'conversion')).toMatchObject({ actual: 2 / 3, forecast: 2 / 3 }); // A, C won of A, B, C
    expect(row(m, 'customers')).toMatchObject({ actual: 2, forecast: 4 });
    expect(row(m, 'retention').actual).toBe(1); // C(Oct) = {A}: A bought again on the 2nd
    expect(m.trend.at(-1)).toMatchObject({ label: '2026-11', revenue: 1500, orders: 2 });
  });

  it('forecasts deals as every deal row dated in the period, open deals expected later included', () => {
    const deals = row(build(SALES, TARGETS, AS_OF), 'deals');
    // Actual: A, B, C. Forecast: A, B, C and D, E, F, G dated later in November, not 3 × 30 / 15 = 6.
    expect(deals).toMatchObject({ actual: 3, forecast: 7, target: 7, attainment: 1, status: 'on_track' });
  });

  it('cuts the leaderboard at the as-of day too', () => {
    const board = build(SALES, TARGETS, AS_OF).leaderboard!;
    expect(board.find((r) => r.rep === 'Anna')).toMatchObject({ revenue: 1000, orders: 1 });
    expect(board.find((r) => r.rep === 'Boris')).toMatchObject({ revenue: 500, orders: 1 });
  });

  it('says how many rows are dated after the as-of day', () => {
    expect(build(SALES, TARGETS, AS_OF).dataQuality).toContainEqual({
      kind: 'after_as_of',
      rows: 4,
      asOf: AS_OF,
    });
    const complete = build(SALES, TARGETS, dayFromCivil(2026, 11, 30));
    expect(complete.dataQuality.some((item) => item.kind === 'after_as_of')).toBe(false);
    // After the month every row is an actual: 1000 + 500 + 800 + 3000.
    expect(row(complete, 'revenue')).toMatchObject({ actual: 5300, forecast: 5300 });
    expect(row(complete, 'deals')).toMatchObject({ actual: 7, forecast: 7 });
  });
});

describe('the report with targets per period type (spec §3)', () => {
  // Q4 2026: 90 000 + 95 000 + 90 880 = 275 880; one sale in week 47 (16–22 November).
  const SALES = [
    ['Date', 'Status', 'Amount'],
    ['2026-10-12', 'Won', 90000],
    ['2026-11-18', 'Won', 95000],
    ['2026-12-07', 'Won', 90880],
  ];
  const END = dayFromCivil(2026, 12, 31);

  it('regression: a monthly 76 000 "same every period" makes a quarter 228 000, not 76 000 (363 % ✓)', () => {
    const targets = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['', '', 'Sales volume', 76000], // written by the old sidebar's "same every period"
    ];
    const revenue = row(build(SALES, targets, END, 'quarter'), 'revenue');
    expect(revenue).toMatchObject({ actual: 275880, target: 228000, targetSource: 'sum_of_months' });
    expect(revenue.attainment).toBeCloseTo(275880 / 228000, 10); // 121 %, not 363 %
    // The month itself keeps its every-month target; a week gets none.
    const month = row(build(SALES, targets, END, 'month', '2026-11'), 'revenue');
    expect(month).toMatchObject({ target: 76000, targetSource: 'every_period' });
    const week = row(build(SALES, targets, END, 'week', '2026-W47'), 'revenue');
    expect(week).toMatchObject({ actual: 95000, target: null, targetSource: null, status: 'no_target' });
  });

  it('uses label, every-month and every-quarter targets for each period type', () => {
    const targets = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['month', '', 'Sales volume', 80000],
      ['2026-11', '', 'Sales volume', 100000],
      ['quarter', '', 'Orders', 2],
      ['неделя', '', 'Orders', 1],
      ['2026', '', 'Orders', 10],
      ['Месяц', '', 'Conversion', 0.5],
    ];
    const quarter = build(SALES, targets, END, 'quarter');
    // 80 000 + 100 000 + 80 000: November's own label, the other months every-month
    expect(row(quarter, 'revenue')).toMatchObject({ target: 260000, targetSource: 'sum_of_months' });
    expect(row(quarter, 'orders')).toMatchObject({ target: 2, targetSource: 'every_period' });
    expect(row(quarter, 'conversion')).toMatchObject({ target: 0.5, targetSource: 'every_month' });

    const november = build(SALES, targets, END, 'month', '2026-11');
    expect(row(november, 'revenue')).toMatchObject({ target: 100000, targetSource: 'exact' });
    expect(row(november, 'orders')).toMatchObject({ target: null }); // quarter, week and year targets are not a month's
    expect(row(november, 'conversion')).toMatchObject({ target: 0.5, targetSource: 'every_period' });

    const week = build(SALES, targets, END, 'week', '2026-W47');
    expect(row(week, 'orders')).toMatchObject({ actual: 1, target: 1, targetSource: 'every_period' });
    expect(row(week, 'revenue').target).toBeNull();

    const year = build(SALES, targets, END, 'year', '2026');
    expect(row(year, 'orders')).toMatchObject({ target: 10, targetSource: 'exact' });
    // 11 every-month months of 80 000 and November's 100 000
    expect(row(year, 'revenue')).toMatchObject({
      target: 11 * 80000 + 100000,
      targetSource: 'sum_of_months',
    });
    expect(parsePeriodLabel(year.header.periodLabel)?.type).toBe('year');
  });

  it('says under the scorecard where the targets not set for the period itself come from, in both languages', () => {
    const targets = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['month', '', 'Sales volume', 80000],
      ['quarter', '', 'Orders', 2],
      ['месяц', '', 'Conversion', 0.5],
      ['2026-Q4', '', 'Win rate', 0.5],
    ];
    const rows = build(SALES, targets, END, 'quarter').scorecard.rows;
    expect(describeTargetSources('en', rows, '2026-Q4', 'quarter')).toBe(
      'Targets not set for 2026-Q4 itself: Sales volume (sum of the months); Orders (every quarter); ' +
        'Conversion (the every-month target).',
    );
    expect(describeTargetSources('ru', rows, '2026-Q4', 'quarter')).toBe(
      'Цели, заданные не для 2026-Q4 напрямую: Объём продаж (сумма целей месяцев); Продажи (заказы) (каждый ' +
        'квартал); Конверсия (цель каждого месяца).',
    );
    const own = build(SALES, [targets[0], targets[4]], END, 'quarter').scorecard.rows;
    expect(
      describeTargetSources(
        'en',
        own.filter((r) => r.key === 'win_rate'),
        '2026-Q4',
        'quarter',
      ),
    ).toBeNull();
  });
});
