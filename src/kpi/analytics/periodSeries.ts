import type { Day } from '../calendar/day';
import type { Period, PeriodType } from '../calendar/periods';
import { computeKpis, type KpiValues, kpiValues, type TotalsGrid, totalsAt } from '../engine/computeKpis';
import { KPIS } from '../kpis';
import type { Groups, SalesLog, SpendTable } from '../log/salesLog';

/** How many periods a series holds by default: P and the 12 before it (spec §7 "best/worst in 12 periods"). */
export const SERIES_PERIODS = 13;

/**
 * Per-period KPI values, oldest first, ending at the last period: the team under the key `null`, each group under
 * its name (as `groupRows` names it).
 */
export type PeriodSeries = Map<string | null, KpiValues[]>;

/** Options of `periodSeriesOf`: what `computeKpis` takes besides the period type, groups and periods. */
export interface PeriodSeriesOptions {
  /** The marketing spend table (spend KPIs are blank without it). */
  spend?: SpendTable | null;
  /** Whether the spend table splits by the groups (channels); otherwise grouped spend KPIs are blank. */
  spendByGroup?: boolean;
  /** The as-of cut-off (spec §3): rows dated after it are no actuals, so the last period is "so far". */
  lastDay?: Day | null;
}

/** The values of a period without data: every KPI blank. */
export const BLANK_VALUES: Readonly<KpiValues> = Object.freeze(
  Object.fromEntries(KPIS.map((k) => [k.key, null])) as KpiValues,
);

/**
 * The KPI values of the `count` periods up to `lastPeriod` (oldest first), for the team (key `null`) and, with
 * `groups`, for each group (key = its name), as the engine computes them (`computeKpis` + `kpiValues`: a group's
 * KPIs on its rows alone). A period before the first row of the team (or of the group) is all blank: no data, not
 * zero, so a rep who joined three months ago has no zero months in a median; a period inside the data without
 * rows is the engine's (sales volume 0, average check blank).
 *
 * @param log The log from `readLog`.
 * @param periodType The type of the periods (must be `lastPeriod`'s).
 * @param lastPeriod The last period of the series (the report period P).
 * @param count How many periods. @default 13
 * @param groups Groups from `groupRows` (reps, channels); none: the team only.
 * @param options Spend, spend split by group, the as-of cut-off.
 * @returns The series: team under `null`, groups under their names.
 * @example
 * const s = periodSeriesOf(log, 'month', parsePeriodLabel('2026-11')!, 13, reps, { lastDay: asOf });
 * s.get(null)!.length //=> 13
 * s.get('Anna')!.at(-1)!.revenue //=> 1000
 */
export function periodSeriesOf(
  log: SalesLog,
  periodType: PeriodType,
  lastPeriod: Period,
  count: number = SERIES_PERIODS,
  groups: Groups | null = null,
  options: PeriodSeriesOptions = {},
): PeriodSeries {
  if (lastPeriod.type !== periodType)
    throw new Error(`periodSeriesOf: ${lastPeriod.type} is not ${periodType}`);
  const include = [lastPeriod.index - count + 1, lastPeriod.index];
  const base = {
    period: periodType,
    spend: options.spend ?? null,
    include,
    lastDay: options.lastDay ?? null,
  };
  const series: PeriodSeries = new Map();
  series.set(null, seriesOfTable(computeKpis(log, base), lastPeriod, count)[0]);
  if (groups !== null) {
    const table = computeKpis(log, { ...base, groups, spendByGroup: options.spendByGroup ?? false });
    seriesOfTable(table, lastPeriod, count).forEach((values, group) => {
      series.set(table.groups![group], values);
    });
  }
  return series;
}

/**
 * The series of every group of a table already computed (group code = index; one entry without groups): the
 * values of the `count` periods up to `lastPeriod`, blank before the group's first period with a row (a sale, a
 * deal, a return) or spend. For callers that hold the table (the report) and should not compute it again.
 *
 * @param table From `computeKpis`, of `lastPeriod`'s type.
 * @param lastPeriod The last period.
 * @param count How many periods. @default 13
 * @returns Per group code, the values oldest first.
 * @example
 * seriesOfTable(team, parsePeriodLabel('2026-11')!, 2)[0].map((v) => v.revenue) //=> [2000, 2500]
 */
export function seriesOfTable(
  table: TotalsGrid,
  lastPeriod: Period,
  count: number = SERIES_PERIODS,
): KpiValues[][] {
  const groupCount = Math.max(table.groups?.length ?? 1, 1);
  return Array.from({ length: groupCount }, (_, group) => seriesOfGroup(table, lastPeriod, count, group));
}

/**
 * The series of one group of a table already computed (see `seriesOfTable`).
 *
 * @param table From `computeKpis`, of `lastPeriod`'s type.
 * @param lastPeriod The last period.
 * @param count How many periods.
 * @param group The group code (0 without groups).
 * @returns The values oldest first, blank before the group's first period with a row or spend.
 * @example
 * seriesOfGroup(byRep, parsePeriodLabel('2026-11')!, 13, 1).length //=> 13
 */
export function seriesOfGroup(
  table: TotalsGrid,
  lastPeriod: Period,
  count: number,
  group: number,
): KpiValues[] {
  const start = firstActiveIndex(table, group);
  const values: KpiValues[] = [];
  for (let i = lastPeriod.index - count + 1; i <= lastPeriod.index; i++) {
    values.push(start === null || i < start ? { ...BLANK_VALUES } : kpiValues(table, i, group));
  }
  return values;
}

/**
 * The periods of a series, oldest first.
 *
 * @example
 * seriesPeriods(parsePeriodLabel('2026-11')!, 2).map(periodLabel) //=> ['2026-10', '2026-11']
 */
export function seriesPeriods(lastPeriod: Period, count: number = SERIES_PERIODS): Period[] {
  return Array.from({ length: count }, (_, i) => ({
    type: lastPeriod.type,
    index: lastPeriod.index - count + 1 + i,
  }));
}

/** The first period index of a group with a row or spend; null when it has none. */
function firstActiveIndex(table: TotalsGrid, group: number): number | null {
  for (let p = 0; p < table.periodCount; p++) {
    const t = totalsAt(table, table.firstIndex + p, group);
    if (t.won + t.deals + t.returnRows + t.lost > 0 || t.spend !== 0) return table.firstIndex + p;
  }
  return null;
}
