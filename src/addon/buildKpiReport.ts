import { normalizeKey } from '../kpi/_lib/normalizeKey';
import type { Lang } from '../kpi/i18n/lang';
import { describeReportError, reportMessages } from '../kpi/i18n/report';
import { buildReportModel } from '../kpi/report/buildReportModel';
import { layoutReport, type ReportGrid } from '../kpi/report/layoutReport';
import { locateSheets } from '../kpi/report/locateSheets';
import { buildingSheetName, REPORT_SHEET_NAMES } from '../kpi/report/reportSheetName';
import { clockIn } from './_lib/clock';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';
import { loadReportSettings } from './settings';
import { writeReportGrid } from './writeReportGrid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long to wait for another build to finish before saying so. */
const LOCK_WAIT_MS = 500;

/**
 * Builds the KPI report into the "KPI Report" sheet («Отчёт KPI» in Russian): the scorecard of the report period,
 * the trend, reps, channels, data quality and KPI definitions. Menu: Extensions → Sales KPI → Build KPI report.
 * Reads every data sheet once and never writes to them; builds the report in a new sheet and only then replaces
 * the previous report, so a failure leaves the previous report as it was.
 */
export function buildKpiReport(): void {
  const outcome = runReportBuild();
  if (!outcome.ok) showAlert(outcome.title, outcome.message);
}

/** What a report build came to: the report sheet, or why there is none, in the user's language. */
export type ReportBuildOutcome = { ok: true; sheet: string } | { ok: false; title: string; message: string };

/**
 * The build behind the menu command and the sidebar's button: takes the document lock, builds, and says how it
 * went instead of alerting, so each caller tells the user its own way (an alert, or a line in the sidebar).
 */
export function runReportBuild(): ReportBuildOutcome {
  let lang: Lang = 'en';
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const locale = spreadsheet.getSpreadsheetLocale();
    lang = userLanguage(locale);
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      return { ok: false, title: reportMessages[lang].alertTitle, message: reportMessages[lang].busy };
    }
    try {
      return buildLocked(spreadsheet, locale, lang);
    } finally {
      lock.releaseLock();
    }
  } catch (error) {
    console.error(error);
    return {
      ok: false,
      title: reportMessages[lang].alertTitle,
      message: reportMessages[lang].failed(reasonOf(error)),
    };
  }
}

/** Read once → model → layout → write into a new sheet → swap. Holds the document lock. */
function buildLocked(spreadsheet: Spreadsheet, locale: string, lang: Lang): ReportBuildOutcome {
  const m = reportMessages[lang];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { settings, notes } = loadReportSettings();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const read = (name: string) => sheets[names.indexOf(name)].getDataRange().getValues();
  const located = locateSheets(names, read, settings, timeZone);
  const clock = clockIn(timeZone, lang);
  const result = buildReportModel({
    sales: located.sales,
    spend: located.spend,
    targets: located.targets,
    settings,
    settingsNotes: notes,
    spendMissing: located.spendMissing,
    sheetNames: names,
    locale,
    timeZone,
    lang,
    today: clock.today,
    generatedAt: clock.text,
  });
  if (!result.ok) return { ok: false, title: m.alertTitle, message: describeReportError(lang, result.error) };
  return { ok: true, sheet: replaceReport(spreadsheet, sheets, names, layoutReport(result.model), lang) };
}

/**
 * Writes the grid into a new sheet at the previous report's place (or last), then deletes the previous report
 * and gives the new one its name. If anything fails before the swap, the new sheet is deleted and the previous
 * report stays as it was.
 */
function replaceReport(
  spreadsheet: Spreadsheet,
  sheets: Sheet[],
  names: string[],
  grid: ReportGrid,
  lang: Lang,
): string {
  const name = REPORT_SHEET_NAMES[lang];
  const other = REPORT_SHEET_NAMES[lang === 'ru' ? 'en' : 'ru'];
  let at = names.findIndex((n) => normalizeKey(n) === normalizeKey(name));
  if (at === -1) at = names.findIndex((n) => normalizeKey(n) === normalizeKey(other));
  const previous = at === -1 ? null : sheets[at];

  const fresh = spreadsheet.insertSheet(
    previous === null ? name : buildingSheetName(lang, names),
    at === -1 ? sheets.length : at,
  );
  let swapped = false;
  try {
    writeReportGrid(fresh, grid);
    if (previous !== null) {
      spreadsheet.deleteSheet(previous);
      swapped = true;
      fresh.setName(name);
    }
    return name;
  } catch (error) {
    if (!swapped) {
      try {
        spreadsheet.deleteSheet(fresh);
      } catch (cleanup) {
        console.error(cleanup);
      }
    }
    throw error;
  }
}

/** The message of an error, without a stack: what a user can read in an alert. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?…]$/.test(message) ? message : `${message}.`;
}
