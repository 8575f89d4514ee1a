import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { reportNumberFormats } from '../../../src/kpi/format/numberFormats';
import type { Lang } from '../../../src/kpi/i18n/lang';
import { buildReportModel } from '../../../src/kpi/report/buildReportModel';
import { layoutReport } from '../../../src/kpi/report/layoutReport';
import type { ReportModel } from '../../../src/kpi/report/reportModel';
import { COVERAGE_FORMAT } from '../../../src/kpi/report/sections/pipelineSection';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';

// As of 10 November 2026: 30 000 sold; 40 000 + 10 000 open after the 10th in November; 3 won of 5 decided in the
// 12 months before (a lost deal 13 months before is outside). Target 100 000.
const SALES = [
  ['Date', 'Status', 'Amount'],
  ['2025-10-15', 'Lost', 1],
  ['2025-11-05', 'Won', 100],
  ['2026-03-10', 'Won', 100],
  ['2026-05-10', 'Lost', 1],
  ['2026-09-10', 'Lost', 1],
  ['2026-10-20', 'Won', 100],
  ['2026-11-03', 'Won', 20_000],
  ['2026-11-08', 'Won', 10_000],
  ['2026-11-09', 'Open', 5_000],
  ['2026-11-20', 'Open', 40_000],
  ['2026-11-30', 'Open', 10_000],
];
const TARGETS = [
  ['Period', 'Rep', 'KPI', 'Target'],
  ['2026-11', '', 'Sales volume', 100_000],
];

function model(
  sales: unknown[][] = SALES,
  lang: Lang = 'en',
  asOf = dayFromCivil(2026, 11, 10),
): ReportModel {
  const result = buildReportModel({
    sales: { name: 'Sales', values: sales },
    targets: { name: 'KPI Targets', values: TARGETS },
    settings: { ...DEFAULT_SETTINGS, asOf },
    sheetNames: ['Sales', 'KPI Targets'],
    locale: lang === 'ru' ? 'ru_RU' : 'en_US',
    timeZone: 'UTC',
    lang,
    today: asOf,
    generatedAt: '2026-11-10 09:00',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.model;
}
const revenueRow = (m: ReportModel) => m.scorecard.rows.find((r) => r.key === 'revenue')!;

describe('which forecast judges sales volume (spec §7, issue 13 item 4)', () => {
  it('is the pipeline forecast when open deals are expected after the as-of day: status, attainment, deltas', () => {
    const m = model();
    expect(m.pipeline).toMatchObject({ forecast: 60_000, runRate: 90_000, uses: 'pipeline' });
    const revenue = revenueRow(m);
    // 60 000 / 100 000 = 0.6: behind. The run rate, 90 000, would have been 0.9: at risk.
    expect(revenue).toMatchObject({ actual: 30_000, forecast: 60_000, status: 'behind' });
    expect(revenue.attainment).toBeCloseTo(0.6, 12);
    // While November runs, the delta compares the forecast judged with October's 100.
    expect(revenue.deltaPrevious).toBeCloseTo((60_000 - 100) / 100, 12);
  });

  it('is the same forecast in the team’s strengths and weaknesses', () => {
    const team = model().strengths!.find((row) => row.who === null)!.ranking;
    const revenue = [...team.strengths, ...team.weaknesses].find((item) => item.key === 'revenue')!;
    expect(revenue).toMatchObject({ actual: 60_000, basis: 'target', reference: 100_000 });
    expect(revenue.measure).toBeCloseTo(0.6, 12);
  });

  it('is the run rate without open deals expected in the rest of the period', () => {
    const m = model(SALES.filter((row) => row[1] !== 'Open' || row[0] === '2026-11-09'));
    expect(m.pipeline).toMatchObject({ openAfterAsOf: 0, uses: 'run_rate', reason: 'no_open_deals' });
    expect(revenueRow(m)).toMatchObject({ forecast: 90_000, status: 'at_risk' });
  });

  it('leaves the other KPIs on their own forecasts', () => {
    const orders = model().scorecard.rows.find((r) => r.key === 'orders')!;
    expect(orders).toMatchObject({ actual: 2, forecast: 6 }); // 2 × 30 / 10
  });

  it('has no pipeline block without a status column', () => {
    const m = model(SALES.map(([date, , amount]) => [date, amount]));
    expect(m.pipeline).toBeNull();
    // Every row is won without a status column: 20 000 + 10 000 + 5 000 to the 10th, run at 35 000 × 30 / 10.
    expect(revenueRow(m).forecast).toBe(105_000);
  });
});

describe('the pipeline section of the report', () => {
  it('shows every figure with how it is computed, and says which forecast the status uses', () => {
    const grid = layoutReport(model());
    const keys = grid.sections.map((s) => s.key);
    expect(keys.indexOf('pipeline')).toBe(keys.indexOf('scorecard') + 1);
    const place = grid.sections.find((s) => s.key === 'pipeline')!;
    expect(grid.values[place.titleRow - 1][0]).toBe(
      'Sales volume forecast for 2026-11: run rate and pipeline',
    );
    expect(grid.values[place.headerRow - 1].slice(0, 3)).toEqual(['Figure', 'Value', 'How it is computed']);
    const rows = grid.values.slice(place.firstRow - 1, place.lastRow).map((r) => r.slice(0, 2));
    expect(rows).toEqual([
      ['Sales volume so far', 30_000],
      ['Open deals expected', 50_000],
      ['Win rate, 12 periods', 0.6],
      ['Pipeline forecast', 60_000],
      ['Run-rate forecast', 90_000],
      ['Target', 100_000],
      ['Pipeline coverage', 50_000 / 70_000],
    ]);
    const how = grid.values.slice(place.firstRow - 1, place.lastRow).map((r) => r[2]);
    expect(how.slice(0, 3)).toEqual([
      'rows dated up to 2026-11-10',
      'Σ amount of the open deals dated after 2026-11-10 in the period (expected close date, else created)',
      'won / (won + lost), 2025-11 – 2026-10',
    ]);
    const f = reportNumberFormats('en_US');
    const formats = grid.numberFormats.slice(place.firstRow - 1, place.lastRow).map((r) => r[1]);
    expect(formats).toEqual([f.money, f.money, f.ratio, f.money, f.money, f.money, COVERAGE_FORMAT]);
    // The forecast the scorecard uses is bold.
    expect(grid.fontWeights[place.firstRow - 1 + 3][1]).toBe('bold');
    expect(grid.fontWeights[place.firstRow - 1 + 4][1]).toBe('normal');
    expect(grid.values[place.lastRow][0]).toBe(
      'The scorecard judges sales volume by the pipeline forecast: the log has open deals expected to close after 2026-11-10 in this period.',
    );
  });

  it('is written in Russian, with the reason for the run rate', () => {
    const grid = layoutReport(model(SALES.slice(0, 9), 'ru'));
    const place = grid.sections.find((s) => s.key === 'pipeline')!;
    expect(grid.values[place.titleRow - 1][0]).toBe(
      'Прогноз объёма продаж за 2026-11: по темпу и по воронке',
    );
    expect(grid.values[place.firstRow - 1].slice(0, 3)).toEqual([
      'Объём продаж на сегодня',
      30_000,
      'строки с датой по 10.11.2026 включительно',
    ]);
    expect(grid.values[place.lastRow][0]).toBe(
      'Статус объёма продаж в таблице KPI — по прогнозу по темпу: открытых сделок с закрытием в оставшейся части периода нет.',
    );
  });

  it('says why there is no pipeline forecast without a win rate', () => {
    const grid = layoutReport(model([SALES[0], ...SALES.slice(7)]));
    const place = grid.sections.find((s) => s.key === 'pipeline')!;
    expect(grid.values[place.firstRow - 1 + 3].slice(0, 2)).toEqual(['Pipeline forecast', '']);
    expect(grid.values[place.lastRow][0]).toBe(
      'The scorecard judges sales volume by the run rate: no deal was won or lost in 2025-11 – 2026-10, so there is no win rate to weigh the open deals.',
    );
  });
});
