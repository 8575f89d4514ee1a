import type { PeriodType } from '../calendar/periods';
import type { SqlDateKind, SqlDialectName } from './kpiSqlRequest';

/**
 * The small layer where DuckDB and BigQuery Standard SQL differ; the query plan (`compileKpiTableSql`) is written
 * once against it. Each method returns SQL text. The differences it hides, each with a test of its own
 * (test/kpi/sql/sqlDialect.test.ts, docs/SQL.md):
 * - literals and names: `'it''s'` and `"col"` (DuckDB) vs `'it\'s'` and `` `col` `` (BigQuery);
 * - ISO weeks: DuckDB's `date_trunc('week', d)` starts on Monday; BigQuery's `DATE_TRUNC(d, WEEK)` on Sunday, so
 *   BigQuery uses `ISOWEEK`; both label with `%G-W%V` (the ISO year, not the calendar year, at New Year);
 * - DATE_TRUNC: DuckDB's takes the part first and returns a TIMESTAMP (cast back to DATE); BigQuery's takes the date
 *   first and keeps a DATE;
 * - division by zero: DuckDB's `/` gives NULL or ±Infinity, BigQuery's raises an error; both go through `divide`,
 *   which is NULL (blank, spec: "a ratio whose denominator is 0 is blank");
 * - COUNT(DISTINCT …): BigQuery has no `FILTER (WHERE …)` clause, so every conditional count is written
 *   `COUNT(DISTINCT CASE WHEN … THEN x END)` (NULLs are not counted in either);
 * - regular expressions: DuckDB's `regexp_replace` replaces the first match unless given `'g'`; BigQuery's replaces
 *   every match; both are RE2, whose `\s` is ASCII only, so whitespace is spelt out as JavaScript's `\s` is;
 * - time zones: the day of an instant is `CAST(timezone(zone, ts) AS DATE)` vs `DATE(ts, zone)`.
 */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** A column name. */
  ident(name: string): string;
  /** A table path (`dataset.table`). */
  table(path: string): string;
  /** A string literal. */
  str(text: string): string;
  /** An expression as text (a number column's digits as JavaScript's `String()` writes an integer). */
  text(expr: string): string;
  /** An expression as a double. */
  float(expr: string): string;
  /** An integer type name. */
  readonly int: string;
  /** What comes between a CTE's name and its body: `AS MATERIALIZED ` (DuckDB: computed once, however often read) or `AS `. */
  readonly materialized: string;
  /** A string literal holding every character JavaScript's `trim()` removes. */
  readonly spaces: string;
  /** Whether a text has a match of an RE2 pattern. */
  matches(expr: string, pattern: string): string;
  /** Every match of an RE2 pattern replaced. */
  replaceAll(expr: string, pattern: string, replacement: string): string;
  /** The DATE of a date column of the given kind (NULL when it has none). */
  dateOf(expr: string, kind: SqlDateKind, timeZone: string): string;
  /** Days since 1970-01-01 of a DATE. */
  dayNumber(date: string): string;
  /** The first day of the period holding a DATE (ISO weeks start on Monday). */
  truncate(date: string, period: PeriodType): string;
  /** The DATE of a day number. */
  dateOfDay(day: string): string;
  /** The first day of a month, from integer year and month expressions. */
  firstOfMonth(year: string, month: string): string;
  /** Integer division of non-negative integers. */
  intDiv(a: string, b: string): string;
  /** The remainder of non-negative integers. */
  mod(a: string, b: string): string;
  /** The label of spec §4 (`2026-W47`, `2026-11`, `2026-Q4`, `2026`) of the period starting on a DATE. */
  periodLabel(start: string, period: PeriodType): string;
  /** a / b, NULL when b is 0 (or NULL). */
  divide(a: string, b: string): string;
  /** A double that is NaN or ±Infinity read as NULL. */
  finite(expr: string): string;
  /** `FROM`-clause item: one row per integer `p` from `lo` to `hi` of the one-row relation `bounds`. */
  integerSeries(bounds: string, lo: string, hi: string, column: string): string;
}

// Every character JavaScript's `\s` and `trim()` take as white space.
export const JS_SPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

// JavaScript's `\s` (what the JS engine's normalizeKey trims and collapses), spelt out for RE2 (ASCII `\s` only).
export const JS_SPACE = '[\\t\\n\\x0B\\f\\r\\p{Z}\\x{FEFF}]';

const DUCKDB_PART: Readonly<Record<PeriodType, string>> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};
const BIGQUERY_PART: Readonly<Record<PeriodType, string>> = {
  week: 'ISOWEEK',
  month: 'MONTH',
  quarter: 'QUARTER',
  year: 'YEAR',
};

/** DuckDB (1.x). */
export const DUCKDB: SqlDialect = Object.freeze({
  name: 'duckdb',
  ident: (name: string) => `"${name.replace(/"/g, '""')}"`,
  table: (path: string) =>
    path
      .split('.')
      .map((part) => `"${part.replace(/"/g, '""')}"`)
      .join('.'),
  str: (text: string) => `'${text.replace(/'/g, "''")}'`,
  text: (expr: string) => `CAST(${expr} AS VARCHAR)`,
  float: (expr: string) => `CAST(${expr} AS DOUBLE)`,
  int: 'BIGINT',
  materialized: 'AS MATERIALIZED ',
  spaces: `'${JS_SPACE_CHARS}'`,
  matches: (expr: string, pattern: string) => `regexp_matches(${expr}, ${DUCKDB.str(pattern)})`,
  replaceAll: (expr: string, pattern: string, replacement: string) =>
    `regexp_replace(${expr}, ${DUCKDB.str(pattern)}, ${DUCKDB.str(replacement)}, 'g')`,
  dateOf: (expr: string, kind: SqlDateKind, timeZone: string) => {
    if (kind === 'date') return `CAST(${expr} AS DATE)`;
    if (kind === 'timestamp') return `CAST(timezone(${DUCKDB.str(timeZone)}, ${expr}) AS DATE)`;
    if (kind === 'datetime') return `CAST(${expr} AS DATE)`;
    return `TRY_CAST(substr(trim(${DUCKDB.text(expr)}), 1, 10) AS DATE)`;
  },
  dayNumber: (date: string) => `CAST(date_diff('day', DATE '1970-01-01', ${date}) AS BIGINT)`,
  truncate: (date: string, period: PeriodType) =>
    `CAST(date_trunc('${DUCKDB_PART[period]}', ${date}) AS DATE)`,
  dateOfDay: (day: string) => `(DATE '1970-01-01' + CAST(${day} AS INTEGER))`,
  firstOfMonth: (year: string, month: string) =>
    `make_date(CAST(${year} AS BIGINT), CAST(${month} AS BIGINT), 1)`,
  intDiv: (a: string, b: string) => `(${a} // ${b})`,
  mod: (a: string, b: string) => `(${a} % ${b})`,
  periodLabel: (start: string, period: PeriodType) => {
    if (period === 'week') return `strftime(${start}, '%G-W%V')`;
    if (period === 'month') return `strftime(${start}, '%Y-%m')`;
    if (period === 'quarter') return `strftime(${start}, '%Y') || '-Q' || CAST(quarter(${start}) AS VARCHAR)`;
    return `strftime(${start}, '%Y')`;
  },
  divide: (a: string, b: string) => `(CAST(${a} AS DOUBLE) / NULLIF(CAST(${b} AS DOUBLE), 0))`,
  finite: (expr: string) => `(CASE WHEN isfinite(${expr}) THEN ${expr} END)`,
  integerSeries: (bounds: string, lo: string, hi: string, column: string) =>
    `(SELECT UNNEST(range(${lo}, ${hi} + 1)) AS ${column} FROM ${bounds})`,
});

/** BigQuery Standard SQL (GoogleSQL). */
export const BIGQUERY: SqlDialect = Object.freeze({
  name: 'bigquery',
  ident: (name: string) => `\`${name.replace(/[`\\]/g, (c) => `\\${c}`)}\``,
  table: (path: string) => `\`${path.replace(/[`\\]/g, (c) => `\\${c}`)}\``,
  str: (text: string) =>
    `'${text.replace(/[\\'\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`))}'`,
  text: (expr: string) => `CAST(${expr} AS STRING)`,
  float: (expr: string) => `CAST(${expr} AS FLOAT64)`,
  int: 'INT64',
  materialized: 'AS ',
  spaces: `'${[...JS_SPACE_CHARS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}'`,
  matches: (expr: string, pattern: string) => `REGEXP_CONTAINS(${expr}, ${BIGQUERY.str(pattern)})`,
  replaceAll: (expr: string, pattern: string, replacement: string) =>
    `REGEXP_REPLACE(${expr}, ${BIGQUERY.str(pattern)}, ${BIGQUERY.str(replacement)})`,
  dateOf: (expr: string, kind: SqlDateKind, timeZone: string) => {
    if (kind === 'date') return `DATE(${expr})`;
    if (kind === 'timestamp') return `DATE(${expr}, ${BIGQUERY.str(timeZone)})`;
    if (kind === 'datetime') return `DATE(${expr})`;
    return `SAFE_CAST(SUBSTR(TRIM(${BIGQUERY.text(expr)}), 1, 10) AS DATE)`;
  },
  dayNumber: (date: string) => `UNIX_DATE(${date})`,
  truncate: (date: string, period: PeriodType) => `DATE_TRUNC(${date}, ${BIGQUERY_PART[period]})`,
  dateOfDay: (day: string) => `DATE_FROM_UNIX_DATE(${day})`,
  firstOfMonth: (year: string, month: string) => `DATE(${year}, ${month}, 1)`,
  intDiv: (a: string, b: string) => `DIV(${a}, ${b})`,
  mod: (a: string, b: string) => `MOD(${a}, ${b})`,
  periodLabel: (start: string, period: PeriodType) => {
    if (period === 'week') return `FORMAT_DATE('%G-W%V', ${start})`;
    if (period === 'month') return `FORMAT_DATE('%Y-%m', ${start})`;
    if (period === 'quarter') return `FORMAT_DATE('%Y-Q%Q', ${start})`;
    return `FORMAT_DATE('%Y', ${start})`;
  },
  divide: (a: string, b: string) => `SAFE_DIVIDE(CAST(${a} AS FLOAT64), CAST(${b} AS FLOAT64))`,
  finite: (expr: string) => `(CASE WHEN IS_NAN(${expr}) OR IS_INF(${expr}) THEN NULL ELSE ${expr} END)`,
  integerSeries: (bounds: string, lo: string, hi: string, column: string) =>
    `(SELECT ${column} FROM ${bounds}, UNNEST(GENERATE_ARRAY(${lo}, ${hi})) AS ${column})`,
});

/**
 * The dialect of a name.
 *
 * @param name `duckdb` or `bigquery`.
 * @returns Its dialect.
 * @example
 * sqlDialect('bigquery').divide('a', 'b') //=> 'SAFE_DIVIDE(CAST(a AS FLOAT64), CAST(b AS FLOAT64))'
 */
export function sqlDialect(name: SqlDialectName): SqlDialect {
  return name === 'bigquery' ? BIGQUERY : DUCKDB;
}
