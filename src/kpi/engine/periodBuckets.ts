import { borrowInt32 } from '../_lib/scratch';
import type { Day } from '../calendar/day';
import { type PeriodType, periodIndexOf } from '../calendar/periods';
import type { Groups, SalesLog, SpendTable } from '../log/salesLog';

/** The periods (and days) a grid covers. */
export interface PeriodRange {
  first: number;
  last: number;
  minDay: Day;
  maxDay: Day;
}

/**
 * First and last period (and day) with any sales or spend row dated up to `lastDay`, widened to `include`; null
 * when there is none.
 *
 * @example
 * periodRange('month', log, null, [], null) //=> { first: 24322, last: 24322, minDay: 20762, maxDay: 20762 }
 */
export function periodRange(
  type: PeriodType,
  log: SalesLog,
  spend: SpendTable | null,
  include: readonly number[],
  lastDay: Day | null,
): PeriodRange | null {
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
  return { first, last, minDay, maxDay };
}

/**
 * Period offset (index − firstIndex) of every day in [minDay, maxDay]: one array read per row instead of date
 * maths.
 *
 * @example
 * periodLookup('month', day, day, periodIndexOf('month', day))[0] //=> 0
 */
export function periodLookup(type: PeriodType, minDay: Day, maxDay: Day, firstIndex: number): Int32Array {
  const lookup = new Int32Array(maxDay - minDay + 1);
  for (let d = minDay; d <= maxDay; d++) lookup[d - minDay] = periodIndexOf(type, d) - firstIndex;
  return lookup;
}

/**
 * The bucket of every row (`group × periodCount + period offset`); -1 for a row dated after `lastDay` (it counts
 * nowhere). A scratch array: the caller gives it back.
 *
 * @example
 * bucketsOf(log, null, lookup, minDay, 1, null)[0] //=> 0
 */
export function bucketsOf(
  log: SalesLog,
  groups: Groups | null,
  periodOfDay: Int32Array,
  minDay: Day,
  periodCount: number,
  lastDay: Day | null,
): Int32Array {
  const bucket = borrowInt32(log.size, 0);
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
