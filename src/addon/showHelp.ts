import { menuMessages } from '../kpi/i18n/menu';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';

/**
 * Shows what Sales KPI does and how to use its menu and functions. Menu: Extensions → Sales KPI → About / Help.
 */
export function showHelp(): void {
  const m = menuMessages[userLanguage(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())];
  showAlert(m.helpTitle, m.helpText);
}
