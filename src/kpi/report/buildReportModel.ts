import { customerCohortsOf } from '../analytics/customerCohorts';
import { channelTableOf } from '../analytics/whatChanged';
import type { Day } from '../calendar/day';
import {
  type Period,
  parsePeriodLabel,
  periodEnd,
  periodOf,
  previousPeriod,
  sameLastYear,
} from '../calendar/periods';
import { computeKpis, type TotalsGrid } from '../engine/computeKpis';
import { groupRows } from '../engine/groupRows';
import type { HistoryRow } from '../history/historyRows';
import type { Lang } from '../i18n/lang';
import { readSourceLog } from '../log/readSourceLog';
import { readSpend } from '../log/readSpend';
import type { DataQuality, SpendTable } from '../log/salesLog';
import {
  fitColumns,
  type ResolvedReportSettings,
  type SettingsNote,
  sheetHeaders,
} from '../settings/reportSettings';
import { readTargets } from '../targets/readTargets';
import { assembleReportModel } from './assembleReportModel';
import type { SheetSource } from './locateSheets';
import type { ReportKpis } from './reportKpis';
import type { DataQualityItem, ReportModelResult } from './reportModel';
import { TREND_PERIODS } from './trendOf';

/** What the report is built from: the sheets' values, the settings and where and when it is made. */
export interface ReportInput {
  /** The sales log's sheet; null when none was found (the result is then the `no_sales_sheet` error). */
  sales: SheetSource | null;
  /** The marketing spend sheet, or null. */
  spend?: SheetSource | null;
  /** The "KPI Targets" sheet, or null: the report works without targets. */
  targets?: SheetSource | null;
  settings: ResolvedReportSettings;
  /** Notes about settings that could not be used (`parseReportSettings`). */
  settingsNotes?: readonly SettingsNote[];
  /** A spend sheet the settings name but the spreadsheet lacks. */
  spendMissing?: string | null;
  /** The spreadsheet's sheet names (for the "no sales sheet" message). */
  sheetNames: readonly string[];
  /** Spreadsheet locale (reading numbers and dates; number formats). */
  locale: string;
  /** Spreadsheet time zone (date cells). */
  timeZone: string;
  /** The report's language. */
  lang: Lang;
  /** Today in the spreadsheet's zone: the as-of day unless the settings fix one. */
  today: Day;
  /** When the report is made, as the header shows it. */
  generatedAt: string;
  /** The forecast history («История KPI»), when it was read: the report then has its "Forecast accuracy" block. */
  history?: readonly HistoryRow[];
}

/** How many skipped rows the data-quality section lists one by one, per table. */
export const SKIPPED_ROWS_LISTED = 5;
export { MAX_SECTION_ROWS, TARGET_ISSUES_LISTED } from './assembleReportModel';

/**
 * Builds the KPI report's model (issue 4): reads the log, spend and targets once, computes every KPI of the
 * report period P (the settings' `reportPeriod`, else the period holding the as-of day), P-1, the same period a
 * year earlier and the 12-period trend, and gathers the data-quality notes. No sales or spend row dated after the
 * as-of day is an actual (spec §3: an open deal's expected close date later in the month, a typo); the report
 * says how many there are, and `deals`' forecast counts the deals among them dated in P.
 *
 * @param input Sheets, settings, locale, zone, language, today and the generated-at text.
 * @returns `{ ok: true, model }`, or `{ ok: false, error }` when there is no sales sheet, a required column is
 *   missing or the log has no data rows (nothing should be written then).
 * @example
 * const r = buildReportModel({ sales: { name: 'Sales', values }, settings: DEFAULT_SETTINGS, sheetNames: ['Sales'],
 *   locale: 'en_US', timeZone: 'UTC', lang: 'en', today: dayFromCivil(2026, 11, 20), generatedAt: '2026-11-20 10:00' });
 * r.ok && r.model.scorecard.rows[0].key //=> 'revenue'
 */
export function buildReportModel(input: ReportInput): ReportModelResult {
  const { settings, locale, timeZone, lang } = input;
  if (input.sales === null) {
    return {
      ok: false,
      error: { code: 'no_sales_sheet', wanted: settings.salesSheet, sheets: [...input.sheetNames] },
    };
  }
  const sales = input.sales;
  const notes: DataQualityItem[] = (input.settingsNotes ?? []).map((note) => ({ kind: 'settings', note }));

  const fitted = fitColumns(settings, sheetHeaders(sales.header ? [sales.header] : sales.values, timeZone));
  for (const note of fitted.notes) notes.push({ kind: 'settings', note });
  const read = readSourceLog(sales, {
    locale,
    timeZone,
    mapping: fitted.mapping,
    statuses: settings.statuses,
  });
  if (!read.ok)
    return { ok: false, error: { code: 'sales_unreadable', sheet: sales.name, error: read.error } };
  const { log } = read;

  let spend: SpendTable | null = null;
  let spendQuality: DataQuality | null = null;
  const spendSource = input.spend ?? null;
  if (spendSource !== null) {
    const spendRead = readSpend(spendSource.values, { locale, timeZone });
    if (spendRead.ok) {
      spend = spendRead.table;
      spendQuality = spendRead.quality;
    } else {
      notes.push({ kind: 'spend_unreadable', sheet: spendSource.name, error: spendRead.error });
    }
  }
  if (input.spendMissing) notes.push({ kind: 'spend_sheet_missing', sheet: input.spendMissing });

  const targetsSource = input.targets ?? null;
  const targetsRead = targetsSource === null ? null : readTargets(targetsSource.values, { locale, timeZone });
  const targets = targetsRead?.targets ?? [];

  const asOf = settings.asOf ?? input.today;
  let period: Period = periodOf(settings.periodType, asOf);
  if (settings.reportPeriod !== null) {
    const wanted = parsePeriodLabel(settings.reportPeriod);
    if (wanted !== null && wanted.type === settings.periodType) period = wanted;
    else notes.push({ kind: 'report_period_ignored', label: settings.reportPeriod });
  }
  const include = [period.index - TREND_PERIODS + 1, period.index, sameLastYear(period).index];

  // As of (spec §3): no row dated after the as-of day is an actual. `deals`' forecast still counts the deal rows
  // dated later in P (open deals expected to close later), from the table of every row.
  const afterAsOf = rowsAfter(log.day, log.size, asOf);
  const team = computeKpis(log, { period: period.type, spend, include, lastDay: asOf });
  const uncut = afterAsOf === 0 ? team : computeKpis(log, { period: period.type, spend, include });

  const reps = log.columns.rep === undefined ? null : groupRows(sales.values, log, 'rep', timeZone);
  const byRep =
    reps === null
      ? null
      : computeKpis(log, {
          period: period.type,
          groups: reps,
          include: [previousPeriod(period).index, period.index],
          lastDay: asOf,
        });

  let byChannel: TotalsGrid | null = null;
  if (spend !== null && spend.channel !== null && log.columns.channel !== undefined) {
    byChannel = computeKpis(log, {
      period: period.type,
      groups: groupRows(sales.values, log, 'channel', timeZone)!,
      spend,
      spendByGroup: true,
      include: [previousPeriod(period).index, period.index],
      lastDay: asOf,
    });
  }

  const kpis: ReportKpis = {
    team,
    uncut,
    byRep,
    byChannel,
    channelMovers: byChannel === null ? channelTableOf(sales.values, log, period, asOf, timeZone) : null,
    firstDay: firstDayOf(log.day, log.size),
    afterAsOf,
    cohorts: customerCohortsOf(log, Math.min(asOf, periodEnd(period) - 1)),
  };
  const model = assembleReportModel(kpis, {
    settings,
    lang,
    locale,
    generatedAt: input.generatedAt,
    period,
    asOf,
    salesSheet: sales.name,
    spendSheet: spend === null ? null : spendSource!.name,
    targetsSheet: targetsSource?.name ?? null,
    targets,
    targetIssues: targetsRead?.issues ?? [],
    quality: [
      ...qualityItems('sales', sales.name, read.quality),
      ...(spendQuality === null || spendSource === null
        ? []
        : qualityItems('spend', spendSource.name, spendQuality)),
      ...(read.quality.unknownStatuses.length > 0
        ? [{ kind: 'unknown_statuses' as const, statuses: read.quality.unknownStatuses }]
        : []),
    ],
    notes,
    ...(input.history === undefined ? {} : { history: input.history }),
  });
  return { ok: true, model };
}

/** The earliest day of the log's rows, or null without rows. */
function firstDayOf(days: Int32Array, size: number): Day | null {
  let first: Day | null = null;
  for (let i = 0; i < size; i++) if (first === null || days[i] < first) first = days[i];
  return first;
}

/** How many rows are dated after a day. */
function rowsAfter(days: Int32Array, size: number, day: Day): number {
  let count = 0;
  for (let i = 0; i < size; i++) if (days[i] > day) count += 1;
  return count;
}

/** The row count of a table, its first skipped rows (and how many more), and its footer, continuation and quantity notes. */
function qualityItems(table: 'sales' | 'spend', sheet: string, quality: DataQuality): DataQualityItem[] {
  const { footerLines, continuationLines, quantityIssues } = quality;
  const listed = Math.min(SKIPPED_ROWS_LISTED, quality.skipped.length);
  return [
    { kind: 'rows', table, sheet, rows: quality.rows, skipped: quality.skippedCount },
    ...quality.skipped
      .slice(0, SKIPPED_ROWS_LISTED)
      .map((row) => ({ kind: 'skipped_row' as const, table, sheet, row })),
    ...(quality.skippedCount > listed
      ? [{ kind: 'skipped_more' as const, table, sheet, count: quality.skippedCount - listed }]
      : []),
    ...(footerLines > 0 ? [{ kind: 'footer_lines' as const, sheet, footerLines }] : []),
    ...(continuationLines > 0 ? [{ kind: 'continuation_lines' as const, sheet, continuationLines }] : []),
    ...(quantityIssues.count > 0 ? [{ kind: 'quantity_issues' as const, sheet, quantityIssues }] : []),
  ];
}
