import type { Day } from '../calendar/day';
import { type Period, periodDays, periodLabel, periodStart, previousPeriod } from '../calendar/periods';
import { computeKpis, kpiValues } from '../engine/computeKpis';
import { groupRows } from '../engine/groupRows';
import type { Lang } from '../i18n/lang';
import type { SalesLog } from '../log/salesLog';
import { type SalesBridge, salesBridgeOf } from './salesBridge';
import { type GroupRevenue, type TopMovers, topMoversOf } from './topMovers';

/** The engine's table of totals. */
type Table = ReturnType<typeof computeKpis>;

/** The "What changed" section of the report (spec §7): the bridge of P against P-1 and who moved it. */
export interface WhatChanged {
  periodLabel: string;
  previousLabel: string;
  /** Whether P still runs on the as-of day: then P so far is compared with the whole of P-1. */
  running: boolean;
  /** Days of P up to and including the as-of day, and all its days. */
  elapsedDays: number;
  periodDays: number;
  bridge: SalesBridge;
  /** Reps that moved the sales volume most; null without a rep column. */
  reps: TopMovers | null;
  /** Channels that moved it most; null without a channel column. */
  channels: TopMovers | null;
}

/** Options of `whatChangedOf`. */
export interface WhatChangedOptions {
  period: Period;
  asOf: Day;
  lang: Lang;
  /** The table grouped by rep (cut at the as-of day, covering P and P-1), or null without a rep column. */
  byRep?: Table | null;
  /** The table grouped by channel, likewise, or null without a channel column. */
  byChannel?: Table | null;
}

/**
 * What changed in sales volume from P-1 (complete) to P (as of the as-of day, as the scorecard's actuals): the
 * bridge (`salesBridgeOf`) and the top movers among reps and channels (`topMoversOf`), each mover's share taken of
 * the team's change.
 *
 * @param team The team's table, cut at the as-of day, covering P and P-1.
 * @param options Period, as-of day, language (ties), and the grouped tables.
 * @returns The section's data; null when P starts after the as-of day (nothing to compare yet) or a sales volume is blank.
 * @example
 * whatChangedOf(team, { period: parsePeriodLabel('2026-11')!, asOf, lang: 'en', byRep })!.bridge.change //=> -1100
 */
export function whatChangedOf(team: Table, options: WhatChangedOptions): WhatChanged | null {
  const { period, asOf, lang } = options;
  const start = periodStart(period);
  if (asOf < start) return null;
  const previous = previousPeriod(period);
  const bridge = salesBridgeOf(kpiValues(team, period.index), kpiValues(team, previous.index));
  if (bridge === null) return null;
  const days = periodDays(period);
  const elapsed = Math.min(days, asOf - start + 1);
  const movers = (table: Table | null | undefined) =>
    table == null ? null : topMoversOf(groupRevenues(table, period), bridge.change, lang);
  return {
    periodLabel: periodLabel(period),
    previousLabel: periodLabel(previous),
    running: elapsed < days,
    elapsedDays: elapsed,
    periodDays: days,
    bridge,
    reps: movers(options.byRep),
    channels: movers(options.byChannel),
  };
}

/** Every group's sales volume in P-1 and P. */
function groupRevenues(table: Table, period: Period): GroupRevenue[] {
  return (table.groups ?? []).map((name, group) => ({
    name,
    previous: kpiValues(table, period.index - 1, group).revenue,
    current: kpiValues(table, period.index, group).revenue,
  }));
}

/**
 * The table grouped by the log's channel column for P-1 and P, cut at the as-of day (the movers by channel need it
 * whether or not the spend table splits by channel); null without a channel column.
 *
 * @param values The range the log was read from.
 * @param log The log.
 * @param period The report period.
 * @param asOf The as-of day.
 * @param timeZone The spreadsheet's zone (names of date groups).
 * @example
 * channelTableOf(values, log, parsePeriodLabel('2026-11')!, asOf, 'UTC')?.groups //=> ['Ads', 'Events']
 */
export function channelTableOf(
  values: readonly (readonly unknown[])[],
  log: SalesLog,
  period: Period,
  asOf: Day,
  timeZone: string,
): Table | null {
  if (log.columns.channel === undefined) return null;
  const groups = groupRows(values, log, 'channel', timeZone);
  if (groups === null) return null;
  return computeKpis(log, {
    period: period.type,
    groups,
    include: [period.index - 1, period.index],
    lastDay: asOf,
  });
}
