import { asApi } from './_lib/asApi.js';
import { typeName } from './_lib/typeName.js';
import { type Area, areaOfReference, parseA1 } from './a1.js';
import { instrument } from './callLog.js';
import { chartApi, copyChart, newChartBuilder, stateOfChart } from './chart.js';
import { conditionalFormatRuleApi, stateOfRule } from './conditionalFormat.js';
import { addSheetMetadata, sheetMetadataApi } from './developerMetadata.js';
import { enumName } from './enums.js';
import { fail, messages } from './errors.js';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, normalizeColor } from './format.js';
import { clearArea, contentExtent } from './grid.js';
import { createProtection, protectionApi } from './protection.js';
import { checkArea, Range, rangeApi } from './range.js';
import { rangeListApi } from './rangeList.js';
import { writeValues } from './rangeOps.js';
import { recalculate } from './recalc.js';
import { Service } from './service.js';
import type { SheetApi } from './sheetApi.js';
import { checkSheetName, sameSheetName } from './sheetNames.js';
import {
  addColumns,
  addRows,
  checkColumns,
  checkRows,
  removeColumns,
  removeRows,
  setHidden,
} from './sheetRows.js';
import { spreadsheetApi } from './spreadsheet.js';
import type { SheetState } from './state.js';
import type { World } from './world.js';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** A Sheet over stored state, typed as Apps Script's Sheet. */
export function sheetApi(world: World, state: SheetState): GasSheet {
  return asApi<GasSheet>(new Sheet(world, state));
}

/** The emulator's Sheet behind an Apps Script Sheet argument. */
export function sheetOf(value: unknown, method: string): Sheet {
  if (value instanceof Sheet) return value;
  return fail(messages.badParameters(typeName(value), method));
}

/** The rectangle of an A1 reference on a sheet, with Apps Script's errors. */
export function areaOfA1(sheet: SheetState, a1: string): Area {
  const ref = parseA1(String(a1));
  if (ref === null || (ref.sheetName !== undefined && !sameSheetName(ref.sheetName, sheet.name))) {
    return fail(messages.rangeNotFound);
  }
  return areaOfReference(ref, sheet.maxRows, sheet.maxColumns);
}

/** `SpreadsheetApp.Sheet`. */
export class Sheet extends Service implements SheetApi {
  constructor(
    world: World,
    readonly state: SheetState,
  ) {
    super(world);
  }

  // ---- identity ----
  getName(): string {
    return this.state.name;
  }
  getSheetName(): string {
    return this.state.name;
  }
  setName(name: string): GasSheet {
    checkSheetName(this.world, String(name), this.state);
    this.state.name = String(name);
    return asApi(this);
  }
  getSheetId(): number {
    return this.state.id;
  }
  getIndex(): number {
    return this.world.book.sheets.indexOf(this.state) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetApi(this.world);
  }
  activate(): GasSheet {
    this.world.book.activeSheetId = this.state.id;
    this.world.book.activeRange = null;
    return asApi(this);
  }
  addDeveloperMetadata(key: string, value?: unknown): GasSheet {
    // The visibility overloads (key, visibility) and (key, value, visibility) are not emulated: the add-on writes
    // document-visible metadata, Apps Script's default.
    if (value !== undefined && typeof value !== 'string')
      fail(messages.badParameters('String,Object', 'Sheet.addDeveloperMetadata'));
    addSheetMetadata(this.world, this.state, String(key), value === undefined ? null : value);
    return asApi(this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return sheetMetadataApi(this.world, this.state);
  }
  getTabColor(): string | null {
    return this.state.tabColor;
  }
  setTabColor(color: string | null): GasSheet {
    this.state.tabColor = color === null ? null : normalizeColor(color);
    return asApi(this);
  }
  hideSheet(): GasSheet {
    const visible = this.world.book.sheets.filter((s) => !s.hidden && s !== this.state);
    if (visible.length === 0) fail(messages.lastVisibleSheet);
    this.state.hidden = true;
    if (this.world.book.activeSheetId === this.state.id) this.world.book.activeSheetId = visible[0].id;
    return asApi(this);
  }
  showSheet(): GasSheet {
    this.state.hidden = false;
    return asApi(this);
  }
  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  // ---- ranges ----
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof a1OrRow === 'string') return rangeApi(this.world, this.state, areaOfA1(this.state, a1OrRow));
    if (column === undefined)
      fail(messages.badParameters(typeName(a1OrRow), 'SpreadsheetApp.Sheet.getRange'));
    return rangeApi(this.world, this.state, {
      row: a1OrRow,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return rangeListApi(
      this.world,
      [...a1Notations].map((a1) => new Range(this.world, this.state, checkedArea(this.state, a1))),
    );
  }
  getDataRange(): GasRange {
    recalculate(this.world);
    const { lastRow, lastColumn } = contentExtent(this.state);
    return rangeApi(this.world, this.state, {
      row: 1,
      column: 1,
      numRows: Math.max(lastRow, 1),
      numColumns: Math.max(lastColumn, 1),
    });
  }
  getLastRow(): number {
    recalculate(this.world);
    return contentExtent(this.state).lastRow;
  }
  getLastColumn(): number {
    recalculate(this.world);
    return contentExtent(this.state).lastColumn;
  }
  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxColumns;
  }
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents))
      fail(messages.badParameters(typeName(rowContents), 'SpreadsheetApp.Sheet.appendRow'));
    recalculate(this.world);
    const row = contentExtent(this.state).lastRow + 1;
    if (row > this.state.maxRows) addRows(this.world, this.state, row, 1, row - 1);
    const width = Math.max(rowContents.length, 1);
    if (width > this.state.maxColumns) {
      const extra = width - this.state.maxColumns;
      addColumns(this.world, this.state, this.state.maxColumns + 1, extra, this.state.maxColumns);
    }
    const target = {
      world: this.world,
      sheet: this.state,
      area: { row, column: 1, numRows: 1, numColumns: width },
    };
    writeValues(target, [rowContents.length > 0 ? rowContents : ['']]);
    return asApi(this);
  }

  // ---- rows and columns ----
  insertRowAfter(afterPosition: number): GasSheet {
    checkRows(this.state, afterPosition);
    addRows(this.world, this.state, afterPosition + 1, 1, afterPosition);
    return asApi(this);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    checkRows(this.state, afterPosition);
    addRows(this.world, this.state, afterPosition + 1, howMany, afterPosition);
    return asApi(this);
  }
  insertRowBefore(beforePosition: number): GasSheet {
    checkRows(this.state, beforePosition);
    addRows(this.world, this.state, beforePosition, 1, beforePosition + 1);
    return asApi(this);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    checkRows(this.state, beforePosition);
    addRows(this.world, this.state, beforePosition, howMany, beforePosition + howMany);
    return asApi(this);
  }
  insertColumnAfter(afterPosition: number): GasSheet {
    checkColumns(this.state, afterPosition);
    addColumns(this.world, this.state, afterPosition + 1, 1, afterPosition);
    return asApi(this);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    checkColumns(this.state, afterPosition);
    addColumns(this.world, this.state, afterPosition + 1, howMany, afterPosition);
    return asApi(this);
  }
  insertColumnBefore(beforePosition: number): GasSheet {
    checkColumns(this.state, beforePosition);
    addColumns(this.world, this.state, beforePosition, 1, beforePosition + 1);
    return asApi(this);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    checkColumns(this.state, beforePosition);
    addColumns(this.world, this.state, beforePosition, howMany, beforePosition + howMany);
    return asApi(this);
  }
  deleteRow(rowPosition: number): GasSheet {
    removeRows(this.world, this.state, rowPosition, 1);
    return asApi(this);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    removeRows(this.world, this.state, rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): GasSheet {
    removeColumns(this.world, this.state, columnPosition, 1);
    return asApi(this);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    removeColumns(this.world, this.state, columnPosition, howMany);
  }
  getFrozenRows(): number {
    return this.state.frozenRows;
  }
  setFrozenRows(rows: number): void {
    if (!(rows >= 0 && rows <= this.state.maxRows)) fail(messages.rowsOutOfBounds);
    this.state.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.state.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    if (!(columns >= 0 && columns <= this.state.maxColumns)) fail(messages.columnsOutOfBounds);
    this.state.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    checkColumns(this.state, columnPosition);
    return this.state.columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    checkColumns(this.state, columnPosition);
    this.state.columnWidths[columnPosition] = width;
    return asApi(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    checkColumns(this.state, startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.state.columnWidths[c] = width;
    return asApi(this);
  }
  autoResizeColumn(columnPosition: number): GasSheet {
    checkColumns(this.state, columnPosition);
    return asApi(this);
  }
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    checkColumns(this.state, startColumn, numColumns);
    return asApi(this);
  }
  getRowHeight(rowPosition: number): number {
    checkRows(this.state, rowPosition);
    return this.state.rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): GasSheet {
    checkRows(this.state, rowPosition);
    this.state.rowHeights[rowPosition] = height;
    return asApi(this);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GasSheet {
    checkRows(this.state, startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this.state.rowHeights[r] = height;
    return asApi(this);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    checkColumns(this.state, columnIndex, numColumns);
    setHidden(this.state.hiddenColumns, columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    checkColumns(this.state, columnIndex, numColumns);
    setHidden(this.state.hiddenColumns, columnIndex, numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.state.hiddenColumns[columnPosition] === true;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    checkRows(this.state, rowIndex, numRows);
    setHidden(this.state.hiddenRows, rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    checkRows(this.state, rowIndex, numRows);
    setHidden(this.state.hiddenRows, rowIndex, numRows, false);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.state.hiddenRows[rowPosition] === true;
  }

  // ---- clearing ----
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    const contentsOnly = options?.contentsOnly === true;
    const formatOnly = options?.formatOnly === true;
    const both = contentsOnly === formatOnly;
    clearArea(this.state, wholeSheet(this.state), {
      contents: both || contentsOnly,
      formats: both || formatOnly,
    });
    this.world.book.dirty = true;
    return asApi(this);
  }
  clearContents(): GasSheet {
    clearArea(this.state, wholeSheet(this.state), { contents: true, formats: false });
    this.world.book.dirty = true;
    return asApi(this);
  }
  clearFormats(): GasSheet {
    clearArea(this.state, wholeSheet(this.state), { contents: false, formats: true });
    return asApi(this);
  }
  clearNotes(): GasSheet {
    clearArea(this.state, wholeSheet(this.state), { contents: false, formats: false, notes: true });
    return asApi(this);
  }

  // ---- conditional formats ----
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.state.conditionalFormats.map((rule) => conditionalFormatRuleApi(this.world, rule));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.state.conditionalFormats = [...rules].map(stateOfRule);
  }
  clearConditionalFormatRules(): void {
    this.state.conditionalFormats = [];
  }

  // ---- charts ----
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.world);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOfChart(chart);
    state.id ??= this.world.book.nextObjectId++;
    this.state.charts.push(copyChart(state));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOfChart(chart);
    this.state.charts = this.state.charts.map((c) => (c.id === state.id ? copyChart(state) : c));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOfChart(chart);
    this.state.charts = this.state.charts.filter((c) => c.id !== state.id);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.state.charts.map((chart) => chartApi(this.world, copyChart(chart)));
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return createProtection(this.world, 'SHEET', { sheetId: this.state.id, ...wholeSheet(this.state) });
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(type);
    return this.world.book.protections
      .filter((p) => p.range.sheetId === this.state.id && p.type === name)
      .map((p) => protectionApi(this.world, p));
  }
}

function wholeSheet(sheet: SheetState): Area {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

function checkedArea(sheet: SheetState, a1: string): Area {
  const area = areaOfA1(sheet, a1);
  checkArea(sheet, area);
  return area;
}

instrument(Sheet, 'Sheet', { documentData: true });
