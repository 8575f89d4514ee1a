import { columnRuns, joinRuns, placeInRuns, readGapFor } from '../../kpi/log/columnRuns';
import type { ColumnCells } from '../../kpi/log/countingTable';
import type { SheetReader } from '../../kpi/report/locateSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Reads sheets in parts, by name: a header row is one small read (`getLastColumn`, then row 1), and the log's
 * columns one `getRange(2, column, lastRow - 1, count)` per run of adjacent columns (`columnRuns`: at most 9). The
 * calls do not grow with the rows; the cells read are the columns needed, not the whole sheet (a CRM export has
 * 20–80 columns, the log needs about 7). Each header row, and each set of columns of a sheet, is read once.
 * `cells` reads given columns of given rows, one `getRange` per run (the sidebar's `countingTable`).
 *
 * @param sheets The spreadsheet's sheets.
 * @param names Their names, in the same order.
 * @returns The reader for `locateSheets`.
 */
export function createSheetReader(sheets: readonly Sheet[], names: readonly string[]): SheetReader {
  const headers = new Map<string, unknown[]>();
  const header = (name: string): unknown[] => {
    let row = headers.get(name);
    if (row === undefined) {
      const sheet = sheets[names.indexOf(name)];
      const width = sheet.getLastColumn();
      row = width === 0 ? [] : sheet.getRange(1, 1, 1, width).getValues()[0];
      headers.set(name, row);
    }
    return row;
  };
  const tables = new Map<string, unknown[][]>();
  const columns = (name: string, wanted: readonly number[]): unknown[][] => {
    const key = `${wanted.join(',')} ${name}`;
    let table = tables.get(key);
    if (table === undefined) {
      table = readColumns(name, wanted);
      tables.set(key, table);
    }
    return table;
  };
  const lastRows = new Map<string, number>();
  const dataRows = (name: string): number => {
    let rows = lastRows.get(name);
    if (rows === undefined) {
      rows = Math.max(0, sheets[names.indexOf(name)].getLastRow() - 1);
      lastRows.set(name, rows);
    }
    return rows;
  };
  const readColumns = (name: string, wanted: readonly number[]): unknown[][] => {
    const row = header(name);
    if (row.length === 0) return [];
    const sheet = sheets[names.indexOf(name)];
    const rows = dataRows(name);
    const runs = columnRuns(wanted, 9, readGapFor(rows));
    const blocks =
      rows <= 0 ? [] : runs.map((run) => sheet.getRange(2, run.start + 1, rows, run.count).getValues());
    return joinRuns(row, wanted, runs, blocks);
  };
  const cells = (name: string): ColumnCells => ({
    rows: header(name).length === 0 ? 0 : dataRows(name),
    read(wanted, from, count) {
      const sheet = sheets[names.indexOf(name)];
      if (count <= 0) return wanted.map(() => ({ rows: [], at: 0 }));
      const runs = columnRuns(wanted, 9, readGapFor(count));
      const blocks = runs.map((run) => sheet.getRange(2 + from, run.start + 1, count, run.count).getValues());
      return wanted.map((column) => {
        const { run, at } = placeInRuns(runs, column);
        return { rows: blocks[run], at };
      });
    },
  });
  return { header, columns, cells };
}
