import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { ReportNumberFormats } from '../format/numberFormats';
import type { Lang } from '../i18n/lang';
import type { reportMessages } from '../i18n/report';
import { statusLabel } from '../i18n/status';
import { type KpiKey, kpiDefinition } from '../kpis';
import type { KpiStatus } from '../plan/kpiStatus';
import { type Alignment, type Cell, headCell, muted, REPORT_COLORS } from './reportGrid';
import type {
  ChannelRow,
  KpiDefinitionRow,
  LeaderboardRow,
  ReportModel,
  ScorecardRow,
  TrendRow,
} from './reportModel';

type Words = (typeof reportMessages)[Lang];
/** A word of the report that is plain text (`'kpi'`, `'target'`…), as a column header names it. */
export type WordKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];
/** A number format of `ReportNumberFormats` by name; a KPI's unit (`money`, `count`, `ratio`) is one. */
export type FormatName = Exclude<keyof ReportNumberFormats, 'text'>;

/** What a column declaration reads besides its row. */
export interface ColumnContext {
  model: ReportModel;
  m: Words;
}

/**
 * What a column means to the layout: `label` names the row (a KPI, a rep: its width is fitted); `status` holds
 * a status (symbol and word) and gets the status colours by conditional formatting; `target` and `attainment`
 * hold the target and the attainment of the row.
 */
export type ColumnRole = 'label' | 'status' | 'target' | 'attainment';

/** What a column shows in its header: the word its key names, or a text from the model. */
type ColumnHeader =
  | { key: WordKey; header?: undefined }
  | { key: string; header: (c: ColumnContext) => string };

/**
 * One column of a report table, declared as data (a table is an array of them, column A first): the layout
 * derives the header row, the cells, the status ranges and the chart's data ranges from these, so reordering the
 * declarations moves all of them together. To add a report column, add its declaration (and its header word in
 * `i18n/report`); to add a table, declare its columns here and lay it out with `table()` in `layoutReport`.
 * `key` names the column whatever its place; the header is the word of that key unless `header` gives one
 * (a KPI's name, `Δ vs 2026-10`).
 */
export type Column<R> = ColumnHeader & {
  /** A number format by name, or by the row (a KPI's unit). Omitted: the cells are text. */
  format?: FormatName | ((row: R, c: ColumnContext) => FormatName);
  role?: ColumnRole;
  /** The trend chart's use of the column: its labels (`x`), or a series drawn as bars or a line. */
  chart?: 'x' | 'bars' | 'line';
  /** The cell's value: text, a figure (null: blank), or for a status column a status (null: no direction). */
  value: (row: R, c: ColumnContext) => string | number | null;
};

/** The report's name of a KPI (its key when the model has none). */
const nameOf = (model: ReportModel, key: string) => model.definitions.find((d) => d.key === key)?.name ?? key;

/** A KPI's column: its name in the report's language as header, the format of its unit in the registry. */
function kpiColumn<R>(key: KpiKey, value: (row: R) => number | null, chart?: 'bars'): Column<R> {
  return {
    key,
    header: (c) => nameOf(c.model, key),
    format: kpiDefinition(key).unit,
    chart,
    value,
  };
}

/** A points delta is written in points (0.05 → 5 pp): a number format cannot scale without showing `%`. */
const deltaOf = (r: ScorecardRow, value: number | null) =>
  value !== null && r.deltaKind === 'points' ? dropFloatNoise(value * 100) : value;
const deltaFormat = (r: ScorecardRow): FormatName =>
  r.deltaKind === 'points' ? 'pointsDelta' : 'relativeDelta';
const unitOf = (r: ScorecardRow) => r.unit;
/**
 * A count's needed pace below one a day is shown per week (`3 per week`), not as `0` a day: the cell says so.
 * Amounts keep their two decimals, counts are whole (the unit's precision).
 */
const perWeek = (r: ScorecardRow) =>
  r.unit !== 'money' && r.neededPace !== null && r.neededPace > 0 && r.neededPace < 1;

/** The column declarations of every table of the report, by section. */
export interface ReportTables {
  /** One row per KPI of the log. No direction (marketing spend): the status is a plain `—`. */
  scorecard: readonly Column<ScorecardRow>[];
  /** The last periods; the chart draws sales volume as bars against the target as a line. */
  trend: readonly Column<TrendRow>[];
  /** Per rep: sales volume's forecast against its target, judged as the scorecard does. */
  leaderboard: readonly Column<LeaderboardRow>[];
  channels: readonly Column<ChannelRow>[];
  /** A data-quality line: topic and details. */
  dataQuality: readonly Column<readonly [string, string]>[];
  definitions: readonly Column<KpiDefinitionRow>[];
}

/**
 * The tables of the report, column A first: `layoutReport` lays them out (a test may pass its own). No comments
 * inside: esbuild would keep them in the bundle.
 */
export const REPORT_TABLES: ReportTables = {
  scorecard: [
    { key: 'kpi', role: 'label', value: (r, c) => nameOf(c.model, r.key) },
    { key: 'actual', format: unitOf, value: (r) => r.actual },
    { key: 'target', role: 'target', format: unitOf, value: (r) => r.target },
    {
      key: 'attainment',
      role: 'attainment',
      format: 'ratio',
      value: (r) => r.attainment,
    },
    { key: 'status', role: 'status', value: (r) => (r.direction === null ? null : r.status) },
    {
      key: 'deltaPrevious',
      header: (c) => c.m.deltaVs(c.model.scorecard.previousLabel),
      format: deltaFormat,
      value: (r) => deltaOf(r, r.deltaPrevious),
    },
    {
      key: 'deltaYear',
      header: (c) => c.m.deltaVs(c.model.scorecard.lastYearLabel),
      format: deltaFormat,
      value: (r) => deltaOf(r, r.deltaYear),
    },
    { key: 'forecast', format: unitOf, value: (r) => r.forecast },
    {
      key: 'neededPace',
      format: (r) => (r.unit === 'money' ? 'money' : perWeek(r) ? 'countPerWeek' : 'count'),
      value: (r) => (perWeek(r) ? dropFloatNoise(r.neededPace! * 7) : r.neededPace),
    },
  ],
  trend: [
    { key: 'period', chart: 'x', value: (t) => t.label },
    kpiColumn('revenue', (t) => t.revenue, 'bars'),
    {
      key: 'target',
      role: 'target',
      format: 'money',
      chart: 'line',
      value: (t) => t.revenueTarget,
    },
    kpiColumn('orders', (t) => t.orders),
    kpiColumn('average_check', (t) => t.averageCheck),
    kpiColumn('conversion', (t) => t.conversion),
  ],
  leaderboard: [
    { key: 'rep', role: 'label', value: (r) => r.rep },
    { key: 'rank', format: 'count', value: (r) => r.rank },
    kpiColumn('revenue', (r) => r.revenue),
    kpiColumn('orders', (r) => r.orders),
    kpiColumn('average_check', (r) => r.averageCheck),
    kpiColumn('conversion', (r) => r.conversion),
    { key: 'forecast', format: 'money', value: (r) => r.forecast },
    { key: 'target', role: 'target', format: 'money', value: (r) => r.target },
    {
      key: 'attainment',
      role: 'attainment',
      format: 'ratio',
      value: (r) => r.attainment,
    },
    { key: 'status', role: 'status', value: (r) => r.status },
  ],

  channels: [
    { key: 'channel', role: 'label', value: (r) => r.channel },
    kpiColumn('revenue', (r) => r.revenue),
    kpiColumn('spend', (r) => r.spend),
    kpiColumn('romi', (r) => r.romi),
    kpiColumn('cac', (r) => r.cac),
  ],
  dataQuality: [
    { key: 'topic', role: 'label', value: (l) => l[0] },
    { key: 'details', value: (l) => l[1] },
  ],

  definitions: [
    { key: 'kpi', role: 'label', value: (d) => d.name },
    {
      key: 'better',
      value: (d, c) =>
        d.direction === 'higher' ? c.m.higher : d.direction === 'lower' ? c.m.lower : c.m.noDirection,
    },
    { key: 'formula', value: (d) => d.formula },
  ],
};

/**
 * A column's alignment (header and cells), by what it holds: a status centred, a figure right, text left.
 *
 * @example
 * alignOf(REPORT_TABLES.scorecard[4]) //=> 'center'
 */
export function alignOf<R>(column: Column<R>): Alignment {
  return column.role === 'status' ? 'center' : column.format ? 'right' : 'left';
}

/**
 * A column's header cell: bold, shaded, aligned as the column.
 *
 * @example
 * headerCell(REPORT_TABLES.scorecard[1], { model, m: reportMessages.en }).value //=> 'Actual'
 */
export function headerCell<R>(column: Column<R>, c: ColumnContext): Cell {
  const value = column.header ? column.header(c) : c.m[column.key as WordKey];
  return headCell(value, alignOf(column));
}

/**
 * One cell of a row: a status as symbol and word (muted when there is no target; `—` without a direction), a
 * figure in its format (blank when null), or text (fitted when the column is a label).
 *
 * @example
 * cellOf(REPORT_TABLES.scorecard[1], revenueRow, { model, m: reportMessages.en }, reportNumberFormats('en_US'))
 * //=> { value: 2500, format: '"$"#,##0.00', align: 'right' }
 */
export function cellOf<R>(column: Column<R>, row: R, c: ColumnContext, f: ReportNumberFormats): Cell {
  const value = column.value(row, c);
  const align = alignOf(column);
  if (column.role === 'status') {
    if (value === null) return { ...muted(c.m.noDirection), align };
    const status = value as KpiStatus;
    const color = status === 'no_target' ? REPORT_COLORS.muted : undefined;
    return { value: statusLabel(status, c.model.lang), color, align, fit: true };
  }
  const format = typeof column.format === 'function' ? column.format(row, c) : column.format;
  const shown = value === null ? '' : value;
  if (format !== undefined) return { value: shown, format: f[format], align };
  return { value: shown, align, fit: column.role === 'label' || undefined };
}
