import { borrowInt32, giveBack } from '../_lib/scratch';
import { type SalesLog, WON } from '../log/salesLog';
import type { Accumulators } from './accumulators';
import type { BucketOrder } from './periodBuckets';

/**
 * The sales cycle of every bucket (spec §2 `sales_cycle`): the median over its won deals of (date − created) in
 * days, in `acc.cycleMedian`, and how many deals it is the median of, in `acc.cycleDeals`.
 *
 * - A deal with an id counts once, at its first won row: the first of its won rows in period order (sheet order
 *   within a period) among the rows of its group, so a deal won again later (a second line, a re-export) is not a
 *   second cycle. A won row without an id is a deal of its own.
 * - A deal whose first won row has no readable created day, or one after its date (a typo), has no cycle.
 * - Without a created column nothing is counted (the KPI is blank: it needs `created`).
 *
 * @param log The sales log (`log.created`).
 * @param order The rows by bucket (`orderByBucket`).
 * @param periodCount Periods per group.
 * @param acc The accumulators, written.
 * @example
 * // won deals of 10, 3 and 30 days in one bucket
 * salesCycles(log, order, 1, acc); [acc.cycleMedian[0], acc.cycleDeals[0]] //=> [10, 3]
 */
export function salesCycles(log: SalesLog, order: BucketOrder, periodCount: number, acc: Accumulators): void {
  const { created, kind, day, id } = log;
  if (created === null) return;
  const bucketCount = order.ends.length;
  // The bucket of each id's first won row (-1: none yet); cycles of the bucket being counted.
  const firstBucket = id === null ? null : borrowInt32(log.idCount, -1);
  const cycles = borrowInt32(order.rows.length, 0);
  let at = 0;
  for (let b = 0; b < bucketCount; b++) {
    const end = order.ends[b];
    const groupStart = b - (b % periodCount);
    let count = 0;
    for (; at < end; at++) {
      const row = order.rows[at];
      if (kind[row] !== WON) continue;
      const code = id === null ? -1 : id[row];
      if (code >= 0) {
        if (firstBucket![code] >= groupStart) continue; // won before, in this group
        firstBucket![code] = b;
      }
      const c = created[row];
      if (c < 0 || c > day[row]) continue;
      cycles[count++] = day[row] - c;
    }
    if (count === 0) continue;
    acc.cycleDeals[b] = count;
    acc.cycleMedian[b] = median(cycles.subarray(0, count));
  }
  giveBack(cycles, firstBucket);
}

/** The median of integers (sorted in place): the middle one, or the mean of the two middle ones. */
function median(values: Int32Array): number {
  values.sort();
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
