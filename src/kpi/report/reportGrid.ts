import type { ReportNumberFormats } from '../format/numberFormats';
import { textWidth } from '../format/textWidth';

/** A horizontal alignment as `Range.setHorizontalAlignments` takes it. */
export type Alignment = 'left' | 'center' | 'right' | 'normal';

/** A rule of conditional formatting: a text rule, or a colour scale (a heat map). */
export type ConditionalRule = TextRule | GradientRule;

/** Cells of `a1` whose text starts with `textStartsWith` get these colours. */
export interface TextRule {
  kind?: 'text';
  /** A1 ranges on the report sheet (no sheet name). */
  a1: string[];
  textStartsWith: string;
  background: string;
  fontColor: string;
}

/** A point of a colour scale: the lowest or highest value of the range, or a number. */
export interface GradientPoint {
  color: string;
  type: 'min' | 'max' | 'number';
  /** With `number`. */
  value?: number;
}

/** Numbers in `a1` get a colour between `min` and `max` (and `mid`) by their value; blank cells none. */
export interface GradientRule {
  kind: 'gradient';
  a1: string[];
  min: GradientPoint;
  mid?: GradientPoint;
  max: GradientPoint;
}

/** The report's one embedded chart. */
export interface ChartSpec {
  type: 'combo' | 'line';
  /** The data: first column the labels, then one column per series, header row first. */
  a1Ranges: string[];
  /** Top-left cell of the chart (1-based). */
  anchorRow: number;
  anchorColumn: number;
  title: string;
  /** How each series is drawn (combo charts): sales volume as bars, the target as a line. */
  series: ('bars' | 'line')[];
}

/** The sections of the report, top to bottom. */
export type SectionKey =
  | 'header'
  | 'scorecard'
  | 'pipeline'
  | 'whatChanged'
  | 'repMovers'
  | 'channelMovers'
  | 'strengths'
  | 'trend'
  | 'leaderboard'
  | 'channels'
  | 'cohorts'
  | 'forecastAccuracy'
  | 'dataQuality'
  | 'definitions';

/** Where a section sits (1-based rows): its title row, header row and data rows. */
export interface SectionPlace {
  key: SectionKey;
  titleRow: number;
  /** The bold column-header row (0 for the report header block). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/**
 * The report as a grid to write in one batch per property: every 2D array has the same shape (rows × columns of
 * `values`). No merged cells: every section is a plain table a user can sort or filter.
 */
export interface ReportGrid {
  values: (string | number)[][];
  /**
   * Cells whose string must be stored as text, exactly as written: Sheets would turn `=…` into a formula and
   * `+7 999`, `-x`, `@bob`, `2026-11` or `2026` into numbers or dates. The renderer writes them with a leading `'`.
   */
  textCells: boolean[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  fontColors: string[][];
  backgrounds: string[][];
  horizontalAlignments: Alignment[][];
  /** Width in pixels of columns 1…n. */
  columnWidths: number[];
  frozenRows: number;
  conditionalRules: ConditionalRule[];
  chart: ChartSpec | null;
  sections: SectionPlace[];
}

/** Colours of the report. Status colours are those of Sheets' own conditional-format presets. */
export const REPORT_COLORS = Object.freeze({
  text: '#000000',
  muted: '#666666',
  white: '#ffffff',
  headerFill: '#f3f3f3',
  onTrack: { background: '#d9ead3', fontColor: '#274e13' },
  atRisk: { background: '#fff2cc', fontColor: '#7f6000' },
  behind: { background: '#f4cccc', fontColor: '#660000' },
  noData: { background: '#efefef', fontColor: '#666666' },
});

/** Sheets' automatic number format, as Apps Script reports it for a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';

/** Columns of the report: the widest section (scorecard, leaderboard) has nine. */
export const COLUMNS = 10;
/** Least and greatest width of column A (KPI, rep and channel names, topics) and of columns B…J. */
const FIRST_COLUMN_WIDTH = { min: 230, max: 320 } as const;
const COLUMN_WIDTH = { min: 125, max: 200 } as const;
/** Rows kept free under the trend table for the chart (a default chart is about 370 px high). */
export const CHART_ROWS = 18;

/** One cell as a section lays it out; `toGrid` fills in the defaults. */
export interface Cell {
  value: string | number;
  format?: string;
  bold?: boolean;
  color?: string;
  background?: string;
  align?: Alignment;
  /** The column must be wide enough for this text (headers, labels, statuses, names); long notes just overflow. */
  fit?: boolean;
}

export type Row = Cell[];

/**
 * A bold, shaded header cell of a report table, whose text must fit its column.
 *
 * @example
 * headCell('Step', 'left') //=> { value: 'Step', bold: true, background: '#f3f3f3', align: 'left', fit: true }
 */
export function headCell(value: string, align: Cell['align']): Cell {
  return { value, bold: true, background: REPORT_COLORS.headerFill, align, fit: true };
}

/** A grey note (a label, an empty table's `—`, a note under a table). */
export function muted(text: string, fit?: boolean): Cell {
  return { value: text, color: REPORT_COLORS.muted, fit };
}

/**
 * Column widths from the longest text that must fit (headers, labels, statuses, names in column A), in either
 * language. Columns B…J share one width, the widest they need: the renderer sets a run of equal widths in one
 * call, and the service-call budget allows two.
 */
export function columnWidths(rows: readonly Row[]): number[] {
  const width = gridWidth(rows);
  const need = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (cell.fit && typeof cell.value === 'string')
        need[c] = Math.max(need[c], textWidth(cell.value, cell.bold));
    });
  }
  const clamp = (px: number, range: { min: number; max: number }) =>
    Math.min(range.max, Math.max(range.min, px));
  const rest = clamp(Math.max(...need.slice(1)), COLUMN_WIDTH);
  return [clamp(need[0], FIRST_COLUMN_WIDTH), ...new Array<number>(width - 1).fill(rest)];
}

/** The grid's width: ten columns, more when a section needs them (the cohorts' 14). */
export function gridWidth(rows: readonly Row[]): number {
  let width = COLUMNS;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** The rows as rectangular property grids. Strings are text cells (format `@`); blanks keep the automatic look. */
export function toGrid(
  rows: Row[],
  f: ReportNumberFormats,
): Pick<
  ReportGrid,
  | 'values'
  | 'textCells'
  | 'numberFormats'
  | 'fontWeights'
  | 'fontColors'
  | 'backgrounds'
  | 'horizontalAlignments'
> {
  const grid = {
    values: [] as (string | number)[][],
    textCells: [] as boolean[][],
    numberFormats: [] as string[][],
    fontWeights: [] as ('bold' | 'normal')[][],
    fontColors: [] as string[][],
    backgrounds: [] as string[][],
    horizontalAlignments: [] as Alignment[][],
  };
  const width = gridWidth(rows);
  for (const row of rows) {
    const cells = Array.from({ length: width }, (_, c): Cell => row[c] ?? { value: '' });
    grid.values.push(cells.map((c) => c.value));
    grid.textCells.push(cells.map((c) => typeof c.value === 'string' && c.value !== ''));
    grid.numberFormats.push(
      cells.map(
        (c) => c.format ?? (typeof c.value === 'string' && c.value !== '' ? f.text : AUTOMATIC_FORMAT),
      ),
    );
    grid.fontWeights.push(cells.map((c) => (c.bold ? 'bold' : 'normal')));
    grid.fontColors.push(cells.map((c) => c.color ?? REPORT_COLORS.text));
    grid.backgrounds.push(cells.map((c) => c.background ?? REPORT_COLORS.white));
    grid.horizontalAlignments.push(
      cells.map((c) => c.align ?? (typeof c.value === 'number' ? 'right' : 'left')),
    );
  }
  return grid;
}
