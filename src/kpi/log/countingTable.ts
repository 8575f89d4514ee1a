import { cellText } from '../_lib/cellText';
import { createDateCellReader, NO_DATE, UNREADABLE_DATE } from '../_lib/createDateCellReader';
import { createDayOfDate } from '../calendar/dayOfDate';
import { CELLS_WORTH_A_READ, columnRuns } from './columnRuns';
import { detectColumns } from './detectColumns';
import type { ReadLogOptions } from './readLogOptions';
import type { Field } from './salesLog';
import { createStatusClassifier } from './statusClass';

/**
 * One column of a read: the cell of row `r` is `rows[r][at]` (the rows as `getValues` gave them, not copied).
 */
export interface ColumnSlice {
  rows: readonly (readonly unknown[])[];
  at: number;
}

/**
 * A sheet's cells below its header row, read on demand column by column (the add-on: one `getRange` per run of
 * adjacent columns, `src/addon/_lib/sheetReader.ts`).
 */
export interface ColumnCells {
  /** How many rows the sheet has below its header row. */
  rows: number;
  /**
   * The cells of `count` rows from `from` (0 = the row under the header) in the given 0-based columns (ascending):
   * one slice per column, in that order.
   */
  read(columns: readonly number[], from: number, count: number): readonly ColumnSlice[];
}

/**
 * The fields whose cells `readLog` reads on every row whose date reads (implausible dates included) and that decide
 * what the sidebar shows: whether the row is kept, skipped (an unreadable amount) or which status it has; the rep
 * lists the reps; a refund makes a second entry of the row (a rep's name is its most frequent spelling over the
 * entries). The id does too, but only on a `returned` row (then the whole id column is read: whether another row
 * has its id decides). Every other cell of such a row only fills a KPI's column (customers, quantities, created
 * days) or is never looked at (the footer tests, continuation lines, blank rows and the `created` fallback are
 * about rows whose date is blank, a no-date text or unreadable).
 */
const COUNTING_FIELDS: readonly Field[] = ['date', 'amount', 'status', 'rep', 'refund'];

/** The most row spans read whole (each a few `getRange` calls): beyond it, the closest spans are joined. */
const MAX_SPANS = 4;

/**
 * The sales log's narrow table (the columns of `logColumnsToRead`, header first) as far as the sidebar's figures
 * need it, read in steps: the date, amount, status, rep and refund columns of every row (and the ids when a row is
 * `returned`); then every other column only around the rows whose date is blank, a no-date text or unreadable (a
 * blank row, a footer, a continuation line, a `created` fallback, a bad date) and the row above each (the order a
 * continuation line is compared with). The other cells are blank (`''`), or missing at the end of a row (read as
 * blank). `readLog` over it gives what it gives over the whole table for the counts of rows, skipped rows and
 * unknown statuses, and for the kept entries' sources and kinds (so their reps and the reps' names): a row with a
 * readable date reads nothing else that decides them. Its customers, quantities and created days are blank on
 * those rows: the table is for counting, never for KPIs.
 *
 * A clean log (every date readable, no return) costs 4 of its ~9 columns; a messy one at most what the whole
 * table costs, in at most 4 more spans of reads.
 *
 * @param header The sheet's full header row.
 * @param headers It as text.
 * @param columns The sheet's columns of the narrow table (`logColumnsToRead`), ascending.
 * @param cells The sheet's cells below the header.
 * @param options As `readLog`'s (locale, time zone, the mapping against the full header row, status texts).
 * @returns The narrow table; only its header row when the log lacks a date or an amount column (its header
 *   decides the error).
 * @example
 * // Columns 0 (No), 1 (Date), 3 (Amount), 4 (Customer); row 2's date is blank.
 * countingTable(header, ['No', 'Date', 'Note', 'Amount', 'Customer'], [0, 1, 3, 4], cells, options)
 * //=> [['No', 'Date', 'Amount', 'Customer'], ['', d1, 10], [2, d2, 20, 'Acme'], [3, '', '', 'Acme']]
 */
export function countingTable(
  header: readonly unknown[],
  headers: readonly string[],
  columns: readonly number[],
  cells: ColumnCells,
  options: ReadLogOptions,
): unknown[][] {
  const table: unknown[][] = [columns.map((column) => header[column])];
  const found = detectColumns(headers, options.mapping);
  if (found.date === undefined || found.amount === undefined) return table;
  const every = COUNTING_FIELDS.flatMap((field) => (found[field] === undefined ? [] : [found[field]]));
  const n = cells.rows;
  const everyColumn = sorted(every);
  const read = cells.read(everyColumn, 0, n);
  const slices = new Map(everyColumn.map((column, i) => [column, read[i]]));
  if (found.id !== undefined && found.status !== undefined && !every.includes(found.id)) {
    if (hasReturned(slices.get(found.status)!, options)) {
      slices.set(found.id, cells.read([found.id], 0, n)[0]);
    }
  }
  const known = sorted([...slices.keys()]);
  const knownRows = known.map((column) => slices.get(column)!.rows);
  const knownFrom = known.map((column) => slices.get(column)!.at);
  const knownAt = known.map((column) => columns.indexOf(column));
  // A row only as long as its last known cell (readLog reads a short row's missing cells as blank), the cells
  // before it blank: less to allocate and collect on a long log.
  const blankRow: unknown[] = new Array(Math.max(...knownAt) + 1).fill('');
  for (let r = 0; r < n; r++) {
    const row = blankRow.slice();
    for (let c = 0; c < known.length; c++) row[knownAt[c]] = knownRows[c][r][knownFrom[c]];
    table.push(row);
  }
  const others = columns.filter((column) => !slices.has(column));
  if (others.length === 0) return table;
  const othersAt = others.map((column) => columns.indexOf(column));
  const readDate = createDateCellReader(options.locale, createDayOfDate(options.timeZone));
  for (const span of wholeRowSpans(slices.get(found.date)!, readDate, others)) {
    const spanSlices = cells.read(others, span.start, span.count);
    for (let i = 0; i < span.count; i++) {
      const row = table[span.start + i + 1];
      while (row.length < columns.length) row.push('');
      for (let c = 0; c < others.length; c++) row[othersAt[c]] = spanSlices[c].rows[i][spanSlices[c].at];
    }
  }
  return table;
}

/** Whether a status cell of the column classifies as `returned` (with the user's status texts). */
function hasReturned(statuses: ColumnSlice, options: ReadLogOptions): boolean {
  const classify = createStatusClassifier(options.statuses);
  const dayOf = createDayOfDate(options.timeZone);
  const { rows, at } = statuses;
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r][at];
    if (classify(typeof cell === 'string' ? cell : cellText(cell, dayOf)) === 'returned') return true;
  }
  return false;
}

function sorted(columns: readonly number[]): number[] {
  return [...new Set(columns)].sort((a, b) => a - b);
}

/**
 * The spans of rows to read whole: each row whose date is blank, a no-date text or unreadable (`readLog` looks at
 * its other cells: a blank row, a footer, a continuation line, the `created` fallback), and the row above it,
 * joined into spans where reading the rows between costs less than the reads of another span (`CELLS_WORTH_A_READ`
 * cells a read, one read per run of adjacent columns: a span of scattered columns costs several), at most
 * `MAX_SPANS`.
 *
 * @param dates The date column, row 0 under the header.
 * @param readDate Reads a date cell as `readLog` does (`createDateCellReader`).
 * @param columns The sheet's columns a span reads, ascending.
 * @returns Spans of rows (0 = under the header), ascending.
 * @example
 * wholeRowSpans({ rows: [[d], [d], [''], [d]], at: 0 }, readDate, [0, 4, 5]) //=> [{ start: 1, count: 2 }]
 */
export function wholeRowSpans(
  dates: ColumnSlice,
  readDate: (cell: unknown) => number,
  columns: readonly number[],
): { start: number; count: number }[] {
  const rows: number[] = [];
  const { rows: cells, at } = dates;
  for (let r = 0; r < cells.length; r++) {
    // A readable date, even an implausible one (skipped for it alone), needs no other cell of its row; a Date cell
    // from Sheets always reads so.
    const date = cells[r][at];
    if (date instanceof Date && !Number.isNaN(date.getTime())) continue;
    const day = readDate(date);
    if (day !== NO_DATE && day !== UNREADABLE_DATE) continue;
    if (r > 0 && rows[rows.length - 1] !== r - 1) rows.push(r - 1);
    rows.push(r);
  }
  const readsPerSpan = columnRuns(columns).length;
  return columnRuns(
    rows,
    MAX_SPANS,
    Math.floor((CELLS_WORTH_A_READ * readsPerSpan) / Math.max(1, columns.length)),
  );
}
