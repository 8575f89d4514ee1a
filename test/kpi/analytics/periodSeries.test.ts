import { describe, expect, it } from 'vitest';
import { periodSeriesOf, seriesPeriods } from '../../../src/kpi/analytics/periodSeries';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel, periodLabel } from '../../../src/kpi/calendar/periods';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const ROWS: LogRow[] = [
  { date: '2026-08-10', kind: 'won', amount: 300, rep: 'Anna', customer: 'A' },
  { date: '2026-10-05', kind: 'won', amount: 1000, rep: 'Anna', customer: 'A' },
  { date: '2026-10-07', kind: 'won', amount: 500, rep: 'Boris', customer: 'B' },
  { date: '2026-11-02', kind: 'won', amount: 400, rep: 'Boris', customer: 'B' },
  { date: '2026-11-03', kind: 'lost', amount: 100, rep: 'Boris', customer: 'C' },
  { date: '2026-11-20', kind: 'won', amount: 999, rep: 'Anna', customer: 'A' }, // after the as-of day
];
const NOV = parsePeriodLabel('2026-11')!;

describe('periodSeriesOf', () => {
  it('gives the team the engine values of each period, blank before the log starts', () => {
    const s = periodSeriesOf(makeLog(ROWS), 'month', NOV, 5, null, { lastDay: dayFromCivil(2026, 11, 10) });
    const team = s.get(null)!;
    expect(team.map((v) => v.revenue)).toEqual([null, 300, 0, 1500, 400]);
    expect(team.map((v) => v.average_check)).toEqual([null, 300, null, 750, 400]);
    expect(team[4].conversion).toBe(0.5); // 1 won of 2 deals; the sale of the 20th is after the as-of day
    expect([...s.keys()]).toEqual([null]);
  });

  it('counts every row without an as-of day', () => {
    const s = periodSeriesOf(makeLog(ROWS), 'month', NOV, 1);
    expect(s.get(null)![0].revenue).toBe(1399);
  });

  it('splits by group on the group rows alone, blank before the group first row', () => {
    const rows = ROWS.slice(0, 5);
    const s = periodSeriesOf(makeLog(rows), 'month', NOV, 4, groupBy(rows, 'rep'));
    expect(s.get('Anna')!.map((v) => v.revenue)).toEqual([300, 0, 1000, 0]);
    expect(s.get('Boris')!.map((v) => v.revenue)).toEqual([null, null, 500, 400]);
    expect(s.get('Boris')![3].win_rate).toBe(0.5);
    expect(s.get(null)!.map((v) => v.revenue)).toEqual([300, 0, 1500, 400]);
  });

  it('refuses a last period of another type', () => {
    expect(() => periodSeriesOf(makeLog(ROWS), 'quarter', NOV)).toThrow(/month is not quarter/);
  });
});

describe('seriesPeriods', () => {
  it('lists the periods oldest first, ending at the last one', () => {
    expect(seriesPeriods(NOV, 3).map(periodLabel)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(seriesPeriods(NOV)).toHaveLength(13);
  });
});
