import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { giveBack } from '../_lib/scratch';
import type { Day } from '../calendar/day';
import type { Period, PeriodType } from '../calendar/periods';
import { KPIS, type KpiKey, kpiValue } from '../kpis';
import type { Groups, SalesLog, SpendTable } from '../log/salesLog';
import { newAccumulators, toTotals, ZERO_TOTALS } from './accumulators';
import { bucketColumns, releaseBucketColumns } from './bucketColumns';
import { countDistinct } from './countDistinct';
import { bucketsOf, periodLookup, periodRange } from './periodBuckets';
import { salesCycles } from './salesCycles';
import { spendGroupCodes, sumSpend } from './spendSums';
import { sumRows } from './sumRows';
import type { KpiInputs, Totals } from './totals';

/** Options of `computeKpis`. */
export interface ComputeKpisOptions {
  /** The period type of the table. */
  period: PeriodType;
  /** Split every KPI by these groups (from `groupRows`); every KPI is then computed on the group's rows alone. */
  groups?: Groups | null;
  /** The marketing spend table. */
  spend?: SpendTable | null;
  /**
   * Whether the spend table splits by the groups (grouping by channel, with a channel column in the spend table).
   * Otherwise grouped spend KPIs are blank: spend cannot be split by rep.
   * @default false
   */
  spendByGroup?: boolean;
  /** Period indices the table must cover even when they have no rows (the report's period, the year before…). */
  include?: readonly number[];
  /**
   * The as-of cut-off (spec §3): sales and spend rows dated after this day are left out, as if the log ended on
   * it (an open deal's expected close date later in the month, a typo). Without it every row counts.
   */
  lastDay?: Day | null;
}

/**
 * The totals of every period × group, from the first to the last period that has any row (sales or spend),
 * empty periods included. Read KPIs from it with `kpiValues`.
 */
export interface TotalsGrid {
  period: PeriodType;
  /** Index of the first period. */
  firstIndex: number;
  /** Number of periods, first to last. */
  periodCount: number;
  /** Group names (index = group code), or null without grouping. */
  groups: string[] | null;
  /** Which inputs exist: KPIs needing a missing one are blank. */
  inputs: KpiInputs;
  /** Totals of bucket `group × periodCount + (index − firstIndex)`. */
  totals: Totals[];
  /**
   * How many period × group cells have a KPI whose value is not a finite number (an amount sum that overflows):
   * `kpiValues` shows those KPIs blank, and KPI_TABLE and the report say so in a data-quality note. 0 normally.
   */
  nonFinite: number;
}

/** The KPI values of one period and group; null = blank. */
export type KpiValues = Record<KpiKey, number | null>;

/**
 * Computes the totals behind every KPI of spec §2 for every period (and group) of a sales log, in one pass over
 * the rows (`sumRows`), one for the sales cycles (`salesCycles`), and one counting sort (`bucketColumns`) read by
 * `countDistinct`: no per-row objects, distinct counts with stamp arrays.
 *
 * @param log The log from `readLog`.
 * @param options Period type, optional groups and spend.
 * @returns The table of totals; read it with `kpiValues(table, index, group)`.
 * @example
 * const table = computeKpis(log, { period: 'month' });
 * kpiValues(table, table.firstIndex).revenue //=> 1200
 */
export function computeKpis(log: SalesLog, options: ComputeKpisOptions): TotalsGrid {
  const { period } = options;
  const groups = options.groups ?? null;
  const lastDay = options.lastDay ?? null;
  const spend = options.spend ?? null;
  const spendByGroup =
    groups !== null && spend !== null && options.spendByGroup === true && spend.channel !== null;

  // Spend rows of channels the log never mentions still form groups: their spend and ROMI are worth seeing.
  const groupNames = groups ? [...groups.names] : null;
  const spendGroup = spendByGroup ? spendGroupCodes(spend, groupNames!) : null;

  const range = periodRange(period, log, spend, options.include ?? [], lastDay);
  const periodCount = range === null ? 0 : range.last - range.first + 1;
  const firstIndex = range === null ? 0 : range.first;
  const groupCount = groupNames ? Math.max(groupNames.length, 1) : 1;
  const bucketCount = periodCount * groupCount;

  const inputs: KpiInputs = {
    status: log.columns.status !== undefined,
    customer: log.customer !== null,
    quantity: log.quantity !== null,
    created: log.created !== null,
    spend: spend !== null && (groups === null || spendByGroup),
  };
  const acc = newAccumulators(bucketCount);
  if (bucketCount > 0) {
    const periodOfDay = periodLookup(period, range!.minDay, range!.maxDay, firstIndex);
    const bucket = bucketsOf(log, groups, periodOfDay, range!.minDay, periodCount, lastDay);
    sumRows(log, bucket, acc);
    salesCycles(log, bucket, periodCount, acc);
    const columns = bucketColumns(log, bucket, bucketCount);
    giveBack(bucket);
    countDistinct(columns, periodCount, log.idCount, log.customerCount, acc);
    releaseBucketColumns(columns);
    if (inputs.spend) {
      sumSpend(spend!, spendGroup, periodOfDay, range!.minDay, periodCount, acc, lastDay);
    }
  }
  const totals = toTotals(acc, bucketCount);
  const nonFinite = countNonFinite(totals, periodCount, inputs);
  return { period, firstIndex, periodCount, groups: groupNames, inputs, totals, nonFinite };
}

/**
 * Every KPI of one period and group of a table.
 *
 * @param table From `computeKpis`.
 * @param index The period index (`Period.index`); a period outside the table has all-zero totals.
 * @param group The group code (0 without grouping).
 * @returns KPI key → value, null where blank.
 * @example
 * kpiValues(table, parsePeriodLabel('2026-11')!.index).conversion //=> 0.25
 */
export function kpiValues(table: TotalsGrid, index: number, group = 0): KpiValues {
  const t = totalsAt(table, index, group);
  const previous = totalsAt(table, index - 1, group);
  const values = {} as KpiValues;
  for (const k of KPIS) {
    const value = kpiValue(k, t, previous, table.inputs);
    // An overflowing sum is never shown (spec §1.1): blank, and counted in `table.nonFinite`.
    if (value === null || !Number.isFinite(value)) values[k.key] = null;
    // Sums (and differences of sums) of decimal amounts carry float noise; ratios keep every digit.
    else values[k.key] = k.additive ? dropFloatNoise(value) : value;
  }
  return values;
}

/** The number of buckets with at least one non-finite KPI value. */
function countNonFinite(totals: readonly Totals[], periodCount: number, inputs: KpiInputs): number {
  let count = 0;
  for (let b = 0; b < totals.length; b++) {
    const previous = b % periodCount === 0 ? ZERO_TOTALS : totals[b - 1];
    for (const k of KPIS) {
      const value = kpiValue(k, totals[b], previous, inputs);
      if (value !== null && !Number.isFinite(value)) {
        count += 1;
        break;
      }
    }
  }
  return count;
}

/**
 * The totals of one period and group (all zeros outside the table's periods).
 *
 * @example
 * totalsAt(table, table.firstIndex).gross //=> 1200
 */
export function totalsAt(table: TotalsGrid, index: number, group = 0): Totals {
  const p = index - table.firstIndex;
  if (p < 0 || p >= table.periodCount) return ZERO_TOTALS;
  return table.totals[group * table.periodCount + p];
}

/** The periods a table covers, in order. */
export function tablePeriods(table: TotalsGrid): Period[] {
  return Array.from({ length: table.periodCount }, (_, i) => ({
    type: table.period,
    index: table.firstIndex + i,
  }));
}
