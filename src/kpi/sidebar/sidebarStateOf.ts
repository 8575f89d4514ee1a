import { cellText } from '../_lib/cellText';
import { normalizeKey } from '../_lib/normalizeKey';
import { type Day, formatDay } from '../calendar/day';
import { createDayOfDate } from '../calendar/dayOfDate';
import { EMPTY_GROUP, groupRows } from '../engine/groupRows';
import { currencyOf } from '../format/currencyOf';
import { describeLogError, FIELD_NAMES } from '../i18n/dataQuality';
import type { Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report';
import { describeReportError } from '../i18n/reportSentences';
import { countingTable } from '../log/countingTable';
import { detectColumns } from '../log/detectColumns';
import type { ReadLogOptions, ReadLogResult } from '../log/readLog';
import { readSourceLog } from '../log/readSourceLog';
import type { StatusClass } from '../log/salesLog';
import { locateSheets, type SheetReader, type SheetSource } from '../report/locateSheets';
import { isReportSheetName } from '../report/reportSheetName';
import { isHistorySheetName } from '../schedule/historySheet';
import {
  type ColumnChoices,
  DEFAULT_SETTINGS,
  fitColumns,
  type ResolvedReportSettings,
  type SettingsNote,
} from '../settings/reportSettings';
import { readTargets } from '../targets/readTargets';
import { isTargetsSheetName } from '../targets/targetsSheet';
import type { SidebarData, SidebarState, SidebarStateRequest } from './sidebarProtocol';
import { sidebarVersion } from './sidebarVersion';

/**
 * What the sidebar's state is computed from, as the add-on read it (`readSidebarSources` in
 * src/addon/sidebarState.ts): plain values and readers, no Apps Script object, so the state is computed in the core.
 */
export interface SidebarInputs {
  locale: string;
  timeZone: string;
  lang: Lang;
  /** Today in the spreadsheet's time zone. */
  today: Day;
  /** The sheets' names, in order. */
  names: string[];
  /** The `SALES_KPI_SETTINGS` property as stored. */
  settingsJson: string | null;
  settings: ResolvedReportSettings;
  notes: SettingsNote[];
  /** The "KPI Targets" sheet's name, or null without one. */
  targetsSheetName: string | null;
  /** Its values, or null without the sheet. */
  targetsValues: unknown[][] | null;
  /** A sheet's values by name (read once). */
  read(name: string): unknown[][];
  /** Header rows and a log's columns only (the sales log is read this way). */
  reader: SheetReader;
  /**
   * The logs read so far, by sheet, mapping and statuses, with the table each was read from (`countingTable`'s): a
   * save and the state it answers read the log once.
   */
  logs: Map<string, { read: ReadLogResult; values: readonly (readonly unknown[])[] }>;
}

/**
 * Everything the sidebar shows, from the sources: the sheets, the sales log's columns, reps and data-quality
 * counts (of the saved choices, or of the sheet and columns the request asks about), the settings, every target
 * row and the rows that cannot be read, and the version a save must carry.
 *
 * @param sources What was read (`readSidebarSources` in src/addon/sidebarState.ts), today included.
 * @param request A sales sheet and column overrides to show instead of the saved ones.
 * @returns The state.
 */
export function sidebarStateOf(sources: SidebarInputs, request: SidebarStateRequest | null): SidebarState {
  const { settings, lang, locale, timeZone } = sources;
  const targets =
    sources.targetsValues === null ? null : readTargets(sources.targetsValues, { locale, timeZone });
  const m = reportMessages[lang];
  const { choices, ...data } = sidebarDataOf(sources, request);
  return {
    lang,
    locale,
    currency: currencyOf(locale).symbol,
    today: formatDay(sources.today),
    version: sidebarVersion(sources.targetsValues, sources.settingsJson),
    sheets: sources.names.filter(
      (name) => !isReportSheetName(name) && !isTargetsSheetName(name) && !isHistorySheetName(name),
    ),
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
      sheet: sources.targetsSheetName,
      rows: targets?.targets ?? [],
      issues: (targets?.issues ?? []).map((issue) => m.targetIssue(issue)),
    },
    notes: sources.notes.map((note) => m.settings(note)),
  };
}

/**
 * The sales log as the report would read it with the saved choices, or with the request's sheet and columns.
 *
 * @param sources What was read (`readSidebarSources` in src/addon/sidebarState.ts).
 * @param request A sales sheet (null = auto), column choices and status texts to use instead of the saved ones.
 * @returns Sheets found, headers, columns, data quality and reps, and the column choices by header text that
 *   still apply (`choices`: version 1 positions migrated, headers the sheet no longer has left out).
 */
export function sidebarDataOf(
  sources: SidebarInputs,
  request: SidebarStateRequest | null,
): SidebarData & { choices: ColumnChoices } {
  const { names, read, timeZone, locale, lang } = sources;
  const chosen: ResolvedReportSettings = { ...sources.settings };
  if (request?.salesSheet !== undefined) chosen.salesSheet = request.salesSheet;
  if (request?.columns !== undefined) {
    chosen.columns = request.columns;
    chosen.mapping = null;
  }
  if (request?.statuses !== undefined) chosen.statuses = request.statuses;
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
  let counted = sources.logs.get(key);
  if (counted === undefined) {
    const options: ReadLogOptions = {
      locale,
      timeZone,
      mapping,
      statuses: chosen.statuses,
      maxSkippedListed: 0,
      customers: false, // the sidebar counts rows and lists reps: no customer codes (a third of the reading)
    };
    const values = countedValues(source, data.headers, sources, options);
    const read = readSourceLog(
      { name: source.name, values, header: source.header, columns: source.columns },
      options,
    );
    counted = { read, values };
    sources.logs.set(key, counted);
  }
  const { read: log, values } = counted;
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
 * The log's table the sidebar counts from: with a reader that reads cells by rows (the add-on), each row's date,
 * amount, status and rep and the other columns only where they decide a count (`countingTable`); else the log's
 * columns as located.
 */
function countedValues(
  source: SheetSource,
  headers: readonly string[],
  sources: SidebarInputs,
  options: ReadLogOptions,
): readonly (readonly unknown[])[] {
  const cells = sources.reader.cells?.(source.name);
  if (cells === undefined || source.header === undefined || source.columns === undefined) {
    return source.values;
  }
  return countingTable(source.header, headers, source.columns, cells, options);
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
