import { isKpiKey, type KpiKey } from '../kpis';
import type { KpiStatus } from '../plan/kpiStatus';
import type { ReportModel, ScorecardRow } from '../report/reportModel';

/** The shares of a target whose first crossing by the actual is an alert (issue 14: 50, 90 and 100 %). */
export const ALERT_THRESHOLDS: readonly number[] = Object.freeze([0.5, 0.9, 1]);

/** A status a KPI can slip to: an alert says so once per period. */
export type SlipStatus = 'at_risk' | 'behind';

/** Why an e-mail goes out. */
export type AlertReason =
  /**
   * A KPI with a target slipped to ⚠ at risk or ✗ behind (its forecast dropped below the target: the status
   * judges the forecast), from a better status or from none (the first run of the period).
   */
  | {
      kind: 'slipped';
      kpi: KpiKey;
      from: KpiStatus | null;
      to: SlipStatus;
      forecast: number | null;
      target: number;
    }
  /** The actual of a summable, higher-is-better KPI reached a share of its target for the first time in the period. */
  | { kind: 'crossed'; kpi: KpiKey; threshold: number; actual: number; target: number };

/** What one KPI's alerts remember within a period. */
export interface KpiAlertMemory {
  /** The status seen by the last run. */
  status: KpiStatus;
  /** The slips already told this period. */
  slipped: SlipStatus[];
  /** The highest threshold already told (0: none). */
  crossed: number;
}

/**
 * What the alerts remember between runs, per period and KPI: plain JSON, about 60 bytes per KPI (under 1.5 KB for
 * every KPI of the registry), which the caller keeps in a property and gives back on the next run.
 */
export interface AlertMemory {
  v: 1;
  /** The label of the period remembered; another period starts afresh. */
  period: string;
  kpis: Partial<Record<KpiKey, KpiAlertMemory>>;
}

/** What `decideAlert` decided. */
export interface AlertDecision {
  /** Whether to send the e-mail now. */
  send: boolean;
  /** What is new since the last run (also in `always` mode, for the message). */
  reasons: AlertReason[];
  /** The memory to keep for the next run (whether or not the e-mail is sent). */
  memory: AlertMemory;
}

const SEVERITY: Readonly<Record<KpiStatus, number>> = Object.freeze({
  on_track: 0,
  no_target: 0,
  no_data: 0,
  at_risk: 1,
  behind: 2,
});

/**
 * Decides whether a scheduled run sends its e-mail (issue 14 item 2), for the KPIs of the scorecard that have a
 * target and a direction:
 *
 * - `always` (the weekly digest): always sends; the reasons are still worked out and remembered.
 * - `alerts`: sends only when something is new in the report period:
 *   - a KPI **slipped** to ⚠ at risk or ✗ behind (which is also when its forecast drops below the target) from a
 *     better status, or has one of them on the first run of the period. Each slip is told once per period and
 *     KPI: behind → at risk → behind again, or at risk → on track → at risk again, sends nothing more;
 *   - the actual of a summable, higher-is-better KPI (sales volume, orders…) **crossed** 50, 90 or 100 % of its
 *     target for the first time in the period (only the highest share crossed since the last run is told).
 * A new period (another label than the memory's) starts with an empty memory.
 *
 * @param model The report model of this run.
 * @param memory What the last run returned (null on the first run, or when the property was unreadable).
 * @param mode `always` or `alerts`.
 * @returns Whether to send, why, and the memory to keep.
 * @example
 * // revenue forecast 85 % of target, first run of the period
 * decideAlert(model, null, 'alerts').reasons //=> [{ kind: 'slipped', kpi: 'revenue', from: null, to: 'behind', … }]
 */
export function decideAlert(
  model: ReportModel,
  memory: AlertMemory | null,
  mode: 'always' | 'alerts',
): AlertDecision {
  const period = model.header.periodLabel;
  const before = memory !== null && isAlertMemory(memory) && memory.period === period ? memory.kpis : {};
  const kpis: Partial<Record<KpiKey, KpiAlertMemory>> = {};
  const reasons: AlertReason[] = [];
  for (const row of model.scorecard.rows) {
    if (row.target === null || row.direction === null) continue;
    const last = Object.hasOwn(before, row.key) ? before[row.key] : undefined;
    const next: KpiAlertMemory = {
      status: row.status,
      slipped: [...(last?.slipped ?? [])],
      crossed: last?.crossed ?? 0,
    };
    const to = row.status;
    if ((to === 'at_risk' || to === 'behind') && !next.slipped.includes(to)) {
      const from = last?.status ?? null;
      if (from === null || SEVERITY[to] > SEVERITY[from]) {
        reasons.push({ kind: 'slipped', kpi: row.key, from, to, forecast: row.forecast, target: row.target });
      }
      next.slipped.push(to);
    }
    const share = progressOf(row);
    if (share !== null) {
      const reached = ALERT_THRESHOLDS.filter((t) => share >= t - 1e-9).pop() ?? 0;
      if (reached > next.crossed) {
        reasons.push({
          kind: 'crossed',
          kpi: row.key,
          threshold: reached,
          actual: row.actual!,
          target: row.target,
        });
        next.crossed = reached;
      }
    }
    kpis[row.key] = next;
  }
  return {
    send: mode === 'always' || reasons.length > 0,
    // Slips first: they need action; thresholds crossed are good news.
    reasons: [...reasons.filter((r) => r.kind === 'slipped'), ...reasons.filter((r) => r.kind === 'crossed')],
    memory: { v: 1, period, kpis },
  };
}

/**
 * Reads an alert memory from its property text leniently: anything that is not a memory of this version is null
 * (a fresh start), never an error.
 *
 * @param json The property's value (null when unset).
 * @returns The memory, or null.
 * @example
 * readAlertMemory('{"v":1,"period":"2026-11","kpis":{}}') //=> { v: 1, period: '2026-11', kpis: {} }
 * readAlertMemory('oops') //=> null
 */
export function readAlertMemory(json: string | null | undefined): AlertMemory | null {
  if (typeof json !== 'string' || json === '') return null;
  try {
    const value: unknown = JSON.parse(json);
    return isAlertMemory(value) ? value : null;
  } catch {
    return null;
  }
}

/** The share of the target the actual has reached, for summable higher-is-better KPIs with a positive target. */
function progressOf(row: ScorecardRow): number | null {
  if (!row.additive || row.direction !== 'higher' || row.actual === null || row.target === null) return null;
  if (!(row.target > 0) || !(row.actual >= 0)) return null;
  return row.actual / row.target;
}

const STATUSES: ReadonlySet<string> = new Set(['on_track', 'at_risk', 'behind', 'no_target', 'no_data']);

function isAlertMemory(value: unknown): value is AlertMemory {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.v !== 1 || typeof m.period !== 'string' || typeof m.kpis !== 'object' || m.kpis === null)
    return false;
  for (const [key, entry] of Object.entries(m.kpis)) {
    if (!isKpiKey(key) || typeof entry !== 'object' || entry === null) return false;
    const e = entry as Record<string, unknown>;
    if (typeof e.status !== 'string' || !STATUSES.has(e.status)) return false;
    if (!Array.isArray(e.slipped) || !e.slipped.every((s) => s === 'at_risk' || s === 'behind')) return false;
    if (typeof e.crossed !== 'number' || !Number.isFinite(e.crossed)) return false;
  }
  return true;
}
