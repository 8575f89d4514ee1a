import { repCardsOf } from '../analytics/repCards';
import { strengthsRowsOf } from '../analytics/strengthsAndWeaknessesRows';
import { whatChangedOf } from '../analytics/whatChanged';
import type { Day } from '../calendar/day';
import { type Period, periodEnd, periodLabel, periodOf, periodStart } from '../calendar/periods';
import { kpiValues, type TotalsGrid } from '../engine/computeKpis';
import { forecastAccuracyOf } from '../history/forecastAccuracy';
import type { HistoryRow } from '../history/historyRows';
import type { Lang } from '../i18n/lang';
import { KPIS } from '../kpis';
import { pipelineBlockOf, teamForecasts } from '../plan/pipelineForecast';
import { type Target, targetMismatches } from '../plan/targets';
import type { ResolvedReportSettings } from '../settings/reportSettings';
import type { TargetIssue } from '../targets/readTargets';
import { channelsOf } from './channelsOf';
import { leaderboardOf } from './leaderboardOf';
import type { ReportKpis } from './reportKpis';
import type { DataQualityItem, ReportModel } from './reportModel';
import { scorecardOf } from './scorecardOf';
import { trendOf } from './trendOf';

/** How many reps and channels the report lists at most (the rest are counted in a note). */
export const MAX_SECTION_ROWS = 200;
/** How many target issues the data-quality section lists (the rest are counted in a note). */
export const TARGET_ISSUES_LISTED = 20;

/** What the report needs beside the engine's figures: where and when it is made, targets, and the notes so far. */
export interface ReportContext {
  settings: ResolvedReportSettings;
  lang: Lang;
  locale: string;
  generatedAt: string;
  period: Period;
  asOf: Day;
  salesSheet: string;
  spendSheet: string | null;
  targetsSheet: string | null;
  targets: Target[];
  targetIssues: readonly TargetIssue[];
  /** The first data-quality items: the tables' rows and skipped rows, unknown statuses (the engine's). */
  quality: DataQualityItem[];
  /** The notes listed last (settings, spend sheet), in order. */
  notes: DataQualityItem[];
  history?: readonly HistoryRow[];
}

/**
 * The report's model from an engine's figures (`ReportKpis`): scorecard, pipeline, trend, leaderboard, channels,
 * what changed, strengths, cohorts, rep cards, forecast accuracy and the data-quality notes. Reads no log row, so
 * the JS engine and an SQL engine give the same report from the same grids.
 *
 * @param kpis The grids and log facts (`ReportKpis`).
 * @param context Settings, language, period, targets and the notes gathered while reading.
 * @returns The model.
 * @example
 * assembleReportModel(kpis, context).scorecard.rows[0].key //=> 'revenue'
 */
export function assembleReportModel(kpis: ReportKpis, context: ReportContext): ReportModel {
  const { settings, lang, period, asOf, targets, targetIssues } = context;
  const { team, uncut, firstDay, afterAsOf } = kpis;
  const notes = [...context.notes];
  const pipeline = pipelineBlockOf(team, uncut, period, asOf, targets);
  const scorecard = scorecardOf(team, period, asOf, targets, settings.atRisk, uncut, pipeline);
  const trend = trendOf(
    team,
    period,
    targets,
    firstDay === null ? null : periodOf(period.type, firstDay).index,
  );

  let leaderboard = null;
  let repCards = null;
  const byRep = kpis.byRep;
  if (byRep !== null) {
    leaderboard = leaderboardOf(byRep, { period, asOf, targets, atRisk: settings.atRisk, lang });
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
  if (kpis.byChannel !== null) {
    channels = channelsOf(kpis.byChannel, period, lang);
    if (channels.length > MAX_SECTION_ROWS) {
      notes.push({ kind: 'rows_not_shown', section: 'channels', count: channels.length - MAX_SECTION_ROWS });
      channels = channels.slice(0, MAX_SECTION_ROWS);
    }
  }

  const dataQuality: DataQualityItem[] = [
    ...context.quality,
    ...targetIssues.slice(0, TARGET_ISSUES_LISTED).map((issue) => ({
      kind: 'target_issue' as const,
      sheet: context.targetsSheet!,
      issue,
    })),
    ...(targetIssues.length > TARGET_ISSUES_LISTED
      ? [
          {
            kind: 'rows_not_shown' as const,
            section: 'target_issues' as const,
            count: targetIssues.length - TARGET_ISSUES_LISTED,
          },
        ]
      : []),
    ...targetMismatches(targets, period).map((mismatch) => ({
      kind: 'target_mismatch' as const,
      mismatch,
    })),
    ...(afterAsOf > 0 ? [{ kind: 'after_as_of' as const, rows: afterAsOf, asOf }] : []),
    ...(team.nonFinite > 0 ? [{ kind: 'non_finite' as const, cells: team.nonFinite }] : []),
    ...notes,
  ];

  return {
    lang,
    locale: context.locale,
    header: {
      period,
      periodLabel: periodLabel(period),
      periodFirstDay: periodStart(period),
      periodLastDay: periodEnd(period) - 1,
      asOf,
      generatedAt: context.generatedAt,
      salesSheet: context.salesSheet,
      spendSheet: context.spendSheet,
      targetsSheet: context.targetsSheet,
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
      byRep,
      byChannel: kpis.byChannel ?? kpis.channelMovers,
    }),
    strengths: strengthsRowsOf(team, {
      period,
      asOf,
      targets: targets,
      atRisk: settings.atRisk,
      uncut,
      byRep,
      reps: leaderboard?.map((r) => r.rep),
      forecasts: teamForecasts(pipeline),
    }),
    ...(kpis.cohorts === undefined ? {} : { cohorts: kpis.cohorts }),
    repCards,
    forecastAccuracy: context.history === undefined ? null : accuracyOf(context.history, team, period, asOf),
    dataQuality,
    definitions: KPIS.map((k) => ({
      key: k.key,
      name: k.names[lang],
      formula: k.formula[lang],
      direction: k.direction,
      unit: k.unit,
    })),
  };
}

/** The forecast accuracy of the closed periods, their final actuals from the team's table where it has them. */
function accuracyOf(history: readonly HistoryRow[], team: TotalsGrid, period: Period, asOf: Day) {
  const last = team.firstIndex + team.periodCount - 1;
  return forecastAccuracyOf(history, period, asOf, (p, kpi) =>
    p.index >= team.firstIndex && p.index <= last ? kpiValues(team, p.index)[kpi] : null,
  );
}
