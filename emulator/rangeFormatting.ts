// The formats of a range Apps Script reads and writes cell by cell: fonts, fill, alignment, wrapping, borders.
// Range (range.ts) extends it; its methods are logged as `Range.…`, as Range's own are.
import { asApi } from './_lib/asApi.js';
import type { Area } from './a1.js';
import { instrument } from './callLog.js';
import { enumName, WrapStrategy } from './enums.js';
import { type DEFAULT_FORMAT, formatOf, normalizeColor } from './format.js';
import { checkMatrix, drawBorders, fillFormat, readFormat, type Target, writeFormats } from './rangeOps.js';
import { Service } from './service.js';
import type { CellFormat, SheetState } from './state.js';
import type { World } from './world.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type HorizontalAlignment = 'left' | 'center' | 'normal' | 'right' | null;
type VerticalAlignment = 'top' | 'middle' | 'bottom' | null;

const color = (value: string | null) => (value === null ? undefined : normalizeColor(value));

/** The top-left cell of a target: single-value getters read it. */
export function corner(target: Target): Target {
  return { ...target, area: { row: target.area.row, column: target.area.column, numRows: 1, numColumns: 1 } };
}

/** One format field of every cell, with Sheets' default. */
export function formats<K extends keyof typeof DEFAULT_FORMAT>(target: Target, key: K) {
  return readFormat(target, (format) => formatOf(format, key));
}

/** The formatting half of `SpreadsheetApp.Range` over a rectangle of one sheet. */
export class RangeFormatting extends Service implements Target {
  constructor(
    world: World,
    readonly sheet: SheetState,
    readonly area: Area,
  ) {
    super(world);
  }

  // ---- fonts ----
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return formats(corner(this), 'fontWeight')[0][0];
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return formats(this, 'fontWeight');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    fillFormat(this, 'fontWeight', fontWeight ?? undefined);
    return asApi(this);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GasRange {
    checkMatrix(fontWeights, this.area, 'setFontWeights');
    writeFormats(this, 'fontWeight', fontWeights, (w) => w ?? undefined);
    return asApi(this);
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return formats(corner(this), 'fontStyle')[0][0];
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return formats(this, 'fontStyle');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    fillFormat(this, 'fontStyle', fontStyle ?? undefined);
    return asApi(this);
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): GasRange {
    checkMatrix(fontStyles, this.area, 'setFontStyles');
    writeFormats(this, 'fontStyle', fontStyles, (s) => s ?? undefined);
    return asApi(this);
  }
  getFontColor(): string {
    return formats(corner(this), 'fontColor')[0][0];
  }
  getFontColors(): string[][] {
    return formats(this, 'fontColor');
  }
  setFontColor(fontColor: string | null): GasRange {
    fillFormat(this, 'fontColor', color(fontColor));
    return asApi(this);
  }
  setFontColors(colors: (string | null)[][]): GasRange {
    checkMatrix(colors, this.area, 'setFontColors');
    writeFormats(this, 'fontColor', colors, color);
    return asApi(this);
  }
  getFontSize(): number {
    return formats(corner(this), 'fontSize')[0][0];
  }
  getFontSizes(): number[][] {
    return formats(this, 'fontSize');
  }
  setFontSize(size: number): GasRange {
    fillFormat(this, 'fontSize', size);
    return asApi(this);
  }
  setFontSizes(sizes: number[][]): GasRange {
    checkMatrix(sizes, this.area, 'setFontSizes');
    writeFormats(this, 'fontSize', sizes, Number);
    return asApi(this);
  }
  getFontFamily(): string {
    return formats(corner(this), 'fontFamily')[0][0];
  }
  setFontFamily(fontFamily: string | null): GasRange {
    fillFormat(this, 'fontFamily', fontFamily ?? undefined);
    return asApi(this);
  }

  // ---- fill, alignment, wrapping, borders ----
  getBackground(): string {
    return formats(corner(this), 'background')[0][0];
  }
  getBackgrounds(): string[][] {
    return formats(this, 'background');
  }
  setBackground(background: string | null): GasRange {
    fillFormat(this, 'background', color(background));
    return asApi(this);
  }
  setBackgrounds(backgrounds: (string | null)[][]): GasRange {
    checkMatrix(backgrounds, this.area, 'setBackgrounds');
    writeFormats(this, 'background', backgrounds, color);
    return asApi(this);
  }
  getHorizontalAlignment(): string {
    return formats(corner(this), 'horizontalAlignment')[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return formats(this, 'horizontalAlignment');
  }
  setHorizontalAlignment(alignment: HorizontalAlignment): GasRange {
    fillFormat(this, 'horizontalAlignment', alignment ?? undefined);
    return asApi(this);
  }
  setHorizontalAlignments(alignments: HorizontalAlignment[][]): GasRange {
    checkMatrix(alignments, this.area, 'setHorizontalAlignments');
    writeFormats(this, 'horizontalAlignment', alignments, (a) => a ?? undefined);
    return asApi(this);
  }
  getVerticalAlignment(): string {
    return formats(corner(this), 'verticalAlignment')[0][0];
  }
  getVerticalAlignments(): string[][] {
    return formats(this, 'verticalAlignment');
  }
  setVerticalAlignment(alignment: VerticalAlignment): GasRange {
    fillFormat(this, 'verticalAlignment', alignment ?? undefined);
    return asApi(this);
  }
  setVerticalAlignments(alignments: VerticalAlignment[][]): GasRange {
    checkMatrix(alignments, this.area, 'setVerticalAlignments');
    writeFormats(this, 'verticalAlignment', alignments, (a) => a ?? undefined);
    return asApi(this);
  }
  getWrap(): boolean {
    return formats(corner(this), 'wrapStrategy')[0][0] === 'WRAP';
  }
  getWraps(): boolean[][] {
    return formats(this, 'wrapStrategy').map((row) => row.map((strategy) => strategy === 'WRAP'));
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    fillFormat(this, 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
    return asApi(this);
  }
  setWraps(isWrapEnabled: boolean[][]): GasRange {
    checkMatrix(isWrapEnabled, this.area, 'setWraps');
    writeFormats(this, 'wrapStrategy', isWrapEnabled, (on) => (on ? 'WRAP' : 'OVERFLOW'));
    return asApi(this);
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return WrapStrategy[formats(corner(this), 'wrapStrategy')[0][0]];
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    fillFormat(this, 'wrapStrategy', enumName(strategy) as CellFormat['wrapStrategy']);
    return asApi(this);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    borderColor?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GasRange {
    drawBorders(
      this,
      { top, left, bottom, right },
      { vertical, horizontal },
      { color: color(borderColor ?? null) ?? '#000000', style: style == null ? 'SOLID' : enumName(style) },
    );
    return asApi(this);
  }
}

instrument(RangeFormatting, 'Range', { documentData: true });
