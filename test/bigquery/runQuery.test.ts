import { afterEach, describe, expect, it } from 'vitest';
import { QUERY_BUDGET_MS, QueryTimeout, runQuery } from '../../src/bigquery/runQuery';

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
});
