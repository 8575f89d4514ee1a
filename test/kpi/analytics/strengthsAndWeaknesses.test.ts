import { describe, expect, it } from 'vitest';
import { median, strengthsOf } from '../../../src/kpi/analytics/strengthsAndWeaknesses';
import { strengthsRowsOf } from '../../../src/kpi/analytics/strengthsAndWeaknessesRows';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis } from '../../../src/kpi/engine/computeKpis';
import { describeStrength } from '../../../src/kpi/i18n/analytics';
import type { Target } from '../../../src/kpi/plan/targets';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const keysOf = (items: { key: string; score: number }[]) =>
  items.map((i) => [i.key, Number(i.score.toFixed(6))]);

describe('strengthsOf', () => {
  it('ranks KPIs with a target by attainment, either direction, ties in the given order', () => {
    const r = strengthsOf([
      { key: 'revenue', actual: 1200, target: 1000, history: [] },
      { key: 'conversion', actual: 0.2, target: 0.25, history: [] }, // 80 %
      { key: 'return_rate', actual: 0.05, target: 0.04, history: [] }, // lower is better: 0.04 / 0.05 = 80 %
      { key: 'orders', actual: 30, target: 20, history: [] }, // 150 %
      { key: 'customers', actual: 10, target: 10, history: [] }, // exactly on target: neither
    ]);
    expect(keysOf(r.strengths)).toEqual([
      ['orders', 0.5],
      ['revenue', 0.2],
    ]);
    expect(keysOf(r.weaknesses)).toEqual([
      ['conversion', -0.2],
      ['return_rate', -0.2],
    ]);
    expect(r.strengths[0]).toMatchObject({ basis: 'target', reference: 20, measure: 1.5, record: null });
  });

  it('judges a KPI without a target against the median of its earlier periods, by its direction', () => {
    const r = strengthsOf([
      { key: 'conversion', actual: 0.2, target: null, history: [0.3, null, 0.25, 0.3] }, // median 0.3
      { key: 'refusal_rate', actual: 0.1, target: null, history: [0.2, 0.1, 0.3, 0.15] }, // median 0.175
      { key: 'average_check', actual: 500, target: null, history: [null, 400, 600] }, // 2 values: no median
      { key: 'returns_amount', actual: 50, target: null, history: [0, 0, 10, 0] }, // median 0: nothing to say
      { key: 'spend', actual: 900, target: null, history: [100, 200, 300] }, // no direction
      { key: 'orders', actual: null, target: 5, history: [1, 2, 3] }, // no value
      { key: 'romi', actual: 1.2, target: 0, history: [] }, // a target of 0 has no attainment
    ]);
    expect(r.strengths).toHaveLength(1);
    expect(r.strengths[0]).toMatchObject({ key: 'refusal_rate', basis: 'median', reference: 0.175 });
    expect(r.strengths[0].measure).toBeCloseTo(0.1 / 0.175 - 1, 12); // 42.9 % lower…
    expect(r.strengths[0].score).toBeCloseTo(1 - 0.1 / 0.175, 6); // …which is better (scores to a millionth)
    expect(r.weaknesses).toHaveLength(1);
    expect(r.weaknesses[0]).toMatchObject({ key: 'conversion', reference: 0.3 });
    expect(r.weaknesses[0].score).toBeCloseTo(-1 / 3, 6);
  });

  it('marks the best and the worst of the earlier periods, by direction, strictly', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => 100 + i); // 100…111
    const r = strengthsOf([
      { key: 'revenue', actual: 120, target: null, history: twelve },
      { key: 'orders', actual: 99, target: 200, history: twelve },
      { key: 'refusal_rate', actual: 0.05, target: null, history: [0.1, 0.2, 0.3] }, // lowest: best
      { key: 'return_rate', actual: 0.5, target: null, history: [0.1, 0.2, 0.3] }, // highest: worst
      { key: 'customers', actual: 111, target: null, history: twelve }, // equals the highest: no mark
    ]);
    const record = (key: string) => [...r.strengths, ...r.weaknesses].find((i) => i.key === key)!.record;
    expect(record('revenue')).toEqual({ kind: 'best', periods: 12 });
    expect(record('orders')).toEqual({ kind: 'worst', periods: 12 });
    expect(record('refusal_rate')).toEqual({ kind: 'best', periods: 3 });
    expect(record('return_rate')).toEqual({ kind: 'worst', periods: 3 });
    expect(record('customers')).toBeNull();
  });

  it('reads a judged KPI in words, English and Russian', () => {
    const r = strengthsOf([
      { key: 'revenue', actual: 120000, target: null, history: Array.from({ length: 12 }, () => 100000) },
      { key: 'conversion', actual: 0.2, target: 0.25, history: [0.3, 0.4, 0.5] },
    ]);
    expect(describeStrength(r.strengths[0], 'en', 'en_US', 'month')).toBe(
      '+20.0% vs median $100k · best in 12 months',
    );
    expect(describeStrength(r.strengths[0], 'ru', 'ru_RU', 'week')).toBe(
      '+20,0% к медиане 100 тыс. ₽ · лучший за 12 недель',
    );
    expect(describeStrength(r.weaknesses[0], 'en', 'en_US', 'quarter')).toBe(
      '80.0% of target · worst in 3 quarters',
    );
    expect(describeStrength(r.weaknesses[0], 'ru', 'ru_RU', 'month')).toBe(
      '80,0% от цели · худший за 3 месяца',
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('strengthsRowsOf', () => {
  // Anna sells 1 000 a month (one order) from 2025-11 to 2026-10, then 2 000 in 2026-11 (two orders); Boris
  // joined in 2026-09 with 300 a month, and sells 100 in 2026-11.
  const rows: LogRow[] = [];
  for (let m = 0; m < 12; m++) {
    const year = m < 2 ? 2025 : 2026;
    const month = ((10 + m) % 12) + 1;
    rows.push({
      date: `${year}-${String(month).padStart(2, '0')}-05`,
      kind: 'won',
      amount: 1000,
      rep: 'Anna',
    });
  }
  rows.push({ date: '2026-11-03', kind: 'won', amount: 1000, rep: 'Anna' });
  rows.push({ date: '2026-11-04', kind: 'won', amount: 1000, rep: 'Anna' });
  for (const month of ['09', '10'])
    rows.push({ date: `2026-${month}-07`, kind: 'won', amount: 300, rep: 'Boris' });
  rows.push({ date: '2026-11-08', kind: 'won', amount: 100, rep: 'Boris' });
  const period = parsePeriodLabel('2026-11')!;
  const asOf = dayFromCivil(2026, 11, 30);
  const log = makeLog(rows);
  const team = computeKpis(log, { period: 'month', include: [period.index], lastDay: asOf });
  const byRep = computeKpis(log, { period: 'month', groups: groupBy(rows, 'rep'), lastDay: asOf });
  const targets: Target[] = [{ kpi: 'orders', rep: 'Boris', period: '2026-11', value: 4 }];

  it('judges the team and each rep on their own targets and history', () => {
    const result = strengthsRowsOf(team, {
      period,
      asOf,
      targets,
      atRisk: 0.9,
      byRep,
      reps: ['Anna', 'Boris', 'Nobody'],
    });
    expect(result.map((r) => r.who)).toEqual([null, 'Anna', 'Boris']);
    const [t, anna, boris] = result;
    // Team: 3 orders against a median of 1 (+200 %, as the deals), 2 100 against 1 000 (+110 %), all the best of
    // 12 months; the average check 700 against 1 000 (−30 %).
    expect(t.ranking.strengths.map((i) => [i.key, i.record?.kind])).toEqual([
      ['orders', 'best'],
      ['deals', 'best'],
      ['revenue', 'best'],
    ]); // gross sales (also 2 100) is not judged: the sales volume speaks for it
    expect(t.ranking.strengths[2]).toMatchObject({
      basis: 'median',
      reference: 1000,
      record: { periods: 12 },
    });
    expect(t.ranking.strengths[2].measure).toBeCloseTo(1.1, 12);
    expect(t.ranking.weaknesses.map((i) => [i.key, i.score])).toEqual([['average_check', -0.3]]);
    // Anna doubled her sales volume.
    expect(anna.ranking.strengths[0]).toMatchObject({
      key: 'revenue',
      measure: 1,
      record: { kind: 'best', periods: 12 },
    });
    // Boris: only two months of history, no median; his orders target of 4 is his weakest (1 order, 25 %).
    expect(boris.ranking.strengths).toEqual([]);
    expect(boris.ranking.weaknesses.map((i) => [i.key, i.basis, i.measure])).toEqual([
      ['orders', 'target', 0.25],
    ]);
  });
});
