import { COHORT_MONTHS, type CohortTable } from '../../src/kpi/analytics/customerCohorts.js';
import { type Day, dayFromCivil } from '../../src/kpi/calendar/day.js';
import { type Period, periodEnd, periodIndexOf, periodLabel } from '../../src/kpi/calendar/periods.js';
import type { TotalsGrid } from '../../src/kpi/engine/computeKpis.js';
import { statusKey, type UnknownStatus } from '../../src/kpi/log/statusClass.js';
import type { ReportGridRequest, ReportKpis } from '../../src/kpi/report/reportKpis.js';
import { reportGridRequests } from '../../src/kpi/report/reportKpis.js';
import type { DataQualityItem, EngineLeftOut } from '../../src/kpi/report/reportModel.js';
import { compileKpiTableSql, sqlInputsOf } from '../../src/kpi/sql/compileKpiTableSql.js';
import { sqlNumber, totalsGridOfSql } from '../../src/kpi/sql/kpiRowsOfSql.js';
import type { KpiSqlRequest } from '../../src/kpi/sql/kpiSqlRequest.js';
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
 * The report's grids and log facts (`ReportKpis`) computed in SQL by DuckDB over a log it reads itself: one
 * compiled KPI_TABLE query per grid the report asks for (`reportGridRequests`: team cut at the as-of day and uncut,
 * by rep, by channel with or without spend), each turned into a `TotalsGrid` by `totalsGridOfSql`, one query
 * over the compiled plan's kept rows for the first day, the rows after the as-of day and the skipped rows, and two
 * for the customer cohorts. No row of the log enters JavaScript.
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
  const base = log.request;
  const has = (field: 'rep' | 'channel') => base.columns[field] !== undefined;
  const spendChannel = base.spend !== null && base.spend !== undefined && !!base.spend.columns.channel;
  const requests = reportGridRequests(period, asOf);
  const grid = async (wanted: ReportGridRequest): Promise<TotalsGrid> => {
    const request: KpiSqlRequest = {
      ...base,
      period: period.type,
      groupBy: wanted.groupBy,
      spend: wanted.spend === 'none' ? null : (base.spend ?? null),
      lastDay: wanted.lastDay,
      include: wanted.include,
    };
    const rows = await log.run(compileKpiTableSql(request, 'duckdb'));
    return totalsGridOfSql(
      rows,
      { period: period.type, grouped: wanted.groupBy !== null },
      sqlInputsOf(request),
    );
  };

  const facts = await log.run(factsSql(base, period, asOf));
  const fact = (name: string) => sqlNumber(facts[0]?.[name]) ?? 0;
  const afterAsOf = fact('after_as_of');
  const team = await grid(requests.team);
  const byChannel = has('channel') && spendChannel ? await grid(requests.byChannel) : null;
  const kpis: ReportKpis = {
    team,
    uncut: afterAsOf === 0 ? team : await grid(requests.uncut),
    byRep: has('rep') ? await grid(requests.byRep) : null,
    byChannel,
    channelMovers: byChannel === null && has('channel') ? await grid(requests.channelMovers) : null,
    firstDay: fact('kept') === 0 ? null : fact('first_day'),
    afterAsOf,
    cohorts:
      base.columns.customer === undefined
        ? null
        : await cohortsOf(log, Math.min(asOf, periodEnd(period) - 1)),
  };
  const unknown = base.columns.status === undefined ? [] : await unknownStatusesOf(log);
  const spendRows = base.spend ? await spendRowsOf(log, period) : null;
  return {
    kpis,
    quality: [
      {
        kind: 'rows',
        table: 'sales',
        sheet: salesSheet,
        rows: fact('all_rows'),
        skipped: fact('all_rows') - fact('kept'),
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
 * Customer cohorts (spec §7) as `customerCohortsOf` makes them, from two aggregates over the compiled plan's won
 * entries by month (`bucketed`, period `month`, customers normalised as the JS engine does): each customer's first
 * month (the cohort sizes), and the distinct customers of each cohort buying k = 0…11 months later.
 */
async function cohortsOf(log: DuckdbLog, lastDay: Day): Promise<CohortTable> {
  const plan = compileKpiTableSql(
    { ...log.request, period: 'month', groupBy: null, spend: null, lastDay: null, include: [] },
    'duckdb',
  );
  const end = plan.search(/,\s*bounds AS \(/);
  if (end === -1) throw new Error('duckdbReportKpis: the compiled plan has no bucketed and bounds steps');
  const won =
    `${plan.slice(0, end)}, cohort_won AS (SELECT cust, p FROM bucketed WHERE kind = 'W' AND cust IS NOT NULL ` +
    `AND day <= ${Math.floor(lastDay)}), cohort_firsts AS (SELECT cust, MIN(p) AS f FROM cohort_won GROUP BY cust)`;
  const sizes = await log.run(`${won} SELECT f, COUNT(*) AS n FROM cohort_firsts GROUP BY f`);
  const buyers = await log.run(
    `${won} SELECT f, w.p - f AS k, COUNT(DISTINCT w.cust) AS n FROM cohort_won AS w JOIN cohort_firsts USING (cust) ` +
      `WHERE w.p - f < ${COHORT_MONTHS} GROUP BY f, k`,
  );
  const last = periodIndexOf('month', lastDay);
  const num = (value: unknown) => sqlNumber(value) ?? 0;
  let earliest = last;
  for (const row of sizes) earliest = Math.min(earliest, num(row.f));
  const start = Math.max(earliest, last - COHORT_MONTHS + 1);
  const size = new Map(sizes.map((row) => [num(row.f), num(row.n)]));
  const bought = new Map(buyers.map((row) => [`${num(row.f)}:${num(row.k)}`, num(row.n)]));
  return {
    lastMonth: periodLabel({ type: 'month', index: last }),
    rows: Array.from({ length: last - start + 1 }, (_, i) => {
      const n = size.get(start + i) ?? 0;
      return {
        label: periodLabel({ type: 'month', index: start + i }),
        size: n,
        shares: Array.from({ length: COHORT_MONTHS }, (_, k) =>
          n === 0 || start + i + k > last ? null : (bought.get(`${start + i}:${k}`) ?? 0) / n,
        ),
      };
    }),
  };
}

/**
 * The status texts no class knows (`createStatusClassifier`'s `unknownStatuses`): one query for each distinct status
 * text of the rows with a plausible date (the rows the JS engine classifies) with its count and first row, then the
 * texts are classified, merged by `statusKey` and ordered as the JS engine orders them (by count, ties by first row).
 */
async function unknownStatusesOf(log: DuckdbLog): Promise<UnknownStatus[]> {
  const { columns, dateKinds, timeZone, statuses } = log.request;
  const d = sqlDialect('duckdb');
  const col = (field: 'date' | 'created' | 'status') => `src.${d.ident(columns[field]!)}`;
  const dateOf = (field: 'date' | 'created') =>
    d.dateOf(col(field), dateKinds?.[field] ?? 'date', timeZone ?? 'UTC');
  const date =
    columns.created === undefined ? dateOf('date') : `COALESCE(${dateOf('date')}, ${dateOf('created')})`;
  // Row numbers in the file's order: the tie order of the JS engine (first seen first).
  await log.run('SET preserve_insertion_order = true');
  const rows = await log.run(
    `SELECT s, COUNT(*) AS n, MIN(r) AS first FROM (SELECT ${col('status')} AS s, ${d.dayNumber(date)} AS day, ` +
      `ROW_NUMBER() OVER () AS r FROM ${log.request.table} AS src) AS numbered ` +
      `WHERE day BETWEEN 0 AND ${dayFromCivil(2099, 12, 31)} GROUP BY s ORDER BY first`,
  );
  await log.run('SET preserve_insertion_order = false');
  const known = statusKeyClasses(statuses);
  const merged = new Map<string, UnknownStatus>();
  for (const row of rows) {
    const text = row.s === null || row.s === undefined ? '' : String(row.s);
    const key = statusKey(text);
    if (key === '' || known.has(key)) continue;
    const count = sqlNumber(row.n) ?? 0;
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { text: text.trim(), count });
    else seen.count += count;
  }
  return [...merged.values()].sort((a, b) => b.count - a.count);
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

/**
 * One query over the compiled plan's `kept` rows (the rows the JS engine keeps in its log: a plausible date, an
 * amount where a sale needs one): how many, the first day, how many after the as-of day; and the table's rows.
 * The plan is the KPI_TABLE query cut after its `kept` step, so both read the rows by the same rules.
 */
function factsSql(base: KpiSqlRequest, period: Period, asOf: Day): string {
  const plan = compileKpiTableSql(
    { ...base, period: period.type, groupBy: null, spend: null, lastDay: null, include: [] },
    'duckdb',
  );
  const end = plan.search(/,\s*entries AS \(/);
  if (!plan.startsWith('WITH') || end === -1) {
    throw new Error('duckdbReportKpis: the compiled plan has no kept and entries steps');
  }
  return (
    `${plan.slice(0, end)} SELECT COUNT(*) AS kept, MIN(day) AS first_day, ` +
    `COUNT(CASE WHEN day > ${Math.floor(asOf)} THEN 1 END) AS after_as_of, ` +
    `(SELECT COUNT(*) FROM ${base.table}) AS all_rows FROM kept`
  );
}
