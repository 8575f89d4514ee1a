import { editTargetsSheet } from '../kpi/sidebar/editTargetsSheet';
import type { TargetEntry } from '../kpi/sidebar/validateSidebarSave';
import { TARGETS_SHEET_NAMES } from '../kpi/targets/targetsSheet';
import type { SidebarSources } from './sidebarState';

/** What writing the targets did. */
export type TargetsWriteResult = { ok: true; written: number } | { ok: false; sheet: string; column: string };

/**
 * Writes the targets onto the "KPI Targets" sheet (`editTargetsSheet` plans it): one `setValues`
 * for the rows from the first that changes, rows and columns added first when the grid is too small. The sheet
 * is created (in the user's language, header bold and frozen) when there is none and a target is to be set.
 * Rows the report cannot read stay as they were. Call it under the document lock.
 *
 * @param sources From `readSidebarSources` (the targets sheet's values read with them).
 * @param entries The checked targets.
 * @returns How many target rows were set or deleted, or the column the sheet lacks.
 */
export function writeTargets(sources: SidebarSources, entries: readonly TargetEntry[]): TargetsWriteResult {
  const { spreadsheet, lang } = sources;
  let sheet = sources.targetsSheet;
  let values = sources.targetsValues ?? [];
  let formulas: string[][] | undefined;
  let formats: string[][] | undefined;
  if (sheet === null) {
    if (!entries.some((entry) => entry.value !== null)) return { ok: true, written: 0 };
    values = [];
  } else {
    const range = sheet.getDataRange();
    formulas = range.getFormulas();
    formats = range.getNumberFormats();
  }
  const edit = editTargetsSheet({
    values,
    formulas,
    formats,
    entries,
    lang,
    locale: sources.locale,
    timeZone: sources.timeZone,
  });
  if (!edit.ok)
    return { ok: false, sheet: sheet?.getName() ?? TARGETS_SHEET_NAMES[lang], column: edit.column };
  if (edit.write === null) return { ok: true, written: 0 };

  const created = sheet === null;
  if (sheet === null) {
    // insertSheet shows the new sheet; the user stays where they were working.
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(TARGETS_SHEET_NAMES[lang], sources.sheets.length);
    spreadsheet.setActiveSheet(active);
  }
  const { row, values: block } = edit.write;
  const lastRow = row + block.length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (edit.width > maxColumns) sheet.insertColumnsAfter(maxColumns, edit.width - maxColumns);
  sheet.getRange(row, 1, block.length, edit.width).setValues(block);
  if (created) {
    sheet.getRange(1, 1, 1, edit.width).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return { ok: true, written: edit.set + edit.deleted };
}
