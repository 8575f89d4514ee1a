/**
 * How far a left-aligned text may run to the right, as Sheets draws it: over every following cell that is empty
 * (no value; its fill does not matter), up to the first one that holds something, or the last column drawn.
 *
 * @param column The text's column (1-based).
 * @param columns The columns drawn, in order (hidden ones left out).
 * @param width A column's width in pixels.
 * @param isEmpty Whether the cell of a column, in the text's row, is empty (a merged cell is not).
 * @returns The width in pixels from the text cell's left edge: its own width when the next cell is not empty.
 * @example
 * spillWidth(1, [1, 2, 3], () => 100, (c) => c === 2) //=> 200
 */
export function spillWidth(
  column: number,
  columns: readonly number[],
  width: (column: number) => number,
  isEmpty: (column: number) => boolean,
): number {
  let px = width(column);
  for (const next of columns.slice(columns.indexOf(column) + 1)) {
    if (!isEmpty(next)) break;
    px += width(next);
  }
  return px;
}
