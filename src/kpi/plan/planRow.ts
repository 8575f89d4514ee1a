import type { Day } from '../calendar/day';
import { type Period, periodEnd, previousPeriod, sameLastYear } from '../calendar/periods';
import { kpiValues, type TotalsGrid } from '../engine/computeKpis';
import { KPIS, type KpiKey } from '../kpis';
import { attainment } from './attainment';
import { type DeltaKind, delta } from './delta';
import { forecast } from './forecast';
import { DEFAULT_AT_RISK, type KpiStatus, kpiStatus } from './kpiStatus';
import { neededPace } from './neededPace';
import { resolveTarget, type Target, type TargetSource } from './targets';

/** Options of `planRow`. */
export interface PlanRowOptions {
  /** The report period P; its type must be the table's. */
  period: Period;
  /**
   * The group code in the table (a rep, a channel…); 0 for an ungrouped table.
   * @default 0
   */
  group?: number;
  /**
   * The as-of day: data are taken as complete up to and including it. The table's actuals must count no row
   * dated after it (`computeKpis(log, { lastDay: asOf })`, spec §3).
   */
  asOf: Day;
  /**
   * The same table computed without the as-of cut-off (same period type and groups): `deals`' forecast is every
   * deal row dated in P, also those dated after `asOf`. Without it, `deals`' forecast is its actual.
   * @default null
   */
  uncut?: TotalsGrid | null;
  /** All target rows. */
  targets: readonly Target[];
  /**
   * Whose targets apply: a rep name, or null for the team's. The caller says it: a table grouped by channel has
   * no rep targets.
   * @default null
   */
  rep?: string | null;
  /**
   * Attainment from which a KPI below target is "at risk" rather than "behind"; in (0, 1].
   * @default 0.9
   */
  atRisk?: number;
  /**
   * Forecasts that replace `forecast`'s for these KPIs: the pipeline forecast of sales volume when the report uses
   * it (`pipelineBlockOf`). Attainment, status and the forecast-based deltas then judge this forecast.
   * @default {}
   */
  forecasts?: Partial<Record<KpiKey, number | null>>;
}

/** One KPI of the report's scorecard (issue 4): every figure of KPI-SPEC §3 for one period and group. */
export interface PlanEntry {
  key: KpiKey;
  /** The KPI in P so far; null when blank. */
  actual: number | null;
  /** The target for P (see `resolveTarget`); null without one. */
  target: number | null;
  /** Where the target comes from; null without one. */
  targetSource: TargetSource | null;
  /** Attainment of the forecast: forecast / target (target / forecast for lower-is-better); null when blank. */
  attainment: number | null;
  /** Status of the forecast against the target, by `kpiStatus`; `no_target` for KPIs without a direction. */
  status: KpiStatus;
  /** How both deltas are expressed: relative change or percentage points (as fractions). */
  deltaKind: DeltaKind;
  /** What the deltas compare with the earlier periods' actuals: the forecast while an additive KPI's P is running. */
  deltaBasis: 'actual' | 'forecast';
  /** Change vs P-1. */
  deltaPrevious: number | null;
  /** Change vs the same period a year earlier. */
  deltaYear: number | null;
  /** Forecast for the whole of P (`forecast`). */
  forecast: number | null;
  /** Per-day pace still needed (allowance for lower-is-better and spend) to reach the target (`neededPace`). */
  neededPace: number | null;
}

/**
 * The scorecard row of one period and group: for every KPI of the registry, in its order, the actual, target,
 * attainment, status, deltas, forecast and needed pace (KPI-SPEC §3).
 *
 * Decisions an analyst would expect:
 * - Attainment and status judge the **forecast**, so a month on pace for its target is on track mid-month.
 *   Before P starts the forecast is null, so a KPI with a target has status `no_data`.
 * - KPIs without a direction (marketing spend) get no attainment and the status `no_target` ("—"): spending more
 *   or less than a budget is neither good nor bad by itself.
 * - No row dated after `asOf` is an actual (the caller cuts the table there); `deals`' forecast still counts the
 *   deals dated later in P, from `uncut`.
 * - Deltas of additive KPIs compare the **forecast** with the earlier periods while P is still running on `asOf`
 *   (`deltaBasis: 'forecast'`): half a month of sales against a full month would always look like a fall. Once P
 *   is complete, and for ratios always, they compare the actual.
 * - Earlier periods outside the table count as periods without rows (zero sums, blank ratios), so their deltas
 *   are blank; pass `include` to `computeKpis` to have them computed.
 *
 * @param table From `computeKpis`, with the period type of `options.period`.
 * @param options Period, group, as-of day, targets, rep and at-risk threshold.
 * @returns One entry per KPI, in registry order.
 * @example
 * const table = computeKpis(log, { period: 'month' });
 * planRow(table, { period: parsePeriodLabel('2026-11')!, asOf: dayFromCivil(2026, 11, 10), targets })[0]
 * //=> { key: 'revenue', actual: 300000, target: 1000000, targetSource: 'exact', attainment: 0.9,
 * //     status: 'at_risk', deltaKind: 'relative', deltaBasis: 'forecast', deltaPrevious: 0.125, deltaYear: null,
 * //     forecast: 900000, neededPace: 35000 }
 */
export function planRow(table: TotalsGrid, options: PlanRowOptions): PlanEntry[] {
  const { period, asOf, targets } = options;
  const group = options.group ?? 0;
  const rep = options.rep ?? null;
  const atRisk = options.atRisk ?? DEFAULT_AT_RISK;
  if (period.type !== table.period) {
    throw new Error(
      `planRow: the period is a ${period.type} but the table is by ${table.period}; compute the table by ${period.type}.`,
    );
  }
  const groupCount = table.groups === null ? 1 : table.groups.length;
  if (!Number.isInteger(group) || group < 0 || group >= Math.max(groupCount, 1)) {
    throw new RangeError(
      `planRow: group ${group} is not a group code of the table (0 to ${groupCount - 1}).`,
    );
  }

  const now = kpiValues(table, period.index, group);
  const uncut = options.uncut ?? null;
  const knownDeals = uncut === null ? null : kpiValues(uncut, period.index, group).deals;
  const before = kpiValues(table, previousPeriod(period).index, group);
  const lastYear = kpiValues(table, sameLastYear(period).index, group);
  const running = asOf < periodEnd(period) - 1;

  return KPIS.map((definition): PlanEntry => {
    const { key, direction, additive } = definition;
    const actual = now[key];
    const resolved = resolveTarget(targets, key, period, rep);
    const target = resolved?.value ?? null;
    const given = options.forecasts?.[key];
    const expected =
      given !== undefined ? given : forecast(key, actual, period, asOf, key === 'deals' ? knownDeals : null);
    const lowerIsBetter = direction === 'lower';
    const judged = direction !== null && target !== null && expected !== null;
    const deltaBasis = additive && running ? 'forecast' : 'actual';
    const current = deltaBasis === 'forecast' ? expected : actual;
    const previous = delta(key, current, before[key]);
    return {
      key,
      actual,
      target,
      targetSource: resolved?.source ?? null,
      attainment: judged ? attainment(expected, target, { lowerIsBetter }) : null,
      status: direction === null ? 'no_target' : kpiStatus(expected, target, { lowerIsBetter, atRisk }),
      deltaKind: previous.kind,
      deltaBasis,
      deltaPrevious: previous.value,
      deltaYear: delta(key, current, lastYear[key]).value,
      forecast: expected,
      neededPace: neededPace(key, actual, target, period, asOf),
    };
  });
}
