import { cellText } from './_lib/cellText';
import { createDateCellReader } from './_lib/createDateCellReader';
import { Encoder } from './_lib/Encoder';
import { isBlankCell } from './_lib/isBlankCell';
import { isBlankRow } from './_lib/isBlankRow';
import { normalizeKey } from './_lib/normalizeKey';
import { readHeaderRow } from './_lib/readHeaderRow';
import { createDayOfDate } from './dayOfDate';
import { detectColumns } from './detectColumns';
import { parseNumber } from './parseNumber';
import {
  type ColumnMapping,
  type DataQuality,
  LOST,
  type LogError,
  OPEN,
  RETURN,
  type SalesLog,
  type SkippedRow,
  type StatusClass,
  WON,
} from './salesLog';
import { createStatusClassifier } from './statusClass';

export interface ReadLogOptions {
  /** Spreadsheet locale, e.g. 'ru_RU'. */
  locale: string;
  /** Spreadsheet time zone, e.g. 'Europe/Moscow'. */
  timeZone: string;
  /** User override of detected columns (see `detectColumns`; -1 = no such column). */
  mapping?: ColumnMapping;
  /** Extra status texts per class. */
  statuses?: Partial<Record<StatusClass, string[]>>;
  /** How many skipped rows to list in DataQuality.skipped. @default 100 */
  maxSkippedListed?: number;
}

export type ReadLogResult =
  | { ok: true; log: SalesLog; quality: DataQuality }
  | { ok: false; error: LogError };

// How an amount cell was read (no object per row on the fast path).
const READ = 0;
const BLANK = 1;
const UNREADABLE = 2;
const AMBIGUOUS = 3;

/**
 * Reads a sales log range once into typed columns (spec §1.1), with the data-quality notes.
 *
 * - Row 0 is the header; columns are found by `detectColumns` (or the user's `mapping`). Blank rows, including the
 *   hundreds of trailing ones an open range like `A1:I` brings, are ignored silently; short rows are fine.
 * - Dates: a `Date` cell is the day it shows in `timeZone`; text is read by `parseDate` in `locale` (a time is
 *   ignored); a number is a Sheets serial date (days since 1899-12-30, the fraction is the time) between 1970 and
 *   2099. A blank date falls back to the `created` column when there is one. Unreadable → skipped
 *   (`unreadable_date`).
 * - Amounts: numbers as they are; text by `parseNumber` in `locale` (`ambiguous_amount` when it refuses to guess).
 *   A negative amount makes a return row of |amount| whatever the status; a `returned` status makes a return row
 *   of its amount. A won or returned row without a readable amount is skipped; lost and open rows keep NaN (their
 *   counts do not need the amount). Without a status column every row is won.
 * - Ids and customers are dictionary-encoded: ids compared as trimmed text (123 and '123' are one id), customers
 *   also case-insensitive, `ё` = `е`. Customers are encoded for won rows only (-1 on other rows): no KPI counts
 *   the customers of lost, open or returned rows.
 *
 * One pass over the rows into typed arrays allocated at `values.length` (then a short one over the won rows'
 * customers), no object per row: a million 9-column rows read in ~0.5 s on a loaded 2-core server.
 *
 * @param values The range as Sheets gives it (`getValues()` or a custom function's argument), header first.
 * @param options Locale, time zone, the user's column mapping and extra status texts.
 * @returns `{ ok: true, log, quality }`, or `{ ok: false, error }` when a required column is missing or the log
 *   has no data rows.
 * @example
 * const r = readLog([['Дата', 'Сумма'], ['05.11.2026', '1 234,56 ₽']], { locale: 'ru_RU', timeZone: 'Europe/Moscow' });
 * r.ok && [r.log.size, r.log.amount[0]] //=> [1, 1234.56]
 */
export function readLog(values: readonly (readonly unknown[])[], options: ReadLogOptions): ReadLogResult {
  const { locale } = options;
  const maxListed = options.maxSkippedListed ?? 100;
  const dayOf = createDayOfDate(options.timeZone);
  const header = readHeaderRow(values, dayOf, 'sales');
  if (header.error) return { ok: false, error: header.error };
  const { headers, headersFound } = header;

  const columns = detectColumns(headers, options.mapping);
  for (const field of ['date', 'amount'] as const) {
    if (columns[field] === undefined) {
      return { ok: false, error: { code: 'missing_column', table: 'sales', field, headersFound } };
    }
  }
  const cDate = columns.date!;
  const cAmount = columns.amount!;
  const cStatus = columns.status ?? -1;
  const cId = columns.id ?? -1;
  const cCustomer = columns.customer ?? -1;
  const cQuantity = columns.quantity ?? -1;
  const cCreated = columns.created ?? -1;

  const n = values.length;
  const day = new Int32Array(n);
  const kind = new Uint8Array(n);
  const amount = new Float64Array(n);
  const source = new Int32Array(n);
  const quantity = cQuantity >= 0 ? new Float64Array(n) : null;
  const id = cId >= 0 ? new Int32Array(n) : null;
  const customer = cCustomer >= 0 ? new Int32Array(n) : null;

  const readDate = createDateCellReader(locale, dayOf);
  const classify = createStatusClassifier(options.statuses);
  const ids = new Encoder(trim, dayOf, n);
  const customers = new Encoder(normalizeKey, dayOf, n);

  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  let rows = 0;
  let size = 0;
  const skip = (code: SkippedRow['code'], r: number, column: number, cell: unknown): void => {
    if (skipped.length < maxListed) {
      skipped.push({ code, row: r + 1, column: headers[column], value: cellText(cell, dayOf) });
    }
    skippedCount++;
  };

  for (let r = 1; r < n; r++) {
    const row = values[r];

    // Date: a Date cell is the fast path; a blank one may be a blank row, or fall back to `created`.
    const dateCell = row[cDate];
    let d: number | null;
    if (dateCell instanceof Date) {
      d = dayOf(dateCell);
    } else if (isBlankCell(dateCell)) {
      if (isBlankRow(row)) continue;
      if (cCreated >= 0 && !isBlankCell(row[cCreated])) {
        d = readDate(row[cCreated]);
        if (d === null) {
          rows++;
          skip('unreadable_date', r, cCreated, row[cCreated]);
          continue;
        }
      } else {
        d = null;
      }
    } else {
      d = readDate(dateCell);
    }
    rows++;
    if (d === null) {
      skip('unreadable_date', r, cDate, dateCell);
      continue;
    }

    // Amount: a number cell is the fast path.
    const amountCell = row[cAmount];
    let a: number;
    let how: number = READ;
    if (typeof amountCell === 'number') {
      a = amountCell;
      if (a - a !== 0) how = UNREADABLE; // NaN or ±Infinity
    } else if (isBlankCell(amountCell)) {
      a = Number.NaN;
      how = BLANK;
    } else if (typeof amountCell === 'string') {
      const reading = parseNumber(amountCell, locale);
      if (reading.ok) {
        a = reading.value;
      } else {
        a = Number.NaN;
        how = reading.reason === 'ambiguous_number' ? AMBIGUOUS : UNREADABLE;
      }
    } else {
      a = Number.NaN; // a boolean or a Date in the amount column
      how = UNREADABLE;
    }

    let statusClass: StatusClass = 'won';
    if (cStatus >= 0) {
      const statusCell = row[cStatus];
      statusClass = classify(typeof statusCell === 'string' ? statusCell : cellText(statusCell, dayOf));
    }

    let k: number;
    if (a < 0) {
      k = RETURN; // a negative amount is a return whatever the status
      a = -a;
    } else if (statusClass === 'won' || statusClass === 'returned') {
      if (how !== READ) {
        skip(how === AMBIGUOUS ? 'ambiguous_amount' : 'unreadable_amount', r, cAmount, amountCell);
        continue;
      }
      k = statusClass === 'won' ? WON : RETURN;
    } else {
      k = statusClass === 'lost' ? LOST : OPEN;
    }

    day[size] = d;
    kind[size] = k;
    amount[size] = a;
    source[size] = r;
    if (quantity !== null) quantity[size] = readQuantity(row[cQuantity], locale);
    if (id !== null) id[size] = ids.code(row[cId]);
    size++;
  }

  if (rows === 0) return { ok: false, error: { code: 'empty_log', table: 'sales', headersFound } };
  // Customers in a second, tight loop over the kept won rows (no KPI counts other rows' customers): one string Map
  // hit per won row, the costliest lookup of a large log, runs faster alone than among the other columns' reads.
  if (customer !== null) {
    for (let i = 0; i < size; i++)
      customer[i] = kind[i] === WON ? customers.code(values[source[i]][cCustomer]) : -1;
  }
  const log: SalesLog = {
    size,
    day: day.subarray(0, size),
    kind: kind.subarray(0, size),
    amount: amount.subarray(0, size),
    quantity: quantity === null ? null : quantity.subarray(0, size),
    id: id === null ? null : id.subarray(0, size),
    idCount: ids.count,
    customer: customer === null ? null : customer.subarray(0, size),
    customerCount: customers.count,
    source: source.subarray(0, size),
    columns,
    headers,
  };
  const quality: DataQuality = {
    rows,
    skippedCount,
    skipped,
    unknownStatuses: classify.unknownStatuses(),
    footerLines: 0,
    continuationLines: 0,
    quantityIssues: { count: 0, listed: [] },
  };
  return { ok: true, log, quality };
}

function trim(text: string): string {
  return text.trim();
}

/** A quantity cell: read like an amount, NaN when blank or unreadable (units are summed over won rows only). */
function readQuantity(cell: unknown, locale: string): number {
  if (typeof cell === 'number') return cell - cell === 0 ? cell : Number.NaN;
  if (typeof cell !== 'string' || isBlankCell(cell)) return Number.NaN;
  const reading = parseNumber(cell, locale);
  return reading.ok ? reading.value : Number.NaN;
}
