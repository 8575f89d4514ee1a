// A fake of the BigQuery advanced service (`BigQuery.Tables.get`, `BigQuery.Jobs.query`, `BigQuery.Jobs.getQueryResults`)
// for the BigQuery flavour's tests (issue 16). It runs no SQL: it answers each query text with rows computed beforehand
// (by DuckDB, from the same query plan compiled for DuckDB), so a query the add-on compiles differently finds no
// answer and fails the test. Answers come back as BigQuery's REST API gives them: a schema, and every value as text.
import type { Environment } from './environment.js';

/** A table the fake knows: its columns (name and BigQuery type). */
export interface FakeTable {
  fields: { name: string; type: string }[];
}

/** An error the fake throws as the advanced service does (`API call to bigquery.… failed with error: …`). */
export interface FakeError {
  /** `jobs.query`, `jobs.getQueryResults` (a job that fails while it runs) or `tables.get`. */
  method: 'jobs.query' | 'jobs.getQueryResults' | 'tables.get';
  message: string;
}

export interface BigQueryFakeOptions {
  /** Tables by `project.dataset.table`. */
  tables?: Record<string, FakeTable>;
  /** Query text → result rows (column → value). */
  answers?: Map<string, Record<string, unknown>[]>;
  /** How many `getQueryResults` calls say the job is still running before it completes. @default 1 */
  pendingPolls?: number;
  /** Rows per page of results. @default 10000 */
  pageSize?: number;
  /** An error to throw instead of answering. */
  error?: FakeError | null;
}

/** What the fake was asked, for assertions. */
export interface BigQueryFakeLog {
  queries: { projectId: string; query: string; useLegacySql: unknown }[];
  polls: number;
  tableGets: string[];
}

/**
 * Installs the fake as the script global `BigQuery` of an environment (the flavour's manifest enables the advanced
 * service under that name).
 *
 * @param env The environment, before `loadBundle`.
 * @param options Tables, answers, polling and errors.
 * @returns The log of calls.
 */
export function installBigQuery(env: Environment, options: BigQueryFakeOptions): BigQueryFakeLog {
  const log: BigQueryFakeLog = { queries: [], polls: 0, tableGets: [] };
  const jobs = new Map<string, { rows: Record<string, unknown>[]; pending: number }>();
  const pageSize = options.pageSize ?? 10_000;
  const fail = (method: FakeError['method']) => {
    if (options.error?.method === method) {
      throw new Error(`API call to bigquery.${method} failed with error: ${options.error.message}`);
    }
  };
  const page = (jobId: string, startAt: number) => {
    const job = jobs.get(jobId)!;
    const rows = job.rows.slice(startAt, startAt + pageSize);
    const names = job.rows.length > 0 ? Object.keys(job.rows[0]) : [];
    return {
      jobReference: { jobId, location: 'EU' },
      jobComplete: true,
      totalRows: String(job.rows.length),
      // What BigQuery would bill: here 0.1 MB per result row (at least one), so a test can check the sum told.
      totalBytesProcessed: String(Math.max(1, job.rows.length) * 100_000),
      cacheHit: false,
      schema: { fields: names.map((name) => ({ name, type: 'STRING' })) },
      rows: rows.map((row) => ({ f: names.map((name) => ({ v: textOf(row[name]) })) })),
      ...(startAt + pageSize < job.rows.length ? { pageToken: String(startAt + pageSize) } : {}),
    };
  };
  const fake = {
    Tables: {
      get(projectId: string, datasetId: string, tableId: string) {
        const name = `${projectId}.${datasetId}.${tableId}`;
        log.tableGets.push(name);
        fail('tables.get');
        const table = options.tables?.[name];
        if (table === undefined) {
          throw new Error(
            `API call to bigquery.tables.get failed with error: Not found: Table ${projectId}:${datasetId}.${tableId}`,
          );
        }
        return { tableReference: { projectId, datasetId, tableId }, schema: { fields: table.fields } };
      },
    },
    Jobs: {
      query(request: { query: string; useLegacySql?: unknown }, projectId: string) {
        log.queries.push({ projectId, query: request.query, useLegacySql: request.useLegacySql });
        fail('jobs.query');
        // A job meant to fail while it runs starts whatever its text.
        const rows =
          options.answers?.get(request.query) ??
          (options.error?.method === 'jobs.getQueryResults' ? [] : undefined);
        if (rows === undefined) {
          throw new Error(
            'API call to bigquery.jobs.query failed with error: the fake has no answer for this query text',
          );
        }
        const jobId = `job_${jobs.size + 1}`;
        jobs.set(jobId, { rows, pending: options.pendingPolls ?? 1 });
        return { jobReference: { jobId, location: 'EU' }, jobComplete: false };
      },
      getQueryResults(_projectId: string, jobId: string, optional?: { pageToken?: string }) {
        log.polls += 1;
        fail('jobs.getQueryResults');
        const job = jobs.get(jobId);
        if (job === undefined)
          throw new Error(
            `API call to bigquery.jobs.getQueryResults failed with error: Not found: Job ${jobId}`,
          );
        if (job.pending > 0) {
          job.pending -= 1;
          return { jobReference: { jobId, location: 'EU' }, jobComplete: false };
        }
        return page(jobId, optional?.pageToken ? Number(optional.pageToken) : 0);
      },
    },
  };
  (env.globals as unknown as Record<string, unknown>).BigQuery = fake;
  return log;
}

/** A value as BigQuery's REST API writes it: text, or null. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return String(value);
}
