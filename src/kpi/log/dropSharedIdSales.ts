// A `returned` row with its own id is read as the sale and its return (`readLog`); when another row has the same
// id, it was a return line of an earlier sale after all, and its sale entry goes.

/**
 * Drops the sale entry of each `returned` row whose id another row also has (a return line of an earlier sale:
 * spec §1.1 "Returns"), compacting the columns in place.
 *
 * @returns The new number of entries.
 */
export function dropSharedIdSales(
  sales: readonly number[],
  size: number,
  log: {
    day: Int32Array;
    kind: Uint8Array;
    amount: Float64Array;
    source: Int32Array;
    quantity: Float64Array | null;
    id: Int32Array;
    created: Int32Array | null;
  },
  idCount: number,
): number {
  const { day, kind, amount, source, quantity, id, created } = log;
  // Rows per id (a row's two entries and its continuation lines count once).
  const rowsOf = new Int32Array(idCount);
  for (let i = 0; i < size; i++) {
    if (id[i] >= 0 && (i === 0 || source[i] !== source[i - 1])) rowsOf[id[i]]++;
  }
  const drop = new Uint8Array(size);
  let dropped = 0;
  for (const i of sales) {
    if (rowsOf[id[i]] > 1) {
      drop[i] = 1;
      dropped++;
    }
  }
  if (dropped === 0) return size;
  let w = 0;
  for (let i = 0; i < size; i++) {
    if (drop[i] === 1) continue;
    day[w] = day[i];
    kind[w] = kind[i];
    amount[w] = amount[i];
    source[w] = source[i];
    if (quantity !== null) quantity[w] = quantity[i];
    if (created !== null) created[w] = created[i];
    id[w] = id[i];
    w++;
  }
  return w;
}
