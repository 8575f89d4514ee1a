/** What kind of BigQuery error a message is: the user is told what to do about each. */
export type BigQueryErrorKind = 'permission' | 'notFound' | 'resources' | 'quota' | 'failed';

/**
 * Sorts a BigQuery error (the advanced service throws `API call to bigquery.jobs.query failed with error: …`) into
 * the kinds the user can act on: access refused, a missing table, a query too large for its resources, a quota or
 * rate limit, anything else.
 *
 * @param message The error's message.
 * @returns The kind, and the message without the API call prefix.
 * @example
 * bigQueryErrorOf('API call to bigquery.tables.get failed with error: Not found: Table p:d.t').kind //=> 'notFound'
 */
export function bigQueryErrorOf(message: string): { kind: BigQueryErrorKind; detail: string } {
  const detail = message.replace(/^.*?failed with error:\s*/i, '').trim();
  const withDot = /[.!?]$/.test(detail) ? detail : `${detail}.`;
  if (/access denied|permission|forbidden|\b403\b|not authori[sz]ed/i.test(detail))
    return { kind: 'permission', detail: withDot };
  if (/not found|\b404\b|does not exist/i.test(detail)) return { kind: 'notFound', detail: withDot };
  if (/resources exceeded|too many (?:subqueries|query stages)|query is too complex/i.test(detail))
    return { kind: 'resources', detail: withDot };
  if (/quota|rate limit|ratelimit|exceeded|\b429\b/i.test(detail)) return { kind: 'quota', detail: withDot };
  return { kind: 'failed', detail: withDot };
}
