import { borrowInt32, giveBack } from '../_lib/scratch';
import { type SalesLog, WON } from '../log/salesLog';
import type { Accumulators } from './accumulators';
import { medianInPlace } from './medianInPlace';

/**
 * The sales cycle of every bucket (spec §2 `sales_cycle`): the median over the bucket's won deals of (date −
 * created) in days, into `acc.cycleMedian`, and how many deals that is into `acc.cycleDeals`.
 *
 * - A deal with an id counts once, at its first won row among the rows of its group: the earliest dated (on the
 *   same day, the one created last), so a deal won again later (a second line, a re-export) is not a second cycle,
 *   and the order of the rows never changes the result. A won row without an id is a deal of its own.
 * - A deal whose first won row has no readable created day, or one after its date (a typo), has no cycle.
 * - Without a created column nothing is counted (the KPI is blank: it needs `created`).
 *
 * One pass over the rows in sheet order keeps each deal's first won row so far (per id code, so the memory it
 * touches moves forward with the rows, as codes are given in row order); a deal met again in another group (its
 * rows split between two reps) gets one more entry per group. Then the cycles are sorted by bucket. Walking the
 * rows bucket by bucket instead reads each deal's entry at scattered places, ~0.1 µs a won row at a million rows.
 *
 * @param log The sales log (`created`, `day`, `id`, `kind`).
 * @param bucket The bucket of every row (-1: counts nowhere).
 * @param periodCount Periods per group.
 * @param acc The accumulators, written.
 * @example
 * // won deals of 10, 3 and 30 days, all in bucket 0
 * salesCycles(log, Int32Array.of(0, 0, 0), 1, acc);
 * [acc.cycleMedian[0], acc.cycleDeals[0]] //=> [10, 3]
 */
export function salesCycles(log: SalesLog, bucket: Int32Array, periodCount: number, acc: Accumulators): void {
  const { created, day, id, kind } = log;
  if (created === null) return;
  const bucketCount = acc.cycleDeals.length;
  const groupCount = Math.ceil(bucketCount / periodCount);
  // The first won row so far of deal k: its bucket (-1: none yet), day and created day at 3k, 3k + 1, 3k + 2.
  // Entries 0 … idCount − 1 are the ids in the first group they are met in; the rare id met in another group
  // gets an entry at `idCount + …` (found in `other`, keyed by code × groupCount + group).
  let first = borrowInt32(3 * (id === null ? 0 : log.idCount), -1);
  let entries = id === null ? 0 : log.idCount;
  const other = new Map<number, number>();
  // The cycles found, and their buckets.
  const cycle = borrowInt32(log.size, 0);
  const cycleBucket = borrowInt32(log.size, 0);
  let cycles = 0;

  for (let i = 0; i < log.size; i++) {
    const b = bucket[i];
    if (b < 0 || kind[i] !== WON) continue;
    const code = id === null ? -1 : id[i];
    if (code < 0) {
      // A deal of its own.
      if (created[i] >= 0 && created[i] <= day[i]) {
        cycle[cycles] = day[i] - created[i];
        cycleBucket[cycles++] = b;
      }
      continue;
    }
    let k = code;
    const kb = first[3 * k];
    if (kb >= 0 && !sameGroup(kb, b, periodCount)) {
      const key = code * groupCount + Math.floor(b / periodCount);
      let found = other.get(key);
      if (found === undefined) {
        found = entries++;
        other.set(key, found);
        if (3 * entries > first.length) first = grown(first);
      }
      k = found;
    }
    if (first[3 * k] < 0 || isEarlier(day[i], created[i], first[3 * k + 1], first[3 * k + 2])) {
      first[3 * k] = b;
      first[3 * k + 1] = day[i];
      first[3 * k + 2] = created[i];
    }
  }
  for (let k = 0; k < entries; k++) {
    const c = first[3 * k + 2];
    const d = first[3 * k + 1];
    if (first[3 * k] >= 0 && c >= 0 && c <= d) {
      cycle[cycles] = d - c;
      cycleBucket[cycles++] = first[3 * k];
    }
  }
  writeMedians(cycle.subarray(0, cycles), cycleBucket, acc);
  giveBack(first, cycle, cycleBucket);
}

/** Sorts the cycles by bucket (counting sort) and writes each bucket's count and median. */
function writeMedians(cycle: Int32Array, cycleBucket: Int32Array, acc: Accumulators): void {
  const bucketCount = acc.cycleDeals.length;
  const ends = new Int32Array(bucketCount);
  for (let j = 0; j < cycle.length; j++) ends[cycleBucket[j]] += 1;
  for (let b = 1; b < bucketCount; b++) ends[b] += ends[b - 1];
  const next = new Int32Array(bucketCount);
  for (let b = 1; b < bucketCount; b++) next[b] = ends[b - 1];
  const sorted = borrowInt32(cycle.length, 0);
  for (let j = 0; j < cycle.length; j++) sorted[next[cycleBucket[j]]++] = cycle[j];
  for (let b = 0; b < bucketCount; b++) {
    const start = b === 0 ? 0 : ends[b - 1];
    if (ends[b] === start) continue;
    acc.cycleDeals[b] = ends[b] - start;
    acc.cycleMedian[b] = medianInPlace(sorted.subarray(start, ends[b]));
  }
  giveBack(sorted);
}

/** Whether two buckets are periods of one group. */
function sameGroup(a: number, b: number, periodCount: number): boolean {
  return Math.floor(a / periodCount) === Math.floor(b / periodCount);
}

/** The deal entries with room for as many again (the new ones -1). */
function grown(first: Int32Array): Int32Array {
  const more = borrowInt32(Math.max(3 * 64, first.length * 2), -1);
  more.set(first);
  giveBack(first);
  return more;
}

/** Whether a won row comes before another of the same deal: dated earlier, or on the same day created later. */
function isEarlier(day: number, created: number, otherDay: number, otherCreated: number): boolean {
  return day < otherDay || (day === otherDay && created > otherCreated);
}
