import { customerCohortsOf } from '../analytics/customerCohorts';
import { repCardsOf } from '../analytics/repCards';
import { strengthsRowsOf } from '../analytics/strengthsAndWeaknessesRows';
import { channelTableOf, whatChangedOf } from '../analytics/whatChanged';
import type { Day } from '../calendar/day';
import {
  type Period,
  parsePeriodLabel,
  periodEnd,
  periodLabel,
  periodOf,
  periodStart,
  previousPeriod,
  sameLastYear,
} from '../calendar/periods';
import { computeKpis, kpiValues, type TotalsGrid } from '../engine/computeKpis';
import { groupRows } from '../engine/groupRows';
import { forecastAccuracyOf } from '../history/forecastAccuracy';
import type { HistoryRow } from '../history/historyRows';
import type { Lang } from '../i18n/lang';
import { KPIS } from '../kpis';
import { readSourceLog } from '../log/readSourceLog';
import { readSpend } from '../log/readSpend';
import type { DataQuality, SpendTable } from '../log/salesLog';
import { pipelineBlockOf, teamForecasts } from '../plan/pipelineForecast';
import { targetMismatches } from '../plan/targets';
import {
  fitColumns,
  type ResolvedReportSettings,
  type SettingsNote,
  sheetHeaders,
} from '../settings/reportSettings';
import { readTargets } from '../targets/readTargets';
import { channelsOf } from './channelsOf';
import { leaderboardOf } from './leaderboardOf';
import type { SheetSource } from './locateSheets';
import type { DataQualityItem, ReportModelResult } from './reportModel';
import { scorecardOf } from './scorecardOf';
import { TREND_PERIODS, trendOf } from './trendOf';

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
/** How many reps and channels the report lists at most (the rest are counted in a note). */
export const MAX_SECTION_ROWS = 200;
/** How many target issues the data-quality section lists (the rest are counted in a note). */
export const TARGET_ISSUES_LISTED = 20;

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
  const pipeline = pipelineBlockOf(team, uncut, period, asOf, targets);
  const scorecard = scorecardOf(team, period, asOf, targets, settings.atRisk, uncut, pipeline);
  const firstDay = firstDayOf(log.day, log.size);
  const trend = trendOf(
    team,
    period,
    targets,
    firstDay === null ? null : periodOf(period.type, firstDay).index,
  );

  let leaderboard = null;
  let byRepTable: ReturnType<typeof computeKpis> | null = null;
  let repCards = null;
  const reps = log.columns.rep === undefined ? null : groupRows(sales.values, log, 'rep', timeZone);
  if (reps !== null) {
    const byRep = computeKpis(log, {
      period: period.type,
      groups: reps,
      include: [previousPeriod(period).index, period.index],
      lastDay: asOf,
    });
    leaderboard = leaderboardOf(byRep, { period, asOf, targets, atRisk: settings.atRisk, lang });
    byRepTable = byRep;
    repCards = repCardsOf(byRep, team, { period, asOf, targets, atRisk: settings.atRisk, lang });
    if (leaderboard.length > MAX_SECTION_ROWS) {
      notes.push({
        kind: 'rows_not_shown',
        section: 'leaderboard',
        count: leaderboard.length - MAX_SECTION_ROWS,
      });
      leaderboard = leaderboard.slice(0, MAX_SECTION_ROWS);
    }
  }

  let channels = null;
  let byChannelTable: ReturnType<typeof computeKpis> | null = null;
  if (spend !== null && spend.channel !== null && log.columns.channel !== undefined) {
    const byChannel = groupRows(sales.values, log, 'channel', timeZone)!;
    const table = computeKpis(log, {
      period: period.type,
      groups: byChannel,
      spend,
      spendByGroup: true,
      include: [previousPeriod(period).index, period.index],
      lastDay: asOf,
    });
    channels = channelsOf(table, period, lang);
    byChannelTable = table;
    if (channels.length > MAX_SECTION_ROWS) {
      notes.push({ kind: 'rows_not_shown', section: 'channels', count: channels.length - MAX_SECTION_ROWS });
      channels = channels.slice(0, MAX_SECTION_ROWS);
    }
  }

  const dataQuality: DataQualityItem[] = [
    ...qualityItems('sales', sales.name, read.quality),
    ...(spendQuality === null || spendSource === null
      ? []
      : qualityItems('spend', spendSource.name, spendQuality)),
    ...(read.quality.unknownStatuses.length > 0
      ? [{ kind: 'unknown_statuses' as const, statuses: read.quality.unknownStatuses }]
      : []),
    ...(targetsRead?.issues ?? []).slice(0, TARGET_ISSUES_LISTED).map((issue) => ({
      kind: 'target_issue' as const,
      sheet: targetsSource!.name,
      issue,
    })),
    ...((targetsRead?.issues.length ?? 0) > TARGET_ISSUES_LISTED
      ? [
          {
            kind: 'rows_not_shown' as const,
            section: 'target_issues' as const,
            count: targetsRead!.issues.length - TARGET_ISSUES_LISTED,
          },
        ]
      : []),
    ...targetMismatches(targets, period).map((mismatch) => ({ kind: 'target_mismatch' as const, mismatch })),
    ...(afterAsOf > 0 ? [{ kind: 'after_as_of' as const, rows: afterAsOf, asOf }] : []),
    ...(team.nonFinite > 0 ? [{ kind: 'non_finite' as const, cells: team.nonFinite }] : []),
    ...notes,
  ];

  return {
    ok: true,
    model: {
      lang,
      locale,
      header: {
        period,
        periodLabel: periodLabel(period),
        periodFirstDay: periodStart(period),
        periodLastDay: periodEnd(period) - 1,
        asOf,
        generatedAt: input.generatedAt,
        salesSheet: sales.name,
        spendSheet: spend === null ? null : spendSource!.name,
        targetsSheet: targetsSource?.name ?? null,
      },
      scorecard,
      pipeline,
      trend,
      leaderboard,
      channels,
      whatChanged: whatChangedOf(team, {
        period,
        asOf,
        lang,
        byRep: byRepTable,
        byChannel: byChannelTable ?? channelTableOf(sales.values, log, period, asOf, timeZone),
      }),
      strengths: strengthsRowsOf(team, {
        period,
        asOf,
        targets,
        atRisk: settings.atRisk,
        uncut,
        byRep: byRepTable,
        reps: leaderboard?.map((r) => r.rep),
        forecasts: teamForecasts(pipeline),
      }),
      cohorts: customerCohortsOf(log, Math.min(asOf, periodEnd(period) - 1)),
      repCards,
      forecastAccuracy: input.history === undefined ? null : accuracyOf(input.history, team, period, asOf),
      dataQuality,
      definitions: KPIS.map((k) => ({
        key: k.key,
        name: k.names[lang],
        formula: k.formula[lang],
        direction: k.direction,
        unit: k.unit,
      })),
    },
  };
}

/** The forecast accuracy of the closed periods, their final actuals from the team's table where it has them. */
function accuracyOf(history: readonly HistoryRow[], team: TotalsGrid, period: Period, asOf: Day) {
  const last = team.firstIndex + team.periodCount - 1;
  return forecastAccuracyOf(history, period, asOf, (p, kpi) =>
    p.index >= team.firstIndex && p.index <= last ? kpiValues(team, p.index)[kpi] : null,
  );
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
