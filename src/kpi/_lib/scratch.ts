// Scratch Int32Arrays lent to one computation and given back at its end, so that a recalculation that computes
// several tables (the report: the period, the year before, every group) allocates its large work arrays once:
// fresh typed arrays of tens of MB per call make V8 collect the whole heap, a full sales log included.
const free: Int32Array[] = [];
// Buffers kept for the next borrower at most: enough for one computation's arrays.
const MAX_FREE = 8;

/**
 * An Int32Array of `length` elements, all `fill`, that may share its memory with earlier scratch arrays. Give it
 * back with `giveBack` when done, and never return it (or a view of it) to a caller: the next borrower overwrites it.
 *
 * @param length Number of elements.
 * @param fill The value of every element.
 * @returns A view of `length` elements.
 * @example
 * const stamp = borrowInt32(1000, -1);
 * stamp[0] //=> -1
 * giveBack(stamp);
 */
export function borrowInt32(length: number, fill: number): Int32Array {
  let best = -1;
  for (let i = 0; i < free.length; i++) {
    if (free[i].length >= length && (best === -1 || free[i].length < free[best].length)) best = i;
  }
  let array: Int32Array;
  if (best === -1) {
    array = new Int32Array(length);
    if (fill !== 0) array.fill(fill);
    return array;
  }
  array = free[best].subarray(0, length);
  free[best] = free[free.length - 1];
  free.pop();
  array.fill(fill);
  return array;
}

/**
 * Gives scratch arrays back (from `borrowInt32`, or any Int32Array no one reads any more).
 *
 * @param arrays The arrays; null is skipped.
 * @example
 * giveBack(borrowInt32(10, 0), null);
 */
export function giveBack(...arrays: (Int32Array | null)[]): void {
  for (const array of arrays) {
    if (array === null) continue;
    const whole = new Int32Array(array.buffer);
    if (free.length < MAX_FREE) free.push(whole);
    else {
      // Keep the largest ones.
      let smallest = 0;
      for (let i = 1; i < free.length; i++) if (free[i].length < free[smallest].length) smallest = i;
      if (free[smallest].length < whole.length) free[smallest] = whole;
    }
  }
}
