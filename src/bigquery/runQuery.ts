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
  const started = now();
  const overBudget = () => now() - started > QUERY_BUDGET_MS;
  let response:
    | GoogleAppsScript.BigQuery.Schema.QueryResponse
    | GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse = BigQuery!.Jobs!.query(
    { query: sql, useLegacySql: false, timeoutMs: WAIT_MS },
    project,
  );
  const job = response.jobReference!;
  const options = (pageToken?: string) => ({
    timeoutMs: WAIT_MS,
    ...(job.location ? { location: job.location } : {}),
    ...(pageToken ? { pageToken } : {}),
  });
  while (response.jobComplete !== true) {
    if (overBudget()) throw new QueryTimeout(QUERY_BUDGET_MS / 60_000);
    response = BigQuery!.Jobs!.getQueryResults(project, job.jobId!, options());
  }
  const names = (response.schema?.fields ?? []).map((field) => field.name!);
  const rows: SqlRow[] = [];
  const add = (page: typeof response) => {
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
    if (overBudget()) throw new QueryTimeout(QUERY_BUDGET_MS / 60_000);
    const page = BigQuery!.Jobs!.getQueryResults(project, job.jobId!, options(token));
    add(page);
    token = page.pageToken;
  }
  return rows;
}
