import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { historyRowsOf } from '../kpi/history/historyRows';
import { type Lang, langOf } from '../kpi/i18n/lang';
import { reportMessages } from '../kpi/i18n/report';
import { describeReportError } from '../kpi/i18n/reportSentences';
import { buildReportModel, type ReportInput } from '../kpi/report/buildReportModel';
import { layoutRepCards } from '../kpi/report/layoutRepCards';
import { layoutReport, type ReportGrid } from '../kpi/report/layoutReport';
import type { ReportModel, ReportModelResult } from '../kpi/report/reportModel';
import {
  buildingSheetName,
  freeReportName,
  isBuildingSheetName,
  isReportName,
  isReportSheetName,
  REPORT_SHEET_NAMES,
} from '../kpi/report/reportSheetName';
import { clockIn } from './_lib/clock';
import { locateDataSheets } from './_lib/locateDataSheets';
import { markOwned, type OwnedRole } from './_lib/ownedSheets';
import { settleRepCards, writeRepCards } from './_lib/repCardsSheet';
import { showAlert } from './_lib/showAlert';
import { appendHistory, readHistory } from './schedule/historyStore';
import { loadReportSettings } from './settings';
import { finishInterruptedSave } from './sidebarSaveJournal';
import { writeReportGrid } from './writeReportGrid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long to wait for another build to finish before saying so. */
const LOCK_WAIT_MS = 500;

/**
 * Builds the KPI report into the "KPI Report" sheet («Отчёт KPI» in Russian): the scorecard of the report period,
 * the trend, reps, channels, data quality and KPI definitions. Menu: Extensions → Sales KPI → Build KPI report.
 * Reads every data sheet once and never writes to them; builds the report in a new sheet and only then replaces
 * the previous report, so a failure leaves the previous report as it was. Only a sheet the add-on marked as its
 * report (see `ownedSheets`) is ever replaced or deleted: a user's sheet that has the report's name is left as it
 * is, the report goes to a free name, and an alert says so.
 */
export function buildKpiReport(): void {
  // A sidebar save interrupted after its commit point is finished first, so the report never reads a half-edited
  // targets sheet (one getProperties call when there is none). If that fails, the build still runs and the save is
  // finished by the next load, save or build.
  try {
    finishInterruptedSave();
  } catch (error) {
    console.error(error);
  }
  const outcome = runReportBuild();
  if (!outcome.ok) showAlert(outcome.title, outcome.message);
  else if (outcome.notice !== undefined) showAlert(outcome.notice.title, outcome.notice.message);
}

/**
 * What a report build came to: the report sheet (and what the user should know about it, e.g. that it had to take
 * another name), or why there is none, in the user's language.
 */
export type ReportBuildOutcome =
  | { ok: true; sheet: string; notice?: { title: string; message: string } }
  | { ok: false; title: string; message: string };

/**
 * The build behind the menu command, the sidebar's button and the schedule: takes the document lock, builds, and
 * says how it went instead of alerting, so each caller tells the user its own way (an alert, a line in the sidebar,
 * a status and an e-mail).
 *
 * @param onBuilt Called with the model once the report is written (the schedule makes its e-mail of it).
 * @param modelOf What makes the model of the sheets read: the JS engine (`buildReportModel`), or the BigQuery
 *   flavour's figures computed in SQL (src/bigquery/runBigQueryReport.ts).
 */
export function runReportBuild(
  onBuilt?: (model: ReportModel) => void,
  modelOf: (input: ReportInput) => ReportModelResult = buildReportModel,
): ReportBuildOutcome {
  let lang: Lang = 'en';
  const seen: Seen = { reportExists: false };
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const locale = spreadsheet.getSpreadsheetLocale();
    lang = langOf(locale); // until the user's own language is known, for a message
    lang = reportLanguage(locale);
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      return { ok: false, title: reportMessages[lang].alertTitle, message: reportMessages[lang].busy };
    }
    try {
      return buildLocked(spreadsheet, locale, lang, seen, onBuilt, modelOf);
    } finally {
      // A lock that cannot be released is released when the execution ends: whatever was built stands.
      try {
        lock.releaseLock();
      } catch (error) {
        console.error(error);
      }
    }
  } catch (error) {
    // Nothing was changed yet: failures from the swap on are told by replaceReport.
    console.error(error);
    const m = reportMessages[lang];
    const reason = reasonOf(error);
    return {
      ok: false,
      title: m.alertTitle,
      message: seen.reportExists ? m.failed(reason) : m.failedNothingChanged(reason),
    };
  }
}

/**
 * The report's language: the user's (as `userLanguage`), else the spreadsheet's when the user's is unknown. Unlike
 * `userLanguage`, a failing `Session` call fails the build (nothing changed yet) instead of building the report in
 * another language under another name: a Russian user's report is always «Отчёт KPI».
 */
function reportLanguage(spreadsheetLocale: string): Lang {
  const locale = Session.getActiveUserLocale();
  return langOf(typeof locale === 'string' && locale.trim() !== '' ? locale : spreadsheetLocale);
}

/** What a build has seen before it failed, for a truthful message. */
interface Seen {
  /** A report sheet (by its name) is in the spreadsheet. */
  reportExists: boolean;
}

/** Read once → model → layout → write into a new sheet → swap. Holds the document lock. */
function buildLocked(
  spreadsheet: Spreadsheet,
  locale: string,
  lang: Lang,
  seen: Seen,
  onBuilt: ((model: ReportModel) => void) | undefined,
  modelOf: (input: ReportInput) => ReportModelResult,
): ReportBuildOutcome {
  const m = reportMessages[lang];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { settings, notes } = loadReportSettings();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  seen.reportExists = names.some(isReportName);
  const { roleOf, located } = locateDataSheets(sheets, names, settings, timeZone);
  if (located.refused !== null) {
    const { sheet, role, table } = located.refused;
    return { ok: false, title: m.alertTitle, message: m.ownSheetAsData(sheet, role, table) };
  }
  const clock = clockIn(timeZone, lang);
  const history = readHistory(sheets, names, roleOf, timeZone);
  const result = modelOf({
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
    history: history.rows,
  });
  if (!result.ok) return { ok: false, title: m.alertTitle, message: describeReportError(lang, result.error) };
  // The forecast history gets this build's figures (one write; before the report's sheet is inserted, so that sheet
  // ends up the active one). A failure here never fails the build: the next build appends what is missing.
  try {
    appendHistory(spreadsheet, history, historyRowsOf(result.model), lang, sheets.length);
  } catch (error) {
    console.error(error);
  }
  // The rep cards are written first (the report, inserted after them, ends up the active sheet) and kept or
  // dropped with the report's swap.
  const cards = writeRepCards(spreadsheet, sheets, names, roleOf, layoutRepCards(result.model), lang);
  const outcome = replaceReport(spreadsheet, sheets, names, roleOf, layoutReport(result.model), lang);
  const cardsNotice = settleRepCards(spreadsheet, cards, outcome.ok, lang);
  if (outcome.ok && cardsNotice !== null) outcome.notice ??= { title: m.alertTitle, message: cardsNotice };
  if (outcome.ok) onBuilt?.(result.model);
  return outcome;
}

/**
 * The add-on's report sheets among `sheets`: the previous report (marked, named as a report: in the user's language
 * first, then the other language, then `KPI Report (2)`…) and the leftovers of builds that failed halfway (marked,
 * with a building name). A sheet without the mark is the user's, except a report of a version before the mark
 * (`isUnmarkedReport`).
 */
function findOwnReports(
  sheets: readonly Sheet[],
  names: readonly string[],
  roleOf: (index: number) => OwnedRole | null,
  lang: Lang,
): { previous: number; leftovers: number[] } {
  const rank = (name: string) =>
    normalizeKey(name) === normalizeKey(REPORT_SHEET_NAMES[lang])
      ? 0
      : Object.values(REPORT_SHEET_NAMES).some((n) => normalizeKey(n) === normalizeKey(name))
        ? 1
        : 2;
  let previous = -1;
  const leftovers: number[] = [];
  names.forEach((name, i) => {
    if (!isReportSheetName(name)) return;
    const role = roleOf(i);
    if (role === 'targets') return;
    if (role === null && !isUnmarkedReport(sheets[i], name)) return;
    if (isBuildingSheetName(name)) leftovers.push(i);
    else if (isReportName(name) && (previous === -1 || rank(name) < rank(names[previous]))) previous = i;
  });
  return { previous, leftovers };
}

/** The report's first column as every version writes it: the title, then the as-of label. */
const SIGNATURES: ReadonlySet<string> = new Set(
  (['en', 'ru'] as const).map((lang) => `${reportMessages[lang].title}\n${reportMessages[lang].asOf}`),
);

/**
 * Migration: a report built before sheets were marked has no mark. It is taken as the add-on's (and replaced)
 * only when it has exactly the report's name (or a building name) in either language AND A1:A2 still read as a
 * report's (the title, then "As of"); any other unmarked sheet is the user's and is never touched. Three calls, and
 * only for such a sheet.
 */
function isUnmarkedReport(sheet: Sheet, name: string): boolean {
  const exact = Object.values(REPORT_SHEET_NAMES).some((n) => normalizeKey(n) === normalizeKey(name));
  if (!exact && !isBuildingSheetName(name)) return false;
  if (sheet.getMaxRows() < 2) return false; // not a report; and A1:A2 would be out of bounds
  const cells = sheet.getRange('A1:A2').getValues();
  return SIGNATURES.has(`${String(cells[0][0])}\n${String(cells[1][0])}`);
}

/**
 * Writes the grid into a new sheet (marked as the add-on's report) at the previous report's place (or last), then
 * deletes the previous report and gives the new one its name. Leftovers of failed builds are deleted first. If
 * anything fails before the previous report is deleted, the new sheet is deleted and the previous report stays as
 * it was; a failed rename after it is retried once. The outcome says what really happened.
 */
function replaceReport(
  spreadsheet: Spreadsheet,
  sheets: readonly Sheet[],
  names: readonly string[],
  roleOf: (index: number) => OwnedRole | null,
  grid: ReportGrid,
  lang: Lang,
): ReportBuildOutcome {
  const m = reportMessages[lang];
  const { previous, leftovers } = findOwnReports(sheets, names, roleOf, lang);
  const gone = new Set<number>();
  for (const i of leftovers) {
    try {
      spreadsheet.deleteSheet(sheets[i]);
      gone.add(i);
    } catch (error) {
      console.error(error); // harmless: the next build tries again
    }
  }
  const left = names.filter((_, i) => !gone.has(i));
  const taken = names.filter((_, i) => !gone.has(i) && i !== previous);
  const name = freeReportName(lang, taken);
  const wanted = REPORT_SHEET_NAMES[lang];
  const holder = taken.find((n) => normalizeKey(n) === normalizeKey(wanted));
  const notice =
    holder === undefined ? undefined : { title: m.alertTitle, message: m.nameTaken(holder, name) };
  const at = previous === -1 ? left.length : previous - [...gone].filter((i) => i < previous).length;
  const freshName = previous === -1 ? name : buildingSheetName(lang, left);

  let fresh: Sheet | null = null;
  let replaced = false;
  try {
    fresh = spreadsheet.insertSheet(freshName, at);
    markOwned(fresh, 'report');
    writeReportGrid(fresh, grid);
    if (previous !== -1) {
      spreadsheet.deleteSheet(sheets[previous]);
      replaced = true;
      fresh.setName(name);
    }
    return { ok: true, sheet: name, notice };
  } catch (error) {
    console.error(error);
    const reason = reasonOf(error);
    if (fresh !== null && replaced) {
      // The previous report is gone and the new one is complete: it must get the report's name.
      try {
        fresh.setName(name);
        return { ok: true, sheet: name, notice };
      } catch (again) {
        console.error(again);
        return {
          ok: true,
          sheet: freshName,
          notice: { title: m.alertTitle, message: m.notRenamed(freshName, reason) },
        };
      }
    }
    let removed = fresh === null;
    if (fresh !== null) {
      try {
        spreadsheet.deleteSheet(fresh);
        removed = true;
      } catch (cleanup) {
        console.error(cleanup); // marked as the report under a building name: the next build deletes it
      }
    }
    if (previous !== -1) return { ok: false, title: m.alertTitle, message: m.failed(reason) };
    return {
      ok: false,
      title: m.alertTitle,
      message: removed ? m.failedNothingChanged(reason) : m.failedLeftover(reason, freshName),
    };
  }
}

/** The message of an error, without a stack: what a user can read in an alert. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?…]$/.test(message) ? message : `${message}.`;
}
