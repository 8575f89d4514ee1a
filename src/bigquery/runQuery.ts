import type { SqlRow } from '../kpi/sql/kpiRowsOfSql';

/** How long a query may take: Apps Script stops a run after 6 minutes; the rest is for writing the sheet. */
export const QUERY_BUDGET_MS = 5 * 60 * 1000;
/** How long one call waits in BigQuery for the job to finish before it answers. */
const WAIT_MS = 20_000;

/** Thrown when the query has not finished within the budget. */
export class QueryTimeout extends Error {
  constructor(readonly minutes: number) {
    super(`the query did not finish within ${minutes} minutes`);
    this.name = 'QueryTimeout';
  }
}

/** How long `Jobs.query` waits when more jobs are to be started after it: they run in parallel in BigQuery. */
const SUBMIT_WAIT_MS = 1_000;

/** What the jobs cost: the bytes BigQuery processed (and billed, at least 10 MB a table) and the answers from its cache. */
export interface QueryStats {
  bytes: number;
  cached: number;
}

type Response =
  | GoogleAppsScript.BigQuery.Schema.QueryResponse
  | GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse;

/**
 * Runs a Standard SQL query with the BigQuery advanced service and returns its rows: `Jobs.query`, then
 * `Jobs.getQueryResults` while the job is not complete (each call waits up to 20 s in BigQuery) and for every further
 * page, within {@link QUERY_BUDGET_MS}.
 *
 * @param project The project billed for the query.
 * @param sql The query.
 * @param now The clock (tests pass the emulator's).
 * @returns Rows as column name → value (BigQuery answers every value as text, or null).
 * @throws QueryTimeout past the budget; BigQuery's own errors as the advanced service throws them.
 */
export function runQuery(project: string, sql: string, now: () => number = Date.now): SqlRow[] {
  return runQueries(project, [sql], now)[0];
}

/**
 * Runs several queries as parallel BigQuery jobs: each is started with `Jobs.query` (waiting 1 s, so all are
 * running within seconds), then each job's results are awaited in turn with `Jobs.getQueryResults` and read page by
 * page, all within {@link QUERY_BUDGET_MS}: the time of the slowest job, not the sum.
 *
 * @param project The project billed for the queries.
 * @param sqls The queries.
 * @param now The clock.
 * @param stats Filled with the bytes processed and the cache hits, when given.
 * @returns The rows of each query, in the order of `sqls`.
 * @throws QueryTimeout past the budget; BigQuery's own errors as the advanced service throws them.
 * @example
 * runQueries('acme', ['SELECT 1 AS a', 'SELECT 2 AS b']) //=> [[{ a: '1' }], [{ b: '2' }]]
 */
export function runQueries(
  project: string,
  sqls: readonly string[],
  now: () => number = Date.now,
  stats?: QueryStats,
): SqlRow[][] {
  const started = now();
  const check = () => {
    if (now() - started > QUERY_BUDGET_MS) throw new QueryTimeout(QUERY_BUDGET_MS / 60_000);
  };
  const wait = sqls.length > 1 ? SUBMIT_WAIT_MS : WAIT_MS;
  const submitted: Response[] = sqls.map((sql) =>
    BigQuery!.Jobs!.query({ query: sql, useLegacySql: false, timeoutMs: wait }, project),
  );
  return submitted.map((first) => {
    let response = first;
    const job = response.jobReference!;
    const options = (pageToken?: string) => ({
      timeoutMs: WAIT_MS,
      ...(job.location ? { location: job.location } : {}),
      ...(pageToken ? { pageToken } : {}),
    });
    while (response.jobComplete !== true) {
      check();
      response = BigQuery!.Jobs!.getQueryResults(project, job.jobId!, options());
    }
    if (stats) {
      stats.bytes += Number(response.totalBytesProcessed ?? 0) || 0;
      if (response.cacheHit) stats.cached += 1;
    }
    const names = (response.schema?.fields ?? []).map((field) => field.name!);
    const rows: SqlRow[] = [];
    const add = (page: Response) => {
      for (const row of page.rows ?? []) {
        const record: Record<string, unknown> = {};
        (row.f ?? []).forEach((cell, i) => {
          record[names[i]] = cell.v ?? null;
        });
        rows.push(record);
      }
    };
    add(response);
    let token = response.pageToken;
    while (token) {
      check();
      const page = BigQuery!.Jobs!.getQueryResults(project, job.jobId!, options(token));
      add(page);
      token = page.pageToken;
    }
    return rows;
  });
}
