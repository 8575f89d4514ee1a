import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { Lang } from '../i18n/lang';
import {
  describeDataQualityLines,
  describeNotInLog,
  describeTargetSources,
  reportMessages,
} from '../i18n/report';
import { statusLabel, statusWords } from '../i18n/status';
import type { KpiUnit } from '../kpis';
import type { KpiStatus } from '../plan/kpiStatus';
import { formatDayText, formatNumberText } from './formatNumberText';
import { type ReportNumberFormats, reportNumberFormats } from './numberFormats';
import type { ReportModel, ScorecardRow } from './reportModel';
import { textWidth } from './textWidth';
import { TREND_PERIODS } from './trendOf';

/** A horizontal alignment as `Range.setHorizontalAlignments` takes it. */
export type Alignment = 'left' | 'center' | 'right' | 'normal';

/** A rule of conditional formatting: cells of `a1` whose text starts with `textStartsWith` get these colours. */
export interface ConditionalRule {
  /** A1 ranges on the report sheet (no sheet name). */
  a1: string[];
  textStartsWith: string;
  background: string;
  fontColor: string;
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
  | 'trend'
  | 'leaderboard'
  | 'channels'
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
const COLUMNS = 9;
/** Least and greatest width of column A (KPI, rep and channel names, topics) and of columns B…I. */
const FIRST_COLUMN_WIDTH = { min: 230, max: 320 } as const;
const COLUMN_WIDTH = { min: 125, max: 200 } as const;
/** Rows kept free under the trend table for the chart (a default chart is about 370 px high). */
export const CHART_ROWS = 18;

interface Cell {
  value: string | number;
  format?: string;
  bold?: boolean;
  color?: string;
  background?: string;
  align?: Alignment;
  /** The column must be wide enough for this text (headers, labels, statuses, names); long notes just overflow. */
  fit?: boolean;
}

type Row = Cell[];

/**
 * Lays the report model out as a sheet grid (pure): sections stacked top to bottom with a blank row between
 * them, each with a bold title row and a bold, shaded header row; number formats for the spreadsheet's locale;
 * status colours by conditional formatting (always with the symbol and the word); every string marked as text;
 * the chart of sales volume against target under the trend table.
 *
 * @param model From `buildReportModel`.
 * @returns The grid; the renderer writes it in a constant number of calls.
 * @example
 * const grid = layoutReport(model);
 * grid.values[0][0] //=> 'KPI report'
 */
export function layoutReport(model: ReportModel): ReportGrid {
  const { lang, locale } = model;
  const m = reportMessages[lang];
  const f = reportNumberFormats(locale, lang);
  const rows: Row[] = [];
  const sections: SectionPlace[] = [];
  const statusA1: string[] = [];
  const at = () => rows.length + 1; // the 1-based row the next pushed row gets

  // Header block: title and period; as-of and generated; the sheets the data come from.
  const h = model.header;
  rows.push([
    { value: m.title, bold: true },
    { value: h.periodLabel, bold: true },
    {
      value: m.periodSpan(
        m.periodTypes[h.period.type],
        formatDayText(h.periodFirstDay, lang),
        formatDayText(h.periodLastDay, lang),
      ),
      color: REPORT_COLORS.muted,
    },
  ]);
  // Label-value pairs in A–B, D–E and G–H: the column right of each value stays empty, so a long sheet name
  // has two columns to run into before it meets the next label.
  const gap: Cell = { value: '' };
  rows.push([
    label(m.asOf),
    { value: formatDayText(h.asOf, lang) },
    gap,
    label(m.generated),
    { value: h.generatedAt },
  ]);
  rows.push([
    label(m.salesData),
    { value: h.salesSheet },
    gap,
    label(m.spend),
    { value: h.spendSheet ?? m.none },
    gap,
    label(m.targets),
    { value: h.targetsSheet ?? m.none },
  ]);
  sections.push({ key: 'header', titleRow: 1, headerRow: 0, firstRow: 1, lastRow: 3 });
  const frozenRows = rows.length;
  rows.push([]);

  // Scorecard.
  const sc = model.scorecard;
  const scorecardStart = section(rows, m.scorecard(h.periodLabel), [
    [m.kpi, 'left'],
    [m.actual, 'right'],
    [m.target, 'right'],
    [m.attainment, 'right'],
    [m.status, 'center'],
    [m.deltaVs(sc.previousLabel), 'right'],
    [m.deltaVs(sc.lastYearLabel), 'right'],
    [m.forecast, 'right'],
    [m.neededPace, 'right'],
  ]);
  const names = new Map(model.definitions.map((d) => [d.key, d.name]));
  for (const r of sc.rows) rows.push(scorecardRow(r, names.get(r.key) ?? r.key, f, lang));
  statusA1.push(`E${scorecardStart.firstRow}:E${at() - 1}`);
  sections.push({ key: 'scorecard', ...scorecardStart, lastRow: at() - 1 });
  if (sc.notInLog.length > 0)
    rows.push([{ value: describeNotInLog(lang, sc.notInLog), color: REPORT_COLORS.muted }]);
  const sources = describeTargetSources(lang, sc.rows, h.periodLabel, h.period.type);
  if (sources !== null) rows.push([{ value: sources, color: REPORT_COLORS.muted }]);
  rows.push([
    { value: sc.running ? m.scorecardNoteRunning : m.scorecardNoteDone, color: REPORT_COLORS.muted },
  ]);
  rows.push([]);

  // Trend, and the chart under it.
  const trendStart = section(rows, m.trend(TREND_PERIODS, h.period.type), [
    [m.period, 'left'],
    [nameOf(model, 'revenue'), 'right'],
    [m.target, 'right'],
    [nameOf(model, 'orders'), 'right'],
    [nameOf(model, 'average_check'), 'right'],
    [nameOf(model, 'conversion'), 'right'],
  ]);
  for (const t of model.trend) {
    rows.push([
      { value: t.label },
      number(t.revenue, f.money),
      number(t.revenueTarget, f.money),
      number(t.orders, f.count),
      number(t.averageCheck, f.money),
      number(t.conversion, f.ratio),
    ]);
  }
  const trendLast = at() - 1;
  sections.push({ key: 'trend', ...trendStart, lastRow: trendLast });
  rows.push([]);
  const chart: ChartSpec = {
    type: 'combo',
    a1Ranges: [`A${trendStart.headerRow}:C${trendLast}`],
    anchorRow: at(),
    anchorColumn: 1,
    title: m.chartTitle,
    series: ['bars', 'line'],
  };
  for (let i = 0; i < CHART_ROWS; i++) rows.push([]);
  rows.push([]);

  // Rep leaderboard.
  if (model.leaderboard !== null) {
    const start = section(rows, m.reps, [
      [m.rep, 'left'],
      [nameOf(model, 'revenue'), 'right'],
      [nameOf(model, 'orders'), 'right'],
      [nameOf(model, 'average_check'), 'right'],
      [nameOf(model, 'conversion'), 'right'],
      [m.forecast, 'right'],
      [m.target, 'right'],
      [m.attainment, 'right'],
      [m.status, 'center'],
    ]);
    for (const r of model.leaderboard) {
      rows.push([
        { value: r.rep, fit: true },
        number(r.revenue, f.money),
        number(r.orders, f.count),
        number(r.averageCheck, f.money),
        number(r.conversion, f.ratio),
        number(r.forecast, f.money),
        number(r.target, f.money),
        number(r.attainment, f.ratio),
        statusCell(r.status, lang),
      ]);
    }
    if (model.leaderboard.length === 0) rows.push([{ value: m.none, color: REPORT_COLORS.muted }]);
    else statusA1.push(`I${start.firstRow}:I${at() - 1}`);
    sections.push({ key: 'leaderboard', ...start, lastRow: at() - 1 });
    rows.push([]);
  }

  // Channels.
  if (model.channels !== null) {
    const start = section(rows, m.channels, [
      [m.channel, 'left'],
      [nameOf(model, 'revenue'), 'right'],
      [nameOf(model, 'spend'), 'right'],
      [nameOf(model, 'romi'), 'right'],
      [nameOf(model, 'cac'), 'right'],
    ]);
    for (const c of model.channels) {
      rows.push([
        { value: c.channel, fit: true },
        number(c.revenue, f.money),
        number(c.spend, f.money),
        number(c.romi, f.ratio),
        number(c.cac, f.money),
      ]);
    }
    if (model.channels.length === 0) rows.push([{ value: m.none, color: REPORT_COLORS.muted }]);
    sections.push({ key: 'channels', ...start, lastRow: at() - 1 });
    rows.push([]);
  }

  // Data quality.
  const dq = section(rows, m.dataQuality, [
    [m.topic, 'left'],
    [m.details, 'left'],
  ]);
  const numberText = (value: number, unit: KpiUnit) => formatNumberText(value, unit, locale);
  for (const item of model.dataQuality) {
    for (const [topic, details] of describeDataQualityLines(
      lang,
      item,
      numberText,
      h.periodLabel,
      h.period.type,
    ))
      rows.push([{ value: topic, fit: true }, { value: details }]);
  }
  const clean = model.dataQuality.every((item) => item.kind === 'rows' && item.skipped === 0);
  if (clean) rows.push([{ value: '' }, { value: m.allClear, color: REPORT_COLORS.muted }]);
  sections.push({ key: 'dataQuality', ...dq, lastRow: at() - 1 });
  rows.push([]);

  // Definitions.
  const defs = section(rows, m.definitions, [
    [m.kpi, 'left'],
    [m.better, 'left'],
    [m.formula, 'left'],
  ]);
  for (const d of model.definitions) {
    const better = d.direction === 'higher' ? m.higher : d.direction === 'lower' ? m.lower : m.noDirection;
    rows.push([{ value: d.name, fit: true }, { value: better }, { value: d.formula }]);
  }
  sections.push({ key: 'definitions', ...defs, lastRow: at() - 1 });

  const words = statusWords[lang];
  const rules: ConditionalRule[] = [
    { a1: statusA1, textStartsWith: '✓', ...REPORT_COLORS.onTrack },
    { a1: statusA1, textStartsWith: '⚠', ...REPORT_COLORS.atRisk },
    { a1: statusA1, textStartsWith: '✗', ...REPORT_COLORS.behind },
    { a1: statusA1, textStartsWith: words.no_data, ...REPORT_COLORS.noData },
  ];
  return {
    ...toGrid(rows, f),
    columnWidths: columnWidths(rows),
    frozenRows,
    conditionalRules: rules,
    chart,
    sections,
  };
}

/** One scorecard row: the KPI's name, its figures in its unit's format, the status with symbol and word. */
function scorecardRow(r: ScorecardRow, name: string, f: ReportNumberFormats, lang: Lang): Row {
  const unitFormat = r.unit === 'money' ? f.money : r.unit === 'count' ? f.count : f.ratio;
  const paceFormat = r.unit === 'money' ? f.money : f.countPace;
  const points = r.deltaKind === 'points';
  const deltaFormat = points ? f.pointsDelta : f.relativeDelta;
  // A points delta is written in points (0.05 → 5 pp): a number format cannot scale without showing `%`.
  const delta = (value: number | null) =>
    number(value === null ? null : points ? dropFloatNoise(value * 100) : value, deltaFormat);
  return [
    { value: name, fit: true },
    number(r.actual, unitFormat),
    number(r.target, unitFormat),
    number(r.attainment, f.ratio),
    // No direction (marketing spend): a budget may stand as the target, but more or less is neither good nor bad.
    r.direction === null
      ? { value: reportMessages[lang].noDirection, color: REPORT_COLORS.muted, align: 'center' }
      : statusCell(r.status, lang),
    delta(r.deltaPrevious),
    delta(r.deltaYear),
    number(r.forecast, unitFormat),
    number(r.neededPace, paceFormat),
  ];
}

function nameOf(model: ReportModel, key: string): string {
  return model.definitions.find((d) => d.key === key)?.name ?? key;
}

function statusCell(status: KpiStatus, lang: Lang): Cell {
  const muted = status === 'no_target';
  return {
    value: statusLabel(status, lang),
    color: muted ? REPORT_COLORS.muted : undefined,
    align: 'center',
    fit: true,
  };
}

function number(value: number | null, format: string): Cell {
  return { value: value ?? '', format, align: 'right' };
}

function label(text: string): Cell {
  return { value: text, color: REPORT_COLORS.muted, fit: true };
}

/**
 * Column widths from the longest text that must fit (headers, labels, statuses, names in column A), in either
 * language. Columns B…I share one width, the widest they need: the renderer sets a run of equal widths in one
 * call, and the service-call budget allows two.
 */
function columnWidths(rows: readonly Row[]): number[] {
  const need = new Array<number>(COLUMNS).fill(0);
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (cell.fit && typeof cell.value === 'string' && c < COLUMNS)
        need[c] = Math.max(need[c], textWidth(cell.value, cell.bold));
    });
  }
  const clamp = (px: number, range: { min: number; max: number }) =>
    Math.min(range.max, Math.max(range.min, px));
  const rest = clamp(Math.max(...need.slice(1)), COLUMN_WIDTH);
  return [clamp(need[0], FIRST_COLUMN_WIDTH), ...new Array<number>(COLUMNS - 1).fill(rest)];
}

/** Pushes a section's title and header rows; returns where its rows start. */
function section(
  rows: Row[],
  title: string,
  columns: readonly (readonly [string, Alignment])[],
): { titleRow: number; headerRow: number; firstRow: number } {
  rows.push([{ value: title, bold: true }]);
  rows.push(
    columns.map(([text, align]) => ({
      value: text,
      bold: true,
      background: REPORT_COLORS.headerFill,
      align,
      fit: true,
    })),
  );
  return { titleRow: rows.length - 1, headerRow: rows.length, firstRow: rows.length + 1 };
}

/** The rows as rectangular property grids. Strings are text cells (format `@`); blanks keep the automatic look. */
function toGrid(
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
  for (const row of rows) {
    const cells = Array.from({ length: COLUMNS }, (_, c): Cell => row[c] ?? { value: '' });
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
