import { a1OfArea } from './a1.js';
import { readDisplay, readValue } from './cellValue.js';
import { contentExtent } from './grid.js';
import { recalculate } from './recalc.js';
import {
  type CellFormat,
  type CellValue,
  cellKey,
  cellOfKey,
  type GradientState,
  type GridRange,
  type SheetState,
} from './state.js';
import type { World } from './world.js';

/**
 * A plain, read-only picture of the emulated spreadsheet for tests and renderers (the .xlsx CLI, the
 * playground). Ranges carry their sheet's name and A1 notation.
 */
export interface RangeSnapshot {
  sheet: string;
  a1: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface CellSnapshot {
  row: number;
  column: number;
  a1: string;
  /** As `getValue()` returns it. */
  value: CellValue;
  /** As `getDisplayValue()` returns it. */
  display: string;
  formula?: string;
  /** Only the fields set on the cell; an absent `numberFormat` is Sheets' automatic format. */
  format: CellFormat;
  note?: string;
}

export interface SheetSnapshot {
  name: string;
  id: number;
  index: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Cells with content, formatting or a note, row by row. */
  cells: CellSnapshot[];
  merges: RangeSnapshot[];
  /** Developer metadata of the sheet (`{ key, value }`), in the order it was added. */
  metadata: { key: string; value: string | null }[];
  conditionalFormats: {
    ranges: RangeSnapshot[];
    condition: { type: string; values: unknown[] } | null;
    format: Record<string, string | boolean>;
    /** A colour scale's points (`type`: an `InterpolationType` name), when the rule is one. */
    gradient?: GradientState;
  }[];
  charts: {
    id: number | null;
    type: string;
    ranges: RangeSnapshot[];
    position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
    options: Record<string, unknown>;
    numHeaders: number;
    transpose: boolean;
  }[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  protections: { type: 'SHEET' | 'RANGE'; range: RangeSnapshot; description: string; warningOnly: boolean }[];
}

/** Takes a snapshot (recomputing formulas first). Not counted as service calls. */
export function snapshotOf(world: World): SpreadsheetSnapshot {
  recalculate(world);
  const { book } = world;
  const rangeSnapshot = (grid: GridRange): RangeSnapshot => ({
    sheet: book.sheets.find((s) => s.id === grid.sheetId)?.name ?? '',
    a1: a1OfArea(grid),
    row: grid.row,
    column: grid.column,
    numRows: grid.numRows,
    numColumns: grid.numColumns,
  });
  return {
    id: book.id,
    name: book.name,
    locale: book.locale,
    timeZone: book.timeZone,
    activeSheet: book.sheets.find((s) => s.id === book.activeSheetId)?.name ?? book.sheets[0].name,
    sheets: book.sheets.map((sheet, index) => sheetSnapshot(world, sheet, index, rangeSnapshot)),
    protections: book.protections.map((p) => ({
      type: p.type,
      range: rangeSnapshot(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
    })),
  };
}

function sheetSnapshot(
  world: World,
  sheet: SheetState,
  index: number,
  rangeSnapshot: (grid: GridRange) => RangeSnapshot,
): SheetSnapshot {
  const keys = new Set<number>(sheet.computed.keys());
  sheet.columns.forEach((cells, c) => {
    if (cells === undefined) return;
    for (let r = 0; r < cells.used; r++) if (cells.hasAnything(r)) keys.add(cellKey(r + 1, c + 1));
  });
  const cells = [...keys]
    .sort((a, b) => a - b)
    .map((key): CellSnapshot => {
      const { row, column } = cellOfKey(key);
      const cells = sheet.columns[column - 1];
      const formula = cells?.formula(row - 1);
      const note = cells?.note(row - 1);
      const snapshot: CellSnapshot = {
        row,
        column,
        a1: a1OfArea({ row, column, numRows: 1, numColumns: 1 }),
        value: readValue(world, sheet, row, column),
        display: readDisplay(world, sheet, row, column),
        format: definedFields(cells?.format(row - 1) ?? {}),
      };
      if (formula !== undefined) snapshot.formula = formula;
      if (note !== undefined) snapshot.note = note;
      return snapshot;
    });
  const { lastRow, lastColumn } = contentExtent(sheet);
  return {
    name: sheet.name,
    id: sheet.id,
    index: index + 1,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    lastRow,
    lastColumn,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: sparseRecord(sheet.columnWidths),
    rowHeights: sparseRecord(sheet.rowHeights),
    hiddenColumns: trueIndexes(sheet.hiddenColumns),
    hiddenRows: trueIndexes(sheet.hiddenRows),
    cells,
    merges: sheet.merges.map(rangeSnapshot),
    metadata: sheet.metadata.map((m) => ({ key: m.key, value: m.value })),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map(rangeSnapshot),
      condition:
        rule.condition === null ? null : { type: rule.condition.type, values: [...rule.condition.values] },
      format: definedFields(rule.format) as Record<string, string | boolean>,
      ...(rule.gradient ? { gradient: structuredClone(rule.gradient) } : {}),
    })),
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.map(rangeSnapshot),
      position: { ...chart.position },
      options: { ...chart.options },
      numHeaders: chart.numHeaders,
      transpose: chart.transpose,
    })),
  };
}

function definedFields<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null)) as T;
}

function sparseRecord(values: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  values.forEach((value, index) => {
    if (value !== undefined) out[index] = value;
  });
  return out;
}

function trueIndexes(values: boolean[]): number[] {
  const out: number[] = [];
  values.forEach((value, index) => {
    if (value) out.push(index);
  });
  return out;
}
