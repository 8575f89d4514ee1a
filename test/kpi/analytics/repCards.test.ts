import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_TREND_PERIODS, type RepCards, repCardsOf } from '../../../src/kpi/analytics/repCards';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis, kpiValues } from '../../../src/kpi/engine/computeKpis';
import type { KpiKey } from '../../../src/kpi/kpis';
import type { Target } from '../../../src/kpi/plan/targets';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const NOVEMBER = parsePeriodLabel('2026-11')!;
const AS_OF = dayFromCivil(2026, 11, 30);

/** The cards of a hand-made log for November 2026, as of its last day. */
function cardsOf(rows: LogRow[], targets: Target[] = []): RepCards {
  const log = makeLog(rows);
  const include = [NOVEMBER.index - CARD_TREND_PERIODS + 1, NOVEMBER.index];
  const byRep = computeKpis(log, { period: 'month', groups: groupBy(rows, 'rep'), include, lastDay: AS_OF });
  const team = computeKpis(log, { period: 'month', include, lastDay: AS_OF });
  return repCardsOf(byRep, team, { period: NOVEMBER, asOf: AS_OF, targets, atRisk: 0.9, lang: 'en' });
}

describe('repCardsOf', () => {
  // Anna sold in October and November; Boris has no deal before November; one November sale has no rep.
  const rows: LogRow[] = [
    { date: '2026-10-10', kind: 'won', amount: 400, rep: 'Anna' },
    { date: '2026-11-05', kind: 'won', amount: 600, rep: 'Anna' },
    { date: '2026-11-20', kind: 'won', amount: 600, rep: 'Anna' },
    { date: '2026-11-07', kind: 'lost', amount: 900, rep: 'Anna' },
    { date: '2026-11-12', kind: 'won', amount: 300, rep: 'Boris' },
    { date: '2026-11-13', kind: 'lost', amount: 200, rep: 'Boris' },
    { date: '2026-11-15', kind: 'won', amount: 100 },
  ];
  const targets: Target[] = [{ period: '2026-11', rep: 'Anna', kpi: 'revenue', value: 1000 } as Target];
  const cards = cardsOf(rows, targets);
  const card = (rep: string) => cards.cards.find((c) => c.rep === rep)!;
  const kpi = (rep: string, key: KpiKey) => card(rep).kpis.find((k) => k.key === key)!;

  it('ranks the cards by sales volume and gives each its share of the team', () => {
    expect(cards.cards.map((c) => [c.rep, c.rank, c.share])).toEqual([
      ['Anna', 1, 1200 / 1600],
      ['Boris', 2, 300 / 1600],
      ['—', 3, 100 / 1600],
    ]);
    expect(cards.previousLabel).toBe('2026-10');
  });

  it('judges a rep against their own target and shows the team beside it', () => {
    expect(kpi('Anna', 'revenue')).toMatchObject({
      actual: 1200,
      target: 1000,
      attainment: 1.2,
      status: 'on_track',
      deltaPrevious: 1200 / 400 - 1,
      team: 1600,
    });
    expect(kpi('Boris', 'revenue')).toMatchObject({ actual: 300, target: null, status: 'no_target' });
  });

  it('leaves the deltas of a rep with no deals last period blank, and their trend blank before their first row', () => {
    expect(kpi('Boris', 'revenue').deltaPrevious).toBeNull();
    expect(kpi('Boris', 'orders').deltaPrevious).toBeNull();
    expect(kpi('Boris', 'win_rate').deltaPrevious).toBeNull();
    expect(card('Boris').winRate).toBe(0.5);
    expect(card('Boris').trend).toEqual([...new Array(CARD_TREND_PERIODS - 1).fill(null), 300]);
    expect(card('Anna').trend).toEqual([...new Array(CARD_TREND_PERIODS - 2).fill(null), 400, 1200]);
    expect(cards.trendLabels[0]).toBe('2025-12');
    expect(cards.trendLabels.at(-1)).toBe('2026-11');
  });

  it("names the rep's strongest and weakest KPI against the team's per-rep level", () => {
    // Two selling reps: per-rep sales volume 1600 / 2 = 800, Boris 300 → 0.375 (gross the same, later);
    // average check 300 against the team's 400, conversion and win rate 0.5 against 4/6: 0.75 (the first wins).
    expect(card('Boris').weakest).toEqual({ key: 'revenue', score: 0.375 });
    expect(card('Boris').strongest).toEqual({ key: 'average_check', score: 0.75 });
  });

  it('gives a rep with a target and no row at all a card with nothing sold', () => {
    const more = cardsOf(rows, [
      ...targets,
      { period: '2026-11', rep: 'Vera', kpi: 'revenue', value: 500 } as Target,
    ]);
    const vera = more.cards.find((c) => c.rep === 'Vera')!;
    expect(vera.kpis.find((k) => k.key === 'revenue')).toMatchObject({
      actual: 0,
      target: 500,
      status: 'no_data',
    });
    expect(vera.share).toBe(0);
    expect(vera.rank).toBe(4);
  });

  it('makes no card for a rep whose last row is older than the trend', () => {
    const old = cardsOf([...rows, { date: '2024-05-01', kind: 'won', amount: 5, rep: 'Gone' }]);
    expect(old.cards.map((c) => c.rep)).not.toContain('Gone');
  });

  it('never names gross sales, new or returning customers as the strongest or weakest KPI', () => {
    const row = fc.record({
      month: fc.integer({ min: 0, max: 13 }),
      kind: fc.constantFrom<LogRow['kind']>('won', 'won', 'lost'),
      rep: fc.constantFrom('Anna', 'Boris', 'Vera'),
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    });
    const named = new Set<string>();
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), (rs) => {
        const log: LogRow[] = rs.map((r) => ({
          date: `${2025 + Math.floor((r.month + 10) / 12)}-${String(((r.month + 10) % 12) + 1).padStart(2, '0')}-10`,
          kind: r.kind,
          amount: 100,
          rep: r.rep,
          customer: r.customer,
        }));
        for (const card of cardsOf(log).cards) {
          for (const s of [card.strongest, card.weakest]) {
            if (s === null) continue;
            named.add(s.key);
            expect(['gross', 'new_customers', 'returning_customers']).not.toContain(s.key);
          }
        }
      }),
    );
    expect(named.size).toBeGreaterThan(1); // other KPIs are named: the check is not empty
  });

  it("sums the cards' row-additive KPIs to the team's, and their shares to 1", () => {
    const SUMMED: KpiKey[] = ['revenue', 'gross', 'returns_amount', 'orders', 'deals'];
    const row = fc.record({
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 1, max: 28 }),
      kind: fc.constantFrom<LogRow['kind']>('won', 'won', 'lost', 'open', 'return'),
      amount: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      rep: fc.constantFrom('Anna', 'Boris', 'Vera', ''),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rs) => {
        const log: LogRow[] = rs.map((r) => ({
          date: `${2025 + Math.floor((r.month + 10) / 12)}-${String(((r.month + 10) % 12) + 1).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
          kind: r.kind,
          amount: r.amount,
          ...(r.rep === '' ? {} : { rep: r.rep }),
        }));
        if (!log.some((r) => r.rep !== undefined)) return;
        const result = cardsOf(log);
        const team = kpiValues(
          computeKpis(makeLog(log), { period: 'month', lastDay: AS_OF }),
          NOVEMBER.index,
        );
        for (const key of SUMMED) {
          const sum = result.cards.reduce((s, c) => s + (c.kpis.find((k) => k.key === key)?.actual ?? 0), 0);
          expect(sum).toBeCloseTo(team[key] ?? 0, 6);
        }
        const revenue = team.revenue ?? 0;
        if (revenue > 0) expect(result.cards.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
