/**
 * The JSON the playground's server and page exchange. Plain data only: the page imports nothing from Node or
 * the emulator at run time (types only).
 */

import type { CellFormat } from '../../emulator/state.js';
import type { ResolvedGradient } from './gradient.js';

/** What a formula cell holds when the playground cannot compute it (not one of our functions or a reference). */
export const UNSUPPORTED = '#UNSUPPORTED';

/** A menu entry as `onOpen` registered it (the emulator's `MenuEntry`). */
export type MenuEntryView =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntryView[] };

export interface MenuView {
  caption: string;
  /** An add-on menu sits under Extensions. */
  addon: boolean;
  entries: MenuEntryView[];
}

/** A cell's formatting, exactly as the emulator's snapshot holds it (a type only: nothing of the emulator ships). */
export type CellFormatView = CellFormat;

export interface CellView {
  row: number;
  column: number;
  a1: string;
  /** The value's kind, for alignment and conditional formats (a date is a number in Sheets). */
  type: 'number' | 'string' | 'boolean' | 'date' | 'blank';
  /** Numbers (and dates, as serial-free milliseconds) for number rules; text as it is stored. */
  value: number | string | boolean | null;
  /** As `getDisplayValue()` returns it: the value through its number format. */
  display: string;
  formula?: string;
  /** Why a formula shows `#ERROR!`, or what an unsupported formula is. */
  error?: string;
  note?: string;
  format: CellFormatView;
}

export interface RangeView {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ConditionalRuleView {
  ranges: RangeView[];
  condition: { type: string; values: unknown[] } | null;
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
  };
  /** A colour scale (a heat map) instead of a condition, its points resolved over the ranges' numbers. */
  gradient?: ResolvedGradient;
}

/** One column of chart data: its header and its values (numbers; labels as text). */
export interface ChartColumn {
  header: string;
  values: (number | string | null)[];
}

export interface ChartView {
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** First column: the labels; then one per series. */
  columns: ChartColumn[];
  /** How each series is drawn: `bars` or `line`. */
  seriesTypes: ('bars' | 'line')[];
}

export interface SheetView {
  name: string;
  /** Rows and columns the grid draws (the content, the frozen rows and the charts, capped to the row window). */
  numRows: number;
  numColumns: number;
  /** The last row with content: more than `numRows` when the window cut the sheet. */
  lastRow: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  cells: CellView[];
  merges: RangeView[];
  conditionalFormats: ConditionalRuleView[];
  charts: ChartView[];
}

export interface TabView {
  name: string;
  hidden: boolean;
  tabColor: string | null;
}

/** `GET /api/workbook`: the spreadsheet as the page shows it. */
export interface WorkbookView {
  name: string;
  locale: string;
  timeZone: string;
  tabs: TabView[];
  active: SheetView;
  menus: MenuView[];
  /** Whether a sidebar is open (the latest `showSidebar`). */
  sidebar: { title: string; width: number; serial: number } | null;
}

/** What the add-on showed during one call. */
export interface UiEvents {
  alerts: { title: string; prompt: string; buttons: string; answer: string }[];
  toasts: { title: string; message: string }[];
  dialogs: { title: string; modal: boolean }[];
  /** Set when the call opened a sidebar. */
  sidebarOpened: boolean;
}

/** `POST /api/run` `{ fn, args }`: a server function ran (as `google.script.run` or a menu click). */
export type RunResult =
  | { ok: true; value: unknown; ui: UiEvents }
  | { ok: false; message: string; ui: UiEvents };
