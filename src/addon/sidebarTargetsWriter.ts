import type { TargetEntry } from '../kpi/settings/validateSidebarSave';
import {
  editTargetsSheet,
  type TargetsCellWrite,
  type TargetsSheetEdit,
} from '../kpi/targets/editTargetsSheet';
import { TARGETS_SHEET_NAMES } from '../kpi/targets/targetsSheet';
import { markOwned, ownedRole } from './_lib/ownedSheets';
import type { SidebarSources } from './sidebarState';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Edit = Extract<TargetsSheetEdit, { ok: true }>;

/** The planned edit of the targets sheet (null sheet: to be created), or the column the sheet lacks. */
export type TargetsPlan =
  | { ok: true; sheet: Sheet | null; edit: Edit }
  | { ok: false; sheet: string; column: string };

/**
 * Plans the targets' writes onto the "KPI Targets" sheet (`editTargetsSheet`): reads the sheet's number formats
 * and notes (its values are in `sources`), two calls, and writes nothing.
 *
 * @param sources From `readSidebarSources`.
 * @param entries The checked targets.
 * @returns The plan, or the column the sheet lacks.
 */
export function planTargets(sources: SidebarSources, entries: readonly TargetEntry[]): TargetsPlan {
  const sheet = sources.targetsSheet;
  const values = sources.targetsValues ?? [];
  let formats: string[][] | undefined;
  let notes: string[][] | undefined;
  if (sheet !== null && values.length > 0 && entries.length > 0) {
    const range = sheet.getRange(1, 1, values.length, values[0].length);
    formats = range.getNumberFormats();
    notes = range.getNotes();
  }
  const edit = editTargetsSheet({
    values,
    formats,
    notes,
    entries,
    lang: sources.lang,
    locale: sources.locale,
    timeZone: sources.timeZone,
  });
  if (!edit.ok)
    return { ok: false, sheet: sheet?.getName() ?? TARGETS_SHEET_NAMES[sources.lang], column: edit.column };
  return { ok: true, sheet, edit };
}

/** Whether a plan writes anything. */
export function plansWrites(plan: Extract<TargetsPlan, { ok: true }>): boolean {
  const { edit } = plan;
  return edit.cells.length > 0 || edit.deletes.length > 0 || edit.append !== null;
}

/**
 * Makes the planned writes, in place: changed cells (contiguous cells of a column in one `setValues`), then the
 * deleted rows bottom-up (`deleteRows` per contiguous run, so formulas, notes and formats move with their rows),
 * then the new rows in one `setValues`. The sheet is created (in the user's language, header bold and frozen,
 * marked as the add-on's own, the user left on the sheet they were on) when there is none. Call it under the
 * document lock; a failure halfway is finished by planning the same entries again.
 *
 * @param sources From `readSidebarSources`.
 * @param plan From `planTargets`.
 * @param owned The save creates the sheet (a replay marks a sheet it created but could not mark).
 */
export function applyTargets(
  sources: SidebarSources,
  plan: Extract<TargetsPlan, { ok: true }>,
  owned: boolean,
): void {
  const { edit } = plan;
  let sheet = plan.sheet;
  if (!plansWrites(plan)) return;
  if (sheet === null) {
    // insertSheet shows the new sheet; the user stays where they were working.
    const active = sources.spreadsheet.getActiveSheet();
    sheet = sources.spreadsheet.insertSheet(TARGETS_SHEET_NAMES[sources.lang], sources.sheets.length);
    sources.spreadsheet.setActiveSheet(active);
    markOwned(sheet, 'targets');
  } else if (owned && edit.isNew && ownedRole(sheet) === null) {
    markOwned(sheet, 'targets');
  }
  const maxColumns = sheet.getMaxColumns();
  if (edit.width > maxColumns) sheet.insertColumnsAfter(maxColumns, edit.width - maxColumns);
  for (const run of runsOf(edit.cells)) {
    sheet.getRange(run.row, run.column + 1, run.values.length, 1).setValues(run.values.map((v) => [v]));
  }
  const removed = edit.deletes.reduce((sum, d) => sum + d.count, 0);
  let maxRows = edit.deletes.length > 0 || edit.append !== null ? sheet.getMaxRows() : 0;
  // Sheets refuses to delete every row below the frozen header: keep one blank row.
  if (removed > 0 && maxRows - removed < 2) {
    sheet.insertRowsAfter(maxRows, 1);
    maxRows++;
  }
  for (const { row, count } of edit.deletes) {
    if (count === 1) sheet.deleteRow(row);
    else sheet.deleteRows(row, count);
  }
  maxRows -= removed;
  if (edit.append !== null) {
    const { row, values } = edit.append;
    const lastRow = row + values.length - 1;
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    // The header's look first: a retry after a failure in between finds the sheet still empty and does it again.
    if (edit.isNew) {
      sheet.getRange(1, 1, 1, edit.width).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
    sheet.getRange(row, 1, values.length, edit.width).setValues(values);
  }
}

/** Cells grouped into runs of one column and consecutive rows. */
function runsOf(cells: readonly TargetsCellWrite[]): { row: number; column: number; values: unknown[] }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { row: number; column: number; values: unknown[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.column === cell.column && last.row + last.values.length === cell.row) {
      last.values.push(cell.value);
    } else {
      runs.push({ row: cell.row, column: cell.column, values: [cell.value] });
    }
  }
  return runs;
}
