import { OPEN, RETURN, type SalesLog, WON } from '../log/salesLog';
import type { Accumulators } from './accumulators';

/**
 * The sums of every bucket: amounts of won rows, returns, units, and the amounts of open rows (the open pipeline).
 * Counts need distinct ids and are made bucket by bucket (`countDistinct`).
 *
 * @param log The sales log.
 * @param bucket The bucket of every row (-1: counts nowhere).
 * @param acc The accumulators, added to.
 * @example
 * sumRows(log, bucket, acc); acc.gross[0] //=> 1200
 */
export function sumRows(log: SalesLog, bucket: Int32Array, acc: Accumulators): void {
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
    } else if (k === OPEN) {
      const a = amount[i];
      if (!Number.isNaN(a)) acc.openAmount[b] += a; // an open deal without an amount adds nothing
    }
  }
}
