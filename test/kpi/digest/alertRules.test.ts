import { describe, expect, it } from 'vitest';
import { type AlertMemory, decideAlert, readAlertMemory } from '../../../src/kpi/digest/alertRules';
import { BASE, withRows } from './_digestModel';

// The small log's November: revenue 2500 of a 5000 target, forecast 7500 (on track); conversion 0.6 of 0.6.
const ON_TRACK = withRows({});
const REVENUE_AT_RISK = withRows({ revenue: { forecast: 4600, attainment: 0.92, status: 'at_risk' } });
const REVENUE_BEHIND = withRows({ revenue: { forecast: 3000, attainment: 0.6, status: 'behind' } });

/** Runs the schedule over the models in turn, in `alerts` mode, as the caller keeps the memory. */
function runs(...models: (typeof BASE)[]) {
  let memory: AlertMemory | null = null;
  return models.map((model) => {
    const decision = decideAlert(model, memory, 'alerts');
    memory = JSON.parse(JSON.stringify(decision.memory)) as AlertMemory; // through a property, as plain JSON
    return decision;
  });
}

describe('decideAlert', () => {
  it('sends nothing in alerts mode while every KPI stays on track below a new threshold', () => {
    const [first, second] = runs(
      withRows({ revenue: { actual: 2000 } }), // 40 % of 5000: no threshold crossed yet
      withRows({ revenue: { actual: 2400 } }),
    );
    expect(first.send).toBe(false);
    expect(second).toMatchObject({ send: false, reasons: [] });
  });

  it('always sends in always mode, with the reasons still worked out', () => {
    const decision = decideAlert(REVENUE_AT_RISK, null, 'always');
    expect(decision.send).toBe(true);
    expect(decision.reasons.map((r) => r.kind)).toContain('slipped');
    expect(decideAlert(withRows({ revenue: { actual: 100 } }), null, 'always')).toMatchObject({
      send: true,
      reasons: [],
    });
  });

  it('alerts when a KPI with a target slips from on track to at risk, with its forecast and target', () => {
    const [, slip] = runs(withRows({ revenue: { actual: 100 } }), REVENUE_AT_RISK);
    expect(slip.send).toBe(true);
    expect(slip.reasons).toEqual([
      { kind: 'slipped', kpi: 'revenue', from: 'on_track', to: 'at_risk', forecast: 4600, target: 5000 },
      { kind: 'crossed', kpi: 'revenue', threshold: 0.5, actual: 2500, target: 5000 },
    ]);
  });

  it('does not alert again for the same slip, and not when the KPI recovers and slips back', () => {
    const decisions = runs(
      withRows({ revenue: { actual: 100 } }),
      withRows({ revenue: { actual: 100, status: 'at_risk' } }),
      withRows({ revenue: { actual: 100, status: 'at_risk' } }),
      withRows({ revenue: { actual: 100, status: 'on_track' } }),
      withRows({ revenue: { actual: 100, status: 'at_risk' } }),
    );
    expect(decisions.map((d) => d.send)).toEqual([false, true, false, false, false]);
  });

  it('alerts when an at-risk KPI falls behind, but not when a behind KPI improves to at risk', () => {
    const slips = runs(
      withRows({ revenue: { actual: 100, status: 'at_risk' } }),
      withRows({ revenue: { actual: 100, status: 'behind' } }),
      withRows({ revenue: { actual: 100, status: 'at_risk' } }),
    );
    expect(
      slips.map((d) => d.reasons.map((r) => (r.kind === 'slipped' ? `${r.from}→${r.to}` : r.kind))),
    ).toEqual([['null→at_risk'], ['at_risk→behind'], []]);
  });

  it('says a KPI is behind on the first run of a period (no earlier status)', () => {
    const decision = decideAlert(withRows({ revenue: { actual: 100, status: 'behind' } }), null, 'alerts');
    expect(decision.reasons).toEqual([
      { kind: 'slipped', kpi: 'revenue', from: null, to: 'behind', forecast: 7500, target: 5000 },
    ]);
  });

  it('tells each of 50, 90 and 100 % of the target once, the highest crossed since the last run', () => {
    const decisions = runs(
      withRows({ revenue: { actual: 2400 } }), // 48 %
      withRows({ revenue: { actual: 2500 } }), // 50 %: crossed
      withRows({ revenue: { actual: 4400 } }), // 88 %
      withRows({ revenue: { actual: 5100 } }), // 102 %: 90 and 100 crossed at once, 100 told
      withRows({ revenue: { actual: 5200 } }),
    );
    const crossed = decisions.map((d) =>
      d.reasons.flatMap((r) => (r.kind === 'crossed' ? [r.threshold] : [])),
    );
    expect(crossed).toEqual([[], [0.5], [], [1], []]);
    expect(decisions.map((d) => d.send)).toEqual([false, true, false, true, false]);
  });

  it('gives no thresholds to ratios (conversion) nor to KPIs without a target', () => {
    const decision = decideAlert(
      withRows({
        revenue: { actual: 100 },
        conversion: { actual: 0.9 },
        orders: { actual: 50, target: null },
      }),
      null,
      'alerts',
    );
    expect(decision.reasons).toEqual([]);
    expect(Object.keys(decision.memory.kpis)).toEqual(['revenue', 'conversion']);
  });

  it('starts afresh in a new period: the same slip and threshold are told again', () => {
    const november = withRows({ revenue: { status: 'at_risk' } });
    const december = withRows({ revenue: { status: 'at_risk' } }, '2026-12');
    const decisions = runs(november, november, december);
    expect(decisions.map((d) => d.send)).toEqual([true, false, true]);
    expect(decisions[2].memory.period).toBe('2026-12');
    expect(decisions[2].reasons.map((r) => r.kind)).toEqual(['slipped', 'crossed']);
  });

  it('keeps its memory as plain JSON well under 4 KB, even with every KPI remembered', () => {
    const all = withRows(
      Object.fromEntries(
        BASE.scorecard.rows.map((r) => [
          r.key,
          { target: 1, direction: 'higher' as const, status: 'behind' as const },
        ]),
      ),
    );
    const { memory } = decideAlert(all, null, 'alerts');
    expect(Object.keys(memory.kpis).length).toBe(BASE.scorecard.rows.length);
    const json = JSON.stringify(memory);
    expect(new TextEncoder().encode(json).length).toBeLessThan(4096);
    expect(readAlertMemory(json)).toEqual(memory);
  });

  it('reads an unreadable or foreign memory as none', () => {
    expect(readAlertMemory(null)).toBeNull();
    expect(readAlertMemory('not json')).toBeNull();
    expect(readAlertMemory('{"v":2,"period":"2026-11","kpis":{}}')).toBeNull();
    expect(readAlertMemory('{"v":1,"period":"2026-11","kpis":{"__proto__":{}}}')).toBeNull();
    expect(
      readAlertMemory(
        '{"v":1,"period":"2026-11","kpis":{"revenue":{"status":"x","slipped":[],"crossed":0}}}',
      ),
    ).toBeNull();
    // A broken memory handed in directly counts as none: the slip is told.
    const broken = { v: 1, period: '2026-11', kpis: { revenue: 'oops' } } as unknown as AlertMemory;
    expect(decideAlert(REVENUE_BEHIND, broken, 'alerts').send).toBe(true);
  });

  it('remembers the status of an on-track run so the next slip names where it came from', () => {
    const { memory } = decideAlert(ON_TRACK, null, 'alerts');
    expect(memory.kpis.revenue).toEqual({ status: 'on_track', slipped: [], crossed: 0.5 }); // 2500 of 5000
  });
});
