import { afterEach, describe, expect, it } from 'vitest';
import { QUERY_BUDGET_MS, QueryTimeout, runQueries, runQuery } from '../../src/bigquery/runQuery';

// runQuery against a stand-in of the advanced service: polling while the job runs, paging, and the 5-minute budget
// (Apps Script stops a run after 6 minutes), on a clock the test moves.

interface Call {
  method: string;
  args: unknown[];
}

function install(service: {
  query: (...args: unknown[]) => unknown;
  getQueryResults: (...args: unknown[]) => unknown;
}) {
  (globalThis as Record<string, unknown>).BigQuery = { Jobs: service };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).BigQuery;
});

const schema = { fields: [{ name: 'period' }, { name: 'revenue' }] };

describe('runQuery', () => {
  it('polls until the job completes, then reads every page', () => {
    const calls: Call[] = [];
    let polls = 0;
    install({
      query: (...args) => {
        calls.push({ method: 'query', args });
        return { jobReference: { jobId: 'j1', location: 'EU' }, jobComplete: false };
      },
      getQueryResults: (...args) => {
        calls.push({ method: 'getQueryResults', args });
        const options = args[2] as { pageToken?: string; location?: string };
        expect(options.location).toBe('EU');
        if (options.pageToken === 'p2')
          return { jobComplete: true, schema, rows: [{ f: [{ v: '2026-12' }, { v: null }] }] };
        polls += 1;
        if (polls < 3) return { jobComplete: false, jobReference: { jobId: 'j1' } };
        return {
          jobComplete: true,
          schema,
          rows: [{ f: [{ v: '2026-11' }, { v: '120.5' }] }],
          pageToken: 'p2',
        };
      },
    });
    const rows = runQuery('acme', 'SELECT 1', () => 0);
    expect(rows).toEqual([
      { period: '2026-11', revenue: '120.5' },
      { period: '2026-12', revenue: null },
    ]);
    expect(calls[0].args).toEqual([{ query: 'SELECT 1', useLegacySql: false, timeoutMs: 20_000 }, 'acme']);
    expect(calls.filter((c) => c.method === 'getQueryResults')).toHaveLength(4);
  });

  it('stops with QueryTimeout when the job is still running after the budget', () => {
    let now = 0;
    let polls = 0;
    install({
      query: () => ({ jobReference: { jobId: 'j1' }, jobComplete: false }),
      getQueryResults: () => {
        polls += 1;
        now += 20_000; // each poll waits 20 s in BigQuery
        return { jobComplete: false };
      },
    });
    expect(() => runQuery('acme', 'SELECT 1', () => now)).toThrow(QueryTimeout);
    expect(now).toBeGreaterThan(QUERY_BUDGET_MS);
    expect(now).toBeLessThanOrEqual(QUERY_BUDGET_MS + 20_000);
    expect(polls).toBe(Math.ceil(QUERY_BUDGET_MS / 20_000) + 1);
  });

  it('starts every job before awaiting any, and returns each job’s rows in the order of the queries', () => {
    const calls: string[] = [];
    const pending = new Map<string, number>();
    install({
      query: (request) => {
        const sql = (request as { query: string }).query;
        calls.push(`query ${sql}`);
        pending.set(sql, 2);
        return { jobReference: { jobId: sql }, jobComplete: false };
      },
      getQueryResults: (_project, jobId) => {
        const id = jobId as string;
        calls.push(`poll ${id}`);
        const left = pending.get(id)!;
        pending.set(id, left - 1);
        if (left > 0) return { jobComplete: false };
        return {
          jobComplete: true,
          schema: { fields: [{ name: 'q' }] },
          rows: [{ f: [{ v: id }] }],
          totalBytesProcessed: id === 'B' ? '0' : '10485760',
          cacheHit: id === 'B',
        };
      },
    });
    const stats = { bytes: 0, cached: 0 };
    const rows = runQueries('acme', ['A', 'B', 'C'], () => 0, stats);
    expect(stats).toEqual({ bytes: 2 * 10485760, cached: 1 });
    expect(rows).toEqual([[{ q: 'A' }], [{ q: 'B' }], [{ q: 'C' }]]);
    expect(calls.slice(0, 3)).toEqual(['query A', 'query B', 'query C']);
    expect(calls.filter((c) => c.startsWith('poll'))).toHaveLength(9);
  });

  it('shares one budget among the jobs: a slow second job stops the run with QueryTimeout', () => {
    let now = 0;
    install({
      query: (request) => ({
        jobReference: { jobId: (request as { query: string }).query },
        jobComplete: false,
      }),
      getQueryResults: (_project, jobId) => {
        now += 20_000;
        if (jobId === 'fast') return { jobComplete: true, schema: { fields: [] }, rows: [] };
        return { jobComplete: false };
      },
    });
    expect(() => runQueries('acme', ['fast', 'slow'], () => now)).toThrow(QueryTimeout);
    expect(now).toBeLessThanOrEqual(QUERY_BUDGET_MS + 20_000);
  });
});
