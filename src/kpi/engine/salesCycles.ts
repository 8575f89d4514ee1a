import { borrowInt32, giveBack } from '../_lib/scratch';
import type { SalesLog } from '../log/salesLog';
import type { Accumulators } from './accumulators';

/**
 * Collects the sales cycles of every bucket (spec §2 `sales_cycle`) while `countDistinct` walks the won rows in
 * bucket order (one pass over the rows serves both: the rows are visited in scattered order, so a second pass
 * would cost as much again in memory reads). At each bucket's end it writes the median over its won deals of
 * (date − created) in days into `acc.cycleMedian`, and how many deals that is into `acc.cycleDeals`.
 *
 * - A deal with an id counts once, at its first won row among the rows of its group: the earliest dated (on the
 *   same day, the one created last), so a deal won again later (a second line, a re-export) is not a second cycle,
 *   and the order of the rows never changes the result. A won row without an id is a deal of its own.
 * - A deal whose first won row has no readable created day, or one after its date (a typo), has no cycle.
 * - Without a created column nothing is counted (the KPI is blank: it needs `created`).
 *
 * @param log The sales log (`log.created`, `log.day`, `log.id`).
 * @param rows How many rows the buckets hold at most (the cycles of one bucket are kept until its end).
 * @param periodCount Periods per group.
 * @param acc The accumulators, written.
 * @returns The collector, or null without a created column.
 * @example
 * // won deals of 10, 3 and 30 days in one bucket
 * const cycles = salesCycleCollector(log, 3, 1, acc)!;
 * cycles.add(0, 0); cycles.add(1, 0); cycles.add(2, 0); cycles.close(0); cycles.done();
 * [acc.cycleMedian[0], acc.cycleDeals[0]] //=> [10, 3]
 */
export function salesCycleCollector(
  log: SalesLog,
  rows: number,
  periodCount: number,
  acc: Accumulators,
): SalesCycleCollector | null {
  const { created, day, id } = log;
  if (created === null) return null;
  // The bucket of each id's first won row (-1: none yet), and its deal's place in this bucket's lists.
  const firstBucket = id === null ? null : borrowInt32(log.idCount, -1);
  const place = id === null ? null : borrowInt32(log.idCount, -1);
  // This bucket's deals: the day and the created day of each one's first won row (-1: no readable created day).
  const dealDay = borrowInt32(rows, 0);
  const dealCreated = borrowInt32(rows, 0);
  let deals = 0;
  return {
    add(row, b) {
      const code = id === null ? -1 : id[row];
      if (code >= 0 && firstBucket![code] >= b - (b % periodCount)) {
        // Won before: in an earlier period of this group (skip), or earlier in this one (keep the first row).
        if (firstBucket![code] !== b) return;
        const k = place![code];
        if (isEarlier(day[row], created[row], dealDay[k], dealCreated[k])) {
          dealDay[k] = day[row];
          dealCreated[k] = created[row];
        }
        return;
      }
      if (code >= 0) {
        firstBucket![code] = b;
        place![code] = deals;
      }
      dealDay[deals] = day[row];
      dealCreated[deals] = created[row];
      deals++;
    },
    close(b) {
      let count = 0;
      for (let k = 0; k < deals; k++) {
        const c = dealCreated[k];
        if (c >= 0 && c <= dealDay[k]) dealDay[count++] = dealDay[k] - c; // the cycles, in place
      }
      deals = 0;
      if (count === 0) return;
      acc.cycleDeals[b] = count;
      acc.cycleMedian[b] = median(dealDay.subarray(0, count));
    },
    done() {
      giveBack(firstBucket, place, dealDay, dealCreated);
    },
  };
}

/** What `countDistinct` tells the sales cycles: each won row in bucket order, and each bucket's end. */
export interface SalesCycleCollector {
  /** A won row of bucket `b` (buckets in order, each bucket's rows together). */
  add(row: number, b: number): void;
  /** Bucket `b` has no more rows. */
  close(b: number): void;
  /** Gives the scratch arrays back. */
  done(): void;
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
