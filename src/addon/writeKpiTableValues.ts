import { cellText } from '../kpi/_lib/cellText';
import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { createDayOfDate } from '../kpi/calendar/dayOfDate';
import { kpiTableCells } from '../kpi/engine/kpiTableCells';
import { describeLogError } from '../kpi/i18n/dataQuality';
import { menuMessages } from '../kpi/i18n/menu';
import { reportMessages } from '../kpi/i18n/report';
import { describeReportError } from '../kpi/i18n/reportSentences';
import { narrowMapping } from '../kpi/log/columnRuns';
import { readSourceLog } from '../kpi/log/readSourceLog';
import { fitColumns } from '../kpi/settings/reportSettings';
import { clockIn } from './_lib/clock';
import { locateDataSheets } from './_lib/locateDataSheets';
import { markOwned } from './_lib/ownedSheets';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';
import { loadReportSettings } from './settings';

/** Longest text a cell takes (Sheets' limit is 50,000 characters). */
const MAX_CELL_TEXT = 50_000;

/**
 * Menu: Extensions → Sales KPI → Write KPI table (values). Writes what `=KPI_TABLE(log, period)` shows for the
 * current settings (period type, no grouping, the spend table when one is found) into the add-on's "KPI Table
 * (values)" sheet as plain values, under a line saying when it was made: a log over ≈200,000 rows then stays off the
 * recalculation path (a live `KPI_TABLE` re-sends its whole range on every edit of the log). Reads as the report
 * does (header rows, then only the log's columns) and writes in one `setValues`. Only a sheet the add-on marked as
 * its values sheet is replaced; a user's sheet with that name is never touched (the table takes a free name).
 */
export function writeKpiTableValues(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const lang = userLanguage(locale);
  const m = menuMessages[lang];
  const fail = (reason: string) => showAlert(reportMessages[lang].alertTitle, m.valuesFailed(reason));
  try {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const { settings } = loadReportSettings();
    const sheets = spreadsheet.getSheets();
    const names = sheets.map((sheet) => sheet.getName());
    const { roleOf: roleAt, located } = locateDataSheets(sheets, names, settings, timeZone);
    if (located.refused !== null) {
      const { sheet, role, table } = located.refused;
      fail(reportMessages[lang].ownSheetAsData(sheet, role, table));
      return;
    }
    const sales = located.sales;
    if (sales === null) {
      const wanted = located.salesMissing?.wanted ?? null;
      fail(describeReportError(lang, { code: 'no_sales_sheet', wanted, sheets: names }));
      return;
    }
    const dayOf = createDayOfDate(timeZone);
    const headers = (sales.header ?? sales.values[0] ?? []).map((cell) => cellText(cell, dayOf));
    const fitted = fitColumns(settings, headers).mapping;
    const mapping = sales.columns === undefined ? fitted : narrowMapping(headers, fitted, sales.columns);
    if (mapping === null || mapping === undefined || mapping.date === -1 || mapping.amount === -1) {
      const log = readSourceLog(sales, { locale, timeZone, mapping: fitted, statuses: settings.statuses });
      if (!log.ok) {
        fail(describeLogError(lang, log.error, 'sidebar'));
        return;
      }
    }
    const table = kpiTableCells(sales.values, {
      locale,
      timeZone,
      lang,
      period: settings.periodType,
      spend: located.spend?.values ?? null,
      mapping: mapping ?? undefined,
      // The settings' status texts as KPI_TABLE's two-column argument (status text | class).
      statuses: Object.entries(settings.statuses).flatMap(([k, texts]) => (texts ?? []).map((t) => [t, k])),
    });
    if (!table.ok) {
      fail(table.message);
      return;
    }
    const width = Math.max(1, ...table.rows.map((row) => row.length));
    const grid: unknown[][] = [
      [m.valuesMade(clockIn(timeZone, lang).text), ...new Array(width - 1).fill('')],
      ...table.rows.map((row) => {
        const cells = row.map((cell) =>
          typeof cell === 'string' ? `'${cell.slice(0, MAX_CELL_TEXT)}` : cell,
        );
        return cells.length < width ? [...cells, ...new Array(width - cells.length).fill('')] : cells;
      }),
    ];
    const previous = names.findIndex((_, i) => roleAt(i) === 'values');
    const taken = names.filter((_, i) => i !== previous).map(normalizeKey);
    let name = m.valuesSheet;
    for (let n = 2; taken.includes(normalizeKey(name)); n++) name = `${m.valuesSheet} (${n})`;
    const fresh = spreadsheet.insertSheet(`${name} …`, previous === -1 ? sheets.length : previous);
    let replaced = false;
    try {
      markOwned(fresh, 'values');
      fresh.getRange(1, 1, grid.length, width).setValues(grid);
      if (previous !== -1) spreadsheet.deleteSheet(sheets[previous]);
      replaced = true;
      fresh.setName(name);
    } catch (error) {
      if (!replaced) spreadsheet.deleteSheet(fresh); // the previous table stays as it was
      throw error;
    }
  } catch (error) {
    console.error(error);
    fail(error instanceof Error ? error.message : String(error));
  }
}
