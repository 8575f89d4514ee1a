import { userLanguage } from '../addon/_lib/userLanguage';
import { loadReportSettings } from '../addon/settings';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { bigQueryDialogHtml } from './dialogHtml';

const PERIOD_NAMES = {
  en: { week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' },
  ru: { week: 'Неделя', month: 'Месяц', quarter: 'Квартал', year: 'Год' },
} as const;

/**
 * The menu's «Отчёт из BigQuery…» / "Report from BigQuery…": opens the dialog (`bigQueryDialogHtml`), its period
 * the report settings' period type.
 */
export function showBigQueryDialog(): void {
  const lang = userLanguage(() => SpreadsheetApp.getActive().getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutput(
    bigQueryDialogHtml(lang, PERIOD_NAMES[lang], loadReportSettings().settings.periodType),
  )
    .setWidth(420)
    .setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, bigQueryMessages[lang].dialogTitle);
}
