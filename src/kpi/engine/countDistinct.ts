import { borrowInt32, giveBack } from '../_lib/scratch';
import { LOST, OPEN, RETURN, WON } from '../log/salesLog';
import type { Accumulators } from './accumulators';
import type { BucketColumns } from './bucketColumns';

/**
 * Distinct counts per bucket (spec §1.3). Rows come ordered by bucket (`bucketColumns`), so each bucket's rows are
 * visited together and "seen in this bucket" is one stamp per id or customer. Buckets run group by group in period
 * order, so a customer's first won row in its group is the first time that group meets it, and the customer stamp
 * still holds the last bucket the customer bought in when the next one is met: a customer is retained in bucket b
 * when that was b − 1 of the same group (spec §2: |C(P) ∩ C(P-1)|).
 *
 * The four sets counted by id (deals, won or lost, lost, won) share one stamp per id: the bucket it was last met in
 * and which of the four sets already counted it there (`stampOf`), one memory read per row instead of four.
 *
 * @param columns The log's columns in bucket order.
 * @param periodCount Periods per group.
 * @param idCount Number of distinct ids (`log.idCount`).
 * @param customerCount Number of distinct customers (`log.customerCount`).
 * @param acc The accumulators, added to.
 * @example
 * countDistinct(bucketColumns(log, bucket, 1), 1, log.idCount, log.customerCount, acc); acc.won[0] //=> 3
 */
export function countDistinct(
  columns: BucketColumns,
  periodCount: number,
  idCount: number,
  customerCount: number,
  acc: Accumulators,
): void {
  const { ends, kind, id: ids, customer } = columns;
  const bucketCount = ends.length;
  if (bucketCount > MAX_BUCKETS) throw new RangeError(`${bucketCount} buckets: at most ${MAX_BUCKETS}`);
  // Scratch arrays, given back at the end.
  const stamp = ids ? borrowInt32(idCount, -1) : null;
  const stampCustomer = customer ? borrowInt32(customerCount, -1) : null;
  const customerGroup = customer ? borrowInt32(customerCount, -1) : null;

  let at = 0;
  for (let b = 0; b < bucketCount; b++) {
    const end = ends[b];
    const group = Math.floor(b / periodCount);
    // b − 1 is the previous period of the same group unless b is the group's first period.
    const previous = b - group * periodCount > 0 ? b - 1 : -2;
    // This bucket's counts, kept in locals and added to `acc` at its end: adding to `acc.deals[b]` row by row
    // makes every row wait for the previous row's store.
    let deals = 0;
    let wonOrLost = 0;
    let lost = 0;
    let won = 0;
    let customers = 0;
    let retained = 0;
    let newCustomers = 0;
    for (; at < end; at++) {
      const k = kind[at];
      if (k === RETURN) continue;
      // The sets that already counted this row's id in bucket b (none for a row without an id: it counts alone).
      const code = ids === null ? -1 : ids[at];
      const before = code < 0 ? 0 : seenIn(stamp![code], b);
      let seen = before | IN_DEALS;
      if (k !== OPEN) seen |= IN_DECIDED | (k === LOST ? IN_LOST : IN_WON);
      if (code >= 0 && seen !== before) stamp![code] = stampOf(b, seen);
      // The sets this row adds the id to, each bit shifted down to 0 or 1 (no branch per set).
      const added = seen & ~before;
      deals += added & IN_DEALS;
      wonOrLost += (added & IN_DECIDED) >> 1;
      lost += (added & IN_LOST) >> 2;
      won += (added & IN_WON) >> 3;
      if (k !== WON || customer === null) continue;
      const c = customer[at];
      if (c < 0) continue;
      const last = stampCustomer![c];
      if (last === b) continue;
      stampCustomer![c] = b;
      customers++;
      if (last === previous) retained++;
      if (customerGroup![c] !== group) {
        customerGroup![c] = group;
        newCustomers++;
      }
    }
    acc.deals[b] += deals;
    acc.wonOrLost[b] += wonOrLost;
    acc.lost[b] += lost;
    acc.won[b] += won;
    acc.customers[b] += customers;
    acc.retained[b] += retained;
    acc.newCustomers[b] += newCustomers;
  }
  giveBack(stamp, stampCustomer, customerGroup);
}

// The sets of an id's stamp: bits 0–3 say which sets counted it in its bucket, the bits above are the bucket.
const IN_DEALS = 1;
const IN_DECIDED = 2;
const IN_LOST = 4;
const IN_WON = 8;
const SET_BITS = 4;
/** The most buckets a stamp holds (an Int32 with 4 bits of sets); accumulators of that many would need ~16 GB. */
const MAX_BUCKETS = 2 ** (31 - SET_BITS);

/**
 * An id's stamp: bucket b, and the sets (`IN_…` bits) that counted it in b.
 *
 * @example
 * seenIn(stampOf(3, IN_DEALS | IN_WON), 3) //=> IN_DEALS | IN_WON
 */
function stampOf(b: number, sets: number): number {
  return (b << SET_BITS) | sets;
}

/**
 * The sets that counted an id in bucket b, from its stamp (-1: never met): none when it was last met elsewhere.
 *
 * @example
 * seenIn(stampOf(2, IN_DEALS), 3) //=> 0
 */
function seenIn(stamp: number, b: number): number {
  return stamp >> SET_BITS === b ? stamp & ((1 << SET_BITS) - 1) : 0;
}
