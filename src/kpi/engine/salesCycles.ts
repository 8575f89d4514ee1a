import { borrowInt32, giveBack } from '../_lib/scratch';
import { type SalesLog, WON } from '../log/salesLog';
import type { Accumulators } from './accumulators';
import type { BucketOrder } from './periodBuckets';

/**
 * The sales cycle of every bucket (spec §2 `sales_cycle`): the median over its won deals of (date − created) in
 * days, in `acc.cycleMedian`, and how many deals it is the median of, in `acc.cycleDeals`.
 *
 * - A deal with an id counts once, at its first won row among the rows of its group: the earliest dated (on the
 *   same day, the one created last), so a deal won again later (a second line, a re-export) is not a second cycle,
 *   and the order of the rows never changes the result. A won row without an id is a deal of its own.
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
  const size = order.rows.length;
  // The bucket of each id's first won row (-1: none yet), and its deal's place in this bucket's lists.
  const firstBucket = id === null ? null : borrowInt32(log.idCount, -1);
  const place = id === null ? null : borrowInt32(log.idCount, -1);
  // This bucket's deals: the day and the created day of each one's first won row (-1: no readable created day).
  const dealDay = borrowInt32(size, 0);
  const dealCreated = borrowInt32(size, 0);
  let at = 0;
  for (let b = 0; b < bucketCount; b++) {
    const end = order.ends[b];
    const groupStart = b - (b % periodCount);
    let deals = 0;
    for (; at < end; at++) {
      const row = order.rows[at];
      if (kind[row] !== WON) continue;
      const code = id === null ? -1 : id[row];
      if (code >= 0 && firstBucket![code] >= groupStart) {
        // Won before: in an earlier period of this group (skip), or earlier in this one (keep the first row).
        if (firstBucket![code] !== b) continue;
        const k = place![code];
        if (isEarlier(day[row], created[row], dealDay[k], dealCreated[k])) {
          dealDay[k] = day[row];
          dealCreated[k] = created[row];
        }
        continue;
      }
      if (code >= 0) {
        firstBucket![code] = b;
        place![code] = deals;
      }
      dealDay[deals] = day[row];
      dealCreated[deals] = created[row];
      deals++;
    }
    let count = 0;
    for (let k = 0; k < deals; k++) {
      const c = dealCreated[k];
      if (c >= 0 && c <= dealDay[k]) dealDay[count++] = dealDay[k] - c; // the cycles, in place
    }
    if (count === 0) continue;
    acc.cycleDeals[b] = count;
    acc.cycleMedian[b] = median(dealDay.subarray(0, count));
  }
  giveBack(firstBucket, place, dealDay, dealCreated);
}

/** Whether a won row comes before another of the same deal: dated earlier, or on the same day created later. */
function isEarlier(day: number, created: number, otherDay: number, otherCreated: number): boolean {
  return day < otherDay || (day === otherDay && created > otherCreated);
}

/** The median of integers (sorted in place): the middle one, or the mean of the two middle ones. */
function median(values: Int32Array): number {
  values.sort();
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
