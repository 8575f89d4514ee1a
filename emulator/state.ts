/**
 * The emulated spreadsheet as plain data. Service objects (Range, Sheet, …) are thin views over it; snapshots
 * and renderers read it through `snapshot.ts`.
 */

import type { ColumnCells } from './columnCells.js';

/** What a cell stores. Dates are serial numbers (days since 1899-12-30, wall clock), as in Sheets. */
export type StoredValue = string | number | boolean;

/** A cell value as Apps Script returns it: blank is `''`, a date-formatted number is a `Date`. */
export type CellValue = string | number | boolean | Date;

/** Apps Script's `ScriptApp.AuthMode` names. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** One side of a cell border. */
export interface Border {
  style: string;
  color: string;
}

/** A cell's formatting; absent fields have Sheets' defaults (see `format.ts`). */
export interface CellFormat {
  /** Absent means Sheets' automatic format. */
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontColor?: string;
  background?: string;
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapStrategy?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  borderTop?: Border;
  borderLeft?: Border;
  borderBottom?: Border;
  borderRight?: Border;
}

/** A rectangle on one sheet, 1-based. */
export interface GridRange {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ConditionalFormatState {
  ranges: GridRange[];
  /** `type` is a `SpreadsheetApp.BooleanCriteria` name, e.g. `NUMBER_LESS_THAN`. */
  condition: { type: string; values: unknown[] } | null;
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strikethrough?: boolean | null;
    underline?: boolean | null;
  };
  /** A colour scale instead of a boolean condition (`setGradientMinpoint…`); absent or null for a boolean rule. */
  gradient?: GradientState | null;
}

/** A colour scale's points: `type` is an `InterpolationType` name (`MIN`, `MAX`, `NUMBER`…); value as given. */
export interface GradientState {
  min: GradientPointState | null;
  mid: GradientPointState | null;
  max: GradientPointState | null;
}
export interface GradientPointState {
  color: string;
  type: string;
  value: string;
}

export interface ChartState {
  /** Set when the chart is inserted into a sheet. */
  id: number | null;
  /** A `Charts.ChartType` name, e.g. `LINE`. */
  type: string;
  ranges: GridRange[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  /** -1 lets Sheets guess, as in Apps Script. */
  numHeaders: number;
  transpose: boolean;
}

export interface ProtectionState {
  id: number;
  type: 'SHEET' | 'RANGE';
  range: GridRange;
  description: string;
  warningOnly: boolean;
}

/** Developer metadata on a sheet (`Sheet.addDeveloperMetadata`). */
export interface DeveloperMetadataState {
  id: number;
  key: string;
  value: string | null;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /**
   * The cells, column by column (`columns[column - 1]?.value(row - 1)`, see `columnCells.ts`): a value, a formula
   * (its result lives in `computed`), a shared format and a note per cell.
   */
  columns: (ColumnCells | undefined)[];
  /** Formula results and array spills, by `cellKey(row, column)`; rebuilt by `recalc.ts`. */
  computed: Map<number, CellValue>;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** Sparse, 1-based positions mapped to pixels. */
  columnWidths: number[];
  rowHeights: number[];
  hiddenColumns: boolean[];
  hiddenRows: boolean[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  merges: GridRange[];
  /** Developer metadata attached to the sheet, in the order it was added. */
  metadata: DeveloperMetadataState[];
}

export interface BookState {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetState[];
  activeSheetId: number;
  activeRange: GridRange | null;
  protections: ProtectionState[];
  nextSheetId: number;
  nextObjectId: number;
  /** Set by every write; formulas are recomputed on the next read. */
  dirty: boolean;
}

/** Sheets' default grid of a new sheet. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** Sheets' limit of cells in one spreadsheet, over all sheets' grids. */
export const CELL_LIMIT = 10_000_000;
/** Sheets' widest grid (column ZZZ); also the stride of {@link cellKey}. */
export const MAX_COLUMNS = 18_278;
/** Sheets' limit of characters in one cell. */
export const CELL_CHARACTER_LIMIT = 50_000;

/** A number naming one cell of a sheet, for maps. */
export function cellKey(row: number, column: number): number {
  return (row - 1) * MAX_COLUMNS + (column - 1);
}

/** The row and column of a {@link cellKey}. */
export function cellOfKey(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS) + 1, column: (key % MAX_COLUMNS) + 1 };
}
