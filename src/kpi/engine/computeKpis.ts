import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { normalizeKey } from '../_lib/normalizeKey';
import { borrowInt32, giveBack } from '../_lib/scratch';
import type { Day } from '../calendar/day';
import { type Period, type PeriodType, periodIndexOf } from '../calendar/periods';
import { KPIS, type KpiKey, kpiValue } from '../kpis';
import { type Groups, LOST, OPEN, RETURN, type SalesLog, type SpendTable, WON } from '../log/salesLog';
import { type KpiInputs, TOTAL_FIELD_NAMES, type TotalField, type Totals } from './totals';

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
 * the rows plus one counting sort: no per-row objects, distinct counts with stamp arrays.
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
    spend: spend !== null && (groups === null || spendByGroup),
  };
  const acc = newAccumulators(bucketCount);
  if (bucketCount > 0) {
    const periodOfDay = periodLookup(period, range!.minDay, range!.maxDay, firstIndex);
    const bucket = bucketsOf(log, groups, periodOfDay, range!.minDay, periodCount, lastDay);
    sumRows(log, bucket, acc);
    countDistinct(log, bucket, bucketCount, periodCount, acc);
    giveBack(bucket);
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

/** The totals of a period outside the table: every field 0. */
const ZERO_TOTALS: Totals = Object.freeze(zeroTotals());

function zeroTotals(): Totals {
  const zero = {} as Totals;
  for (const field of TOTAL_FIELD_NAMES) zero[field] = 0;
  return zero;
}

interface Range {
  first: number;
  last: number;
  minDay: Day;
  maxDay: Day;
}

/**
 * First and last period (and day) with any sales or spend row dated up to `lastDay`, widened to `include`; null
 * when there is none.
 */
function periodRange(
  type: PeriodType,
  log: SalesLog,
  spend: SpendTable | null,
  include: readonly number[],
  lastDay: Day | null,
) {
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  const widen = (days: Int32Array, size: number) => {
    for (let i = 0; i < size; i++) {
      const d = days[i];
      if (lastDay !== null && d > lastDay) continue;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
  };
  widen(log.day, log.size);
  if (spend) widen(spend.day, spend.size);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  if (minDay <= maxDay) {
    first = periodIndexOf(type, minDay);
    last = periodIndexOf(type, maxDay);
  }
  for (const index of include) {
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  if (first > last) return null;
  if (minDay > maxDay) {
    minDay = 0;
    maxDay = 0;
  }
  return { first, last, minDay, maxDay } satisfies Range;
}

/** Period offset (index − firstIndex) of every day in [minDay, maxDay]: one array read per row instead of date maths. */
function periodLookup(type: PeriodType, minDay: Day, maxDay: Day, firstIndex: number): Int32Array {
  const lookup = new Int32Array(maxDay - minDay + 1);
  for (let d = minDay; d <= maxDay; d++) lookup[d - minDay] = periodIndexOf(type, d) - firstIndex;
  return lookup;
}

/** The bucket of every row; -1 for a row dated after `lastDay` (it counts nowhere). */
function bucketsOf(
  log: SalesLog,
  groups: Groups | null,
  periodOfDay: Int32Array,
  minDay: Day,
  periodCount: number,
  lastDay: Day | null,
) {
  const bucket = borrowInt32(log.size, 0); // scratch: given back by computeKpis
  const code = groups?.code;
  for (let i = 0; i < log.size; i++) {
    if (lastDay !== null && log.day[i] > lastDay) {
      bucket[i] = -1;
      continue;
    }
    const p = periodOfDay[log.day[i] - minDay];
    bucket[i] = code ? code[i] * periodCount + p : p;
  }
  return bucket;
}

/** One typed array per total (index = bucket), built from the one field list of `totals.ts`. */
type Accumulators = Record<TotalField, Float64Array>;

function newAccumulators(n: number): Accumulators {
  const acc = {} as Accumulators;
  for (const field of TOTAL_FIELD_NAMES) acc[field] = new Float64Array(n);
  return acc;
}

/** The sums: amounts, returns and units. Counts need distinct ids and are done bucket by bucket. */
function sumRows(log: SalesLog, bucket: Int32Array, acc: Accumulators): void {
  const { kind, amount, quantity } = log;
  for (let i = 0; i < log.size; i++) {
    const b = bucket[i];
    if (b < 0) continue;
    const k = kind[i];
    if (k === WON) {
      acc.gross[b] += amount[i];
      if (quantity !== null) {
        const q = quantity[i];
        if (!Number.isNaN(q)) acc.units[b] += q; // a blank quantity adds nothing
      }
    } else if (k === RETURN) {
      acc.returnsAmount[b] += amount[i];
      acc.returnRows[b] += 1;
    }
  }
}

/**
 * Distinct counts per bucket (spec §1.3). Rows are ordered by bucket with a counting sort, so each bucket's rows
 * are visited together and "seen in this bucket" is one stamp array per counted set. Buckets run group by group
 * in period order, so a customer's first won row in its group is the first time that group meets it, and the
 * customer stamp still holds the last bucket the customer bought in when the next one is met: a customer is
 * retained in bucket b when that was b − 1 of the same group (spec §2: |C(P) ∩ C(P-1)|).
 */
function countDistinct(
  log: SalesLog,
  bucket: Int32Array,
  bucketCount: number,
  periodCount: number,
  acc: Accumulators,
): void {
  const order = countingSort(bucket, bucketCount);
  const { kind, id, customer } = log;
  const ids = id ?? null;
  // Scratch arrays, given back at the end.
  const stampWon = ids ? borrowInt32(log.idCount, -1) : null;
  const stampLost = ids ? borrowInt32(log.idCount, -1) : null;
  const stampDecided = ids ? borrowInt32(log.idCount, -1) : null;
  const stampDeal = ids ? borrowInt32(log.idCount, -1) : null;
  const stampCustomer = customer ? borrowInt32(log.customerCount, -1) : null;
  const customerGroup = customer ? borrowInt32(log.customerCount, -1) : null;

  // A row counts one unless its id was already counted in this bucket's set.
  const isFirst = (stamp: Int32Array | null, row: number, b: number): boolean => {
    if (stamp === null) return true;
    const code = ids![row];
    if (code < 0) return true;
    if (stamp[code] === b) return false;
    stamp[code] = b;
    return true;
  };

  let at = 0;
  for (let b = 0; b < bucketCount; b++) {
    const end = order.ends[b];
    const group = Math.floor(b / periodCount);
    for (; at < end; at++) {
      const row = order.rows[at];
      const k = kind[row];
      if (k === RETURN) continue;
      if (isFirst(stampDeal, row, b)) acc.deals[b] += 1;
      if (k === OPEN) continue;
      if (isFirst(stampDecided, row, b)) acc.wonOrLost[b] += 1;
      if (k === LOST) {
        if (isFirst(stampLost, row, b)) acc.lost[b] += 1;
        continue;
      }
      if (isFirst(stampWon, row, b)) acc.won[b] += 1;
      if (customer !== null) {
        const c = customer[row];
        const last = c < 0 ? -1 : stampCustomer![c];
        if (c < 0 || last === b) continue;
        stampCustomer![c] = b;
        acc.customers[b] += 1;
        // b − 1 is the previous period of the same group unless b is the group's first period.
        if (last === b - 1 && b - group * periodCount > 0) acc.retained[b] += 1;
        if (customerGroup![c] !== group) {
          customerGroup![c] = group;
          acc.newCustomers[b] += 1;
        }
      }
    }
  }
  giveBack(order.rows, stampWon, stampLost, stampDecided, stampDeal, stampCustomer, customerGroup);
}

/** Rows ordered by bucket: `rows` holds row numbers, bucket b's rows end at `ends[b]`. */
function countingSort(bucket: Int32Array, bucketCount: number): { rows: Int32Array; ends: Int32Array } {
  const ends = new Int32Array(bucketCount);
  let kept = 0;
  for (let i = 0; i < bucket.length; i++) {
    if (bucket[i] < 0) continue; // dated after the cut-off
    ends[bucket[i]] += 1;
    kept += 1;
  }
  for (let b = 1; b < bucketCount; b++) ends[b] += ends[b - 1];
  const next = new Int32Array(bucketCount);
  for (let b = 1; b < bucketCount; b++) next[b] = ends[b - 1];
  const rows = borrowInt32(kept, 0); // scratch: given back by countDistinct
  for (let i = 0; i < bucket.length; i++) if (bucket[i] >= 0) rows[next[bucket[i]]++] = i;
  return { rows, ends };
}

/** Maps each spend row to a group code by channel, adding groups for channels only the spend table names. */
function spendGroupCodes(spend: SpendTable, groupNames: string[]): Int32Array {
  const byKey = new Map<string, number>();
  groupNames.forEach((name, code) => {
    const key = normalizeKey(name);
    if (!byKey.has(key)) byKey.set(key, code);
  });
  const codes = new Int32Array(spend.size);
  for (let i = 0; i < spend.size; i++) {
    const name = spend.channel![i].trim() || '—';
    const key = normalizeKey(name);
    let code = byKey.get(key);
    if (code === undefined) {
      code = groupNames.length;
      groupNames.push(name);
      byKey.set(key, code);
    }
    codes[i] = code;
  }
  return codes;
}

function sumSpend(
  spend: SpendTable,
  group: Int32Array | null,
  periodOfDay: Int32Array,
  minDay: Day,
  periodCount: number,
  acc: Accumulators,
  lastDay: Day | null,
): void {
  for (let i = 0; i < spend.size; i++) {
    if (lastDay !== null && spend.day[i] > lastDay) continue;
    const p = periodOfDay[spend.day[i] - minDay];
    acc.spend[(group ? group[i] * periodCount : 0) + p] += spend.spend[i];
  }
}

function toTotals(acc: Accumulators, bucketCount: number): Totals[] {
  const totals: Totals[] = new Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) {
    const t = {} as Totals;
    for (const field of TOTAL_FIELD_NAMES) t[field] = acc[field][b];
    totals[b] = t;
  }
  return totals;
}
