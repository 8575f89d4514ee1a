import { userLanguage } from '../addon/_lib/userLanguage';
import { loadReportSettings } from '../addon/settings';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { sidebarMessages } from '../kpi/i18n/sidebar';
import { bigQueryDialogHtml, SAVED_FORM_PROPERTY, type SavedBigQueryForm } from './dialogHtml';

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
      savedForm(PropertiesService.getDocumentProperties().getProperty(SAVED_FORM_PROPERTY)),
    ),
  )
    .setWidth(420)
    .setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, bigQueryMessages[lang].dialogTitle);
}

/** The saved form, or null when there is none or it does not read (an old or hand-edited property). */
function savedForm(json: string | null): SavedBigQueryForm | null {
  if (json === null) return null;
  try {
    const form = JSON.parse(json) as unknown;
    return form !== null && typeof form === 'object' && !Array.isArray(form)
      ? (form as SavedBigQueryForm)
      : null;
  } catch {
    return null;
  }
}
