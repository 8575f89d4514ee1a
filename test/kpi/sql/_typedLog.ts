import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cellText } from '../../../src/kpi/_lib/cellText';
import { createDateCellReader } from '../../../src/kpi/_lib/createDateCellReader';
import { formatDay } from '../../../src/kpi/calendar/day';
import { createDayOfDate } from '../../../src/kpi/calendar/dayOfDate';
import { parseNumber } from '../../../src/kpi/log/parseNumber';
import { readLog } from '../../../src/kpi/log/readLog';
import { readSpend } from '../../../src/kpi/log/readSpend';
import type { Field } from '../../../src/kpi/log/salesLog';
import type { KpiSqlRequest, SpendSqlSource } from '../../../src/kpi/sql/kpiSqlRequest';

// What a data engineer's load step makes of a pasted log (docs/SQL.md "The table's job"): one row per kept row of the
// JS reader (no footers, continuation lines merged into their order's quantity, blank rows gone), dates as DATEs,
// amounts as numbers (a text that does not read is NULL), status, ids, customers, reps and channels as the text the
// cells hold. The compiler's SQL over this table must give what the JS engine gives over the pasted text.

const TYPED_FIELDS: readonly Field[] = [
  'date',
  'created',
  'amount',
  'status',
  'id',
  'customer',
  'rep',
  'channel',
  'quantity',
  'refund',
];
/** The typed table's header of each field: texts both engines' header detection finds. */
export const TYPED_HEADERS: Readonly<Record<Field, string>> = {
  date: 'Date',
  created: 'Created',
  amount: 'Amount',
  status: 'Status',
  id: 'ID',
  customer: 'Customer',
  rep: 'Rep',
  channel: 'Channel',
  quantity: 'Quantity',
  refund: 'Refund Amount',
};
const SQL_TYPES: Record<Field, string> = {
  date: 'DATE',
  created: 'DATE',
  amount: 'DOUBLE',
  status: 'VARCHAR',
  id: 'VARCHAR',
  customer: 'VARCHAR',
  rep: 'VARCHAR',
  channel: 'VARCHAR',
  quantity: 'DOUBLE',
  refund: 'DOUBLE',
};

export interface TypedLog {
  /** Field → column of the typed CSV (the field's own name), for the fields the log has. */
  columns: Partial<Record<Field, string>>;
  /** The typed rows as CSV text (ISO dates, plain decimal numbers, quoted texts). */
  csv: string;
  /** DuckDB's `read_csv` call with the column types. */
  relation(file: string): string;
}

/**
 * The typed table of a pasted log.
 *
 * @param values The pasted cells, header first.
 * @param locale Spreadsheet locale.
 * @param timeZone Spreadsheet time zone.
 */
export function typedLog(values: unknown[][], locale: string, timeZone: string): TypedLog {
  const read = readLog(values, { locale, timeZone });
  if (!read.ok) throw new Error(`typedLog: the log does not read: ${read.error.code}`);
  const { log } = read;
  const fields = TYPED_FIELDS.filter((f) => log.columns[f] !== undefined);
  const dayOf = createDayOfDate(timeZone);
  const readDate = createDateCellReader(locale, dayOf);
  const date = (cell: unknown) => {
    const d = readDate(cell);
    return d >= 0 ? formatDay(d) : '';
  };
  const number = (cell: unknown) => {
    if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
    if (typeof cell !== 'string' || cell.trim() === '') return '';
    const r = parseNumber(cell, locale);
    return r.ok && Number.isFinite(r.value) ? String(r.value) : '';
  };
  const lines = [fields.map((f) => TYPED_HEADERS[f]).join(',')];
  let previous = -1;
  for (let i = 0; i < log.size; i++) {
    const r = log.source[i];
    if (r === previous) continue; // the second entry of a row (a sale and its return)
    previous = r;
    const row = values[r];
    const cells = fields.map((f) => {
      const cell = row[log.columns[f]!];
      if (f === 'date' || f === 'created') return date(cell);
      if (f === 'amount' || f === 'refund') return number(cell);
      if (f === 'quantity') return Number.isNaN(log.quantity![i]) ? '' : String(log.quantity![i]);
      return quote(cellText(cell, dayOf));
    });
    lines.push(cells.join(','));
  }
  const columns = Object.fromEntries(fields.map((f) => [f, TYPED_HEADERS[f]])) as Partial<
    Record<Field, string>
  >;
  const types = fields.map((f) => `${quoteSql(TYPED_HEADERS[f])}: '${SQL_TYPES[f]}'`).join(', ');
  return {
    columns,
    csv: `${lines.join('\n')}\n`,
    relation: (file) => `read_csv('${file}', header = true, columns = {${types}})`,
  };
}

/** The typed spend table (date, channel, spend) of a pasted one. */
export function typedSpend(
  values: unknown[][],
  locale: string,
  timeZone: string,
): { csv: string; columns: SpendSqlSource['columns']; relation(file: string): string } {
  const read = readSpend(values, { locale, timeZone });
  if (!read.ok) throw new Error(`typedSpend: ${read.error.code}`);
  const t = read.table;
  const lines = [t.channel ? 'Date,Channel,Spend' : 'Date,Spend'];
  for (let i = 0; i < t.size; i++) {
    lines.push(
      [formatDay(t.day[i]), ...(t.channel ? [quote(t.channel[i])] : []), String(t.spend[i])].join(','),
    );
  }
  const types = `'Date': 'DATE', ${t.channel ? "'Channel': 'VARCHAR', " : ''}'Spend': 'DOUBLE'`;
  return {
    csv: `${lines.join('\n')}\n`,
    columns: { date: 'Date', spend: 'Spend', ...(t.channel ? { channel: 'Channel' } : {}) },
    relation: (file) => `read_csv('${file}', header = true, columns = {${types}})`,
  };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function quoteSql(name: string): string {
  return `'${name}'`;
}

/** A DuckDB database in memory holding views `sales` (and `spend`) over typed CSV files in a temporary folder. */
export async function duckdbWith(tables: Record<string, { csv: string; relation(file: string): string }>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-sql-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const [name, table] of Object.entries(tables)) {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, table.csv);
    await connection.run(`CREATE TABLE "${name}" AS SELECT * FROM ${table.relation(file)}`);
  }
  return {
    async rows(sql: string): Promise<Record<string, unknown>[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export type { KpiSqlRequest };
