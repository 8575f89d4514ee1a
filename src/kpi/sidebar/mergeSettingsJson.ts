import type { ReportSettings } from '../report/reportSettings';
import type { CleanSettings } from './validateSidebarSave';

/**
 * The `SALES_KPI_SETTINGS` JSON after a sidebar save: the fields the sidebar edits are replaced, everything else
 * the property holds (fields a newer version wrote) is kept. A choice left on "auto" removes its field, so the
 * report detects it again. Column choices are written by header text (`columns`); version 1's choices by
 * position (`mapping`) are removed, since the sidebar showed them migrated to header texts.
 *
 * @param previous The property's text, or null when it is not set (unreadable JSON is replaced).
 * @param settings The checked form.
 * @returns The JSON to store.
 * @example
 * mergeSettingsJson('{"mapping":{"date":4}}', { ...settings, columns: { date: 'Close Date' } })
 * //=> '{"periodType":"month",…,"columns":{"date":"Close Date"}}'
 */
export function mergeSettingsJson(previous: string | null, settings: CleanSettings): string {
  let base: Record<string, unknown> = {};
  if (previous !== null && previous.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(previous);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        base = parsed as Record<string, unknown>;
      }
    } catch {
      // Unreadable: the report used the defaults; the form's values replace it.
    }
  }
  const next: Record<string, unknown> & ReportSettings = { ...base };
  if (settings.salesSheet === null) delete next.salesSheet;
  else next.salesSheet = settings.salesSheet;
  if (settings.spendSheet === undefined) delete next.spendSheet;
  else next.spendSheet = settings.spendSheet;
  next.periodType = settings.periodType;
  next.reportPeriod = settings.reportPeriod;
  next.asOf = settings.asOf;
  next.atRisk = settings.atRisk;
  delete next.mapping;
  if (settings.columns === null) delete next.columns;
  else next.columns = settings.columns;
  if (settings.statuses === null) delete next.statuses;
  else if (settings.statuses !== undefined) next.statuses = settings.statuses;
  return JSON.stringify(next);
}
