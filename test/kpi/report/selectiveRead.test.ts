import { describe, expect, it } from 'vitest';
import {
  CELLS_WORTH_A_READ,
  columnRuns,
  joinRuns,
  logColumnsToRead,
  placeInRuns,
  readGapFor,
} from '../../../src/kpi/log/columnRuns';
import { readSourceLog } from '../../../src/kpi/log/readSourceLog';
import { buildReportModel } from '../../../src/kpi/report/buildReportModel';
import { locateSheets, type SheetReader } from '../../../src/kpi/report/locateSheets';
import { DEFAULT_SETTINGS, type ResolvedReportSettings } from '../../../src/kpi/settings/reportSettings';
import { input, SALES } from './_model';

/** SALES spread over 20 columns with notes between them, and a footer line in the first column. */
function wideLog(): unknown[][] {
  const place = [2, 5, 6, 9, 10, 14, 18]; // Date, ID, Customer, Rep, Channel, Status, Amount
  return [
    ...SALES.map((row, r) => {
      const wide: unknown[] = Array.from({ length: 20 }, (_, c) => (r === 0 ? `Note ${c}` : `n${r}.${c}`));
      wide[0] = r === 0 ? 'No' : r;
      place.forEach((c, i) => {
        wide[c] = row[i];
      });
      return wide;
    }),
    ['Grand Totals (9 records)'],
  ];
}

/** A reader over in-memory sheets that counts the cells it hands out. */
function reader(book: Record<string, unknown[][]>): SheetReader & { cellsRead: number } {
  const counter = {
    cellsRead: 0,
    header: (name: string) => book[name][0] ?? [],
    columns(name: string, columns: readonly number[]) {
      const values = book[name];
      const runs = columnRuns(columns);
      const blocks = runs.map((run) =>
        values.slice(1).map((row) => Array.from({ length: run.count }, (_, i) => row[run.start + i] ?? '')),
      );
      counter.cellsRead += blocks.reduce((sum, block) => sum + block.length * (block[0]?.length ?? 0), 0);
      return joinRuns(values[0], columns, runs, blocks);
    },
  };
  return counter;
}

function locate(book: Record<string, unknown[][]>, settings: ResolvedReportSettings = DEFAULT_SETTINGS) {
  const parts = reader(book);
  const located = locateSheets(Object.keys(book), (name) => book[name], settings, 'UTC', undefined, parts);
  return { located, parts };
}

describe('placeInRuns', () => {
  it('finds the run that holds a column and its place in that run', () => {
    const runs = [
      { start: 0, count: 3 },
      { start: 6, count: 2 },
    ];
    expect([placeInRuns(runs, 0), placeInRuns(runs, 2), placeInRuns(runs, 7)]).toEqual([
      { run: 0, at: 0 },
      { run: 0, at: 2 },
      { run: 1, at: 1 },
    ]);
  });
});

describe('columnRuns', () => {
  it('merges adjacent columns only, unless told to read a gap of unwanted columns too', () => {
    expect(columnRuns([0, 1, 2, 6, 9, 10])).toEqual([
      { start: 0, count: 3 },
      { start: 6, count: 1 },
      { start: 9, count: 2 },
    ]);
    expect(columnRuns([0, 1, 2, 6, 9, 10], 9, 2)).toEqual([
      { start: 0, count: 3 },
      { start: 6, count: 5 },
    ]);
    expect(columnRuns([0, 1, 2, 5, 7, 8], 9, 0)).toEqual([
      { start: 0, count: 3 },
      { start: 5, count: 1 },
      { start: 7, count: 2 },
    ]);
  });

  it('joins the runs with the narrowest gaps when there are more than the most wanted', () => {
    expect(columnRuns([0, 4, 9], 2, 0)).toEqual([
      { start: 0, count: 5 },
      { start: 9, count: 1 },
    ]);
    const scattered = Array.from({ length: 12 }, (_, i) => i * 5 + (i % 2));
    const runs = columnRuns(scattered);
    expect(runs.length).toBe(9);
    for (const column of scattered) {
      expect(runs.some((run) => column >= run.start && column < run.start + run.count)).toBe(true);
    }
  });
});

describe('logColumnsToRead', () => {
  it('reads every field the header row has and the first column', () => {
    expect(logColumnsToRead(['No', 'Date', 'Note', 'Amount', 'Rep'])).toEqual([0, 1, 3, 4]);
  });
});

describe('a log read by its columns only', () => {
  it('gives the same report model as the whole sheet, reading the 8 of 20 columns it needs, in six runs', () => {
    const book = { Sales: wideLog() };
    const { located, parts } = locate(book);
    expect(located.sales?.columns).toEqual([0, 2, 5, 6, 9, 10, 14, 18]);
    const narrow = buildReportModel(input({ sales: located.sales }));
    expect(parts.cellsRead).toBe((book.Sales.length - 1) * 8); // 0, 2, 5–6, 9–10, 14 and 18
    const whole = buildReportModel(input({ sales: { name: 'Sales', values: book.Sales } }));
    expect(narrow.ok).toBe(true);
    expect(narrow).toEqual(whole);
  });

  it('follows the saved column choices by header text', () => {
    const book = { Sales: wideLog() };
    const settings = { ...DEFAULT_SETTINGS, columns: { rep: 'Note 3', channel: null } };
    const { located } = locate(book, settings);
    expect(located.sales?.columns).toContain(3);
    expect(located.sales?.columns).not.toContain(10);
    const whole = buildReportModel(input({ settings, sales: { name: 'Sales', values: book.Sales } }));
    expect(buildReportModel(input({ settings, sales: located.sales }))).toEqual(whole);
  });

  it('quotes every header of the sheet when a required column is missing', () => {
    const book = { Sales: wideLog().map((row) => row.filter((_, c) => c !== 18)) };
    const { located } = locate(book);
    const options = { locale: 'en_US', timeZone: 'UTC' };
    const narrow = readSourceLog(located.sales!, options);
    expect(narrow.ok).toBe(false);
    expect(narrow).toEqual(readSourceLog({ name: 'Sales', values: book.Sales }, options));
    expect(!narrow.ok && 'headersFound' in narrow.error && narrow.error.headersFound).toContain('Note 1');
  });

  it('reads no data when only the sheet is asked for', () => {
    const { located, parts } = locate({ Sales: wideLog() });
    expect(located.sales?.name).toBe('Sales');
    expect(parts.cellsRead).toBe(0);
  });
});

describe('readGapFor', () => {
  it('reads a small log in one run and a long one by its wanted columns only', () => {
    const columns = [0, 1, 2, 3, 5, 6, 8, 9, 12]; // the bench's wide CRM export
    expect(columnRuns(columns, 9, readGapFor(1_000))).toEqual([{ start: 0, count: 13 }]);
    const long = columnRuns(columns, 9, readGapFor(200_000));
    expect(long.reduce((sum, run) => sum + run.count, 0)).toBe(9);
    expect(long).toHaveLength(4);
  });

  it('never reads along a gap holding more cells than a read is worth', () => {
    for (const rows of [1, 10, 999, 5_000, 20_001, 1_000_000]) {
      expect(readGapFor(rows) * rows).toBeLessThanOrEqual(CELLS_WORTH_A_READ);
      expect((readGapFor(rows) + 1) * rows).toBeGreaterThan(CELLS_WORTH_A_READ);
    }
  });
});
