import { detectColumns } from './detectColumns';
import { type ColumnMapping, FIELDS } from './salesLog';

/** A block of adjacent columns read with one `getRange`: the first (0-based) and how many. */
export interface ColumnRun {
  start: number;
  count: number;
}

/**
 * The columns of a sales log that its reading needs: every field's column (detected, or the user's `mapping`),
 * and the first column (footer lines are told by it). Sorted, each once.
 *
 * @param headers The header row as text.
 * @param mapping The user's column choices (`fitColumns`), if any.
 * @returns 0-based columns, ascending.
 * @example
 * logColumnsToRead(['No', 'Date', 'Note', 'Amount', 'Rep']) //=> [0, 1, 3, 4]
 */
export function logColumnsToRead(headers: readonly string[], mapping?: ColumnMapping): number[] {
  const found = detectColumns(headers, mapping);
  const columns = new Set<number>(headers.length > 0 ? [0] : []);
  for (const field of FIELDS) if (found[field] !== undefined) columns.add(found[field]);
  return [...columns].sort((a, b) => a - b);
}

/**
 * Merges columns into runs read with one `getRange` each: adjacent columns (and, with `gap`, columns at most that
 * far apart). The default reads no column it does not need: a read costs in proportion to its cells (every row of
 * every column read travels from Sheets), so an unwanted column costs as much as a wanted one, and a few more round
 * trips (at most `maxRuns`) cost less than a third more cells. When there are more than `maxRuns` runs, the runs
 * with the narrowest gaps between them are joined, so a log is at most `maxRuns` reads.
 *
 * @param columns 0-based columns, ascending, each once.
 * @param maxRuns The most runs wanted. @default 9
 * @param gap The most unwanted columns read to save a read. @default 0
 * @returns The runs, left to right.
 * @example
 * columnRuns([0, 1, 2, 6, 9, 10]) //=> [{ start: 0, count: 3 }, { start: 6, count: 1 }, { start: 9, count: 2 }]
 * columnRuns([0, 1, 2, 6, 9, 10], 9, 2) //=> [{ start: 0, count: 3 }, { start: 6, count: 5 }]
 * columnRuns([0, 4, 9], 2) //=> [{ start: 0, count: 5 }, { start: 9, count: 1 }]
 */
export function columnRuns(columns: readonly number[], maxRuns = 9, gap = 0): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last !== undefined && column - (last.start + last.count) <= gap) last.count = column - last.start + 1;
    else runs.push({ start: column, count: 1 });
  }
  while (runs.length > Math.max(1, maxRuns)) {
    let at = 0;
    for (let i = 1; i < runs.length - 1; i++) if (gapAfter(runs, i) < gapAfter(runs, at)) at = i;
    runs.splice(at, 2, {
      start: runs[at].start,
      count: runs[at + 1].start + runs[at + 1].count - runs[at].start,
    });
  }
  return runs;
}

/**
 * About as many cells as one more round trip to Sheets is worth: reading a gap of unwanted columns is cheaper than
 * another `getRange` when the gap holds fewer cells than this. (An estimate: a call costs tens of milliseconds of
 * latency; Sheets hands out values at very roughly a microsecond a cell.)
 */
export const CELLS_WORTH_A_READ = 20_000;

/**
 * The widest gap of unwanted columns worth reading along to save a read, for a log of `rows` rows: a small log is
 * read in one run, a long one column by column.
 *
 * @param rows The data rows to read.
 * @returns Columns.
 * @example
 * readGapFor(1_000) //=> 20
 * readGapFor(200_000) //=> 0
 */
export function readGapFor(rows: number): number {
  return Math.floor(CELLS_WORTH_A_READ / Math.max(1, rows));
}

function gapAfter(runs: readonly ColumnRun[], i: number): number {
  return runs[i + 1].start - (runs[i].start + runs[i].count);
}

/**
 * Where a column is among the runs read: the run that holds it and its place in that run's block.
 *
 * @param runs The runs read (`columnRuns`).
 * @param column A 0-based column one of them holds.
 * @returns The run's index and the column's index in its block.
 * @example
 * placeInRuns([{ start: 0, count: 3 }, { start: 6, count: 2 }], 7) //=> { run: 1, at: 1 }
 */
export function placeInRuns(runs: readonly ColumnRun[], column: number): { run: number; at: number } {
  const run = runs.findIndex((r) => column >= r.start && column < r.start + r.count);
  return { run, at: column - runs[run].start };
}

/**
 * Joins the blocks read per run into one narrow table: the row of each `columns` entry, in that order (a run may
 * hold columns between that are not wanted: they are left out).
 *
 * @param header The full header row.
 * @param columns The wanted 0-based columns, ascending (those `runs` were made from).
 * @param runs The runs read.
 * @param blocks Each run's data rows (`getValues()` of rows 2 … last), all of one length.
 * @returns Header (the wanted columns' cells) and data rows, narrow.
 * @example
 * joinRuns(['A', 'B', 'C'], [0, 2], [{ start: 0, count: 3 }], [[[1, 2, 3]]]) //=> [['A', 'C'], [1, 3]]
 */
export function joinRuns(
  header: readonly unknown[],
  columns: readonly number[],
  runs: readonly ColumnRun[],
  blocks: readonly (readonly (readonly unknown[])[])[],
): unknown[][] {
  // Where each wanted column is: its run and its place in that run.
  const places = columns.map((column) => placeInRuns(runs, column));
  const runOf = places.map((place) => place.run);
  const placeOf = places.map((place) => place.at);
  const rows = blocks.length === 0 ? 0 : blocks[0].length;
  const values: unknown[][] = new Array(rows + 1);
  values[0] = columns.map((column) => header[column]);
  const k = columns.length;
  if (runs.length === 1 && runs[0].count === k) {
    for (let r = 0; r < rows; r++) values[r + 1] = blocks[0][r] as unknown[];
    return values;
  }
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = new Array(k);
    for (let c = 0; c < k; c++) row[c] = blocks[runOf[c]][r][placeOf[c]];
    values[r + 1] = row;
  }
  return values;
}

/**
 * The user's mapping against the full header row, made complete and moved into a narrow table's columns: every
 * field is set (-1 = none), so detection in the narrow table finds exactly what it would find in the full one.
 *
 * @param headers The full header row as text.
 * @param mapping The user's column choices against it.
 * @param columns The full table's column of each narrow column.
 * @returns The mapping for the narrow table, or null when a field's column was not read.
 * @example
 * narrowMapping(['No', 'Date', 'Note', 'Amount'], undefined, [0, 1, 3]) //=> { date: 1, amount: 2, status: -1, … }
 */
export function narrowMapping(
  headers: readonly string[],
  mapping: ColumnMapping | undefined,
  columns: readonly number[],
): ColumnMapping | null {
  const found = detectColumns(headers, mapping);
  const narrow: ColumnMapping = {};
  for (const field of FIELDS) {
    const column = found[field];
    const at = column === undefined ? -1 : columns.indexOf(column);
    if (column !== undefined && at === -1) return null;
    narrow[field] = at;
  }
  return narrow;
}
