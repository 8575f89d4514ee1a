import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { normalizeKey } from '../_lib/normalizeKey';
import {
  type Period,
  type PeriodType,
  parsePeriodLabel,
  parsePeriodType,
  periodLabel,
} from '../calendar/periods';
import { KPI_KEYS, KPIS, type KpiKey, kpiDefinition } from '../kpis';

/**
 * One target (KPI-SPEC §3), as the targets store reads it from the "KPI Targets" sheet. Clean values: the store
 * validates the rows before they reach the core.
 */
export interface Target {
  kpi: KpiKey;
  /**
   * A period label (`2026-11`, `2026-Q4`, `2026`, `2026-W47`; any case); or a period type word (`month`,
   * `quarter`, `week`, `year`, also `месяц`… any case): every period of that type without a target of its own;
   * null or blank = every month (what a blank Period cell has always meant).
   */
  period: string | null;
  /** The rep the target is for (compared trimmed, case-insensitive); null or blank = the team. */
  rep: string | null;
  /** A finite number in the KPI's unit (ratios as fractions: 0.25). */
  value: number;
}

/**
 * Where a resolved target comes from:
 * - `exact`: a target row for exactly this period (its label);
 * - `every_period`: a row for every period of this type (`month`, `quarter`, `week`, `year`; a blank period is
 *   every month);
 * - `sum_of_months`: a quarter or a year of an additive KPI, the sum of its months' targets (each its own or the
 *   every-month one);
 * - `every_month`: a quarter or a year of a ratio KPI, the every-month target (a rate is the same over any span).
 */
export type TargetSource = 'exact' | 'every_period' | 'sum_of_months' | 'every_month';

/** A target that applies to one KPI, period and rep (or the team). */
export interface ResolvedTarget {
  value: number;
  source: TargetSource;
}

/**
 * KPIs whose quarter or year target is the sum of its months' targets (spec §3; `quarterSumsMonths: true` in the
 * registry). Deals, returns and the open pipeline are not summed: their targets are set per period type.
 */
const SUMMED_FROM_MONTHS: ReadonlySet<string> = new Set(
  KPIS.filter((k) => k.quarterSumsMonths).map((k) => k.key),
);

/**
 * What the period of a target row names: one period (a label), every period of a type (a type word; a blank is
 * every month), or nothing readable (null).
 *
 * @example
 * targetPeriodOf('2026-q4') //=> { label: { type: 'quarter', index: 2026 * 4 + 3 } }
 * targetPeriodOf('Квартал') //=> { every: 'quarter' }
 * targetPeriodOf(null) //=> { every: 'month' }
 * targetPeriodOf('__proto__') //=> null
 */
export function targetPeriodOf(
  text: string | null,
): { label: Period; every?: undefined } | { every: PeriodType; label?: undefined } | null {
  if (text === null || text.trim() === '') return { every: 'month' };
  const every = parsePeriodType(text);
  if (every !== null) return { every };
  const label = parsePeriodLabel(text);
  return label === null ? null : { label };
}

/**
 * The canonical text of a target's period, to compare rows by: the label (`2026-01` for `2026-1`), the English
 * type word (`quarter` for `Квартал`), `month` for a blank period; null when it cannot be read.
 *
 * @example
 * targetPeriodKey(' Квартал ') //=> 'quarter'
 * targetPeriodKey('') //=> 'month'
 * targetPeriodKey('2026-q4') //=> '2026-Q4'
 */
export function targetPeriodKey(text: string | null): string | null {
  const p = targetPeriodOf(text);
  if (p === null) return null;
  return p.every ?? periodLabel(p.label);
}

/**
 * The target of a KPI for a period and a rep (or the team), by these rules, first match wins (KPI-SPEC §3):
 *
 * 1. a target row whose label is exactly this period (`2026-1` and `2026-01` are the same label): `exact`;
 * 2. a row for every period of this type (`quarter` for a quarter…; a blank period is `month`): `every_period`;
 * 3. a quarter or a year takes, for the additive KPIs of the spec (revenue, gross, orders, units, customers,
 *    new_customers, returning_customers, spend), the sum of its months' targets when every month has one (its
 *    own or the every-month one): `sum_of_months`; for ratio KPIs (conversion, average check…), the every-month
 *    target: `every_month`.
 *
 * Otherwise a target never applies to a period of another type: a week gets no month target, and a monthly
 * target of 76 000 "for every period" is not the target of a whole quarter (it makes 3 × 76 000 there). Rep
 * targets are never summed into a team target (the team target is the team's own row; `targetMismatches`
 * reports when they disagree), and a rep without a target of their own has none (the team's is not theirs).
 * When several rows name the same KPI, period and rep (a blank period and `month` are the same), the last one
 * wins (a later row is a later edit). A row whose period cannot be read matches no period.
 *
 * @param targets All target rows.
 * @param kpi The KPI.
 * @param period The period.
 * @param rep A rep name (trimmed, case-insensitive), or null for the team.
 * @returns The value and its source, or null when no target applies.
 * @example
 * resolveTarget(
 *   [{ kpi: 'revenue', period: '2026-10', rep: null, value: 100 },
 *    { kpi: 'revenue', period: 'month', rep: null, value: 120 }],
 *   'revenue', parsePeriodLabel('2026-Q4')!, null,
 * ) //=> { value: 340, source: 'sum_of_months' }
 */
export function resolveTarget(
  targets: readonly Target[],
  kpi: KpiKey,
  period: Period,
  rep: string | null,
): ResolvedTarget | null {
  const rows = targetRowsOf(targets, kpi, repKeyOf(rep));
  const own = rows.exact.get(periodKey(period));
  if (own !== undefined) return { value: own, source: 'exact' };
  const every = rows.every.get(period.type);
  if (every !== undefined) return { value: every, source: 'every_period' };
  if (period.type !== 'quarter' && period.type !== 'year') return null;
  if (SUMMED_FROM_MONTHS.has(kpi)) {
    const first = period.type === 'quarter' ? period.index * 3 : period.index * 12;
    const count = period.type === 'quarter' ? 3 : 12;
    const everyMonth = rows.every.get('month');
    let sum = 0;
    for (let index = first; index < first + count; index++) {
      const month = rows.exact.get(periodKey({ type: 'month', index })) ?? everyMonth;
      if (month === undefined) return null;
      sum += month;
    }
    return { value: dropFloatNoise(sum), source: 'sum_of_months' };
  }
  if (kpiDefinition(kpi).additive) return null;
  const everyMonth = rows.every.get('month');
  return everyMonth === undefined ? null : { value: everyMonth, source: 'every_month' };
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

/** The rows of one KPI and rep: period key (`type:index`) → value, and period type → every-period value. */
interface TargetRows {
  exact: Map<string, number>;
  every: Map<PeriodType, number>;
}

function targetRowsOf(targets: readonly Target[], kpi: KpiKey, repKey: string | null): TargetRows {
  const exact = new Map<string, number>();
  const every = new Map<PeriodType, number>();
  for (const t of targets) {
    if (t.kpi !== kpi || repKeyOf(t.rep) !== repKey) continue;
    if (!Number.isFinite(t.value)) {
      throw new RangeError(
        `Target of ${t.kpi} for "${t.period ?? ''}" is ${t.value}: validate target rows first.`,
      );
    }
    const p = targetPeriodOf(t.period);
    if (p === null) continue;
    if (p.every !== undefined) every.set(p.every, t.value);
    else exact.set(periodKey(p.label), t.value);
  }
  return { exact, every };
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
