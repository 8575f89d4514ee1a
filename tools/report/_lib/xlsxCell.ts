// One cell of a sheet snapshot as an .xlsx cell: its value (a formula with its result), number format, font,
// fill, alignment, borders and note; and the style of a conditional format's rule.
import type ExcelJS from 'exceljs';
import type { CellSnapshot, CellValue } from '../../../emulator/index.js';
import { AUTOMATIC_FORMAT } from '../../../emulator/numberFormat.js';
import { serialOfDate, wallMsOfSerial } from '../../../emulator/timeZone.js';
import { isSheetsOnlyFormula } from './sheetsOnlyFormula.js';

/** Sheets' default font, which an .xlsx does not share (Excel's is Calibri 11). */
export const SHEETS_FONT = { name: 'Arial', size: 10 };

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle> = {
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOTTED: 'dotted',
  DASHED: 'dashed',
  DOUBLE: 'double',
};
const HORIZONTAL: Record<string, ExcelJS.Alignment['horizontal']> = {
  left: 'left',
  center: 'center',
  right: 'right',
  'general-left': 'left',
  'general-center': 'center',
  'general-right': 'right',
};
const VERTICAL: Record<string, ExcelJS.Alignment['vertical']> = {
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
};

export function writeCell(cell: ExcelJS.Cell, snap: CellSnapshot, timeZone: string): void {
  const value = xlsxValue(snap.value, timeZone);
  cell.value =
    snap.formula === undefined || isSheetsOnlyFormula(snap.formula)
      ? value
      : ({ formula: snap.formula.replace(/^=/, ''), result: value ?? undefined } as ExcelJS.CellFormulaValue);
  const format = snap.format;
  if (format.numberFormat !== undefined && format.numberFormat !== AUTOMATIC_FORMAT) {
    cell.numFmt = format.numberFormat;
  }
  cell.font = fontOf(format);
  if (format.background !== undefined && format.background !== '#ffffff') {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
  }
  const alignment = alignmentOf(format);
  if (alignment !== null) cell.alignment = alignment;
  const border = bordersOf(format);
  if (border !== null) cell.border = border;
  if (snap.note !== undefined && snap.note !== '') cell.note = snap.note;
}

function xlsxValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value === '') return null;
  // A Date is an instant; an .xlsx date is a wall-clock serial number, which exceljs reads off the UTC fields.
  if (value instanceof Date) return new Date(wallMsOfSerial(serialOfDate(value, timeZone)));
  return value;
}

function fontOf(format: CellSnapshot['format']): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {
    name: format.fontFamily ?? SHEETS_FONT.name,
    size: format.fontSize ?? SHEETS_FONT.size,
  };
  if (format.fontWeight === 'bold') font.bold = true;
  if (format.fontStyle === 'italic') font.italic = true;
  if (format.fontColor !== undefined && format.fontColor !== '#000000')
    font.color = { argb: argb(format.fontColor) };
  return font;
}

function alignmentOf(format: CellSnapshot['format']): Partial<ExcelJS.Alignment> | null {
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = HORIZONTAL[format.horizontalAlignment?.toLowerCase() ?? ''];
  const vertical = VERTICAL[format.verticalAlignment?.toLowerCase() ?? ''];
  if (horizontal !== undefined) alignment.horizontal = horizontal;
  if (vertical !== undefined) alignment.vertical = vertical;
  if (format.wrapStrategy === 'WRAP') alignment.wrapText = true;
  return Object.keys(alignment).length > 0 ? alignment : null;
}

function bordersOf(format: CellSnapshot['format']): Partial<ExcelJS.Borders> | null {
  const borders: Partial<ExcelJS.Borders> = {};
  const sides = {
    top: format.borderTop,
    left: format.borderLeft,
    bottom: format.borderBottom,
    right: format.borderRight,
  } as const;
  for (const [side, border] of Object.entries(sides)) {
    if (border === undefined) continue;
    borders[side as keyof typeof sides] = {
      style: BORDER_STYLES[border.style] ?? 'thin',
      color: { argb: argb(border.color) },
    };
  }
  return Object.keys(borders).length > 0 ? borders : null;
}

export function ruleStyle(format: Record<string, string | boolean>): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (typeof format.background === 'string') {
    const color = { argb: argb(format.background) };
    // A differential fill's colour is its bgColor for Excel; LibreOffice reads fgColor: give both.
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: color, bgColor: color };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (typeof format.fontColor === 'string') font.color = { argb: argb(format.fontColor) };
  if (format.bold === true) font.bold = true;
  if (format.italic === true) font.italic = true;
  if (format.strikethrough === true) font.strike = true;
  if (format.underline === true) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

/** `#rrggbb` (or `#rgb`) as exceljs's ARGB. */
export function argb(color: string): string {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((ch) => ch + ch).join('') : hex.padStart(6, '0').slice(0, 6);
  return `FF${full.toUpperCase()}`;
}
