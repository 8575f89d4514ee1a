import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatDay } from '../../../src/kpi/calendar/day';
import { kpiTableCells } from '../../../src/kpi/engine/kpiTableCells';
import { describeDataQualityLines } from '../../../src/kpi/i18n/reportSentences';
import { buildReportModel } from '../../../src/kpi/report/buildReportModel';
import { layoutReport } from '../../../src/kpi/report/layoutReport';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { expectKpiRow } from '../../_support/expectKpiRow';
import { AS_OF, input, model, SALES, SPEND } from './_model';

describe('buildReportModel', () => {
  describe('scorecard', () => {
    it('has the figures KPI_TABLE gives for the same period, every KPI in registry order', () => {
      const m = model();
      const table = kpiTableCells(SALES, { locale: 'en_US', timeZone: 'UTC', lang: 'en', spend: SPEND });
      if (!table.ok) throw new Error(table.message);
      expectKpiRow(
        table.rows,
        '2026-11',
        Object.fromEntries(m.scorecard.rows.map((r) => [r.key, r.actual ?? ''])),
      );
      // Every KPI in registry order, but those the log cannot give (no quantity column, no created column):
      // listed apart.
      expect(m.scorecard.rows.map((r) => r.key)).toEqual(
        m.definitions.map((d) => d.key).filter((key) => key !== 'units' && key !== 'sales_cycle'),
      );
      expect(m.scorecard.notInLog).toEqual([
        { keys: ['units'], missing: ['quantity'] },
        { keys: ['sales_cycle'], missing: ['created'] },
      ]);
    });

    it('judges the forecast against the target, with deltas, forecast and the pace still needed', () => {
      const revenue = model().scorecard.rows[0];
      // Sales volume 1200 + 600 + 900 − 200 = 2500 after 10 of 30 days: forecast 7500 against 5000.
      expect(revenue).toMatchObject({
        key: 'revenue',
        unit: 'money',
        actual: 2500,
        target: 5000,
        forecast: 7500,
        attainment: 1.5,
        status: 'on_track',
        deltaKind: 'relative',
        deltaBasis: 'forecast',
        deltaPrevious: 7500 / 2000 - 1, // October: 2000
        deltaYear: 7500 / 500 - 1, // November 2025: 500
        neededPace: 2500 / 20, // 20 days left
      });
      const conversion = model().scorecard.rows.find((r) => r.key === 'conversion')!;
      expect(conversion).toMatchObject({ actual: 0.6, target: 0.6, deltaKind: 'points', status: 'on_track' }); // 3 won of 5
    });

    it('names the periods the deltas compare with, and whether the period is still running', () => {
      expect(model().scorecard).toMatchObject({
        previousLabel: '2026-10',
        lastYearLabel: '2025-11',
        running: true,
      });
      const done = model({ settings: { ...DEFAULT_SETTINGS, asOf: dayFromCivil(2026, 11, 30) } }).scorecard;
      expect(done.running).toBe(false);
      expect(done.rows[0]).toMatchObject({ forecast: 2500, deltaBasis: 'actual' });
    });
  });

  describe('period and as-of day', () => {
    it('reports the period holding the as-of day, and the as-of day is today unless the settings fix one', () => {
      const m = model({ settings: DEFAULT_SETTINGS, today: dayFromCivil(2026, 12, 3) });
      expect(m.header).toMatchObject({ periodLabel: '2026-12', asOf: dayFromCivil(2026, 12, 3) });
      expect(formatDay(m.header.periodFirstDay)).toBe('2026-12-01');
      expect(formatDay(m.header.periodLastDay)).toBe('2026-12-31');
    });

    it('reports the period the settings name, of the settings period type', () => {
      const quarter = model({ settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, periodType: 'quarter' } });
      expect(quarter.header.periodLabel).toBe('2026-Q4');
      const october = model({ settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, reportPeriod: '2026-10' } });
      expect(october.header.periodLabel).toBe('2026-10');
      expect(october.scorecard.rows[0]).toMatchObject({ actual: 2000, forecast: 2000 }); // over: forecast = actual
    });

    it('ignores a report period of another type, with a note', () => {
      const m = model({ settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, reportPeriod: '2026-Q4' } });
      expect(m.header.periodLabel).toBe('2026-11');
      expect(m.dataQuality).toContainEqual({ kind: 'report_period_ignored', label: '2026-Q4' });
    });
  });

  it('shows the last 12 periods up to the report period, oldest first, with the team target', () => {
    const trend = model().trend;
    expect(trend.map((t) => t.label)).toEqual([
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
    expect(trend.at(-2)).toEqual({
      label: '2026-10',
      revenue: 2000,
      orders: 2,
      averageCheck: 1000,
      conversion: 2 / 3,
      revenueTarget: null,
    });
    expect(trend.at(-1)).toMatchObject({ revenue: 2500, revenueTarget: 5000 });
    expect(trend[0]).toMatchObject({ revenue: 0, orders: 0, averageCheck: null }); // a month without rows
  });

  it('starts the trend at the first period with data when the log is younger than 12 periods', () => {
    // The log starts in September 2026 (the November 2025 row left out): no empty months before it.
    const young = [SALES[0], ['2026-09-14', 'S1', 'Acme', 'Anna', 'Ads', 'Won', 300], ...SALES.slice(2)];
    const trend = model({ sales: { name: 'Sales', values: young } }).trend;
    expect(trend.map((t) => t.label)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(trend[0]).toMatchObject({ revenue: 300, orders: 1 });
  });

  it('keeps a month inside the log without sales in the trend, at 0', () => {
    const gap = [SALES[0], ['2026-08-14', 'S1', 'Acme', 'Anna', 'Ads', 'Won', 300], ...SALES.slice(2)];
    const trend = model({ sales: { name: 'Sales', values: gap } }).trend;
    expect(trend.map((t) => t.label)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(trend[1]).toMatchObject({ label: '2026-09', revenue: 0, orders: 0 });
  });

  it('ranks reps by attainment, then sales volume; reps without a target last; a rep with only a target too', () => {
    expect(model().leaderboard).toEqual([
      // Anna: 1200 − 200 = 1000 → forecast 3000 of 2500
      {
        rep: 'Anna',
        revenue: 1000,
        orders: 1,
        averageCheck: 1200,
        conversion: 0.5,
        forecast: 3000,
        target: 2500,
        attainment: 1.2,
        rank: 1,
        status: 'on_track',
      },
      // Boris: 600 → 1800 of 2000
      expect.objectContaining({
        rep: 'Boris',
        revenue: 600,
        forecast: 1800,
        attainment: 0.9,
        rank: 2,
        status: 'at_risk',
      }),
      // Dora has a target and no rows at all
      expect.objectContaining({
        rep: 'Dora',
        revenue: 0,
        orders: 0,
        forecast: 0,
        attainment: 0,
        rank: 3,
        status: 'behind',
      }),
      // Carl has no target: last, however much he sold
      expect.objectContaining({
        rep: 'Carl',
        revenue: 900,
        target: null,
        attainment: null,
        rank: null,
        status: 'no_target',
      }),
    ]);
  });

  it('gives reps with the same attainment the same rank, and skips the places they take', () => {
    const targets = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-11', 'Anna', 'Sales volume', 3000], // 3000 of 3000
      ['2026-11', 'Boris', 'Sales volume', 1800], // 1800 of 1800
      ['2026-11', 'Carl', 'Sales volume', 6000], // 2700 (900 after 10 of 30 days) of 6000
    ];
    const board = model({ targets: { name: 'KPI Targets', values: targets } }).leaderboard!;
    expect(board.map((r) => [r.rep, r.attainment, r.rank])).toEqual([
      ['Anna', 1, 1],
      ['Boris', 1, 1],
      ['Carl', 0.45, 3],
    ]);
  });

  it('has no leaderboard without a rep column, and no channels without a spend table', () => {
    const noRep = SALES.map((row) => row.filter((_, c) => c !== 3));
    expect(model({ sales: { name: 'Sales', values: noRep } }).leaderboard).toBeNull();
    expect(model({ spend: null }).channels).toBeNull();
  });

  it('splits sales volume and spend by channel, by sales volume', () => {
    expect(model().channels).toEqual([
      // Acme bought through Ads in 2025 already: no new customer, no CAC
      { channel: 'Ads', revenue: 1000, spend: 300, romi: (1000 - 300) / 300, cac: null },
      { channel: 'Referral', revenue: 900, spend: 0, romi: null, cac: 0 }, // Fox is new, and cost nothing
      { channel: 'Events', revenue: 600, spend: 100, romi: 5, cac: 100 },
    ]);
  });

  it('gathers the data-quality notes: rows, skipped rows, unknown statuses, target issues and mismatches', () => {
    expect(model().dataQuality).toMatchInlineSnapshot(`
      [
        {
          "kind": "rows",
          "rows": 11,
          "sheet": "Sales",
          "skipped": 1,
          "table": "sales",
        },
        {
          "kind": "skipped_row",
          "row": {
            "code": "unreadable_date",
            "column": "Date",
            "row": 11,
            "value": "2026-02-31",
          },
          "sheet": "Sales",
          "table": "sales",
        },
        {
          "kind": "rows",
          "rows": 3,
          "sheet": "Spend",
          "skipped": 0,
          "table": "spend",
        },
        {
          "kind": "unknown_statuses",
          "statuses": [
            {
              "count": 1,
              "text": "Contract sent",
            },
          ],
        },
        {
          "issue": {
            "code": "unknown_kpi",
            "column": "KPI",
            "row": 7,
            "value": "Revnue",
          },
          "kind": "target_issue",
          "sheet": "KPI Targets",
        },
        {
          "kind": "target_mismatch",
          "mismatch": {
            "kpi": "revenue",
            "reps": 3,
            "repsSum": 5500,
            "team": 5000,
          },
        },
      ]
    `);
  });

  it('lists settings that could not be used, a spend sheet that is missing or unreadable', () => {
    const m = model({
      settingsNotes: [{ code: 'malformed_json' }],
      settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, mapping: { amount: 12 } },
      spend: { name: 'Ads', values: [['Channel', 'Cost']] },
      spendMissing: 'Budget',
    });
    expect(m.dataQuality.filter((item) => item.kind !== 'rows' && item.kind !== 'skipped_row')).toMatchObject(
      [
        { kind: 'unknown_statuses' },
        { kind: 'target_issue' },
        { kind: 'target_mismatch' },
        { kind: 'settings', note: { code: 'malformed_json' } },
        { kind: 'settings', note: { code: 'invalid_value', field: 'mapping.amount', value: '12' } },
        { kind: 'spend_unreadable', sheet: 'Ads', error: { code: 'missing_column', field: 'date' } },
        { kind: 'spend_sheet_missing', sheet: 'Budget' },
      ],
    );
    expect(m.header.spendSheet).toBeNull();
  });

  it('lists at most 200 reps and 20 target issues, and counts the rest', () => {
    const sales: unknown[][] = [['Date', 'Rep', 'Amount']];
    for (let i = 0; i < 205; i++) sales.push(['2026-11-05', `Rep ${i}`, 100 + i]);
    const targets: unknown[][] = [['Period', 'Rep', 'KPI', 'Target']];
    for (let i = 0; i < 25; i++) targets.push(['2026-11', '', `KPI ${i}`, 1]);
    const m = model({
      sales: { name: 'Sales', values: sales },
      targets: { name: 'KPI Targets', values: targets },
    });
    expect(m.leaderboard).toHaveLength(200);
    expect(m.leaderboard![0].rep).toBe('Rep 204'); // the best sales volume first (no targets)
    expect(m.dataQuality.filter((item) => item.kind === 'target_issue')).toHaveLength(20);
    expect(m.dataQuality.filter((item) => item.kind === 'rows_not_shown')).toEqual([
      { kind: 'rows_not_shown', section: 'target_issues', count: 5 },
      { kind: 'rows_not_shown', section: 'leaderboard', count: 5 },
    ]);
  });

  it('lists the first five skipped rows and says how many more there are', () => {
    const sales: unknown[][] = [
      ['Date', 'Rep', 'Amount'],
      ['2026-11-05', 'Anna', 100],
    ];
    for (let i = 0; i < 11; i++) sales.push([`2026-02-${30 + (i % 2)}`, 'Anna', 10 + i]); // no such days
    const m = model({ sales: { name: 'Sales', values: sales }, spend: null });
    const skipped = m.dataQuality.filter(
      (item) => item.kind === 'skipped_row' || item.kind === 'skipped_more',
    );
    expect(skipped.map((item) => item.kind)).toEqual([...Array(5).fill('skipped_row'), 'skipped_more']);
    expect(skipped.at(-1)).toEqual({ kind: 'skipped_more', table: 'sales', sheet: 'Sales', count: 6 });
    const lines = layoutReport(m).values.map((row) => row.slice(0, 2).join('|'));
    expect(lines).toContain('Skipped row|… and 6 more');
    const ru = layoutReport(model({ sales: { name: 'Sales', values: sales }, spend: null, lang: 'ru' }));
    expect(ru.values.map((row) => row.slice(0, 2).join('|'))).toContain('Пропущена строка|… и ещё 6');
  });

  it('writes the counts of its sentences with thousands separators, in the spreadsheet locale', () => {
    const sales: unknown[][] = [['Date', 'Rep', 'Amount']];
    for (let i = 0; i < 1422; i++) sales.push(['2026-11-05', 'Anna', 100]);
    for (let i = 0; i < 1203; i++) sales.push(['2026-02-30', 'Anna', 100]); // no such day: skipped
    const line = (locale: string, lang: 'en' | 'ru') =>
      layoutReport(model({ sales: { name: 'Sales', values: sales }, spend: null, locale, lang }))
        .values.map((row) => String(row[1]))
        .find((text) => text.startsWith('Sales log') || text.startsWith('Журнал продаж'));
    expect(line('en_US', 'en')).toBe(
      'Sales log “Sales”: 2,625 rows read, 1,203 skipped (not counted in any KPI).',
    );
    expect(line('ru_RU', 'ru')).toBe(
      'Журнал продаж «Sales»: прочитано 2\u00a0625 строк, пропущено 1\u00a0203 (не входят ни в один KPI).',
    );
    const more = layoutReport(model({ sales: { name: 'Sales', values: sales }, spend: null }))
      .values.map((row) => String(row[1]))
      .find((text) => text.startsWith('… and'));
    expect(more).toBe('… and 1,198 more');
  });

  it('starts every cut list of the data-quality section with "… and N more"', () => {
    const text = (lang: 'en' | 'ru', section: 'leaderboard' | 'channels' | 'target_issues') =>
      describeDataQualityLines(
        lang,
        { kind: 'rows_not_shown', section, count: 6 },
        String,
        '2026-11',
        'month',
      )[0][1];
    for (const section of ['leaderboard', 'channels', 'target_issues'] as const) {
      expect(text('en', section)).toMatch(/^… and 6 more /);
      expect(text('ru', section)).toMatch(/^… и ещё 6 /);
    }
  });

  it('works without targets and without spend', () => {
    const m = model({ targets: null, spend: null });
    expect(m.scorecard.rows.every((r) => r.target === null && r.status === 'no_target')).toBe(true);
    expect(m.header).toMatchObject({ spendSheet: null, targetsSheet: null });
  });

  describe('errors, when nothing should be written', () => {
    it('no sales sheet', () => {
      expect(buildReportModel(input({ sales: null }))).toEqual({
        ok: false,
        error: { code: 'no_sales_sheet', wanted: null, sheets: ['Sales', 'Spend', 'KPI Targets'] },
      });
    });

    it('a missing required column, naming it and the headers found', () => {
      const values = [
        ['Deal', 'Amount'],
        ['x', 5],
      ];
      expect(buildReportModel(input({ sales: { name: 'Deals', values } }))).toEqual({
        ok: false,
        error: {
          code: 'sales_unreadable',
          sheet: 'Deals',
          error: { code: 'missing_column', table: 'sales', field: 'date', headersFound: ['Deal', 'Amount'] },
        },
      });
    });

    it('a log with no data rows', () => {
      const result = buildReportModel(
        input({
          sales: {
            name: 'Deals',
            values: [
              ['Date', 'Amount'],
              ['', ''],
            ],
          },
        }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'sales_unreadable', error: { code: 'empty_log' } },
      });
    });
  });
});
