import type { CohortTable } from '../analytics/customerCohorts';
import type { Day } from '../calendar/day';
import { type Period, previousPeriod, sameLastYear } from '../calendar/periods';
import type { TotalsGrid } from '../engine/computeKpis';
import { TREND_PERIODS } from './trendOf';

/**
 * What the report reads from a KPI engine (issue 16): the totals grids of the report's periods and the few facts of
 * the log beyond them. The JS engine makes them with `computeKpis` over the log's rows (`buildReportModel`); an SQL
 * engine with `compileKpiTableSql` + `totalsGridOfSql` and small queries (tools/report/duckdbReport.ts). Everything
 * the report shows is computed from these by `assembleReportModel`.
 */
export interface ReportKpis {
  /** The team's grid cut at the as-of day, covering `reportGridRequests(…).team.include`. */
  team: TotalsGrid;
  /** The same grid without the as-of cut (deals' forecast, pipeline); `team` itself when no row lies after as-of. */
  uncut: TotalsGrid;
  /** By rep, cut, P−1 and P; null without a rep column. */
  byRep: TotalsGrid | null;
  /** By channel with spend split by channel, cut, P−1 and P; null unless both tables have a channel column. */
  byChannel: TotalsGrid | null;
  /** By channel without spend for the top movers when `byChannel` is null; null without a channel column. */
  channelMovers: TotalsGrid | null;
  /** The log's earliest day (where the trend starts), null without rows. */
  firstDay: Day | null;
  /** How many of the log's rows are dated after the as-of day. */
  afterAsOf: number;
  /** Customer cohorts: null without a customer column; undefined when the engine does not compute them. */
  cohorts: CohortTable | null | undefined;
}

/** One grid the report asks an engine for (the options `computeKpis` and `compileKpiTableSql` share). */
export interface ReportGridRequest {
  groupBy: 'rep' | 'channel' | null;
  /** `team`: spend summed for the whole team; `by_group`: split by the channel group; `none`: no spend. */
  spend: 'team' | 'by_group' | 'none';
  /** The as-of cut-off, or null for every row. */
  lastDay: Day | null;
  /** Period indices to cover without rows. */
  include: number[];
}

/**
 * The grids of the report of period P as of a day: what `buildReportModel` asks `computeKpis` for, so that an SQL
 * engine asks for the same.
 *
 * @param period The report period P.
 * @param asOf The as-of day.
 * @returns One request per grid of `ReportKpis`.
 * @example
 * reportGridRequests(parsePeriodLabel('2026-11')!, asOf).byRep.include //=> [24321, 24322]
 */
export function reportGridRequests(
  period: Period,
  asOf: Day,
): Record<'team' | 'uncut' | 'byRep' | 'byChannel' | 'channelMovers', ReportGridRequest> {
  const include = [period.index - TREND_PERIODS + 1, period.index, sameLastYear(period).index];
  const pair = [previousPeriod(period).index, period.index];
  return {
    team: { groupBy: null, spend: 'team', lastDay: asOf, include },
    uncut: { groupBy: null, spend: 'team', lastDay: null, include },
    byRep: { groupBy: 'rep', spend: 'none', lastDay: asOf, include: pair },
    byChannel: { groupBy: 'channel', spend: 'by_group', lastDay: asOf, include: pair },
    channelMovers: { groupBy: 'channel', spend: 'none', lastDay: asOf, include: pair },
  };
}
