import { asApi } from './_lib/asApi.js';
import { typeName } from './_lib/typeName.js';
import type { Area } from './a1.js';
import { instrument } from './callLog.js';
import { fail, messages } from './errors.js';
import { hasContent } from './grid.js';
import { createProtection } from './protection.js';
import { corner, formats, RangeFormatting } from './rangeFormatting.js';
import {
  a1Of,
  checkMatrix,
  clearTarget,
  fillFormat,
  fillValue,
  gridRangeOf,
  readDisplayValues,
  readFormulas,
  readMatrix,
  readNotes,
  readValues,
  type Target,
  writeFormats,
  writeNotes,
  writeValues,
} from './rangeOps.js';
import { recalculate } from './recalc.js';
import { sheetApi } from './sheet.js';
import { type CellValue, cellKey, type GridRange, type SheetState } from './state.js';
import { scriptBlockBuilder } from './valueBlock.js';
import type { World } from './world.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** The Range methods the emulator provides; each is checked against @types/google-apps-script. */
export type RangeApi = Pick<
  GasRange,
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMergedRanges'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'isBlank'
  | 'isPartOfMerge'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setWraps'
>;

/**
 * Checks a rectangle against the sheet's grid with Apps Script's messages, in Apps Script's order.
 */
export function checkArea(sheet: SheetState, area: Area): void {
  if (!(area.row >= 1)) fail(messages.startRowTooSmall);
  if (!(area.column >= 1)) fail(messages.startColumnTooSmall);
  if (!(area.numRows >= 1)) fail(messages.numRowsTooSmall);
  if (!(area.numColumns >= 1)) fail(messages.numColumnsTooSmall);
  if (area.row + area.numRows - 1 > sheet.maxRows || area.column + area.numColumns - 1 > sheet.maxColumns) {
    fail(messages.rangeOutsideSheet);
  }
}

/** A Range over a checked rectangle, typed as Apps Script's Range. */
export function rangeApi(world: World, sheet: SheetState, area: Area): GasRange {
  checkArea(sheet, area);
  return asApi<GasRange>(new Range(world, sheet, { ...area }));
}

/** The emulator's Range behind an Apps Script Range argument; a wrong argument throws Apps Script's error. */
export function rangeOf(value: unknown, method: string): Range {
  if (value instanceof Range) return value;
  return fail(messages.badParameters(typeName(value), method));
}

/** A range of a grid range, e.g. one stored in a chart or a conditional format rule. */
export function rangeOfGrid(world: World, grid: GridRange): GasRange {
  const sheet = world.book.sheets.find((s) => s.id === grid.sheetId);
  if (sheet === undefined) return fail(messages.rangeNotFound);
  return asApi<GasRange>(new Range(world, sheet, areaOf(grid)));
}

/** The rectangle of a grid range, without its sheet id. */
function areaOf({ row, column, numRows, numColumns }: Area): Area {
  return { row, column, numRows, numColumns };
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function addMerges(sheet: SheetState, areas: Area[]): void {
  sheet.merges = sheet.merges.filter((merge) => !areas.some((area) => overlaps(merge, area)));
  for (const area of areas) sheet.merges.push({ sheetId: sheet.id, ...area });
}

/** `SpreadsheetApp.Range`: a rectangle of cells on one sheet. */
export class Range extends RangeFormatting implements RangeApi, Target {
  // ---- position ----
  getA1Notation(): string {
    return a1Of(this);
  }
  getRow(): number {
    return this.area.row;
  }
  getRowIndex(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.column;
  }
  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }
  getNumRows(): number {
    return this.area.numRows;
  }
  getNumColumns(): number {
    return this.area.numColumns;
  }
  getHeight(): number {
    return this.area.numRows;
  }
  getWidth(): number {
    return this.area.numColumns;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetApi(this.world, this.sheet);
  }
  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numColumns) {
      fail(messages.cellOutOfRange);
    }
    return rangeApi(this.world, this.sheet, {
      row: this.area.row + row - 1,
      column: this.area.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return rangeApi(this.world, this.sheet, {
      row: this.area.row + rowOffset,
      column: this.area.column + columnOffset,
      numRows: numRows ?? this.area.numRows,
      numColumns: numColumns ?? this.area.numColumns,
    });
  }
  activate(): GasRange {
    this.world.book.activeSheetId = this.sheet.id;
    this.world.book.activeRange = gridRangeOf(this);
    return asApi(this);
  }

  // ---- values ----
  getValue(): CellValue {
    return readValues(corner(this))[0][0];
  }
  getValues(): CellValue[][] {
    return readValues(this, scriptBlockBuilder());
  }
  setValue(value: unknown): GasRange {
    fillValue(this, value);
    return asApi(this);
  }
  setValues(values: unknown[][]): GasRange {
    checkMatrix(values, this.area, 'setValues');
    writeValues(this, values);
    return asApi(this);
  }
  getDisplayValue(): string {
    return readDisplayValues(corner(this))[0][0];
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this);
  }
  getFormula(): string {
    return readFormulas(corner(this))[0][0];
  }
  getFormulas(): string[][] {
    return readFormulas(this);
  }
  setFormula(formula: string): GasRange {
    fillValue(this, formula);
    return asApi(this);
  }
  setFormulas(formulas: string[][]): GasRange {
    checkMatrix(formulas, this.area, 'setFormulas');
    writeValues(this, formulas);
    return asApi(this);
  }
  isBlank(): boolean {
    recalculate(this.world);
    return readMatrix(
      this,
      (row, column) => !hasContent(this.sheet, row, column) && !this.sheet.computed.has(cellKey(row, column)),
    ).every((row) => row.every(Boolean));
  }

  // ---- clearing ----
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasRange {
    clearTarget(this, options);
    return asApi(this);
  }
  clearContent(): GasRange {
    clearTarget(this, { contentsOnly: true });
    return asApi(this);
  }
  clearFormat(): GasRange {
    clearTarget(this, { formatOnly: true });
    return asApi(this);
  }

  // ---- number formats ----
  getNumberFormat(): string {
    return formats(corner(this), 'numberFormat')[0][0];
  }
  getNumberFormats(): string[][] {
    return formats(this, 'numberFormat');
  }
  setNumberFormat(numberFormat: string): GasRange {
    fillFormat(this, 'numberFormat', String(numberFormat));
    return asApi(this);
  }
  setNumberFormats(numberFormats: string[][]): GasRange {
    checkMatrix(numberFormats, this.area, 'setNumberFormats');
    writeFormats(this, 'numberFormat', numberFormats, String);
    return asApi(this);
  }

  // ---- notes ----
  getNote(): string {
    return readNotes(corner(this))[0][0];
  }
  getNotes(): string[][] {
    return readNotes(this);
  }
  setNote(note: string | null): GasRange {
    writeNotes(
      this,
      readMatrix(this, () => note),
    );
    return asApi(this);
  }
  setNotes(notes: (string | null)[][]): GasRange {
    checkMatrix(notes, this.area, 'setNotes');
    writeNotes(this, notes);
    return asApi(this);
  }
  clearNote(): GasRange {
    writeNotes(
      this,
      readMatrix(this, () => null),
    );
    return asApi(this);
  }

  // ---- merges: recorded for renderers ----
  merge(): GasRange {
    addMerges(this.sheet, [this.area]);
    return asApi(this);
  }
  mergeAcross(): GasRange {
    const { area } = this;
    addMerges(
      this.sheet,
      Array.from({ length: area.numRows }, (_, i) => ({ ...area, row: area.row + i, numRows: 1 })),
    );
    return asApi(this);
  }
  mergeVertically(): GasRange {
    const { area } = this;
    addMerges(
      this.sheet,
      Array.from({ length: area.numColumns }, (_, j) => ({
        ...area,
        column: area.column + j,
        numColumns: 1,
      })),
    );
    return asApi(this);
  }
  breakApart(): GasRange {
    this.sheet.merges = this.sheet.merges.filter((merge) => !overlaps(merge, this.area));
    return asApi(this);
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((merge) => overlaps(merge, this.area));
  }
  getMergedRanges(): GasRange[] {
    return this.sheet.merges
      .filter((merge) => overlaps(merge, this.area))
      .map((merge) => asApi<GasRange>(new Range(this.world, this.sheet, areaOf(merge))));
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return createProtection(this.world, 'RANGE', gridRangeOf(this));
  }
}

instrument(Range, 'Range', { documentData: true });
