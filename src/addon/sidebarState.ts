import { cellText } from '../kpi/_lib/cellText';
import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { formatDay } from '../kpi/calendar/day';
import { createDayOfDate } from '../kpi/calendar/dayOfDate';
import { EMPTY_GROUP, groupRows } from '../kpi/engine/groupRows';
import { reportNumberFormats } from '../kpi/format/numberFormats';
import { describeLogError, FIELD_NAMES } from '../kpi/i18n/dataQuality';
import type { Lang } from '../kpi/i18n/lang';
import { describeReportError, reportMessages } from '../kpi/i18n/report';
import { detectColumns } from '../kpi/log/detectColumns';
import type { ReadLogResult } from '../kpi/log/readLog';
import { readSourceLog } from '../kpi/log/readSourceLog';
import type { StatusClass } from '../kpi/log/salesLog';
import { locateSheets, type SheetReader } from '../kpi/report/locateSheets';
import { isReportSheetName } from '../kpi/report/reportSheetName';
import {
  type ColumnChoices,
  DEFAULT_SETTINGS,
  fitColumns,
  parseReportSettings,
  type ResolvedReportSettings,
  SETTINGS_PROPERTY,
  type SettingsNote,
} from '../kpi/settings/reportSettings';
import { decodeJournal, type SaveJournal } from '../kpi/sidebar/saveJournal';
import type { SidebarData, SidebarState, SidebarStateRequest } from '../kpi/sidebar/sidebarProtocol';
import { sidebarVersion } from '../kpi/sidebar/sidebarVersion';
import { readTargets } from '../kpi/targets/readTargets';
import { isTargetsSheetName } from '../kpi/targets/targetsSheet';
import { clockIn } from './_lib/clock';
import { createSheetReader } from './_lib/sheetReader';
import { userLanguage } from './_lib/userLanguage';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet as the sidebar reads it: each sheet at most once, the settings property once. */
export interface SidebarSources {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  locale: string;
  timeZone: string;
  lang: Lang;
  sheets: Sheet[];
  names: string[];
  /** The `SALES_KPI_SETTINGS` property as stored. */
  settingsJson: string | null;
  /** An unfinished save (`saveJournal`), or null. */
  pending: SaveJournal | null;
  /** The document properties of that journal (or of a broken one), head first. */
  journalKeys: string[];
  settings: ResolvedReportSettings;
  notes: SettingsNote[];
  /** The "KPI Targets" sheet, or null. */
  targetsSheet: Sheet | null;
  /** Its values, or null without the sheet. */
  targetsValues: unknown[][] | null;
  /** A sheet's values by name (`getDataRange().getValues()`, read once). */
  read(name: string): unknown[][];
  /** The values read so far, by sheet name. */
  cache: Map<string, unknown[][]>;
  /** Header rows and a log's columns only (the sales log is read this way). */
  reader: SheetReader;
  /** The logs read so far, by sheet, mapping and statuses: a save and the state it answers read the log once. */
  logs: Map<string, ReadLogResult>;
}

/**
 * Reads what every sidebar call starts from: the sheets' names, the settings and the targets sheet (the data
 * sheets are read when first asked for).
 *
 * @param unchanged Sources read earlier in this execution whose data sheets have not changed since (after a
 *   save, only the targets sheet and the settings are read again).
 * @returns The sources.
 */
export function readSidebarSources(unchanged?: SidebarSources): SidebarSources {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const same = unchanged !== undefined && unchanged.names.join('\n') === names.join('\n');
  const cache = new Map<string, unknown[][]>();
  for (const [name, values] of unchanged?.cache ?? []) if (!isTargetsSheetName(name)) cache.set(name, values);
  const read = (name: string) => {
    let values = cache.get(name);
    if (values === undefined) {
      values = sheets[names.indexOf(name)].getDataRange().getValues();
      cache.set(name, values);
    }
    return values;
  };
  // One call for the settings and an unfinished save's journal.
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const settingsJson = Object.hasOwn(properties, SETTINGS_PROPERTY) ? properties[SETTINGS_PROPERTY] : null;
  const pending = decodeJournal(properties);
  const { settings, notes } = parseReportSettings(settingsJson);
  const targetsAt = names.findIndex(isTargetsSheetName);
  return {
    spreadsheet,
    locale,
    timeZone,
    lang: userLanguage(locale),
    sheets,
    names,
    settingsJson,
    pending: pending.journal,
    journalKeys: pending.keys,
    settings,
    notes,
    targetsSheet: targetsAt === -1 ? null : sheets[targetsAt],
    targetsValues: targetsAt === -1 ? null : read(names[targetsAt]),
    read,
    cache,
    // Data sheets are unchanged since `unchanged` (a save writes the targets sheet and the settings only).
    reader: same ? unchanged.reader : createSheetReader(sheets, names),
    logs: same ? unchanged.logs : new Map(),
  };
}

/**
 * Everything the sidebar shows, from the sources: the sheets, the sales log's columns, reps and data-quality
 * counts (of the saved choices, or of the sheet and columns the request asks about), the settings, every target
 * row and the rows that cannot be read, and the version a save must carry.
 *
 * @param sources From `readSidebarSources`.
 * @param request A sales sheet and column overrides to show instead of the saved ones.
 * @returns The state.
 */
export function sidebarStateOf(sources: SidebarSources, request: SidebarStateRequest | null): SidebarState {
  const { settings, lang, locale, timeZone } = sources;
  const targets =
    sources.targetsValues === null ? null : readTargets(sources.targetsValues, { locale, timeZone });
  const m = reportMessages[lang];
  const { choices, ...data } = sidebarDataOf(sources, request);
  return {
    lang,
    locale,
    currency: /"([^"]+)"/.exec(reportNumberFormats(locale, lang).money)?.[1] ?? '',
    today: formatDay(clockIn(timeZone, lang).today),
    version: sidebarVersion(sources.targetsValues, sources.settingsJson),
    sheets: sources.names.filter((name) => !isReportSheetName(name) && !isTargetsSheetName(name)),
    fieldNames: { ...FIELD_NAMES[lang] },
    data,
    settings: {
      salesSheet: settings.salesSheet,
      spendMode: settings.spendSheet !== null ? 'sheet' : settings.findSpend ? 'auto' : 'none',
      spendSheet: settings.spendSheet,
      periodType: settings.periodType,
      reportPeriod: settings.reportPeriod,
      asOf: settings.asOf === null ? null : formatDay(settings.asOf),
      atRisk: settings.atRisk,
      columns: Object.keys(choices).length === 0 ? null : choices,
      statuses: settings.statuses,
    },
    targets: {
      sheet: sources.targetsSheet?.getName() ?? null,
      rows: targets?.targets ?? [],
      issues: (targets?.issues ?? []).map((issue) => m.targetIssue(issue)),
    },
    notes: sources.notes.map((note) => m.settings(note)),
  };
}

/**
 * The sales log as the report would read it with the saved choices, or with the request's sheet and columns.
 *
 * @param sources From `readSidebarSources`.
 * @param request A sales sheet (null = auto) and column choices to use instead of the saved ones.
 * @returns Sheets found, headers, columns, data quality and reps, and the column choices by header text that
 *   still apply (`choices`: version 1 positions migrated, headers the sheet no longer has left out).
 */
export function sidebarDataOf(
  sources: SidebarSources,
  request: SidebarStateRequest | null,
): SidebarData & { choices: ColumnChoices } {
  const { names, read, timeZone, locale, lang } = sources;
  const chosen: ResolvedReportSettings = { ...sources.settings };
  if (request?.salesSheet !== undefined) chosen.salesSheet = request.salesSheet;
  if (request?.columns !== undefined) {
    chosen.columns = request.columns;
    chosen.mapping = null;
  }
  // Header rows first; only the chosen log's columns are read (`SheetReader`), and only by `located`.
  const auto = locateSheets(names, read, DEFAULT_SETTINGS, timeZone, undefined, sources.reader);
  const located = locateSheets(names, read, chosen, timeZone, undefined, sources.reader);
  const data: SidebarData & { choices: ColumnChoices } = {
    salesSheet: located.sales?.name ?? null,
    salesAuto: auto.sales?.name ?? null,
    spendAuto: auto.spend?.name ?? null,
    headers: [],
    detected: {},
    columns: {},
    quality: null,
    reps: [],
    problem: null,
    notes: [],
    choices: {},
  };
  if (located.sales === null) {
    data.problem = describeReportError(lang, {
      code: 'no_sales_sheet',
      wanted: located.salesMissing?.wanted ?? null,
      sheets: names,
    });
    return data;
  }
  const source = located.sales;
  const dayOf = createDayOfDate(timeZone);
  data.headers = (source.header ?? source.values[0] ?? []).map((cell) => cellText(cell, dayOf));
  data.detected = detectColumns(data.headers);
  const fitted = fitColumns(chosen, data.headers);
  const { mapping } = fitted;
  data.choices = fitted.columns;
  data.notes = fitted.notes.map((note) => reportMessages[lang].settings(note));
  data.columns = detectColumns(data.headers, mapping);
  const key = JSON.stringify([source.name, mapping ?? null, chosen.statuses]);
  let log = sources.logs.get(key);
  if (log === undefined) {
    log = readSourceLog(source, {
      locale,
      timeZone,
      mapping,
      statuses: chosen.statuses,
      maxSkippedListed: 0,
      customers: false, // the sidebar counts rows and lists reps: no customer codes (a third of the reading)
    });
    sources.logs.set(key, log);
  }
  const values = source.values;
  if (!log.ok) {
    data.problem = describeLogError(lang, log.error, 'sidebar');
    return data;
  }
  data.quality = {
    rows: log.quality.rows,
    skipped: log.quality.skippedCount,
    unknownStatuses: log.quality.unknownStatuses,
    mappedStatuses: countStatuses(values, log.log.columns.status, chosen.statuses, dayOf),
  };
  const reps = log.log.columns.rep === undefined ? null : groupRows(values, log.log, 'rep', timeZone);
  data.reps = (reps?.names ?? [])
    .filter((name) => name !== EMPTY_GROUP)
    .sort((a, b) => a.localeCompare(b, lang));
  return data;
}

/**
 * How many rows of the log carry each status text the user mapped (compared as the classifier compares them,
 * trimmed and any case), in the order of the settings; texts the log does not have are left out.
 */
function countStatuses(
  values: readonly (readonly unknown[])[],
  column: number | undefined,
  statuses: Partial<Record<StatusClass, string[]>>,
  dayOf: (date: Date) => number | null,
): { text: string; count: number }[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const texts of Object.values(statuses)) {
    for (const text of texts ?? []) {
      const key = normalizeKey(text);
      if (key !== '' && !counts.has(key)) counts.set(key, { text, count: 0 });
    }
  }
  if (column === undefined || counts.size === 0) return [];
  for (let r = 1; r < values.length; r++) {
    const entry = counts.get(normalizeKey(cellText(values[r][column], dayOf)));
    if (entry !== undefined) entry.count++;
  }
  return [...counts.values()].filter((entry) => entry.count > 0);
}
