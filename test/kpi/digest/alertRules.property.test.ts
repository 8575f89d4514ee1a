import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_THRESHOLDS, type AlertMemory, decideAlert } from '../../../src/kpi/digest/alertRules';
import type { KpiStatus } from '../../../src/kpi/plan/kpiStatus';
import { withRows } from './_digestModel';

const STATUS = fc.constantFrom<KpiStatus>('on_track', 'at_risk', 'behind', 'no_data');
/** One run of the schedule: revenue's status and actual (of a 5000 target), in one of two periods. */
const RUN = fc.record({
  status: STATUS,
  actual: fc.integer({ min: 0, max: 7000 }),
  period: fc.constantFrom('2026-11', '2026-12'),
});
const SEVERITY: Record<KpiStatus, number> = { on_track: 0, no_target: 0, no_data: 0, at_risk: 1, behind: 2 };

describe('decideAlert over any sequence of runs', () => {
  it('tells each slip and each threshold at most once per period, never an improvement, and sends exactly when it tells', () => {
    fc.assert(
      // Periods follow each other (a report period set back to an earlier one starts afresh too).
      fc.property(fc.array(RUN, { maxLength: 25 }), (unordered) => {
        const runs = [...unordered].sort((a, b) => a.period.localeCompare(b.period));
        let memory: AlertMemory | null = null;
        let last: KpiStatus | null = null;
        let lastPeriod: string | null = null;
        const told = new Set<string>();
        for (const run of runs) {
          if (run.period !== lastPeriod) last = null; // a new period remembers nothing
          const model = withRows({ revenue: { status: run.status, actual: run.actual } }, run.period);
          const decision = decideAlert(model, memory, 'alerts');
          expect(decision.send).toBe(decision.reasons.length > 0);
          for (const reason of decision.reasons) {
            if (reason.kpi !== 'revenue') continue;
            const key =
              reason.kind === 'slipped'
                ? `${run.period} slip ${reason.to}`
                : `${run.period} cross ${reason.threshold}`;
            expect(told.has(key)).toBe(false);
            told.add(key);
            if (reason.kind === 'slipped') {
              expect(reason.to).toBe(run.status);
              expect(reason.from).toBe(last);
              if (last !== null) expect(SEVERITY[reason.to]).toBeGreaterThan(SEVERITY[last]);
            } else {
              expect(ALERT_THRESHOLDS).toContain(reason.threshold);
              expect(run.actual / 5000).toBeGreaterThanOrEqual(reason.threshold);
            }
          }
          memory = JSON.parse(JSON.stringify(decision.memory)) as AlertMemory;
          last = run.status;
          lastPeriod = run.period;
        }
      }),
    );
  });

  it('always sends in always mode, with the same reasons and memory as alerts mode', () => {
    fc.assert(
      fc.property(fc.array(RUN, { maxLength: 10 }), (runs) => {
        let memory: AlertMemory | null = null;
        for (const run of runs) {
          const model = withRows({ revenue: { status: run.status, actual: run.actual } }, run.period);
          const always = decideAlert(model, memory, 'always');
          const alerts = decideAlert(model, memory, 'alerts');
          expect(always.send).toBe(true);
          expect(always.reasons).toEqual(alerts.reasons);
          expect(always.memory).toEqual(alerts.memory);
          memory = always.memory;
        }
      }),
    );
  });
});
