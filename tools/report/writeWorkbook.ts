import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellSnapshot, SheetSnapshot, SpreadsheetSnapshot } from '../../emulator/index.js';
import { type Lang, langOf } from '../../src/kpi/i18n/lang.js';
import { quoted } from '../../src/kpi/i18n/locales/index.js';
import { cardBreakRows } from './_lib/cardBreaks.js';
import { asExcelRule, xlsxColorScaleOf, xlsxRuleOf } from './_lib/conditionalRule.js';
import { teachExcelTextRules } from './_lib/excelTextRules.js';
import { paperSizeOf } from './_lib/paperSize.js';
import { argb, ruleStyle, SHEETS_FONT, writeCell } from './_lib/xlsxCell.js';
import { type XlsxChart, xlsxChartsOf } from './_lib/xlsxChart.js';
import { addChartsToXlsx } from './_lib/xlsxChartPackage.js';

export interface WorkbookOptions {
  /** The sheet the workbook opens on. @default the snapshot's active sheet */
  activeSheet?: string;
  /** Sheets printed landscape and one page wide (the report). @default [] */
  fitToPageWidth?: readonly string[];
}

/** Sheets' defaults, which an .xlsx does not share (Excel's are 64 px columns, 20 px rows; the font: xlsxCell.ts). */
const SHEETS_COLUMN_PX = 100;
const SHEETS_ROW_PX = 21;

type ChartSnapshot = SheetSnapshot['charts'][number];
type Worksheet = ExcelJS.Worksheet;

/**
 * Writes an .xlsx that shows what the emulated spreadsheet shows: every sheet in order with its values (typed:
 * numbers, text, booleans, dates on the spreadsheet's wall clock), formulas with their last values, number
 * formats, fonts, fills, alignment, wrapping, borders, notes, merges, column widths, row heights, hidden rows and
 * columns, frozen panes, tab colours, conditional formatting and charts. exceljs writes no charts: column, bar,
 * line and combo charts are added to its package afterwards as native DrawingML charts over the same cells
 * (`_lib/xlsxChart.ts`); each chart's data range is also a defined name (`Chart_data`, `Chart_data_2`…). A chart of
 * another kind (pie, area…) is a line of the result and a grey note in its empty anchor cell.
 *
 * Print setup: the paper of the spreadsheet's locale (Letter in the Americas' Letter countries, A4 elsewhere); the
 * `fitToPageWidth` sheets and any sheet wider than a portrait page landscape and one page wide; frozen rows (or a
 * header row of text) repeated on every page.
 *
 * One deliberate difference: a column Sheets shows at its default width, holding numbers or dates wider than that,
 * is widened to fit them. Sheets lets such a number run past the cell; Excel and LibreOffice show `###` instead.
 *
 * The workbook is streamed row by row (exceljs's streaming writer: a 200,000-row log does not hold every cell
 * twice) into a temporary file beside `file`, renamed to `file` once complete: a failure never leaves half a file.
 *
 * @returns What the .xlsx could not carry, one line each (charts, rules with no .xlsx equivalent, renamed sheets).
 * @throws The file system's error (with its `code`) when the file cannot be written.
 * @example
 * await writeWorkbook(env.snapshot(), 'report.xlsx', { activeSheet: 'KPI Report' }) //=> ['the combo chart on …']
 */
export async function writeWorkbook(
  snapshot: SpreadsheetSnapshot,
  file: string,
  options: WorkbookOptions = {},
): Promise<string[]> {
  teachExcelTextRules();
  const unique = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
  // `wx`: never into a file that is already there; `flush`: on the disk before the rename makes it the file.
  const stream = createWriteStream(temporary, { flags: 'wx', flush: true });
  let created = false;
  stream.once('open', () => {
    created = true;
  });
  const failed = new Promise<never>((_, reject) => stream.on('error', reject));
  try {
    const { leftOut, charts } = await Promise.race([failed, writeInto(stream, snapshot, options)]);
    await addChartsToXlsx(temporary, charts);
    await rename(temporary, file);
    return leftOut;
  } catch (error) {
    stream.destroy();
    if (created) await rm(temporary, { force: true });
    throw error;
  }
}

async function writeInto(
  stream: Writable,
  snapshot: SpreadsheetSnapshot,
  options: WorkbookOptions,
): Promise<{ leftOut: string[]; charts: XlsxChart[] }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Sales KPI';
  const leftOut: string[] = [];
  const names = xlsxSheetNames(snapshot.sheets.map((s) => s.name));
  const lang = langOf(snapshot.locale);
  let chartCount = 0;
  const { drawn } = xlsxChartsOf(snapshot, names);
  const paperSize = paperSizeOf(snapshot.locale);
  for (const [index, sheet] of snapshot.sheets.entries()) {
    const name = names[index];
    if (name !== sheet.name) {
      leftOut.push(`the sheet "${sheet.name}" is named "${name}" (an .xlsx name is shorter)`);
    }
    const fit = (options.fitToPageWidth?.includes(sheet.name) ?? false) || widerThanPortrait(sheet);
    // exceljs 4.4 writes the print titles' sheet name without doubling a `'` in it: a name Excel would repair.
    const titleRows = name.includes("'") ? 0 : titleRowsOf(sheet);
    const worksheet = workbook.addWorksheet(name, {
      properties: {
        defaultColWidth: columnChars(SHEETS_COLUMN_PX),
        defaultRowHeight: points(SHEETS_ROW_PX),
        ...(sheet.tabColor === null ? {} : { tabColor: { argb: argb(sheet.tabColor) } }),
      },
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
          : [],
      pageSetup: {
        paperSize,
        ...(fit ? { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(titleRows > 0 ? { printTitlesRow: `1:${titleRows}` } : {}),
      },
    });
    const hints = new Map<string, string>();
    for (const chart of sheet.charts) {
      chartCount += 1;
      const definedName = chartCount === 1 ? 'Chart_data' : `Chart_data_${chartCount}`;
      for (const range of chart.ranges) {
        const owner = names[snapshot.sheets.findIndex((s) => s.name === range.sheet)] ?? range.sheet;
        workbook.definedNames.add(`${quoteSheet(owner)}!${absolute(range.a1)}`, definedName);
      }
      if (drawn.has(chart)) continue;
      const { anchorRow, anchorColumn } = chart.position;
      hints.set(`${anchorRow},${anchorColumn}`, CHART_HINT[lang](chartTitle(chart, lang), definedName));
      const where = chart.ranges.map((r) => `${quoteSheet(r.sheet)}!${r.a1}`).join(', ');
      leftOut.push(
        `the ${chartKind(chart)} chart on "${sheet.name}" (not a kind the .xlsx writer draws): its data is ${where}, ` +
          `named ${definedName}`,
      );
    }
    if (options.fitToPageWidth?.includes(sheet.name)) breakBeforeCharts(worksheet, sheet, drawn);
    for (const row of cardBreakRows(sheet)) worksheet.getRow(row).addPageBreak();
    writeColumns(worksheet, sheet);
    for (const merge of sheet.merges) worksheet.mergeCells(merge.a1);
    writeConditionalFormats(worksheet, sheet, leftOut);
    writeRows(worksheet, sheet, snapshot.timeZone, hints);
    worksheet.commit();
  }
  const active = Math.max(
    0,
    snapshot.sheets.findIndex((s) => s.name === (options.activeSheet ?? snapshot.activeSheet)),
  );
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  await workbook.commit();
  return { leftOut, charts: [...drawn.values()] };
}

/**
 * A page break above each drawn chart's table (above its title, the row over the data's header), so that the table
 * and its chart print on one page instead of the chart being cut by a page's end.
 */
function breakBeforeCharts(
  worksheet: Worksheet,
  sheet: SheetSnapshot,
  drawn: Map<ChartSnapshot, XlsxChart>,
): void {
  for (const chart of sheet.charts) {
    if (!drawn.has(chart)) continue;
    const top = Math.min(...chart.ranges.filter((r) => r.sheet === sheet.name).map((r) => r.row));
    const after = top - 2; // the break comes after this row: the title (top - 1) starts the page
    if (Number.isFinite(after) && after > sheet.frozenRows) worksheet.getRow(after).addPageBreak();
  }
}

/** A portrait page's printable width in pixels (A4's 8.27 in less exceljs's 0.7 in margins, at 96 px an inch). */
const PORTRAIT_PX = (8.27 - 1.4) * 96;

/** Whether the sheet's used columns are wider than a portrait page (then it prints landscape, one page wide). */
function widerThanPortrait(sheet: SheetSnapshot): boolean {
  let used = 0; // a loop, not Math.max(...cells): a log has more cells than a call has room for arguments
  for (const cell of sheet.cells) if (cell.column > used) used = cell.column;
  let px = 0;
  for (let column = 1; column <= used; column++) px += sheet.columnWidths[column] ?? SHEETS_COLUMN_PX;
  return px > PORTRAIT_PX;
}

/** The rows printed atop every page: the frozen ones, else a header row of text, else none. */
function titleRowsOf(sheet: SheetSnapshot): number {
  if (sheet.frozenRows > 0) return sheet.frozenRows;
  return textHeaderRow(sheet) ? 1 : 0;
}

/** Whether row 1 is a table's header (text in every filled cell, and rows under it): it repeats on every page. */
function textHeaderRow(sheet: SheetSnapshot): boolean {
  const first = sheet.cells.filter((cell) => cell.row === 1 && cell.value !== '');
  return (
    first.length > 0 &&
    first.every((cell) => typeof cell.value === 'string') &&
    sheet.cells.some((cell) => cell.row > 1)
  );
}

/** Column widths: Sheets' where set, else wide enough for the column's numbers and dates; hidden columns. */
function writeColumns(worksheet: Worksheet, sheet: SheetSnapshot): void {
  for (const [column, px] of numberWidths(sheet)) {
    if (sheet.columnWidths[column] === undefined && px > SHEETS_COLUMN_PX) {
      worksheet.getColumn(column).width = columnChars(px);
    }
  }
  for (const [column, px] of Object.entries(sheet.columnWidths)) {
    worksheet.getColumn(Number(column)).width = columnChars(px);
  }
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
}

/** The rows in order, each committed (written out) as soon as it is complete. */
function writeRows(
  worksheet: Worksheet,
  sheet: SheetSnapshot,
  timeZone: string,
  hints: Map<string, string>,
): void {
  const byRow = new Map<number, CellSnapshot[]>();
  for (const cell of sheet.cells) {
    const row = byRow.get(cell.row);
    if (row === undefined) byRow.set(cell.row, [cell]);
    else row.push(cell);
  }
  const hintRows = new Map<number, [number, string][]>();
  for (const [key, text] of hints) {
    const [row, column] = key.split(',').map(Number);
    if (byRow.get(row)?.some((cell) => cell.column === column && cell.value !== '')) continue;
    hintRows.set(row, [...(hintRows.get(row) ?? []), [column, text]]);
  }
  const hidden = new Set(sheet.hiddenRows);
  const numbers = new Set([
    ...byRow.keys(),
    ...hintRows.keys(),
    ...hidden,
    ...Object.keys(sheet.rowHeights).map(Number),
  ]);
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const row = worksheet.getRow(number);
    for (const snap of byRow.get(number) ?? []) writeCell(row.getCell(snap.column), snap, timeZone);
    for (const [column, text] of hintRows.get(number) ?? []) {
      const cell = row.getCell(column);
      cell.value = text;
      cell.font = { ...SHEETS_FONT, italic: true, color: { argb: 'FF80868B' } };
    }
    const px = sheet.rowHeights[number];
    if (px !== undefined) row.height = points(px);
    if (hidden.has(number)) row.hidden = true;
    row.commit();
  }
}

/** The pixels each column needs for its widest number or date as displayed (Arial 10: about 7.5 px a character). */
function numberWidths(sheet: SheetSnapshot): Map<number, number> {
  const widths = new Map<number, number>();
  for (const cell of sheet.cells) {
    if (typeof cell.value !== 'number' && !(cell.value instanceof Date)) continue;
    const px = Math.ceil(cell.display.length * 7.5 + 12);
    if (px > (widths.get(cell.column) ?? 0)) widths.set(cell.column, px);
  }
  return widths;
}

/** What the empty place of a chart says in the workbook, in the spreadsheet's language. */
const CHART_HINT: Record<Lang, (title: string, name: string) => string> = {
  en: (title, name) =>
    `Chart${title}: not in this file (only column, bar, line and combo charts are written to .xlsx). Its data is the range named ${name}: ` +
    'select it in the Name Box and insert a chart.',
  ru: (title, name) =>
    `Диаграмма${title}: в файл не попала (в .xlsx записываются только столбчатые, линейчатые, линейные и комбинированные диаграммы). Её данные — диапазон ${name}: ` +
    'выберите его в поле имени и вставьте диаграмму.',
};

function chartTitle(chart: ChartSnapshot, lang: Lang): string {
  const title = chart.options.title;
  return typeof title === 'string' && title.trim() !== '' ? ` ${quoted(lang, title.trim())}` : '';
}

function writeConditionalFormats(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetSnapshot,
  leftOut: string[],
): void {
  sheet.conditionalFormats.forEach((rule, index) => {
    const where = rule.ranges.map((r) => r.a1).join(' ');
    const topLeft = rule.ranges[0]?.a1.split(':')[0];
    const scale = rule.gradient === undefined ? null : xlsxColorScaleOf(rule.gradient, index + 1);
    if (scale !== null) {
      worksheet.addConditionalFormatting({ ref: where, rules: [scale] });
      return;
    }
    const xlsxRule =
      rule.condition === null || topLeft === undefined ? null : xlsxRuleOf(rule.condition, topLeft);
    if (xlsxRule === null) {
      leftOut.push(
        `a conditional format on "${sheet.name}"!${where} (${rule.condition?.type ?? 'gradient'}: no .xlsx equivalent)`,
      );
      return;
    }
    // Sheets applies the first matching rule; .xlsx applies them by priority, 1 first: the same order.
    worksheet.addConditionalFormatting({
      ref: where,
      rules: [asExcelRule(xlsxRule, index + 1, ruleStyle(rule.format))],
    });
  });
}

/** Excel's column width in characters of the default font (7 px per digit plus 5 px of padding). */
function columnChars(px: number): number {
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/** Row heights are points in .xlsx: 96 px = 72 pt. */
function points(px: number): number {
  return px * 0.75;
}

/** Sheet names as .xlsx allows them: at most 31 characters, none of []:*?/\, unique ignoring case. */
function xlsxSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function chartKind(chart: ChartSnapshot): string {
  return chart.type.toLowerCase().replace(/_/g, ' ');
}
