import { TOTAL_FIELD_NAMES, type TotalField, type Totals } from './totals';

/** One typed array per total (index = bucket, `group × periodCount + period offset`), from the one field list. */
export type Accumulators = Record<TotalField, Float64Array>;

/**
 * Zeroed accumulators for `n` buckets.
 *
 * @example
 * newAccumulators(3).gross.length //=> 3
 */
export function newAccumulators(n: number): Accumulators {
  const acc = {} as Accumulators;
  for (const field of TOTAL_FIELD_NAMES) acc[field] = new Float64Array(n);
  return acc;
}

/**
 * One `Totals` object per bucket.
 *
 * @example
 * toTotals(newAccumulators(2), 2)[1].won //=> 0
 */
export function toTotals(acc: Accumulators, bucketCount: number): Totals[] {
  const totals: Totals[] = new Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) {
    const t = {} as Totals;
    for (const field of TOTAL_FIELD_NAMES) t[field] = acc[field][b];
    totals[b] = t;
  }
  return totals;
}

/** The totals of a period without rows (or outside a grid): every field 0. */
export const ZERO_TOTALS: Totals = Object.freeze(toTotals(newAccumulators(1), 1)[0]);
