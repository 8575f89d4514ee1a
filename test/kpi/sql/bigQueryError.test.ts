import { describe, expect, it } from 'vitest';
import { bigQueryErrorOf } from '../../../src/kpi/sql/bigQueryError';

// The advanced service's errors as BigQuery words them (REST error messages), sorted into what the user can act on.

describe('bigQueryErrorOf', () => {
  const cases: [string, string][] = [
    [
      'API call to bigquery.jobs.query failed with error: Access Denied: Project acme: User does not have bigquery.jobs.create permission in project acme.',
      'permission',
    ],
    [
      'API call to bigquery.tables.get failed with error: Not found: Table acme:sales.orders was not found in location EU',
      'notFound',
    ],
    [
      'API call to bigquery.jobs.getQueryResults failed with error: Resources exceeded during query execution: Not enough resources for query planning - too many subqueries or query is too complex.',
      'resources',
    ],
    [
      'API call to bigquery.jobs.query failed with error: Quota exceeded: Your project exceeded quota for free query bytes scanned.',
      'quota',
    ],
    [
      'API call to bigquery.jobs.query failed with error: Exceeded rate limits: too many concurrent queries for this project_and_region.',
      'quota',
    ],
    [
      'API call to bigquery.jobs.query failed with error: Syntax error: Unexpected keyword AS at [1:10]',
      'failed',
    ],
  ];
  for (const [message, kind] of cases) {
    it(`sorts "${message.slice(45, 90)}…" as ${kind}`, () => {
      expect(bigQueryErrorOf(message).kind).toBe(kind);
    });
  }

  it('drops the API call prefix and ends the detail with a full stop', () => {
    expect(
      bigQueryErrorOf('API call to bigquery.tables.get failed with error: Not found: Dataset acme:sales')
        .detail,
    ).toBe('Not found: Dataset acme:sales.');
  });
});
