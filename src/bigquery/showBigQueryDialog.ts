import { userLanguage } from '../addon/_lib/userLanguage';
import { loadReportSettings } from '../addon/settings';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { sidebarMessages } from '../kpi/i18n/sidebar';
import { bigQueryDialogHtml } from './dialogHtml';
import { readSavedForm } from './savedForm';

/**
 * The menu's «Отчёт из BigQuery…» / "Report from BigQuery…": opens the dialog (`bigQueryDialogHtml`), its period
 * the report settings' period type.
 */
export function showBigQueryDialog(): void {
  const lang = userLanguage(() => SpreadsheetApp.getActive().getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutput(
    bigQueryDialogHtml(
      lang,
      sidebarMessages[lang].periodTypes,
      loadReportSettings().settings.periodType,
      readSavedForm(),
    ),
  )
    .setWidth(420)
    .setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, bigQueryMessages[lang].dialogTitle);
}
