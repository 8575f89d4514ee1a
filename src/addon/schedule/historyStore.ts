import {
  HISTORY_HEADER,
  type HistoryRow,
  newHistoryRows,
  readHistoryRows,
} from '../../kpi/history/historyRows';
import type { Lang } from '../../kpi/i18n/lang';
import { HISTORY_SHEET_NAMES, historyCells, isHistorySheetName } from '../../kpi/schedule/historySheet';
import { markOwned, type OwnedRole } from '../_lib/ownedSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The forecast history as a build reads it: its sheet (null before the first build) and its rows. */
export interface HistoryRead {
  sheet: Sheet | null;
  rows: HistoryRow[];
  /** Rows the sheet has (header included), where the next rows go. */
  lastRow: number;
}

/**
 * Reads the history sheet («История KPI» / "KPI History"): the sheet with that name that the add-on marked as its
 * own (a user's sheet of that name is never read or written). One read of its values.
 *
 * @param sheets The spreadsheet's sheets.
 * @param names Their names.
 * @param roleOf Each sheet's mark, by index.
 * @param timeZone The spreadsheet's zone (for dates Sheets made of the as-of texts).
 * @returns The sheet and its rows.
 */
export function readHistory(
  sheets: readonly Sheet[],
  names: readonly string[],
  roleOf: (index: number) => OwnedRole | null,
  timeZone: string,
): HistoryRead {
  const at = names.findIndex((name, i) => isHistorySheetName(name) && roleOf(i) === 'history');
  if (at === -1) return { sheet: null, rows: [], lastRow: 0 };
  const values = sheets[at].getDataRange().getValues();
  const blank = values.length === 1 && values[0].every((cell) => cell === '');
  return { sheet: sheets[at], rows: readHistoryRows(values, timeZone), lastRow: blank ? 0 : values.length };
}

/**
 * Appends a build's rows the history does not hold yet, in one write; creates the sheet (hidden, marked, with its
 * header) on the first build. Nothing new: no call at all.
 *
 * @param spreadsheet The spreadsheet.
 * @param history What `readHistory` found.
 * @param fresh The build's rows (`historyRowsOf`).
 * @param lang The sheet's name and header language when it is created.
 * @param at Where to insert a new sheet (the number of sheets: last).
 * @returns How many rows were appended.
 */
export function appendHistory(
  spreadsheet: Spreadsheet,
  history: HistoryRead,
  fresh: readonly HistoryRow[],
  lang: Lang,
  at: number,
): number {
  const rows = newHistoryRows(history.rows, fresh);
  if (rows.length === 0) return 0;
  const cells = historyCells(rows);
  if (history.sheet === null || history.lastRow === 0) {
    let sheet = history.sheet;
    if (sheet === null) {
      sheet = spreadsheet.insertSheet(HISTORY_SHEET_NAMES[lang], at);
      markOwned(sheet, 'history');
      sheet.hideSheet();
    }
    const all = [[...HISTORY_HEADER[lang]], ...cells];
    sheet.getRange(1, 1, all.length, all[0].length).setValues(all);
    return rows.length;
  }
  history.sheet.getRange(history.lastRow + 1, 1, cells.length, cells[0].length).setValues(cells);
  return rows.length;
}
