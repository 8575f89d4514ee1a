import type { ReportSettings } from '../report/reportSettings';
import type { CleanSettings } from './validateSidebarSave';

/**
 * The `SALES_KPI_SETTINGS` JSON after a sidebar save: the fields the sidebar edits are replaced, everything else
 * the property holds (extra status texts, fields a newer version wrote) is kept. A choice left on "auto" removes
 * its field, so the report detects it again.
 *
 * @param previous The property's text, or null when it is not set (unreadable JSON is replaced).
 * @param settings The checked form.
 * @returns The JSON to store.
 * @example
 * mergeSettingsJson('{"statuses":{"won":["Paid out"]}}', { ...settings, periodType: 'quarter' })
 * //=> '{"statuses":{"won":["Paid out"]},"periodType":"quarter",…}'
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
  if (settings.mapping === null) delete next.mapping;
  else next.mapping = settings.mapping;
  return JSON.stringify(next);
}
