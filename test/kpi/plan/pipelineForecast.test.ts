import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis } from '../../../src/kpi/engine/computeKpis';
import { pipelineCoverage, pipelineForecast } from '../../../src/kpi/formulas/pipeline';
import { pipelineBlockOf } from '../../../src/kpi/plan/pipelineForecast';
import type { Target } from '../../../src/kpi/plan/targets';
import { type LogRow, makeLog } from '../../_support/makeLog';

const NOV = parsePeriodLabel('2026-11')!;
const AS_OF = dayFromCivil(2026, 11, 10);
const target = (value: number): Target[] => [{ kpi: 'revenue', period: '2026-11', rep: null, value }];

// The 12 months before November 2026 are 2025-11 … 2026-10: 3 won of 5 decided there (0.6). The lost deal of
// 2025-10 is 13 months before: with it the rate would be 3 / 6.
const HISTORY: LogRow[] = [
  { date: '2025-10-15', kind: 'lost', amount: 1 },
  { date: '2025-11-05', kind: 'won', amount: 100 },
  { date: '2026-03-10', kind: 'won', amount: 100 },
  { date: '2026-05-10', kind: 'lost', amount: 1 },
  { date: '2026-09-10', kind: 'lost', amount: 1 },
  { date: '2026-10-20', kind: 'won', amount: 100 },
];
// November as of the 10th: 30 000 sold; 50 000 open after the 10th (the open deal of the 9th is before it, the one
// of December outside the month); a won deal of the 25th is no actual yet.
const NOVEMBER: LogRow[] = [
  { date: '2026-11-03', kind: 'won', amount: 20_000 },
  { date: '2026-11-08', kind: 'won', amount: 10_000 },
  { date: '2026-11-09', kind: 'open', amount: 5_000 },
  { date: '2026-11-20', kind: 'open', amount: 40_000 },
  { date: '2026-11-30', kind: 'open', amount: 10_000 },
  { date: '2026-12-01', kind: 'open', amount: 99_999 },
  { date: '2026-11-25', kind: 'won', amount: 7_777 },
];

function blockOf(rows: LogRow[], targets: Target[], asOf = AS_OF, status = true) {
  const log = makeLog(rows, { status });
  const cut = computeKpis(log, { period: 'month', lastDay: asOf });
  const uncut = computeKpis(log, { period: 'month' });
  return pipelineBlockOf(cut, uncut, NOV, asOf, targets);
}

describe('pipelineForecast and pipelineCoverage (spec §7)', () => {
  it('adds the open deals weighed by the win rate to the sales so far', () => {
    expect(pipelineForecast(30_000, 50_000, 0.6)).toBe(60_000);
    expect(pipelineForecast(30_000, 0, 0.6)).toBe(30_000);
    expect(pipelineForecast(30_000, 50_000, null)).toBeNull();
  });

  it('divides the open deals by what is missing to the target; blank without a target or once it is met', () => {
    expect(pipelineCoverage(50_000, 100_000, 30_000)).toBeCloseTo(5 / 7, 12);
    expect(pipelineCoverage(0, 100_000, 30_000)).toBe(0);
    expect(pipelineCoverage(50_000, null, 30_000)).toBeNull();
    expect(pipelineCoverage(50_000, 30_000, 30_000)).toBeNull(); // met exactly: the denominator is 0
    expect(pipelineCoverage(50_000, 25_000, 30_000)).toBeNull(); // exceeded
    expect(pipelineCoverage(0.3, 0.3, 0.1 + 0.2 - 0.3)).toBe(1); // float noise does not leave a tiny gap
  });
});

describe('pipelineBlockOf', () => {
  it('computes the pipeline forecast and coverage of a month by hand', () => {
    expect(blockOf([...HISTORY, ...NOVEMBER], target(100_000))).toEqual({
      revenue: 30_000,
      openAfterAsOf: 50_000, // 40 000 + 10 000
      winRate: 0.6, // 3 / 5 over 2025-11 … 2026-10
      winRateFrom: '2025-11',
      winRateTo: '2026-10',
      forecast: 60_000, // 30 000 + 50 000 × 0.6
      runRate: 90_000, // 30 000 × 30 / 10
      target: 100_000,
      coverage: 50_000 / 70_000,
      uses: 'pipeline',
      reason: 'open_deals',
    });
  });

  it('has no win rate, so no pipeline forecast, when nothing was decided in the 12 periods before', () => {
    const block = blockOf([{ date: '2025-10-15', kind: 'won', amount: 1 }, ...NOVEMBER], target(100_000))!;
    expect(block).toMatchObject({ winRate: null, forecast: null, uses: 'run_rate', reason: 'no_win_rate' });
    expect(block.coverage).toBeCloseTo(5 / 7, 12); // coverage does not need the win rate
  });

  it('uses the run rate when no open deal is expected after the as-of day in the period', () => {
    const rows = [...HISTORY, ...NOVEMBER.filter((r) => r.kind !== 'open' || r.date <= '2026-11-10')];
    expect(blockOf(rows, target(100_000))).toMatchObject({
      openAfterAsOf: 0,
      forecast: 30_000, // 30 000 + 0 × 0.6
      runRate: 90_000,
      coverage: 0,
      uses: 'run_rate',
      reason: 'no_open_deals',
    });
  });

  it('leaves coverage blank without a target, and once the target is met', () => {
    expect(blockOf([...HISTORY, ...NOVEMBER], [])).toMatchObject({ target: null, coverage: null });
    expect(blockOf([...HISTORY, ...NOVEMBER], target(30_000))).toMatchObject({
      coverage: null,
      uses: 'pipeline',
    });
  });

  it('uses the actual once the period is over', () => {
    const block = blockOf([...HISTORY, ...NOVEMBER], target(100_000), dayFromCivil(2026, 11, 30))!;
    expect(block).toMatchObject({
      revenue: 37_777,
      openAfterAsOf: 0,
      runRate: 37_777,
      reason: 'period_over',
    });
    expect(block.uses).toBe('run_rate');
  });

  it('is null without a status column: no deal is open there', () => {
    expect(blockOf([{ date: '2026-11-03', kind: 'won', amount: 1 }], [], AS_OF, false)).toBeNull();
  });
});
