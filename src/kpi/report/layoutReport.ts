import { formatDayText, formatNumberText } from '../format/formatNumberText';
import { type ReportNumberFormats, reportNumberFormats } from '../format/numberFormats';
import type { Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report';
import { describeDataQualityLines, describeNotInLog, describeTargetSources } from '../i18n/reportSentences';
import { statusWords } from '../i18n/status';
import type { KpiUnit } from '../kpis';
import {
  type Column,
  type ColumnContext,
  cellOf,
  headerCell,
  REPORT_TABLES,
  type ReportTables,
} from './reportColumns';
import {
  type Cell,
  CHART_ROWS,
  type ChartSpec,
  type ConditionalRule,
  columnWidths,
  muted,
  REPORT_COLORS,
  type ReportGrid,
  type Row,
  type SectionKey,
  type SectionPlace,
  toGrid,
} from './reportGrid';
import type { ReportModel } from './reportModel';
import { cohortsSection } from './sections/cohortsSection';
import { forecastAccuracySection } from './sections/forecastAccuracySection';
import { pipelineSection } from './sections/pipelineSection';
import { strengthsSection } from './sections/strengthsSection';
import { whatChangedSection } from './sections/whatChangedSection';

export {
  type Alignment,
  AUTOMATIC_FORMAT,
  CHART_ROWS,
  type ChartSpec,
  type ConditionalRule,
  REPORT_COLORS,
  type ReportGrid,
  type SectionKey,
  type SectionPlace,
} from './reportGrid';

/** The report being laid out: its rows so far, where its sections sit, the status cells to colour. */
interface Layout extends ColumnContext {
  lang: Lang;
  f: ReportNumberFormats;
  tables: ReportTables;
  rows: Row[];
  sections: SectionPlace[];
  statusA1: string[];
}

/** A1 letter of a 0-based column (the report has ten). */
const letter = (column: number) => String.fromCharCode(65 + column);

/** The 1-based row the next pushed row gets. */
const next = (s: Layout) => s.rows.length + 1;

/**
 * Lays the report model out as a sheet grid (pure): sections stacked top to bottom with a blank row between
 * them, each with a bold title row and a bold, shaded header row; number formats for the spreadsheet's locale;
 * status colours by conditional formatting (always with the symbol and the word); every string marked as text;
 * the chart of sales volume against target under the trend table. Each table's columns are declared in
 * `reportColumns`: the status ranges and the chart's data follow the declarations, not fixed letters.
 *
 * @param model From `buildReportModel`.
 * @param tables The column declarations. @default REPORT_TABLES
 * @returns The grid; the renderer writes it in a constant number of calls.
 * @example
 * const grid = layoutReport(model);
 * grid.values[0][0] //=> 'KPI report'
 */
export function layoutReport(model: ReportModel, tables: ReportTables = REPORT_TABLES): ReportGrid {
  const { lang, locale } = model;
  const f = reportNumberFormats(locale, lang);
  const s: Layout = { model, lang, m: reportMessages[lang], f, tables, rows: [], sections: [], statusA1: [] };
  headerBlock(s);
  const frozenRows = s.rows.length;
  s.rows.push([]);
  scorecardSection(s);
  pipelineSection(s);
  whatChangedSection(s);
  strengthsSection(s);
  const chart = trendSection(s);
  if (model.leaderboard !== null)
    listSection(s, 'leaderboard', s.m.reps, tables.leaderboard, model.leaderboard);
  if (model.channels !== null) listSection(s, 'channels', s.m.channels, tables.channels, model.channels);
  const cohortRules = cohortsSection(s);
  forecastAccuracySection(s);
  dataQualitySection(s);
  table(s, 'definitions', s.m.definitions, tables.definitions, model.definitions);
  return {
    ...toGrid(s.rows, f),
    columnWidths: columnWidths(s.rows),
    frozenRows,
    conditionalRules: [...statusRules(s.statusA1, lang), ...cohortRules],
    chart,
    sections: s.sections,
  };
}

/** Header block: title and period; as-of and generated; the sheets the data come from. */
function headerBlock(s: Layout): void {
  const { m, lang } = s;
  const h = s.model.header;
  const span = m.periodSpan(
    m.periodTypes[h.period.type],
    formatDayText(h.periodFirstDay, lang),
    formatDayText(h.periodLastDay, lang),
  );
  // Label-value pairs in A–B, D–E and G–H: the column right of each value stays empty, so a long sheet name
  // has two columns to run into before it meets the next label.
  const gap: Cell = { value: '' };
  s.rows.push(
    [{ value: m.title, bold: true }, { value: h.periodLabel, bold: true }, muted(span)],
    [
      muted(m.asOf, true),
      { value: formatDayText(h.asOf, lang) },
      gap,
      muted(m.generated, true),
      { value: h.generatedAt },
    ],
    [
      muted(m.salesData, true),
      { value: h.salesSheet },
      gap,
      muted(m.spend, true),
      { value: h.spendSheet ?? m.none },
      gap,
      muted(m.targets, true),
      { value: h.targetsSheet ?? m.none },
    ],
  );
  s.sections.push({ key: 'header', titleRow: 1, headerRow: 0, firstRow: 1, lastRow: 3 });
}

/**
 * Pushes a table: its bold title row, its header row, one row per item, then `tail` (a `—` for no rows, a note
 * that belongs to the table), and records where it sits and the status cells of its rows.
 */
function table<R>(
  s: Layout,
  key: SectionKey,
  title: string,
  columns: readonly Column<R>[],
  items: readonly R[],
  tail: Row[] = [],
): SectionPlace {
  s.rows.push([{ value: title, bold: true }]);
  s.rows.push(columns.map((column) => headerCell(column, s)));
  const titleRow = s.rows.length - 1;
  const firstRow = next(s);
  for (const item of items) s.rows.push(columns.map((column) => cellOf(column, item, s, s.f)));
  if (items.length > 0) {
    columns.forEach((column, c) => {
      if (column.role === 'status') s.statusA1.push(`${letter(c)}${firstRow}:${letter(c)}${next(s) - 1}`);
    });
  }
  s.rows.push(...tail);
  const place = { key, titleRow, headerRow: titleRow + 1, firstRow, lastRow: next(s) - 1 };
  s.sections.push(place);
  return place;
}

/** The scorecard, then its notes: KPIs the log cannot give, where targets came from, how to read it. */
function scorecardSection(s: Layout): void {
  const { m, lang, model } = s;
  const { header: h, scorecard: sc } = model;
  table(s, 'scorecard', m.scorecard(h.periodLabel), s.tables.scorecard, sc.rows);
  if (sc.notInLog.length > 0) s.rows.push([muted(describeNotInLog(lang, sc.notInLog))]);
  const sources = describeTargetSources(lang, sc.rows, h.periodLabel, h.period.type);
  if (sources !== null) s.rows.push([muted(sources)]);
  s.rows.push([muted(sc.running ? m.scorecardNoteRunning : m.scorecardNoteDone)], []);
}

/** The trend, and rows kept free under it for its chart; returns the chart. */
function trendSection(s: Layout): ChartSpec {
  const columns = s.tables.trend;
  const place = table(
    s,
    'trend',
    s.m.trend(s.model.trend.length, s.model.header.period.type),
    columns,
    s.model.trend,
  );
  s.rows.push([]);
  const chart: ChartSpec = {
    type: 'combo',
    ...chartData(columns, place),
    anchorRow: next(s),
    anchorColumn: 1,
    title: s.m.chartTitle,
  };
  for (let i = 0; i <= CHART_ROWS; i++) s.rows.push([]); // the chart's rows, then the blank row under it
  return chart;
}

/**
 * The chart's data from the columns' `chart` marks, header row first: the labels' column (`x`, one), then each
 * series in the order of the columns, one A1 range per run of adjacent columns.
 *
 * @param columns A table's declarations.
 * @param place The rows of the table: its header row and last data row.
 * @returns The ranges and how each series is drawn.
 * @example
 * chartData(REPORT_TABLES.trend, { headerRow: 27, lastRow: 39 }) //=> { a1Ranges: ['A27:C39'], series: ['bars', 'line'] }
 */
export function chartData<R>(
  columns: readonly Column<R>[],
  place: Pick<SectionPlace, 'headerRow' | 'lastRow'>,
): Pick<ChartSpec, 'a1Ranges' | 'series'> {
  const x = columns.findIndex((column) => column.chart === 'x');
  const series = columns.flatMap((column, c) => (column.chart && c !== x ? [c] : []));
  const runs: [number, number][] = [];
  for (const c of [x, ...series]) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[1] === c - 1) run[1] = c;
    else runs.push([c, c]);
  }
  return {
    a1Ranges: runs.map(([a, b]) => `${letter(a)}${place.headerRow}:${letter(b)}${place.lastRow}`),
    series: series.map((c) => columns[c].chart as 'bars' | 'line'),
  };
}

/** The leaderboard or the channels: a `—` when nothing happened in the period. */
function listSection<R>(
  s: Layout,
  key: SectionKey,
  title: string,
  columns: readonly Column<R>[],
  items: readonly R[],
) {
  table(s, key, title, columns, items, items.length === 0 ? [[muted(s.m.none)]] : []);
  s.rows.push([]);
}

/** The data-quality notes in words, or that every row was read. */
function dataQualitySection(s: Layout): void {
  const { model, lang, m } = s;
  const h = model.header;
  const numberText = (value: number, unit: KpiUnit) => formatNumberText(value, unit, model.locale);
  const lines = model.dataQuality.flatMap((item) =>
    describeDataQualityLines(lang, item, numberText, h.periodLabel, h.period.type),
  );
  const clean = model.dataQuality.every((item) => item.kind === 'rows' && item.skipped === 0);
  table(
    s,
    'dataQuality',
    m.dataQuality,
    s.tables.dataQuality,
    lines,
    clean ? [[{ value: '' }, muted(m.allClear)]] : [],
  );
  s.rows.push([]);
}

/** The status colours, on the status cells of every table (always with the symbol and the word). */
function statusRules(a1: string[], lang: Lang): ConditionalRule[] {
  return [
    { a1, textStartsWith: '✓', ...REPORT_COLORS.onTrack },
    { a1, textStartsWith: '⚠', ...REPORT_COLORS.atRisk },
    { a1, textStartsWith: '✗', ...REPORT_COLORS.behind },
    { a1, textStartsWith: statusWords[lang].no_data, ...REPORT_COLORS.noData },
  ];
}
