import type { CellSnapshot, Environment, SheetSnapshot } from '../../emulator/index.js';
import { resolveGradient } from '../shared/gradient.js';
import type { CellView, ChartView, SheetView, WorkbookView } from '../shared/protocol.js';
import type { Workbook } from './demoWorkbook.js';

/** The grid draws at most this many rows; a longer sheet gets a "N more rows" note (a 100,000-row log stays fast). */
export const ROW_WINDOW = 500;
/** Rows a chart covers in Sheets' default size (about 370 px). */
const CHART_ROWS = 18;

/** The spreadsheet as the page shows it: tabs, the active sheet's window of rows, the menus, the sidebar. */
export function workbookView(workbook: Workbook, sidebarSerial: number): WorkbookView {
  const { env } = workbook;
  const snapshot = env.snapshot();
  const active = snapshot.sheets.find((s) => s.name === snapshot.activeSheet) ?? snapshot.sheets[0];
  const sidebar = env.ui.sidebars.at(-1);
  return {
    name: snapshot.name,
    locale: snapshot.locale,
    timeZone: snapshot.timeZone,
    tabs: snapshot.sheets.map((s) => ({ name: s.name, hidden: s.hidden, tabColor: s.tabColor })),
    active: sheetView(workbook, active),
    menus: env.ui.menus.map((menu) => ({ ...menu, entries: structuredClone(menu.entries) })),
    sidebar:
      sidebar === undefined || sidebarSerial === 0
        ? null
        : { title: sidebar.title, width: sidebar.width, serial: sidebarSerial },
  };
}

/** A colour scale's points resolved over the numbers of its ranges (none when the rule is no scale). */
function gradientOf(rule: SheetSnapshot['conditionalFormats'][number], sheet: SheetSnapshot) {
  if (rule.gradient === undefined) return {};
  const inRanges = (cell: CellSnapshot) =>
    rule.ranges.some(
      (r) =>
        cell.row >= r.row &&
        cell.row < r.row + r.numRows &&
        cell.column >= r.column &&
        cell.column < r.column + r.numColumns,
    );
  const numbers = sheet.cells.flatMap((cell) =>
    typeof cell.value === 'number' && inRanges(cell) ? [cell.value] : [],
  );
  const gradient = resolveGradient(rule.gradient, numbers);
  return gradient === null ? {} : { gradient };
}

function sheetView(workbook: Workbook, sheet: SheetSnapshot): SheetView {
  const chartEnd = Math.max(0, ...sheet.charts.map((c) => c.position.anchorRow + CHART_ROWS));
  const numRows = Math.min(ROW_WINDOW, Math.max(sheet.lastRow, sheet.frozenRows, chartEnd, 1));
  const chartRight = Math.max(0, ...sheet.charts.map((c) => c.position.anchorColumn + 5));
  const numColumns = Math.max(sheet.lastColumn, sheet.frozenColumns, chartRight, 1);
  return {
    name: sheet.name,
    numRows,
    numColumns,
    lastRow: sheet.lastRow,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    hiddenColumns: sheet.hiddenColumns,
    hiddenRows: sheet.hiddenRows,
    cells: sheet.cells
      .filter((cell) => cell.row <= numRows)
      .map((cell) => cellView(workbook, sheet.name, cell)),
    merges: sheet.merges.map(({ row, column, numRows: r, numColumns: c }) => ({
      row,
      column,
      numRows: r,
      numColumns: c,
    })),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map(({ row, column, numRows: r, numColumns: c }) => ({
        row,
        column,
        numRows: r,
        numColumns: c,
      })),
      condition: rule.condition,
      format: rule.format as SheetView['conditionalFormats'][number]['format'],
      ...gradientOf(rule, sheet),
    })),
    charts: sheet.charts.map((chart) => chartView(workbook.env, chart)),
  };
}

function cellView(workbook: Workbook, sheetName: string, cell: CellSnapshot): CellView {
  const v = cell.value;
  const view: CellView = {
    row: cell.row,
    column: cell.column,
    a1: cell.a1,
    type:
      v instanceof Date
        ? 'date'
        : typeof v === 'number'
          ? 'number'
          : typeof v === 'boolean'
            ? 'boolean'
            : v === ''
              ? 'blank'
              : 'string',
    value: v instanceof Date ? v.getTime() : v === '' ? null : v,
    display: cell.display,
    format: cell.format,
  };
  if (cell.formula !== undefined) {
    view.formula = cell.formula;
    const problem = workbook.formulas.problemAt(sheetName, cell.row, cell.column);
    if (problem !== undefined && (v === '#ERROR!' || typeof v === 'string')) view.error = problem;
  }
  if (cell.note !== undefined) view.note = cell.note;
  return view;
}

type ChartSnapshot = SheetSnapshot['charts'][number];

/** The chart's data read from its ranges: the first column holds the labels, each next column a series. */
function chartView(env: Environment, chart: ChartSnapshot): ChartView {
  const columns: ChartView['columns'] = [];
  for (const range of chart.ranges) {
    const values = env.read(`'${range.sheet.replace(/'/g, "''")}'!${range.a1}`);
    for (let c = 0; c < range.numColumns; c++) {
      const column = values.map((row) => row[c]);
      const hasHeader = chart.numHeaders > 0 || (chart.numHeaders < 0 && typeof column[0] === 'string');
      columns.push({
        header: hasHeader ? String(column[0]) : '',
        values: (hasHeader ? column.slice(1) : column).map((v) =>
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : typeof v === 'number' || typeof v === 'string'
              ? v === ''
                ? null
                : v
              : null,
        ),
      });
    }
  }
  const options = chart.options as {
    title?: string;
    seriesType?: string;
    series?: Record<string, { type?: string }>;
  };
  const base =
    options.seriesType === 'bars' || chart.type === 'COLUMN' || chart.type === 'BAR' ? 'bars' : 'line';
  const seriesTypes = columns.slice(1).map((_, i) => {
    const type = options.series?.[i]?.type ?? base;
    return type === 'bars' ? ('bars' as const) : ('line' as const);
  });
  return {
    type: chart.type,
    title: typeof options.title === 'string' ? options.title : '',
    anchorRow: chart.position.anchorRow,
    anchorColumn: chart.position.anchorColumn,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    columns,
    seriesTypes,
  };
}
