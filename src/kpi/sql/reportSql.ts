import { COHORT_MONTHS, type CohortTable } from '../analytics/customerCohorts';
import { type Day, dayFromCivil } from '../calendar/day';
import { type Period, periodEnd, periodIndexOf, periodLabel } from '../calendar/periods';
import type { TotalsGrid } from '../engine/computeKpis';
import { statusKey, type UnknownStatus } from '../log/statusClass';
import { type ReportGridRequest, type ReportKpis, reportGridRequests } from '../report/reportKpis';
import { compileKpiTableSql, sqlInputsOf } from './compileKpiTableSql';
import { type SqlRow, sqlNumber, totalsGridOfSql } from './kpiRowsOfSql';
import type { KpiSqlRequest, SqlDialectName } from './kpiSqlRequest';
import { sqlDialect } from './sqlDialect';
import { statusKeyClasses } from './statusCaseSql';

/** The grids of `ReportKpis`, each one compiled KPI_TABLE query. */
export type ReportGridKey = 'team' | 'uncut' | 'byRep' | 'byChannel' | 'channelMovers';
/** Every query of a report from SQL: the grids, the log facts, the cohorts and the status texts. */
export type ReportQueryKey =
  | ReportGridKey
  | 'facts'
  | 'cohortSizes'
  | 'cohortBuyers'
  | 'statusCounts'
  | 'spendFacts';

/** The queries of one report (only those its columns allow), and what reading their rows needs. */
export interface ReportSqlPlan {
  /** The base request (table, columns, status words, spend) every query is compiled from. */
  request: KpiSqlRequest;
  period: Period;
  asOf: Day;
  /** Query text per key, in the order they may be run; a key is missing when the log lacks its column. */
  queries: Partial<Record<ReportQueryKey, string>>;
  /** The grid request behind each grid query. */
  grids: Partial<Record<ReportGridKey, ReportGridRequest>>;
}

/** The report's figures from SQL rows, and the facts of the sales table the data-quality section tells. */
export interface ReportSqlFigures {
  kpis: ReportKpis;
  /** The table's rows, and how many of them the KPIs kept (the rest are skipped rows). */
  rows: number;
  kept: number;
  /** Status texts no class knows, merged by `statusKey`, most frequent first. */
  unknownStatuses: UnknownStatus[];
  /** The spend table's rows and skipped rows (no plausible date), or null without a spend table. */
  spend: { rows: number; skipped: number } | null;
}

const LAST_DAY = dayFromCivil(2099, 12, 31);

/**
 * The queries of a KPI report over a warehouse table (issue 16), in one dialect: one compiled KPI_TABLE query per grid
 * the report reads (`reportGridRequests`: team cut at as-of and uncut, by rep, by channel with spend split by channel
 * or without spend), one over the compiled plan's kept rows (rows, kept, first day, rows after as-of), two for the
 * customer cohorts and one counting each status text. The same texts in DuckDB and BigQuery but for the dialect, so
 * an engine can run them all at once (BigQuery: parallel jobs) and `reportKpisOfSql` reads the answers.
 *
 * @param base The table, columns, status words and spend (period, group and cut-off are set here).
 * @param period The report period P.
 * @param asOf The as-of day.
 * @param dialect `duckdb` or `bigquery`.
 * @returns The plan.
 * @example
 * Object.keys(reportSqlPlan({ table: 't', columns: { date: 'd', amount: 'a' } }, p, asOf, 'bigquery').queries)
 * //=> ['facts', 'team', 'uncut']
 */
export function reportSqlPlan(
  base: KpiSqlRequest,
  period: Period,
  asOf: Day,
  dialect: SqlDialectName,
): ReportSqlPlan {
  const has = (field: 'rep' | 'channel' | 'customer' | 'status') => !!base.columns[field];
  const spendChannel = !!base.spend?.columns.channel;
  const all = reportGridRequests(period, asOf);
  const grids: Partial<Record<ReportGridKey, ReportGridRequest>> = { team: all.team, uncut: all.uncut };
  if (has('rep')) grids.byRep = all.byRep;
  if (has('channel'))
    grids[spendChannel ? 'byChannel' : 'channelMovers'] = all[spendChannel ? 'byChannel' : 'channelMovers'];
  const queries: Partial<Record<ReportQueryKey, string>> = { facts: factsSql(base, period, asOf, dialect) };
  for (const [key, wanted] of Object.entries(grids) as [ReportGridKey, ReportGridRequest][]) {
    queries[key] = compileKpiTableSql(gridRequest(base, period, wanted), dialect);
  }
  if (has('customer'))
    Object.assign(queries, cohortSql(base, Math.min(asOf, periodEnd(period) - 1), dialect));
  if (has('status')) queries.statusCounts = statusCountsSql(base, dialect);
  if (base.spend) queries.spendFacts = spendFactsSql(base.spend, base.timeZone ?? 'UTC', dialect);
  return { request: base, period, asOf, queries, grids };
}

/**
 * The report's figures from the answers to `reportSqlPlan`'s queries (rows as a driver or BigQuery's REST API gives
 * them): each grid by `totalsGridOfSql`, the cohorts as `customerCohortsOf` makes them, the unknown status texts
 * classified and merged by `statusKey` as the JS engine merges them.
 *
 * @param plan The plan the answers are to.
 * @param answers Rows per query key (every key of `plan.queries`; `uncut` may be missing when no row is after as-of).
 * @returns The figures.
 * @throws Error when an answer the plan needs is missing.
 */
export function reportKpisOfSql(
  plan: ReportSqlPlan,
  answers: Partial<Record<ReportQueryKey, readonly SqlRow[]>>,
): ReportSqlFigures {
  const rowsOf = (key: ReportQueryKey): readonly SqlRow[] => {
    const rows = answers[key];
    if (rows === undefined) throw new Error(`reportKpisOfSql: no answer to the ${key} query`);
    return rows;
  };
  const facts = rowsOf('facts')[0] ?? {};
  const fact = (name: string) => sqlNumber(facts[name]) ?? 0;
  const grid = (key: ReportGridKey): TotalsGrid | null => {
    const wanted = plan.grids[key];
    if (wanted === undefined) return null;
    const request = gridRequest(plan.request, plan.period, wanted);
    return totalsGridOfSql(
      rowsOf(key),
      { period: plan.period.type, grouped: wanted.groupBy !== null },
      sqlInputsOf(request),
    );
  };
  const afterAsOf = fact('after_as_of');
  const team = grid('team')!;
  const cohortsDay = Math.min(plan.asOf, periodEnd(plan.period) - 1);
  return {
    kpis: {
      team,
      uncut: afterAsOf === 0 ? team : grid('uncut')!,
      byRep: grid('byRep'),
      byChannel: grid('byChannel'),
      channelMovers: grid('channelMovers'),
      firstDay: fact('kept') === 0 ? null : fact('first_day'),
      afterAsOf,
      cohorts: plan.queries.cohortSizes
        ? cohortTableOf(rowsOf('cohortSizes'), rowsOf('cohortBuyers'), cohortsDay)
        : null,
    },
    rows: fact('all_rows'),
    kept: fact('kept'),
    unknownStatuses: plan.queries.statusCounts
      ? unknownStatusesOf(rowsOf('statusCounts'), plan.request.statuses)
      : [],
    spend: plan.queries.spendFacts ? spendRowsOf(rowsOf('spendFacts')[0] ?? {}) : null,
  };
}

/** The KPI_TABLE request of one grid. */
function gridRequest(base: KpiSqlRequest, period: Period, wanted: ReportGridRequest): KpiSqlRequest {
  return {
    ...base,
    period: period.type,
    groupBy: wanted.groupBy,
    spend: wanted.spend === 'none' ? null : (base.spend ?? null),
    lastDay: wanted.lastDay,
    include: wanted.include,
  };
}

/** The compiled plan (no group, no spend, no cut) up to the step before `step`, for a query of its own after it. */
export function planUpTo(base: KpiSqlRequest, period: Period, step: string, dialect: SqlDialectName): string {
  const plan = compileKpiTableSql(
    { ...base, period: period.type, groupBy: null, spend: null, lastDay: null, include: [] },
    dialect,
  );
  const end = plan.indexOf(`,\n${step} AS (`);
  if (!plan.startsWith('WITH') || end === -1)
    throw new Error(`reportSql: the compiled plan has no ${step} step`);
  return plan.slice(0, end);
}

/**
 * One query over the compiled plan's `kept` rows (the rows the JS engine keeps: a plausible date, an amount where a
 * sale needs one): how many, the first day, how many after the as-of day; and the table's rows. Cut from the
 * KPI_TABLE query itself, so both read the rows by the same rules.
 */
export function factsSql(base: KpiSqlRequest, period: Period, asOf: Day, dialect: SqlDialectName): string {
  return (
    `${planUpTo(base, period, 'entries', dialect)} SELECT COUNT(*) AS kept, MIN(day) AS first_day, ` +
    `COUNT(CASE WHEN day > ${Math.floor(asOf)} THEN 1 END) AS after_as_of, ` +
    `(SELECT COUNT(*) FROM ${sqlDialect(dialect).table(base.table)}) AS all_rows FROM kept`
  );
}

/**
 * Customer cohorts' two aggregates over the compiled plan's won entries by month (`bucketed`, customers normalised
 * as the JS engine does) up to a day: each customer's first month (cohort sizes), and the distinct customers of each
 * cohort buying k = 0…11 months later.
 */
export function cohortSql(
  base: KpiSqlRequest,
  lastDay: Day,
  dialect: SqlDialectName,
): { cohortSizes: string; cohortBuyers: string } {
  const won =
    `${planUpTo(base, { type: 'month', index: 0 }, 'bounds', dialect)}, cohort_won AS (SELECT cust, p FROM bucketed ` +
    `WHERE kind = 'W' AND cust IS NOT NULL AND day <= ${Math.floor(lastDay)}), ` +
    'cohort_firsts AS (SELECT cust, MIN(p) AS f FROM cohort_won GROUP BY cust)';
  return {
    cohortSizes: `${won} SELECT f, COUNT(*) AS n FROM cohort_firsts GROUP BY f`,
    cohortBuyers:
      `${won} SELECT f, w.p - f AS k, COUNT(DISTINCT w.cust) AS n FROM cohort_won AS w ` +
      `JOIN cohort_firsts USING (cust) WHERE w.p - f < ${COHORT_MONTHS} GROUP BY f, k`,
  };
}

/** The cohort table (`customerCohortsOf`'s shape) of the two aggregates, up to the month of `lastDay`. */
export function cohortTableOf(
  sizes: readonly SqlRow[],
  buyers: readonly SqlRow[],
  lastDay: Day,
): CohortTable {
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
 * Each distinct status text of the rows with a plausible date (the rows the JS engine classifies), with its count
 * and first day. A warehouse table has no row order, so ties of count are ordered by first day, then text (the JS
 * engine orders them by first row, which a log sorted by date matches).
 */
export function statusCountsSql(base: KpiSqlRequest, dialect: SqlDialectName): string {
  const d = sqlDialect(dialect);
  const { columns, dateKinds } = base;
  const tz = base.timeZone ?? 'UTC';
  const dateOf = (field: 'date' | 'created') =>
    d.dateOf(`src.${d.ident(columns[field]!)}`, dateKinds?.[field] ?? 'date', tz);
  const date = columns.created ? `COALESCE(${dateOf('date')}, ${dateOf('created')})` : dateOf('date');
  return (
    `SELECT s, COUNT(*) AS n, MIN(day) AS first_day FROM (SELECT src.${d.ident(columns.status!)} AS s, ` +
    `${d.dayNumber(date)} AS day FROM ${d.table(base.table)} AS src) AS dated ` +
    `WHERE day BETWEEN 0 AND ${LAST_DAY} GROUP BY s`
  );
}

/**
 * The spend table's rows as `readSpend` counts them in a typed table: kept are the rows the KPIs sum (a plausible date
 * and a spend), a dated row with a blank spend is no skipped row, so the skipped rows are those without a plausible
 * date.
 */
export function spendFactsSql(
  spend: NonNullable<KpiSqlRequest['spend']>,
  timeZone: string,
  dialect: SqlDialectName,
): string {
  const d = sqlDialect(dialect);
  const day = d.dayNumber(d.dateOf(`src.${d.ident(spend.columns.date)}`, spend.dateKind ?? 'date', timeZone));
  return (
    `SELECT COUNT(*) AS all_rows, COUNT(CASE WHEN day BETWEEN 0 AND ${LAST_DAY} THEN 1 END) AS dated ` +
    `FROM (SELECT ${day} AS day FROM ${d.table(spend.table)} AS src) AS read_spend`
  );
}

/** The spend table's rows and skipped rows of `spendFactsSql`'s row. */
function spendRowsOf(row: SqlRow): { rows: number; skipped: number } {
  const rows = sqlNumber(row.all_rows) ?? 0;
  return { rows, skipped: rows - (sqlNumber(row.dated) ?? 0) };
}

/**
 * The status texts no class knows (`createStatusClassifier`'s `unknownStatuses`) from the status counts: classified
 * by `statusKey` with the user's words, merged by key (the first spelling named), most frequent first.
 *
 * @param rows `s`, `n` and an order column (`first_day`, or `first` for a file's row order).
 * @param statuses The user's extra status words.
 * @returns The unknown texts.
 * @example
 * unknownStatusesOf([{ s: 'Contract Sent', n: '2', first_day: '20000' }], {}) //=> [{ text: 'Contract Sent', count: 2 }]
 */
export function unknownStatusesOf(
  rows: readonly SqlRow[],
  statuses: KpiSqlRequest['statuses'],
): UnknownStatus[] {
  const order = (row: SqlRow) => sqlNumber(row.first ?? row.first_day) ?? 0;
  const text = (row: SqlRow) => (row.s === null || row.s === undefined ? '' : String(row.s));
  const sorted = [...rows].sort(
    (a, b) => order(a) - order(b) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
  );
  const known = statusKeyClasses(statuses);
  const merged = new Map<string, UnknownStatus>();
  for (const row of sorted) {
    const key = statusKey(text(row));
    if (key === '' || known.has(key)) continue;
    const count = sqlNumber(row.n) ?? 0;
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { text: text(row).trim(), count });
    else seen.count += count;
  }
  return [...merged.values()].sort((a, b) => b.count - a.count);
}
