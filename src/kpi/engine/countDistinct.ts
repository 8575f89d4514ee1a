import { borrowInt32, giveBack } from '../_lib/scratch';
import { LOST, OPEN, RETURN, type SalesLog } from '../log/salesLog';
import type { Accumulators } from './accumulators';
import type { BucketOrder } from './periodBuckets';
import { salesCycleCollector } from './salesCycles';

/**
 * Distinct counts per bucket (spec §1.3). Rows come ordered by bucket, so each bucket's rows are visited together
 * and "seen in this bucket" is one stamp array per counted set. Buckets run group by group in period order, so a
 * customer's first won row in its group is the first time that group meets it, and the customer stamp still holds
 * the last bucket the customer bought in when the next one is met: a customer is retained in bucket b when that
 * was b − 1 of the same group (spec §2: |C(P) ∩ C(P-1)|). The same walk hands the won rows to the sales cycles
 * (`salesCycleCollector`).
 *
 * @param log The sales log.
 * @param order The rows by bucket (`orderByBucket`).
 * @param periodCount Periods per group.
 * @param acc The accumulators, added to.
 * @example
 * countDistinct(log, order, 1, acc); acc.won[0] //=> 3
 */
export function countDistinct(
  log: SalesLog,
  order: BucketOrder,
  periodCount: number,
  acc: Accumulators,
): void {
  const bucketCount = order.ends.length;
  const { kind, id, customer } = log;
  const ids = id ?? null;
  // Scratch arrays, given back at the end.
  const stampWon = ids ? borrowInt32(log.idCount, -1) : null;
  const stampLost = ids ? borrowInt32(log.idCount, -1) : null;
  const stampDecided = ids ? borrowInt32(log.idCount, -1) : null;
  const stampDeal = ids ? borrowInt32(log.idCount, -1) : null;
  const stampCustomer = customer ? borrowInt32(log.customerCount, -1) : null;
  const customerGroup = customer ? borrowInt32(log.customerCount, -1) : null;
  const cycles = salesCycleCollector(log, order.rows.length, periodCount, acc);

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
      if (cycles !== null) cycles.add(row, b);
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
    if (cycles !== null) cycles.close(b);
  }
  cycles?.done();
  giveBack(stampWon, stampLost, stampDecided, stampDeal, stampCustomer, customerGroup);
}
