import { parseReportSettings, SETTINGS_PROPERTY } from '../kpi/settings/reportSettings';
import { decodeJournal, type SaveJournal } from '../kpi/sidebar/saveJournal';
import type { SidebarInputs } from '../kpi/sidebar/sidebarStateOf';
import { isTargetsSheetName } from '../kpi/targets/targetsSheet';
import { clockIn } from './_lib/clock';
import { createSheetReader } from './_lib/sheetReader';
import { userLanguage } from './_lib/userLanguage';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The spreadsheet as the sidebar reads it: each sheet at most once, the settings property once. The state the
 * sidebar shows is computed from it in the core (`sidebarStateOf`, src/kpi/sidebar/sidebarStateOf.ts).
 */
export interface SidebarSources extends SidebarInputs {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheets: Sheet[];
  /** An unfinished save (`saveJournal`), or null. */
  pending: SaveJournal | null;
  /** The document properties of that journal (or of a broken one), head first. */
  journalKeys: string[];
  /** The "KPI Targets" sheet, or null. */
  targetsSheet: Sheet | null;
  /** The values read so far, by sheet name. */
  cache: Map<string, unknown[][]>;
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
  const lang = userLanguage(locale);
  return {
    spreadsheet,
    locale,
    timeZone,
    lang,
    today: clockIn(timeZone, lang).today,
    sheets,
    names,
    settingsJson,
    pending: pending.journal,
    journalKeys: pending.keys,
    settings,
    notes,
    targetsSheet: targetsAt === -1 ? null : sheets[targetsAt],
    targetsSheetName: targetsAt === -1 ? null : names[targetsAt],
    targetsValues: targetsAt === -1 ? null : read(names[targetsAt]),
    read,
    cache,
    // Data sheets are unchanged since `unchanged` (a save writes the targets sheet and the settings only).
    reader: same ? unchanged.reader : createSheetReader(sheets, names),
    logs: same ? unchanged.logs : new Map(),
  };
}
