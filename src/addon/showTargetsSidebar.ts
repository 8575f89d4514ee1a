import { menuMessages } from '../kpi/i18n/menu';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';

/**
 * Opens the Sales KPI sidebar: the data the report reads, its settings, the targets per period and team or rep,
 * and a button to build the report. Menu: Extensions → Sales KPI → Set targets….
 */
export function showTargetsSidebar(): void {
  try {
    // The page is dist/Sidebar.html (src/sidebar/); it asks getSidebarState for everything it shows.
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sales KPI');
    SpreadsheetApp.getUi().showSidebar(html);
  } catch (error) {
    console.error(error);
    const m = menuMessages[userLanguage(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())];
    showAlert(m.targetsTitle, error instanceof Error ? error.message : String(error));
  }
}
