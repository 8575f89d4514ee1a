import { DuckDBInstance } from '@duckdb/node-api';
import { decimalSeparatorOf } from '../../src/kpi/_lib/decimalSeparatorOf.js';
import { createHeaderMatcher } from '../../src/kpi/_lib/matchHeaders.js';
import { normalizeHeader } from '../../src/kpi/_lib/normalizeHeader.js';
import type { PeriodType } from '../../src/kpi/calendar/periods.js';
import type { Cell } from '../../src/kpi/engine/totalsGridRows.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { readsMonthFirst } from '../../src/kpi/i18n/locales/index.js';
import { mappingErrorMessage } from '../../src/kpi/i18n/mapping.js';
import { detectColumns } from '../../src/kpi/log/detectColumns.js';
import { SPEND_HEADER_SYNONYMS } from '../../src/kpi/log/readSpend.js';
import { FIELDS, type Field, type StatusClass } from '../../src/kpi/log/salesLog.js';
import { parseColumnChoices } from '../../src/kpi/mapping/parseColumnChoices.js';
import { parseStatusChoices } from '../../src/kpi/mapping/parseStatusChoices.js';
import { resolveColumnChoices } from '../../src/kpi/mapping/resolveColumnChoices.js';
import { compileKpiTableSql, sqlInputsOf } from '../../src/kpi/sql/compileKpiTableSql.js';
import { kpiRowsOfSql, type SqlRow } from '../../src/kpi/sql/kpiRowsOfSql.js';
import type { KpiSqlRequest, SqlDateKind } from '../../src/kpi/sql/kpiSqlRequest.js';
import { InputError } from '../report/errors.js';

/** What the DuckDB engine needs to know (a subset of the CLI's options, so the report CLI can call it too). */
export interface DuckdbTableOptions {
  data: string;
  spend: string | null;
  period: PeriodType;
  groupBy: string | null;
  lang: Lang;
  locale: string;
  timeZone: string;
  /** `--map` choices, one per line, or null. */
  columns: string | null;
  /** `--status` choices, one per line, or null. */
  statuses: string | null;
  /** DuckDB's memory limit (`4GB`): past it DuckDB spills to a temporary folder. @default DuckDB's, 80% of RAM */
  memoryLimit?: string | null;
}

/** The query DuckDB ran and its rows, for callers that build more than the table (the report). */
export interface DuckdbResult {
  request: KpiSqlRequest;
  sql: string;
  rows: SqlRow[];
}

const DATE_FIELDS = new Set<Field>(['date', 'created']);
const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
]);
const NUMBER_FIELDS = new Set<Field>(['amount', 'quantity', 'refund']);
const matchSpend = createHeaderMatcher(SPEND_HEADER_SYNONYMS);

/**
 * Runs the compiled KPI_TABLE query in DuckDB over a file DuckDB reads itself (`read_csv` with every column as
 * text, or `read_parquet` with its own types): no row of the log enters JavaScript, only the table's rows come back.
 *
 * Columns are found by the same header detection as the JS engine (`detectColumns`, `--map`), then typed by a view
 * (the CLI's load step, docs/SQL.md): a DATE/TIMESTAMP column as it is, a text date read as ISO `yyyy-mm-dd`,
 * `dd.mm.yyyy`, or `mm/dd/yyyy` (en_US) / `dd/mm/yyyy` (other locales), the time ignored; a text number with
 * spaces, a currency sign or code, and the locale's decimal separator (an ambiguous `1.234` in ru_RU is blank).
 *
 * @param options File, spend, period, group, language, locale, zone, column and status choices.
 * @returns The query, and its rows.
 * @throws InputError when a file cannot be read or a required column is missing.
 */
export async function runDuckdbKpiQuery(options: DuckdbTableOptions): Promise<DuckdbResult> {
  const log = await openDuckdbLog(options);
  try {
    const sql = compileKpiTableSql(log.request, 'duckdb');
    return { request: log.request, sql, rows: await log.run(sql) };
  } finally {
    log.close();
  }
}

/** A log DuckDB reads from a file, ready for queries: the views `kpi_sales` (and `kpi_spend`) and the request over them. */
export interface DuckdbLog {
  /** The KPI_TABLE request over the views, grouped as the options ask. */
  request: KpiSqlRequest;
  /** Runs one query, its rows as JavaScript values. */
  run(sql: string): Promise<SqlRow[]>;
  /** Closes the connection and the database. */
  close(): void;
}

/**
 * Opens a DuckDB database in memory over the log's file (and the spend file): the views the compiled query reads,
 * typed by the load step, and the request; for callers that run several queries over one log (the report).
 *
 * @param options As `runDuckdbKpiQuery`.
 * @returns The request, a query runner and `close`.
 * @throws InputError when a file cannot be read or a required column is missing.
 */
export async function openDuckdbLog(options: DuckdbTableOptions): Promise<DuckdbLog> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    const run = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as SqlRow[];
    // Row order is never read (the query sorts its result), which lets DuckDB stream more and hold less.
    await run('SET preserve_insertion_order = false');
    // The compiled query joins the log's rows to small dictionaries (status, customer and group maps: one row per
    // distinct text). DuckDB cannot size a DISTINCT over a file and flips those LEFT joins to build its hash table on
    // the log (1M rows) and probe it with the dictionary. Keeping the side as written (the dictionary) as the build
    // side gives a hash table of the dictionary's size, not the log's, and took 5–15% less CPU on the 1M-row KPI
    // table (docs/SQL.md "Speed"). Results are the same either way.
    await run("SET disabled_optimizers = 'build_side_probe_side'");
    if (options.memoryLimit) await run(`SET memory_limit = '${options.memoryLimit.replace(/'/g, '')}'`);
    await defineMacros(run, options.locale);
    const sales = await describeFile(run, options.data, 'sales_file');
    const mapping = salesMapping(sales.headers, options);
    const columns: Partial<Record<Field, string>> = {};
    const dateKinds: Partial<Record<'date' | 'created', SqlDateKind>> = {};
    const select: string[] = [];
    for (const field of FIELDS) {
      const at = mapping[field];
      if (at === undefined || at < 0) continue;
      const header = sales.headers[at];
      const typed = typedColumn(field, ident(header), sales.types[at]);
      select.push(`${typed.expr} AS ${ident(field)}`);
      columns[field] = field;
      if (typed.kind !== null) dateKinds[field as 'date' | 'created'] = typed.kind;
    }
    let groupBy: string | null = null;
    if (options.groupBy !== null && options.groupBy.trim() !== '') {
      groupBy = groupField(options.groupBy, sales.headers, mapping, select);
    }
    await run(`CREATE VIEW kpi_sales AS SELECT ${select.join(', ')} FROM sales_file`);

    let spend: KpiSqlRequest['spend'] = null;
    if (options.spend !== null) {
      const file = await describeFile(run, options.spend, 'spend_file');
      const found = matchSpend(file.headers, new Set());
      if (found.date === undefined || found.spend === undefined) {
        throw new InputError(
          `the spend table has no ${found.date === undefined ? 'date' : 'spend'} column (headers: ${file.headers.join(', ')})`,
        );
      }
      const date = typedColumn('date', ident(file.headers[found.date]), file.types[found.date], true);
      const parts = [
        `${date.expr} AS "date"`,
        `${typedColumn('amount', ident(file.headers[found.spend]), file.types[found.spend]).expr} AS "spend"`,
        ...(found.channel === undefined ? [] : [`${ident(file.headers[found.channel])} AS "channel"`]),
        // The spend cell as the file has it: a blank one is no skipped row (the report's row count, readSpend).
        `${ident(file.headers[found.spend])} AS "spend_text"`,
      ];
      await run(`CREATE VIEW kpi_spend AS SELECT ${parts.join(', ')} FROM spend_file`);
      spend = {
        table: 'kpi_spend',
        columns: { date: 'date', spend: 'spend', channel: found.channel === undefined ? null : 'channel' },
        dateKind: date.kind ?? 'date',
      };
    }
    const idAt = mapping.id ?? -1;
    const request: KpiSqlRequest = {
      table: 'kpi_sales',
      columns,
      dateKinds,
      idType: idAt >= 0 && INTEGER_TYPES.has(sales.types[idAt]) ? 'number' : 'text',
      period: options.period,
      groupBy,
      spend,
      statuses: statusesOf(options),
      timeZone: options.timeZone,
    };
    return { request, run, close };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * The KPI_TABLE rows of the DuckDB engine, laid out as the JS engine lays them out.
 *
 * @param options As `runDuckdbKpiQuery`.
 * @returns Header, then one row per period (and group).
 */
export async function duckdbKpiTable(options: DuckdbTableOptions): Promise<Cell[][]> {
  const result = await runDuckdbKpiQuery(options);
  return kpiRowsOfSql(
    result.rows,
    { period: options.period, grouped: result.request.groupBy !== null },
    options.lang,
    null,
  );
}

export { sqlInputsOf };

/** A file as a DuckDB view; its column names and types. */
async function describeFile(run: (sql: string) => Promise<SqlRow[]>, file: string, view: string) {
  const path = `'${file.replace(/'/g, "''")}'`;
  let relation: string;
  if (/\.parquet$/i.test(file)) relation = `read_parquet(${path})`;
  else if (/\.(csv|tsv|txt)$/i.test(file)) relation = `read_csv(${path}, header = true, all_varchar = true)`;
  else throw new InputError(`the duckdb engine reads .csv and .parquet files, not ${file}`);
  try {
    await run(`CREATE VIEW ${view} AS SELECT * FROM ${relation}`);
    const described = await run(`DESCRIBE SELECT * FROM ${view}`);
    return {
      headers: described.map((row) => String(row.column_name)),
      types: described.map((row) => String(row.column_type)),
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`DuckDB cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Field → column index: `--map` choices, then the JS engine's header detection. */
function salesMapping(headers: readonly string[], options: DuckdbTableOptions) {
  let override: Partial<Record<Field, number>> | undefined;
  if (options.columns !== null) {
    const parsed = parseColumnChoices(options.columns);
    const resolved = parsed.ok ? resolveColumnChoices(headers, parsed.choices) : parsed;
    if (!resolved.ok) throw new InputError(`--map: ${mappingErrorMessage(resolved.error, options.lang)}`);
    override = resolved.mapping;
  }
  const mapping = detectColumns(headers, override);
  for (const field of ['date', 'amount'] as const) {
    if (mapping[field] === undefined) {
      throw new InputError(
        `the sales log has no ${field} column (headers: ${headers.map((h) => `"${h}"`).join(', ')}): map it with --map ${field}=Header`,
      );
    }
  }
  return mapping;
}

function statusesOf(options: DuckdbTableOptions): Partial<Record<StatusClass, string[]>> | undefined {
  if (options.statuses === null) return undefined;
  const parsed = parseStatusChoices(options.statuses);
  if (!parsed.ok) throw new InputError(`--status: ${mappingErrorMessage(parsed.error, options.lang)}`);
  return parsed.statuses;
}

/** The group: a field of the log (`rep`), else a header of the file, added to the view as `group_column`. */
function groupField(
  by: string,
  headers: readonly string[],
  mapping: Partial<Record<Field, number>>,
  select: string[],
) {
  const wanted = normalizeHeader(by);
  const field = FIELDS.find((f) => f === wanted && (mapping[f] ?? -1) >= 0);
  if (field !== undefined) return field;
  const at = headers.findIndex((h) => normalizeHeader(h) === wanted);
  if (at === -1) {
    throw new InputError(
      `--group-by "${by}" is no field or header of the log (headers: ${headers.join(', ')})`,
    );
  }
  const mapped = FIELDS.find((f) => mapping[f] === at);
  if (mapped !== undefined) return mapped;
  select.push(`${ident(headers[at])} AS "group_column"`);
  return 'group_column';
}

/** A column of the file as the compiler wants it: dates as DATE/TIMESTAMP, numbers as DOUBLE, texts as they are. */
function typedColumn(
  field: Field,
  column: string,
  type: string,
  monthOnly = false,
): { expr: string; kind: SqlDateKind | null } {
  if (DATE_FIELDS.has(field)) {
    if (type === 'DATE') return { expr: column, kind: 'date' };
    if (type === 'TIMESTAMP WITH TIME ZONE') return { expr: column, kind: 'timestamp' };
    if (type.startsWith('TIMESTAMP')) return { expr: column, kind: 'datetime' };
    return { expr: `kpi_date(${column}, ${monthOnly})`, kind: 'date' };
  }
  if (NUMBER_FIELDS.has(field)) {
    if (type === 'VARCHAR') return { expr: `kpi_number(${column})`, kind: null };
    return { expr: `TRY_CAST(${column} AS DOUBLE)`, kind: null };
  }
  return { expr: column, kind: null };
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The CLI's load step as DuckDB macros: `kpi_date(text, monthOnly)` and `kpi_number(text)` in the locale's reading
 * (docs/SQL.md "The table's job" says what they leave out).
 */
async function defineMacros(run: (sql: string) => Promise<SqlRow[]>, locale: string): Promise<void> {
  const monthFirst = readsMonthFirst(locale);
  const slash = monthFirst ? "'%m/%d/%Y', '%m/%d/%y'" : "'%d/%m/%Y', '%d/%m/%y'";
  await run(
    `CREATE MACRO kpi_date(x, month_only) AS (CASE ` +
      `WHEN regexp_matches(trim(x), '^\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(substr(trim(x), 1, 10) AS DATE) ` +
      `ELSE CAST(COALESCE(try_strptime(regexp_extract(trim(x), '^(\\S+)', 1), ['%d.%m.%Y', '%d.%m.%y', ${slash}]), ` +
      `CASE WHEN month_only THEN try_strptime(trim(x), ['%Y-%m', '%m.%Y', '%m/%Y']) END) AS DATE) END)`,
  );
  const decimalComma = decimalSeparatorOf(locale) === ',';
  // Spaces between digit groups, a currency sign or code before or after; then the separators.
  const bare =
    "regexp_replace(regexp_replace(trim(x), '(?i)^(?:[$€₽]|usd|rub|eur)\\s*|\\s*(?:[$€₽]|usd|rub|eur|руб\\.?|р\\.)$', '', 'g'), '[\\s\\x{00A0}\\x{202F}\\x{2009}]', '', 'g')";
  const comma = decimalComma
    ? "replace(t, ',', '.')"
    : "CASE WHEN regexp_matches(t, '^-?\\d{1,3}(,\\d{3})+$') THEN replace(t, ',', '') WHEN regexp_matches(t, '^-?\\d*,(\\d{1,2}|\\d{4,})$') THEN replace(t, ',', '.') END";
  const dot = decimalComma
    ? "CASE WHEN regexp_matches(t, '^-?\\d{1,3}(\\.\\d{3})+$') AND NOT regexp_matches(t, '^-?\\d{1,3}\\.\\d{3}$') THEN replace(t, '.', '') WHEN regexp_matches(t, '^-?\\d*\\.(\\d{1,2}|\\d{4,})$') THEN t END"
    : "CASE WHEN regexp_matches(t, '^-?\\d{1,3}(\\.\\d{3}){2,}$') THEN replace(t, '.', '') ELSE t END";
  await run(
    `CREATE MACRO kpi_number_bare(t) AS TRY_CAST(CASE ` +
      `WHEN t LIKE '%,%' AND t LIKE '%.%' THEN CASE WHEN strpos(reverse(t), ',') < strpos(reverse(t), '.') ` +
      `THEN replace(replace(t, '.', ''), ',', '.') ELSE replace(t, ',', '') END ` +
      `WHEN t LIKE '%,%' THEN ${comma} WHEN t LIKE '%.%' THEN ${dot} ELSE t END AS DOUBLE)`,
  );
  await run(`CREATE MACRO kpi_number(x) AS kpi_number_bare(${bare})`);
}
