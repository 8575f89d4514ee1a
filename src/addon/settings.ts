import {
  parseReportSettings,
  type ReportSettings,
  type ResolvedReportSettings,
  SETTINGS_PROPERTY,
  type SettingsNote,
} from '../kpi/settings/reportSettings';

export { type ReportSettings, SETTINGS_PROPERTY };

/**
 * Reads the report settings from the `SALES_KPI_SETTINGS` document property (two service calls). The sidebar and
 * `npm run report` write the same property, as JSON of the `ReportSettings` shape.
 *
 * @returns The checked settings with defaults, and notes about values that could not be used.
 */
export function loadReportSettings(): { settings: ResolvedReportSettings; notes: SettingsNote[] } {
  const json = PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  return parseReportSettings(json);
}
