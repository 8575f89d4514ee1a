import { menuMessages } from '../kpi/i18n/menu';
import { userLanguage } from './_lib/userLanguage';

/** What Apps Script passes to `onOpen(e)` and `onInstall(e)`. */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/**
 * Adds the Sales KPI menu (Extensions → Sales KPI) when the spreadsheet opens: Build KPI report, Set targets…,
 * Insert sample data, About / Help — in the user's language. In AuthMode.NONE (the add-on not yet used in this
 * spreadsheet) it only builds the menu, in English, and touches nothing else.
 *
 * @param e The open event.
 */
export function onOpen(e?: OpenEvent): void {
  try {
    const limited = e?.authMode !== undefined && String(e.authMode) === String(ScriptApp.AuthMode.NONE);
    const lang = limited
      ? 'en'
      : userLanguage(() => (e?.source ?? SpreadsheetApp.getActive()).getSpreadsheetLocale());
    const m = menuMessages[lang];
    SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem(m.buildReport, 'buildKpiReport')
      .addItem(m.writeValues, 'writeKpiTableValues')
      .addItem(m.setTargets, 'showTargetsSidebar')
      .addItem(m.insertSample, 'insertSampleData')
      .addSeparator()
      .addItem(m.help, 'showHelp')
      .addToUi();
  } catch (error) {
    console.error(error); // a menu that cannot be built must not break opening the spreadsheet
  }
}

/**
 * Runs when the add-on is installed: adds the Sales KPI menu at once, without waiting for the spreadsheet to be
 * reopened.
 *
 * @param e The install event.
 */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
