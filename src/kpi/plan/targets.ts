import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { normalizeKey } from '../_lib/normalizeKey';
import { KPI_KEYS, type KpiKey, kpiDefinition } from '../kpis';
import { type Period, parsePeriodLabel } from '../periods';

/**
 * One target (KPI-SPEC §3), as the targets store reads it from the "KPI Targets" sheet. Clean values: the store
 * validates the rows before they reach the core.
 */
export interface Target {
  kpi: KpiKey;
  /** A period label (`2026-11`, `2026-Q4`, `2026`, `2026-W47`; any case); null or blank = every period. */
  period: string | null;
  /** The rep the target is for (compared trimmed, case-insensitive); null or blank = the team. */
  rep: string | null;
  /** A finite number in the KPI's unit (ratios as fractions: 0.25). */
  value: number;
}

/**
 * Where a resolved target comes from: a target row for exactly this period; the sum of the period's month
 * targets (a quarter, or a year whose quarters all come from months); the sum of a year's quarter targets when
 * at least one quarter has its own row; or a target row with no period.
 */
export type TargetSource = 'exact' | 'sum_of_months' | 'sum_of_quarters' | 'every_period';

/** A target that applies to one KPI, period and rep (or the team). */
export interface ResolvedTarget {
  value: number;
  source: TargetSource;
}

/**
 * The target of a KPI for a period and a rep (or the team), by these rules, first match wins:
 *
 * 1. a target row whose label is exactly this period (`2026-1` and `2026-01` are the same label);
 * 2. for KPIs that are higher-is-better and additive (revenue, gross, orders, units, deals, customers,
 *    new_customers), a quarter without its own row is the sum of its three month targets when every month has
 *    its own row; a year without its own row is the sum of its four quarters when every quarter resolves by rule
 *    1 or 2 (so twelve month targets make a year, and so do four quarter targets);
 * 3. a target row with no period ("every period").
 *
 * A no-period target never enters a sum: it means "this value in every period of the type shown", so a monthly
 * figure typed there is not multiplied into a quarter. Rep targets are never summed into a team target (the team
 * target is the team's own row; `targetMismatches` reports when they disagree), and a rep without a target of
 * their own has none (the team's is not theirs). When several rows name the same KPI, period and rep, the last
 * one wins (a later row is a later edit). A row whose period label cannot be read matches no period.
 *
 * @param targets All target rows.
 * @param kpi The KPI.
 * @param period The period.
 * @param rep A rep name (trimmed, case-insensitive), or null for the team.
 * @returns The value and its source, or null when no target applies.
 * @example
 * resolveTarget(
 *   [{ kpi: 'revenue', period: '2026-10', rep: null, value: 100 },
 *    { kpi: 'revenue', period: '2026-11', rep: null, value: 120 },
 *    { kpi: 'revenue', period: '2026-12', rep: null, value: 150 }],
 *   'revenue', parsePeriodLabel('2026-Q4')!, null,
 * ) //=> { value: 370, source: 'sum_of_months' }
 */
export function resolveTarget(
  targets: readonly Target[],
  kpi: KpiKey,
  period: Period,
  rep: string | null,
): ResolvedTarget | null {
  const rows = targetRowsOf(targets, kpi, repKeyOf(rep));
  const definition = kpiDefinition(kpi);
  const sums = definition.direction === 'higher' && definition.additive;
  const own = resolveOwn(rows.exact, period, sums);
  if (own !== null) return own;
  return rows.every === null ? null : { value: rows.every, source: 'every_period' };
}

/** A KPI whose rep targets do not add up to the team target of the period. */
export interface TargetMismatch {
  kpi: KpiKey;
  /** The team target (resolved as `resolveTarget` does). */
  team: number;
  /** The sum of the rep targets. */
  repsSum: number;
  /** How many reps have a target. */
  reps: number;
}

/**
 * The target mismatches of a period (KPI-SPEC §3): for every additive KPI with a team target and at least one rep
 * target for the period (each resolved as `resolveTarget` does), when the rep targets do not sum to the team
 * target. Rounding is forgiven: half a cent per rep, at least a cent (six reps at 16.67 for a team target of 100
 * sum to 100.02, and that is not a mismatch).
 *
 * The reps are those the target rows name (trimmed, case-insensitive): a rep without a target adds nothing to the
 * sum, and a rep with a target but no sales yet still counts in the split.
 *
 * @param targets All target rows.
 * @param period The period.
 * @returns One entry per mismatching KPI, in registry order; empty when everything adds up.
 * @example
 * targetMismatches(
 *   [{ kpi: 'orders', period: '2026-11', rep: null, value: 100 },
 *    { kpi: 'orders', period: '2026-11', rep: 'Anna', value: 50 },
 *    { kpi: 'orders', period: '2026-11', rep: 'Boris', value: 40 }],
 *   parsePeriodLabel('2026-11')!,
 * ) //=> [{ kpi: 'orders', team: 100, repsSum: 90, reps: 2 }]
 */
export function targetMismatches(targets: readonly Target[], period: Period): TargetMismatch[] {
  const repsByKpi = new Map<KpiKey, Map<string, string>>();
  for (const t of targets) {
    const key = repKeyOf(t.rep);
    if (key === null) continue;
    const reps = repsByKpi.get(t.kpi) ?? new Map<string, string>();
    if (!reps.has(key)) reps.set(key, t.rep!);
    repsByKpi.set(t.kpi, reps);
  }
  const mismatches: TargetMismatch[] = [];
  for (const kpi of KPI_KEYS) {
    const reps = repsByKpi.get(kpi);
    if (!reps || !kpiDefinition(kpi).additive) continue;
    const team = resolveTarget(targets, kpi, period, null);
    if (team === null) continue;
    let sum = 0;
    let count = 0;
    for (const name of reps.values()) {
      const target = resolveTarget(targets, kpi, period, name);
      if (target === null) continue;
      sum += target.value;
      count += 1;
    }
    if (count === 0) continue;
    const repsSum = dropFloatNoise(sum);
    const tolerance = 0.005 * Math.max(2, count);
    if (Math.abs(team.value - repsSum) > tolerance + 1e-9) {
      mismatches.push({ kpi, team: team.value, repsSum, reps: count });
    }
  }
  return mismatches;
}

/** The rows of one KPI and rep: period key (`type:index`) → value, and the no-period value. */
interface TargetRows {
  exact: Map<string, number>;
  every: number | null;
}

function targetRowsOf(targets: readonly Target[], kpi: KpiKey, repKey: string | null): TargetRows {
  const exact = new Map<string, number>();
  let every: number | null = null;
  for (const t of targets) {
    if (t.kpi !== kpi || repKeyOf(t.rep) !== repKey) continue;
    if (!Number.isFinite(t.value)) {
      throw new RangeError(
        `Target of ${t.kpi} for "${t.period ?? ''}" is ${t.value}: validate target rows first.`,
      );
    }
    if (t.period === null || t.period.trim() === '') {
      every = t.value;
      continue;
    }
    const p = parsePeriodLabel(t.period);
    if (p !== null) exact.set(periodKey(p), t.value);
  }
  return { exact, every };
}

/** Rules 1 and 2 of `resolveTarget`: the period's own row, or the sum of its parts. */
function resolveOwn(exact: Map<string, number>, period: Period, sums: boolean): ResolvedTarget | null {
  const value = exact.get(periodKey(period));
  if (value !== undefined) return { value, source: 'exact' };
  if (!sums) return null;
  if (period.type === 'quarter') {
    const months = sumOf(exact, 'month', period.index * 3, 3);
    return months === null ? null : { value: months, source: 'sum_of_months' };
  }
  if (period.type === 'year') {
    let sum = 0;
    let fromMonthsOnly = true;
    for (let q = 0; q < 4; q++) {
      const quarter = resolveOwn(exact, { type: 'quarter', index: period.index * 4 + q }, sums);
      if (quarter === null) return null;
      sum += quarter.value;
      if (quarter.source !== 'sum_of_months') fromMonthsOnly = false;
    }
    return { value: dropFloatNoise(sum), source: fromMonthsOnly ? 'sum_of_months' : 'sum_of_quarters' };
  }
  return null;
}

/** Σ of `count` consecutive exact targets of `type` from `first`, or null when one is missing. */
function sumOf(exact: Map<string, number>, type: 'month', first: number, count: number): number | null {
  let sum = 0;
  for (let i = first; i < first + count; i++) {
    const value = exact.get(periodKey({ type, index: i }));
    if (value === undefined) return null;
    sum += value;
  }
  return dropFloatNoise(sum);
}

function periodKey(period: Period): string {
  return `${period.type}:${period.index}`;
}

/** The key a rep is compared by; null for the team (no rep, or a blank one). */
function repKeyOf(rep: string | null): string | null {
  if (rep === null) return null;
  const key = normalizeKey(rep);
  return key === '' ? null : key;
}
