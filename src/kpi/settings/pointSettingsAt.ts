/**
 * The `SALES_KPI_SETTINGS` JSON pointed at other data sheets (the inserted sample): the sales and spend sheets are
 * replaced; the column choices (by header text of the old log), version 1's positions, the report period and the
 * as-of day are removed, since they belong to the old log (the new one's columns are detected, its period is the
 * current one). Everything else (period type, at-risk threshold, status words, fields a newer version wrote) stays.
 *
 * @param previous The property's text, or null when it is not set (unreadable JSON is replaced).
 * @param sheets The new sales sheet and spend sheet (null: no spend table).
 * @returns The JSON to store.
 * @example
 * pointSettingsAt('{"salesSheet":"Deals","periodType":"quarter","columns":{"date":"Close"}}',
 *   { salesSheet: 'Sales (sample)', spendSheet: 'Marketing spend (sample)' })
 * //=> '{"salesSheet":"Sales (sample)","periodType":"quarter","spendSheet":"Marketing spend (sample)"}'
 */
export function pointSettingsAt(
  previous: string | null,
  sheets: { salesSheet: string; spendSheet: string | null },
): string {
  let base: Record<string, unknown> = {};
  try {
    const parsed: unknown = previous === null ? null : JSON.parse(previous);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      base = parsed as Record<string, unknown>;
    }
  } catch {
    // Unreadable: the report used the defaults; the new sheets replace it.
  }
  const next: Record<string, unknown> = {
    ...base,
    salesSheet: sheets.salesSheet,
    spendSheet: sheets.spendSheet,
  };
  for (const field of ['columns', 'mapping', 'reportPeriod', 'asOf']) delete next[field];
  return JSON.stringify(next);
}
