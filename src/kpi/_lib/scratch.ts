// Scratch typed arrays lent to one computation and given back at its end, so that a recalculation that computes
// several tables (the report: the period, the year before, every group), or KPI_TABLE run again in one execution,
// allocates its large work arrays once: fresh typed arrays of tens of MB per call make V8 collect the whole heap,
// a full sales log included. The pool holds the arrays' memory (ArrayBuffers) whatever their element type.
const free: ArrayBuffer[] = [];
// Buffers kept for the next borrower at most: enough for one computation's arrays (a log's 7 columns from
// `readLog` with `scratch`, then `computeKpis`' bucket, order and stamps).
const MAX_FREE = 16;

/** The smallest free buffer of at least `bytes` bytes, taken out of the pool; null when none is that large. */
function take(bytes: number): ArrayBuffer | null {
  let best = -1;
  for (let i = 0; i < free.length; i++) {
    if (free[i].byteLength >= bytes && (best === -1 || free[i].byteLength < free[best].byteLength)) best = i;
  }
  if (best === -1) return null;
  const buffer = free[best];
  free[best] = free[free.length - 1];
  free.pop();
  return buffer;
}

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
  const buffer = take(length * 4);
  if (buffer === null) {
    const array = new Int32Array(length);
    if (fill !== 0) array.fill(fill);
    return array;
  }
  return new Int32Array(buffer, 0, length).fill(fill);
}

/**
 * A Float64Array of `length` elements whose contents are left as they are (write every element you read), that
 * may share its memory with earlier scratch arrays. Same rules as `borrowInt32`.
 *
 * @param length Number of elements.
 * @returns A view of `length` elements.
 * @example
 * const sums = borrowFloat64(12);
 * sums.length //=> 12
 * giveBack(sums);
 */
export function borrowFloat64(length: number): Float64Array {
  const buffer = take(length * 8);
  return buffer === null ? new Float64Array(length) : new Float64Array(buffer, 0, length);
}

/**
 * A Uint8Array of `length` elements whose contents are left as they are, that may share its memory with earlier
 * scratch arrays. Same rules as `borrowInt32`.
 *
 * @param length Number of elements.
 * @returns A view of `length` elements.
 * @example
 * const kinds = borrowUint8(3);
 * kinds.length //=> 3
 * giveBack(kinds);
 */
export function borrowUint8(length: number): Uint8Array {
  const buffer = take(length);
  return buffer === null ? new Uint8Array(length) : new Uint8Array(buffer, 0, length);
}

/** A typed array whose memory can go back to the pool. */
type Scratch = Int32Array | Float64Array | Uint8Array;

/**
 * Gives scratch arrays back (from the `borrow…` functions, or any typed array no one reads any more). Give each
 * array's memory back once: two views of one buffer given back would be lent to two borrowers.
 *
 * @param arrays The arrays; null is skipped.
 * @example
 * giveBack(borrowInt32(10, 0), null);
 */
export function giveBack(...arrays: (Scratch | null)[]): void {
  for (const array of arrays) {
    if (array === null) continue;
    const whole = array.buffer as ArrayBuffer;
    if (whole.byteLength === 0 || free.includes(whole)) continue;
    if (free.length < MAX_FREE) free.push(whole);
    else {
      // Keep the largest ones.
      let smallest = 0;
      for (let i = 1; i < free.length; i++) if (free[i].byteLength < free[smallest].byteLength) smallest = i;
      if (free[smallest].byteLength < whole.byteLength) free[smallest] = whole;
    }
  }
}
