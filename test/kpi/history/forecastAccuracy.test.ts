import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { forecastAccuracyOf } from '../../../src/kpi/history/forecastAccuracy';
import type { HistoryRow } from '../../../src/kpi/history/historyRows';
import { layoutReport } from '../../../src/kpi/report/layoutReport';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { model } from '../report/_model';

const P = (label: string) => parsePeriodLabel(label)!;
const row = (
  asOf: string,
  period: string,
  forecast: number | '',
  actual: number | '' = '',
  target: number | '' = 1000,
): HistoryRow => [asOf, period, 'revenue', actual, forecast, target];

// October 2026 (31 days): 25 % is day 7.75 → the build of day 7 at the latest; 50 % day 15.5 → 15; 75 % day 23.25 → 23.
// September (30 days): 25 % day 7.5 → 7; 50 % day 15; 75 % day 22.5 → 22.
const HISTORY: HistoryRow[] = [
  row('2026-09-03', '2026-09', 500),
  row('2026-09-07', '2026-09', 800), // 25 %
  row('2026-09-16', '2026-09', 1100), // after 50 %: the 50 % point takes the 7th's
  row('2026-09-22', '2026-09', 950), // 75 %
  row('2026-09-30', '2026-09', 1000, 1000), // last day: the final actual 1000
  row('2026-10-06', '2026-10', 1200),
  row('2026-10-07', '2026-10', 900), // 25 %: the latest on or before day 7
  row('2026-10-15', '2026-10', 1500), // 50 %
  row('2026-10-15', '2026-10', 1400), // the same day again: the later row counts
  row('2026-10-24', '2026-10', 1300), // after 75 %: the 75 % point takes the 15th's
  row('2026-11-02', '2026-10', 1250, 1250), // after the month: final actual 1250
  row('2026-11-07', '2026-11', 2000), // November is still running on the as-of day: not closed
];

describe('forecastAccuracyOf', () => {
  it('compares the forecasts at 25, 50 and 75 % with the final actual, MAPE per point over closed periods', () => {
    const block = forecastAccuracyOf(HISTORY, P('2026-11'), dayFromCivil(2026, 11, 20));
    expect(block.periods).toEqual(['2026-09', '2026-10']);
    expect(block.rows).toHaveLength(1);
    const revenue = block.rows[0];
    expect(revenue).toMatchObject({
      key: 'revenue',
      unit: 'money',
      lastPeriod: '2026-10',
      forecasts: [900, 1400, 1400],
      actual: 1250,
      periods: 2,
    });
    // September: |800−1000|/1000 = 0.2, |800−1000|/1000 = 0.2, |950−1000|/1000 = 0.05
    // October:   |900−1250|/1250 = 0.28, |1400−1250|/1250 = 0.12, 0.12
    expect(revenue.mape[0]).toBeCloseTo((0.2 + 0.28) / 2, 10);
    expect(revenue.mape[1]).toBeCloseTo((0.2 + 0.12) / 2, 10);
    expect(revenue.mape[2]).toBeCloseTo((0.05 + 0.12) / 2, 10);
  });

  it('takes the final actual from the caller (the log now) before the history', () => {
    const block = forecastAccuracyOf(HISTORY, P('2026-11'), dayFromCivil(2026, 11, 20), (p) =>
      p.index === P('2026-10').index ? 1000 : null,
    );
    expect(block.rows[0].actual).toBe(1000);
    expect(block.rows[0].mape[0]).toBeCloseTo((0.2 + 0.1) / 2, 10); // October now |900−1000|/1000
  });

  it('leaves out a period without a final actual, or whose actual is 0, from the mean', () => {
    const noFinal = HISTORY.filter((r) => r[0] !== '2026-11-02');
    const block = forecastAccuracyOf(noFinal, P('2026-11'), dayFromCivil(2026, 11, 20));
    expect(block.rows[0]).toMatchObject({ lastPeriod: '2026-10', actual: null, periods: 1 });
    expect(block.rows[0].mape).toEqual([0.2, 0.2, 0.05]);
  });

  it('is empty without history of a closed period of the report period type', () => {
    expect(forecastAccuracyOf([], P('2026-11'), dayFromCivil(2026, 11, 20))).toEqual({
      periods: [],
      rows: [],
    });
    const running = HISTORY.filter((r) => r[1] === '2026-11');
    expect(forecastAccuracyOf(running, P('2026-11'), dayFromCivil(2026, 11, 20)).rows).toEqual([]);
    expect(forecastAccuracyOf(HISTORY, P('2026-Q4'), dayFromCivil(2026, 11, 20)).rows).toEqual([]);
  });
});

describe('the report with a history', () => {
  const history: HistoryRow[] = [
    ['2026-10-07', '2026-10', 'revenue', 500, 2000, 5000],
    ['2026-10-15', '2026-10', 'revenue', 1000, 1800, 5000],
    ['2026-10-23', '2026-10', 'revenue', 1500, 1600, 5000],
  ];

  it('has a forecast accuracy block whose final actual is the log’s (October: 2000)', () => {
    const m = model({ history });
    expect(m.forecastAccuracy?.rows[0]).toMatchObject({
      key: 'revenue',
      lastPeriod: '2026-10',
      forecasts: [2000, 1800, 1600],
      actual: 2000,
      mape: [0, 0.1, 0.2],
      periods: 1,
    });
    expect(model().forecastAccuracy ?? null).toBeNull(); // no history read: no block
  });

  it('lays the block out with its title, one row per KPI and a note; a note alone without history', () => {
    const grid = layoutReport(model({ history }));
    const place = grid.sections.find((s) => s.key === 'forecastAccuracy')!;
    expect(grid.values[place.titleRow - 1][0]).toBe('Forecast accuracy (closed periods)');
    expect(grid.values[place.firstRow - 1].slice(0, 10)).toEqual([
      'Sales volume',
      '2026-10',
      2000,
      1800,
      1600,
      2000,
      0,
      0.1,
      0.2,
      1,
    ]);
    const ru = layoutReport(
      model({ history: [], lang: 'ru', settings: { ...DEFAULT_SETTINGS, asOf: dayFromCivil(2026, 11, 10) } }),
    );
    const empty = ru.sections.find((s) => s.key === 'forecastAccuracy')!;
    expect(String(ru.values[empty.titleRow][0])).toMatch(/^Истории прогнозов/);
  });
});
