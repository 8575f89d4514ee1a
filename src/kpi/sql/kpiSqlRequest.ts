import type { PeriodType } from '../calendar/periods';
import type { Field, StatusClass } from '../log/salesLog';

/**
 * How a date column of the table is typed: `date` (a DATE), `timestamp` (an instant: DuckDB TIMESTAMPTZ, BigQuery
 * TIMESTAMP; its day is taken in the request's time zone), `datetime` (a wall-clock time without a zone: DuckDB
 * TIMESTAMP, BigQuery DATETIME; its day is the one written), or `text` (ISO text `yyyy-mm-dd…`, its first ten
 * characters).
 */
export type SqlDateKind = 'date' | 'timestamp' | 'datetime' | 'text';

/** The dialects the compiler writes. */
export type SqlDialectName = 'duckdb' | 'bigquery';

/** A marketing spend table (spec §1.2) in the warehouse. */
export interface SpendSqlSource {
  /** The table: `spend`, `dataset.spend`, `project.dataset.spend`. */
  table: string;
  /** Column names of the spend table; `channel` optional. */
  columns: { date: string; spend: string; channel?: string | null };
  /** @default 'date' */
  dateKind?: SqlDateKind;
}

/**
 * What `compileKpiTableSql` compiles: the KPI_TABLE of spec §6 over a table with typed columns (a warehouse table,
 * a Parquet file, a CSV DuckDB has typed). What only pasted text needs (number text, continuation lines, footer
 * lines) is the table's job: see docs/SQL.md.
 */
export interface KpiSqlRequest {
  /** The sales log table: `orders`, `dataset.orders`, `project.dataset.orders`, or a DuckDB relation name. */
  table: string;
  /** Field → column name of the table (spec §1.1 fields); `date` and `amount` are required. */
  columns: Partial<Record<Field, string>>;
  /** How `date` and `created` are typed. @default { date: 'date', created: 'date' } */
  dateKinds?: Partial<Record<'date' | 'created', SqlDateKind>>;
  /**
   * `number` when the id column is an integer column: ids are then compared as numbers (no text to trim), which is
   * what the JS engine's text comparison amounts to for such a column and much cheaper on a large table.
   * @default 'text'
   */
  idType?: 'text' | 'number';
  /** @default 'month' */
  period?: PeriodType;
  /**
   * Group the rows by a field of `columns` (`rep`, `channel`, `customer`…) or by any other column of the table (its
   * name); null or '' for no grouping. Spend splits by group only when grouping by the `channel` field.
   */
  groupBy?: string | null;
  /** The marketing spend table, or null. */
  spend?: SpendSqlSource | null;
  /** The user's extra status texts per class (sidebar, `statuses` argument, CLI `--status`), as the JS engine takes them. */
  statuses?: Partial<Record<StatusClass, readonly string[]>>;
  /** The spreadsheet's time zone: the day of a `timestamp` column. @default 'UTC' */
  timeZone?: string;
  /**
   * The as-of cut-off (spec §3), days since 1970-01-01 (`Day`): sales and spend rows dated after it are left out, as
   * `computeKpis`' `lastDay` does. @default none: every row counts (KPI_TABLE)
   */
  lastDay?: number | null;
  /** Period indices the result must cover even without rows (the report's period, the year before…), as `computeKpis`' `include`. */
  include?: readonly number[];
}
