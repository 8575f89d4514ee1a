import { type Day, dayFromCivil } from '../../src/kpi/calendar/day.js';
import type { Period } from '../../src/kpi/calendar/periods.js';
import { statusKey } from '../../src/kpi/log/statusClass.js';
import type { ReportKpis } from '../../src/kpi/report/reportKpis.js';
import type { DataQualityItem, EngineLeftOut } from '../../src/kpi/report/reportModel.js';
import { compileKpiTableSql } from '../../src/kpi/sql/compileKpiTableSql.js';
import { type SqlRow, sqlNumber } from '../../src/kpi/sql/kpiRowsOfSql.js';
import type { KpiSqlRequest } from '../../src/kpi/sql/kpiSqlRequest.js';
import {
  type ReportQueryKey,
  reportKpisOfSql,
  reportSqlPlan,
  statusCountsSql,
} from '../../src/kpi/sql/reportSql.js';
import { sqlDialect } from '../../src/kpi/sql/sqlDialect.js';
import { statusKeyClasses } from '../../src/kpi/sql/statusCaseSql.js';
import type { DuckdbLog } from '../kpiTable/duckdbEngine.js';

/** What a report from DuckDB leaves out: what reads the log's rows one by one (docs/SQL.md). */
export const DUCKDB_LEFT_OUT: readonly EngineLeftOut[] = ['skipped_rows', 'load_notes'];

/** The report's figures from DuckDB, and the rows of the sales log it counted. */
export interface DuckdbReportKpis {
  kpis: ReportKpis;
  /** The data-quality items the engine gives: the sales log's rows read and skipped, and what is left out. */
  quality: DataQualityItem[];
}

/**
 * The report's grids and log facts (`ReportKpis`) computed in SQL by DuckDB over a log it reads itself: the queries
 * of `reportSqlPlan` (one compiled KPI_TABLE query per grid the report asks for, the facts of the kept rows, the
 * customer cohorts; the uncut grid only when rows lie after the as-of day), read by `reportKpisOfSql` as the
 * BigQuery flavour reads its answers; the status texts in the file's order and the spend table's rows are this
 * engine's own queries. No row of the log enters JavaScript.
 *
 * @param log An open DuckDB log (`openDuckdbLog`, without a group).
 * @param period The report period P.
 * @param asOf The as-of day.
 * @param salesSheet The name the report gives the sales log (its data-quality line).
 * @param spendSheet The name it gives the spend table, or null.
 * @returns The figures and the engine's data-quality items.
 */
export async function duckdbReportKpis(
  log: DuckdbLog,
  period: Period,
  asOf: Day,
  salesSheet: string,
  spendSheet: string | null = null,
): Promise<DuckdbReportKpis> {
  const plan = reportSqlPlan(log.request, period, asOf, 'duckdb');
  // A file's spend rows are counted as readSpend counts text rows (spendRowsOf below), not as a typed table's.
  delete plan.queries.spendFacts;
  const answers: Partial<Record<ReportQueryKey, SqlRow[]>> = {};
  answers.facts = await log.run(plan.queries.facts!);
  const afterAsOf = sqlNumber(answers.facts[0]?.after_as_of) ?? 0;
  for (const [key, sql] of Object.entries(plan.queries) as [ReportQueryKey, string][]) {
    if (key === 'facts' || key === 'statusCounts' || (key === 'uncut' && afterAsOf === 0)) continue;
    answers[key] = await log.run(sql);
  }
  if (plan.queries.statusCounts) answers.statusCounts = await statusCountsInFileOrder(log);
  const figures = reportKpisOfSql(plan, answers);
  const unknown = figures.unknownStatuses;
  const spendRows = log.request.spend ? await spendRowsOf(log, period) : null;
  return {
    kpis: figures.kpis,
    quality: [
      {
        kind: 'rows',
        table: 'sales',
        sheet: salesSheet,
        rows: figures.rows,
        skipped: figures.rows - figures.kept,
      },
      ...(spendRows === null || spendSheet === null
        ? []
        : [{ kind: 'rows' as const, table: 'spend' as const, sheet: spendSheet, ...spendRows }]),
      ...(unknown.length > 0 ? [{ kind: 'unknown_statuses' as const, statuses: unknown }] : []),
      { kind: 'engine_left_out', engine: 'duckdb', sections: [...DUCKDB_LEFT_OUT] },
    ],
  };
}

/**
 * Each distinct status text of the rows with a plausible date with its count (`statusCountsSql`), and, only when the
 * order decides something (two unknown texts with the same count, or one status written two ways, whose first
 * spelling names it), the first row of each in the file's order: the JS engine's tie order (first seen first).
 * Numbering every row is the costly part, so a log whose unknown statuses are told apart by their counts skips it.
 */
async function statusCountsInFileOrder(log: DuckdbLog): Promise<SqlRow[]> {
  const counts = await log.run(statusCountsSql(log.request, 'duckdb'));
  if (!orderMatters(counts, log.request.statuses)) return counts;
  const { columns, dateKinds, timeZone } = log.request;
  const d = sqlDialect('duckdb');
  const col = (field: 'date' | 'created' | 'status') => `src.${d.ident(columns[field]!)}`;
  const dateOf = (field: 'date' | 'created') =>
    d.dateOf(col(field), dateKinds?.[field] ?? 'date', timeZone ?? 'UTC');
  const date =
    columns.created === undefined ? dateOf('date') : `COALESCE(${dateOf('date')}, ${dateOf('created')})`;
  await log.run('SET preserve_insertion_order = true');
  try {
    return await log.run(
      `SELECT s, COUNT(*) AS n, MIN(r) AS first FROM (SELECT ${col('status')} AS s, ${d.dayNumber(date)} AS day, ` +
        `ROW_NUMBER() OVER () AS r FROM ${log.request.table} AS src) AS numbered ` +
        `WHERE day BETWEEN 0 AND ${dayFromCivil(2099, 12, 31)} GROUP BY s`,
    );
  } finally {
    await log.run('SET preserve_insertion_order = false');
  }
}

/** Whether the unknown statuses of the counts depend on row order: a key written two ways, or two equal counts. */
export function orderMatters(counts: readonly SqlRow[], statuses: KpiSqlRequest['statuses']): boolean {
  const known = statusKeyClasses(statuses);
  const keys = new Set<string>();
  const sizes = new Set<number>();
  for (const row of counts) {
    const key = statusKey(row.s === null || row.s === undefined ? '' : String(row.s));
    if (key === '' || known.has(key)) continue;
    const n = sqlNumber(row.n) ?? 0;
    if (keys.has(key) || sizes.has(n)) return true;
    keys.add(key);
    sizes.add(n);
  }
  return false;
}

/**
 * The spend table's rows and skipped rows as `readSpend` counts them: rows with any text; kept are the plan's
 * `spend_rows` (a plausible date and a readable spend); a row with a date and a blank spend is not skipped.
 */
async function spendRowsOf(log: DuckdbLog, period: Period): Promise<{ rows: number; skipped: number }> {
  const base = log.request;
  const plan = compileKpiTableSql(
    { ...base, period: period.type, groupBy: null, lastDay: null, include: [] },
    'duckdb',
  );
  const end = plan.search(/,\s*bounds AS \(/);
  if (end === -1) throw new Error('duckdbReportKpis: the compiled plan has no bounds step');
  const d = sqlDialect('duckdb');
  const day = d.dayNumber(d.dateOf('src."date"', base.spend?.dateKind ?? 'date', base.timeZone ?? 'UTC'));
  const [row] = await log.run(
    `${plan.slice(0, end)} SELECT (SELECT COUNT(*) FROM spend_rows) AS kept, ` +
      `(SELECT COUNT(*) FROM spend_file WHERE COALESCE(trim(concat_ws('', *COLUMNS(*))), '') <> '') AS all_rows, ` +
      `(SELECT COUNT(*) FROM kpi_spend AS src WHERE COALESCE(trim(CAST(spend_text AS VARCHAR)), '') = '' ` +
      `AND ${day} BETWEEN 0 AND ${dayFromCivil(2099, 12, 31)}) AS blank`,
  );
  const rows = sqlNumber(row?.all_rows) ?? 0;
  return { rows, skipped: rows - (sqlNumber(row?.kept) ?? 0) - (sqlNumber(row?.blank) ?? 0) };
}
