import type { ReportSettings } from './reportSettings';
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

/** Apps Script's limit of one property (its name and value), in UTF-8 bytes. */
export const PROPERTY_MAX_BYTES = 9 * 1024;

/**
 * The size of a text in UTF-8, as the property store counts it.
 *
 * @param text Any text.
 * @returns Its length in bytes.
 * @example
 * utf8Length('Отгружен') //=> 16
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one character of 4 bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}
