import { menuMessages } from '../kpi/i18n/menu';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';

/**
 * Opens the targets editor. Menu: Extensions → Sales KPI → Set targets…. Until the sidebar arrives, it says how
 * to write targets on the "KPI Targets" sheet.
 */
export function showTargetsSidebar(): void {
  const m = menuMessages[userLanguage(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())];
  showAlert(m.targetsTitle, m.targetsSoon);
}
