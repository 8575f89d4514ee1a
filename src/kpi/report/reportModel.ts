import type { CohortTable } from '../analytics/customerCohorts';
import type { RepCards } from '../analytics/repCards';
import type { StrengthsRow } from '../analytics/strengthsAndWeaknessesRows';
import type { WhatChanged } from '../analytics/whatChanged';
import type { Day } from '../calendar/day';
import type { Period } from '../calendar/periods';
import type { ForecastAccuracy } from '../history/forecastAccuracy';
import type { Lang } from '../i18n/lang';
import type { Direction, KpiKey, KpiUnit } from '../kpis';
import type { DataQuality, LogError, SkippedRow } from '../log/salesLog';
import type { UnknownStatus } from '../log/statusClass';
import type { KpiStatus } from '../plan/kpiStatus';
import type { PipelineBlock } from '../plan/pipelineForecast';
import type { PlanEntry } from '../plan/planRow';
import type { TargetMismatch } from '../plan/targets';
import type { SettingsNote } from '../settings/reportSettings';
import type { TargetIssue } from '../targets/readTargets';

/**
 * Everything the KPI report shows, as plain data (numbers, codes, names; no words except names from the data and
 * the registry). `layoutReport` turns it into a sheet; the sidebar may show parts of it.
 */
export interface ReportModel {
  /** The language the report is written in. */
  lang: Lang;
  /** The spreadsheet's locale (number formats). */
  locale: string;
  header: ReportHeader;
  scorecard: Scorecard;
  /** Sales volume's pipeline forecast beside the run rate, and which one the scorecard uses (spec §7); null without a status column. */
  pipeline?: PipelineBlock | null;
  trend: TrendRow[];
  /** One row per rep; null when the log has no rep column. */
  leaderboard: LeaderboardRow[] | null;
  /** One row per channel; null without a spend table with channels and a channel column in the log. */
  channels: ChannelRow[] | null;
  /** What changed against P-1: the sales-volume bridge and the top movers (spec §7); null before P starts. */
  whatChanged?: WhatChanged | null;
  /** Strengths and weaknesses of the team (first) and of each rep of the leaderboard (spec §7). */
  strengths?: StrengthsRow[];
  /** Customer cohorts (spec §7); null without a customer column (the section is left out with a note). */
  cohorts?: CohortTable | null;
  /** Every rep's card, for the second sheet; null without a rep column. */
  repCards?: RepCards | null;
  /** How close the forecasts of closed periods came (`forecastAccuracyOf`); null or absent without `ReportInput.history`. */
  forecastAccuracy?: ForecastAccuracy | null;
  /** Notes about the data, in the order the report lists them. */
  dataQuality: DataQualityItem[];
  /** Every KPI of the registry, in order. */
  definitions: KpiDefinitionRow[];
}

export interface ReportHeader {
  /** The report period P. */
  period: Period;
  /** Its label (`2026-11`). */
  periodLabel: string;
  /** First and last day of P. */
  periodFirstDay: Day;
  periodLastDay: Day;
  /** Data are complete up to and including this day. */
  asOf: Day;
  /** When the report was made, as text in the spreadsheet's zone (`2026-11-25 18:05`). */
  generatedAt: string;
  salesSheet: string;
  spendSheet: string | null;
  targetsSheet: string | null;
}

/** The scorecard: every KPI of the registry for P against its target. */
export interface Scorecard {
  /** Labels of the periods the deltas compare with: P-1 and the same period a year earlier. */
  previousLabel: string;
  lastYearLabel: string;
  /** Whether P is still running on the as-of day (deltas of amounts and counts then compare the forecast). */
  running: boolean;
  /** Every KPI the log (and spend table) can give, in registry order. */
  rows: ScorecardRow[];
  /** KPIs left out because an input is missing (no quantity column, no spend table…), grouped by what is missing. */
  notInLog: NotInLog[];
}

/** An input a KPI needs: a column of the sales log, or the spend table. */
export type MissingInput = 'quantity' | 'status' | 'customer' | 'created' | 'spend';

/** KPIs the scorecard leaves out for the same missing inputs. */
export interface NotInLog {
  keys: KpiKey[];
  missing: MissingInput[];
}

/** One scorecard row: `planRow`'s entry plus what the layout needs to format it. */
export interface ScorecardRow extends PlanEntry {
  unit: KpiUnit;
  direction: Direction;
  additive: boolean;
}

/** One period of the trend: the last 12 periods up to P. */
export interface TrendRow {
  label: string;
  revenue: number | null;
  orders: number | null;
  averageCheck: number | null;
  conversion: number | null;
  /** The team's sales-volume target of the period (`resolveTarget`), or null. */
  revenueTarget: number | null;
}

/** One rep in P: sales volume and its target, judged on the forecast as the scorecard does. */
export interface LeaderboardRow {
  /** The rep as the log spells it (`—` for rows without a rep). */
  rep: string;
  revenue: number | null;
  orders: number | null;
  averageCheck: number | null;
  conversion: number | null;
  /** Forecast of the sales volume for P. */
  forecast: number | null;
  target: number | null;
  /** Attainment of the sales-volume forecast. */
  attainment: number | null;
  /** Place by attainment, 1 = highest; reps with the same attainment share it; null without an attainment. */
  rank: number | null;
  status: KpiStatus;
}

/** One channel in P. */
export interface ChannelRow {
  channel: string;
  revenue: number | null;
  spend: number | null;
  romi: number | null;
  cac: number | null;
}

/** A KPI's definition as the report lists it. */
export interface KpiDefinitionRow {
  key: KpiKey;
  name: string;
  formula: string;
  direction: Direction;
  unit: KpiUnit;
}

/** One note of the data-quality section. */
export type DataQualityItem =
  /** How many rows a table had, and how many were skipped. */
  | { kind: 'rows'; table: 'sales' | 'spend'; sheet: string; rows: number; skipped: number }
  /** One of the first skipped rows. */
  | { kind: 'skipped_row'; table: 'sales' | 'spend'; sheet: string; row: SkippedRow }
  /** How many skipped rows of a table are not listed one by one ("… and 6 more"). */
  | { kind: 'skipped_more'; table: 'sales' | 'spend'; sheet: string; count: number }
  | { kind: 'unknown_statuses'; statuses: UnknownStatus[] }
  /** Report footer lines after the sales log's data (`Grand Totals …`), ignored, not skipped (spec §1.1). */
  | { kind: 'footer_lines'; sheet: string; footerLines: number }
  /** Continuation lines of the sales log (further line items of an order), merged into their orders. */
  | { kind: 'continuation_lines'; sheet: string; continuationLines: number }
  /** Won rows of the sales log whose quantity counts 0 (unreadable or negative), with the first ones. */
  | { kind: 'quantity_issues'; sheet: string; quantityIssues: DataQuality['quantityIssues'] }
  | { kind: 'target_issue'; sheet: string; issue: TargetIssue }
  | { kind: 'target_mismatch'; mismatch: TargetMismatch }
  | { kind: 'settings'; note: SettingsNote }
  /** The report period in the settings is not a label of the period type: the default period was used. */
  | { kind: 'report_period_ignored'; label: string }
  | { kind: 'spend_unreadable'; sheet: string; error: LogError }
  | { kind: 'spend_sheet_missing'; sheet: string }
  /** Sales rows dated after the as-of day: no actual counts them (spec §3). */
  | { kind: 'after_as_of'; rows: number; asOf: Day }
  /** Period × group cells with a KPI that is not a finite number (an overflowing sum): shown blank. */
  | { kind: 'non_finite'; cells: number }
  /** More rows than the report lists (reps, channels, target issues). */
  | { kind: 'rows_not_shown'; section: 'leaderboard' | 'channels' | 'target_issues'; count: number }
  /** The report was built from an SQL engine's KPI rows: what it leaves out (src/kpi/report/reportKpis.ts). */
  | { kind: 'engine_left_out'; engine: SqlEngineName; sections: EngineLeftOut[] };

/** An SQL engine a report can be built from (issue 16). */
export type SqlEngineName = 'duckdb' | 'bigquery';
/** What a report from an SQL engine leaves out: cohorts, and the notes that list rows of the log one by one. */
export type EngineLeftOut = 'cohorts' | 'skipped_rows' | 'unknown_statuses' | 'load_notes';

/** Why there is no report: the sales log is missing or cannot be read. Nothing is written. */
export type ReportError =
  | { code: 'no_sales_sheet'; wanted: string | null; sheets: string[] }
  | { code: 'sales_unreadable'; sheet: string; error: LogError };

export type ReportModelResult = { ok: true; model: ReportModel } | { ok: false; error: ReportError };
