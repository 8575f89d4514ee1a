import { menuMessages } from '../kpi/i18n/menu';
import { openSidebarAt } from '../kpi/sidebar/openSidebarAt';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';

/**
 * Opens the Sales KPI sidebar: the data the report reads, its settings, the targets per period and team or rep,
 * and a button to build the report, scrolled to the targets. Menu: Extensions → Sales KPI → Set targets….
 */
export function showTargetsSidebar(): void {
  try {
    // The page is dist/Sidebar.html (src/sidebar/); it asks getSidebarState for everything it shows. It opens
    // scrolled to the targets (of the current period), which the menu item promised.
    const html = HtmlService.createHtmlOutputFromFile('Sidebar');
    html.setContent(openSidebarAt(html.getContent(), 'targets')).setTitle('Sales KPI');
    SpreadsheetApp.getUi().showSidebar(html);
  } catch (error) {
    console.error(error);
    const m = menuMessages[userLanguage(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())];
    showAlert(m.targetsTitle, error instanceof Error ? error.message : String(error));
  }
}
