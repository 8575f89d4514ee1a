import { userLanguage } from '../addon/_lib/userLanguage';
import { onOpen as addonOnOpen, type OpenEvent } from '../addon/onOpen';
import { bigQueryMessages } from '../kpi/i18n/bigquery';

/**
 * The BigQuery flavour's menus when the spreadsheet opens: the add-on's own menu, and a second one with «Отчёт из
 * BigQuery…» / "Report from BigQuery…" (an add-on menu cannot be extended after it is shown, so the flavour adds its
 * item beside it instead of copying the add-on's list of items).
 *
 * @param e The open event.
 */
export function onOpen(e?: OpenEvent): void {
  addonOnOpen(e);
  try {
    const limited = e?.authMode !== undefined && String(e.authMode) === String(ScriptApp.AuthMode.NONE);
    const lang = limited
      ? 'en'
      : userLanguage(() => (e?.source ?? SpreadsheetApp.getActive()).getSpreadsheetLocale());
    SpreadsheetApp.getUi()
      .createMenu('BigQuery')
      .addItem(bigQueryMessages[lang].menuItem, 'showBigQueryDialog')
      .addToUi();
  } catch (error) {
    console.error(error); // a menu that cannot be built must not break opening the spreadsheet
  }
}

/**
 * Runs when the flavour is installed: its menus at once.
 *
 * @param e The install event.
 */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
