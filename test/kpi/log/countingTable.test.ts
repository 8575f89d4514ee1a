import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateCellReader } from '../../../src/kpi/_lib/createDateCellReader';
import { createDayOfDate } from '../../../src/kpi/calendar/dayOfDate';
import { groupRows } from '../../../src/kpi/engine/groupRows';
import { logColumnsToRead } from '../../../src/kpi/log/columnRuns';
import { type ColumnCells, countingTable, wholeRowSpans } from '../../../src/kpi/log/countingTable';
import { readSourceLog } from '../../../src/kpi/log/readSourceLog';

// The sidebar counts from `countingTable` (the date, amount, status and rep of every row; other columns only around
// rows whose date does not read): `readLog` must count over it exactly what it counts over the whole table.

const LOCALE = 'ru_RU';
const ZONE = 'UTC';
const dayOf = createDayOfDate(ZONE);
const readDate = createDateCellReader(LOCALE, dayOf);
const OPTIONS = { locale: LOCALE, timeZone: ZONE };

// A wide export: the log's columns among notes, with the first column a row number (footer lines are told by it).
const HEADER = [
  'No',
  'Note',
  'Дата',
  'Сумма',
  'Note 2',
  'Статус',
  'Клиент',
  'Менеджер',
  'ID',
  'Кол-во',
  'Дата создания',
  'Сумма возврата',
];
const [NO, NOTE, DATE, AMOUNT, NOTE2, STATUS, CUSTOMER, REP, ID, QTY, CREATED, REFUND] = HEADER.map(
  (_, i) => i,
);

/** A sheet over values, counting the cells it hands out and the reads. */
function cellsOf(values: unknown[][]): ColumnCells & { cellsRead: number; reads: number } {
  const cells = {
    rows: values.length - 1,
    cellsRead: 0,
    reads: 0,
    read(columns: readonly number[], from: number, count: number) {
      cells.reads++;
      cells.cellsRead += columns.length * count;
      const rows = values.slice(1 + from, 1 + from + count);
      return columns.map((at) => ({ rows, at }));
    },
  };
  return cells;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** One line of a messy export. */
const lineArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant('sale') },
  ...[
    'blank',
    'continuation',
    'other_id_line',
    'footer',
    'totals',
    'created_only',
    'no_date',
    'bad_date',
    'old_date',
  ].map((kind) => ({ weight: 1, arbitrary: fc.constant(kind) })),
);

const saleArb = fc.record({
  date: fc.oneof(
    fc.integer({ min: 1, max: 28 }).map((d) => utc(2026, 10, d) as unknown),
    fc.constantFrom('05.11.2026', '2026-11-07', 45_970),
  ),
  amount: fc.oneof(fc.integer({ min: -50, max: 500 }), fc.constantFrom('1 234,56', 'много', '', 'n/a')),
  status: fc.constantFrom('Won', 'Lost', 'Open', 'Returned', 'Refunded', 'В работе?', '', 'Закрыта'),
  rep: fc.constantFrom('Анна', ' анна ', 'Борис', '', 'Вера'),
  customer: fc.constantFrom('ООО Ромашка', 'ИП Петров', ''),
  id: fc.integer({ min: 1, max: 6 }),
  qty: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant('два')),
  refund: fc.constantFrom('', '', 0, 25, -5, 'нет'),
});

type Sale = typeof saleArb extends fc.Arbitrary<infer T> ? T : never;

/** A wide sheet from lines: sales, continuation lines, blank rows, footers and totals among them. */
function sheetOf(lines: string[], sales: Sale[]): unknown[][] {
  const values: unknown[][] = [HEADER];
  let last: unknown[] | null = null;
  lines.forEach((line, i) => {
    const row: unknown[] = HEADER.map(() => '');
    row[NOTE] = `note ${i}`;
    row[NOTE2] = i % 3 === 0 ? '' : 'x';
    const sale = sales[i % sales.length];
    if (line === 'sale' || line === 'old_date' || line === 'bad_date' || line === 'no_date') {
      row[NO] = i;
      row[DATE] =
        line === 'old_date'
          ? utc(1960, 1, 1)
          : line === 'bad_date'
            ? '31.02.2026'
            : line === 'no_date'
              ? 'не закрыта'
              : sale.date;
      row[AMOUNT] = sale.amount;
      row[STATUS] = sale.status;
      row[REP] = sale.rep;
      row[CUSTOMER] = sale.customer;
      row[ID] = sale.id;
      row[QTY] = sale.qty;
      row[REFUND] = sale.refund;
      row[CREATED] = i % 2 === 0 ? utc(2026, 9, 1 + (i % 28)) : '';
      last = row;
    } else if (line === 'continuation' || line === 'other_id_line') {
      row[NOTE] = '';
      row[NOTE2] = '';
      row[QTY] = sale.qty;
      row[CUSTOMER] = sale.customer;
      row[ID] = line === 'other_id_line' ? 99 : (last?.[ID] ?? '');
      row[CREATED] = i % 2 === 0 ? (last?.[CREATED] ?? '') : '';
    } else if (line === 'blank') {
      row.fill('');
    } else if (line === 'footer') {
      row.fill('');
      row[NO] = 'Confidential Information - Do Not Distribute';
    } else if (line === 'totals') {
      row.fill('');
      row[NO] = 'Итого';
      row[AMOUNT] = 1000;
    } else if (line === 'created_only') {
      row[NO] = i;
      row[AMOUNT] = sale.amount;
      row[STATUS] = sale.status;
      row[REP] = sale.rep;
      row[CREATED] = utc(2026, 11, 3);
      last = row;
    }
    values.push(row);
  });
  return values;
}

/** What the sidebar shows of a log read from a table: its counts and its reps. */
function countsOf(values: readonly (readonly unknown[])[], columns: number[]) {
  const read = readSourceLog(
    { name: 'Sales', values, header: HEADER, columns },
    { ...OPTIONS, maxSkippedListed: 0, customers: false },
  );
  if (!read.ok) return { error: read.error.code };
  const { rows, skippedCount, unknownStatuses, footerLines, continuationLines } = read.quality;
  const reps = groupRows(values, read.log, 'rep', ZONE)?.names;
  return { rows, skippedCount, unknownStatuses, footerLines, continuationLines, reps };
}

function narrow(values: unknown[][], columns: number[]): unknown[][] {
  return values.map((row) => columns.map((column) => row[column] ?? ''));
}

/** A plain won sale, every cell readable. */
const WON_SALE: Sale = {
  date: utc(2026, 11, 2),
  amount: 10,
  status: 'Won',
  rep: 'Анна',
  customer: 'ИП Петров',
  id: 1,
  qty: 1,
  refund: '',
};

describe('countingTable', () => {
  it('counts what the whole table counts, on messy exports', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.array(saleArb, { minLength: 1, maxLength: 8 }),
        (lines, sales) => {
          const values = sheetOf(lines, sales);
          const columns = logColumnsToRead(HEADER);
          const sparse = countingTable(HEADER, HEADER, columns, cellsOf(values), OPTIONS);
          expect(countsOf(sparse, columns)).toEqual(countsOf(narrow(values, columns), columns));
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('compares a continuation line with the order row above it, whose id and created day it reads', () => {
    const lines = ['sale', 'sale', 'sale', 'continuation', 'sale', 'other_id_line'];
    const values = sheetOf(lines, [
      {
        date: utc(2026, 11, 2),
        amount: 10,
        status: 'Won',
        rep: 'Анна',
        customer: '',
        id: 5,
        qty: 1,
        refund: '',
      },
    ]);
    const columns = logColumnsToRead(HEADER);
    const sparse = countingTable(HEADER, HEADER, columns, cellsOf(values), OPTIONS);
    // The line with the order's id is one of its lines; the one with another id is a row without a date: skipped.
    expect(countsOf(sparse, columns)).toMatchObject({ rows: 6, skippedCount: 1, continuationLines: 1 });
    expect(countsOf(sparse, columns)).toEqual(countsOf(narrow(values, columns), columns));
    expect([sparse[1][columns.indexOf(ID)], sparse[3][columns.indexOf(ID)]]).toEqual(['', 5]);
  });

  it('reads only the date, amount, status, rep and refund of a clean log', () => {
    const values = sheetOf(Array(50).fill('sale'), [WON_SALE]);
    const cells = cellsOf(values);
    const table = countingTable(HEADER, HEADER, logColumnsToRead(HEADER), cells, OPTIONS);
    expect([cells.reads, cells.cellsRead]).toEqual([1, 5 * 50]);
    expect(table).toHaveLength(51);
  });

  it('reads the other columns only around the rows whose date does not read, in a few spans', () => {
    const lines = Array(30_000).fill('sale');
    lines[10] = 'no_date';
    lines[25_000] = 'continuation';
    const values = sheetOf(lines, [WON_SALE]);
    const cells = cellsOf(values);
    const columns = logColumnsToRead(HEADER);
    countingTable(HEADER, HEADER, columns, cells, OPTIONS);
    // No, customer, id, quantity, created: rows 10 and 25,000 with the rows above them, two spans of two rows.
    expect([cells.reads, cells.cellsRead]).toEqual([3, 5 * 30_000 + 2 * 2 * 5]);
  });

  it('gives only the header row when the log has no date column, so its header decides the error', () => {
    const header = ['No', 'Сумма', 'Статус'];
    const cells = cellsOf([header, [1, 10, 'Won']]);
    expect(countingTable(header, header, [0, 1, 2], cells, OPTIONS)).toEqual([header]);
    expect(cells.reads).toBe(0);
  });
});

/** A column of cells as a read gives it. */
function column(cells: unknown[]) {
  return { rows: cells.map((cell) => [cell]), at: 0 };
}

/** So many adjacent columns that no row between two spans is worth reading along. */
const WIDE = Array.from({ length: 100_000 }, (_, c) => c);

describe('wholeRowSpans', () => {
  it('takes each row whose date is blank, a no-date text or unreadable with the row above, not an implausible one', () => {
    const d = utc(2026, 11, 2);
    expect(wholeRowSpans(column([d, d, '', d, utc(1960, 1, 1), d, 'вчера']), readDate, WIDE)).toEqual([
      { start: 1, count: 2 },
      { start: 5, count: 2 },
    ]);
  });

  it('joins spans whose rows between cost less than another read, and keeps at most four', () => {
    const dates: unknown[] = Array(1000).fill(utc(2026, 11, 2));
    for (const r of [100, 200, 300, 400, 500, 900]) dates[r] = '';
    expect(wholeRowSpans(column(dates), readDate, [0, 1, 2, 3, 4, 5, 6, 7])).toEqual([
      { start: 99, count: 802 },
    ]);
    const spans = wholeRowSpans(column(dates), readDate, WIDE);
    expect(spans).toHaveLength(4);
    expect(spans[spans.length - 1]).toEqual({ start: 899, count: 2 });
  });

  it('joins spans further apart when their columns are scattered, each span costing a read per run of them', () => {
    const dates: unknown[] = Array(20_000).fill(utc(2026, 11, 2));
    dates[100] = '';
    dates[10_100] = '';
    // 3 adjacent columns: a read is worth 6,666 rows between; 3 scattered ones (3 reads a span): 20,000.
    expect(wholeRowSpans(column(dates), readDate, [4, 5, 6])).toHaveLength(2);
    expect(wholeRowSpans(column(dates), readDate, [0, 5, 9])).toEqual([{ start: 99, count: 10_002 }]);
  });
});
