import type { Day } from '../calendar/day';
import type { Period } from '../calendar/periods';
import type { computeKpis, KpiValues } from '../engine/computeKpis';
import { EMPTY_GROUP } from '../engine/groupRows';
import type { KpiKey } from '../kpis';
import { planRow } from '../plan/planRow';
import type { Target } from '../plan/targets';
import { SERIES_PERIODS, seriesOfGroup } from './periodSeries';
import { type StrengthsRanking, strengthsOf } from './strengthsAndWeaknesses';

/** The engine's table of totals. */
type Table = ReturnType<typeof computeKpis>;

/**
 * KPIs the report does not judge: gross sales moves with the sales volume (it is the sales volume before returns),
 * and ranked beside it against its median it would contradict the sales volume judged against its target.
 */
export const NOT_JUDGED: ReadonlySet<KpiKey> = new Set<KpiKey>(['gross']);

/** The strengths and weaknesses of the team (`who` null) or of one rep. */
export interface StrengthsRow {
  who: string | null;
  ranking: StrengthsRanking;
}

/** Options of `strengthsRowsOf`. */
export interface StrengthsRowsOptions {
  period: Period;
  asOf: Day;
  targets: readonly Target[];
  atRisk: number;
  /** The team's table without the as-of cut-off (`deals`' forecast), or null. */
  uncut?: Table | null;
  /** The table grouped by rep (cut at the as-of day), or null without a rep column. */
  byRep?: Table | null;
  /** The reps to judge, in the order to show them (the leaderboard's); names as the table has them. */
  reps?: readonly string[];
  /** The team's forecasts that replace the run rate, as the scorecard's (`teamForecasts`: the pipeline forecast). */
  forecasts?: Partial<Record<KpiKey, number | null>>;
}

/**
 * Strengths and weaknesses of the team and of each rep (spec §7): every KPI's forecast for P (the scorecard's: a
 * run rate for flow KPIs while P runs, the actual for the others) against its target (the team's, or the rep's
 * own), else against the median of the 12 periods before P, by `strengthsOf`; gross sales is not judged
 * ({@link NOT_JUDGED}). Rows without a rep (`—`) have no targets, as in the leaderboard; a rep the table does not
 * know (a target without rows) is left out.
 *
 * @param team The team's table, cut at the as-of day.
 * @param options Period, as-of day, targets, at-risk threshold, the rep table and the reps.
 * @returns The team first, then each rep.
 * @example
 * strengthsRowsOf(team, { period, asOf, targets, atRisk: 0.9, byRep, reps: ['Anna'] }).map((r) => r.who) //=> [null, 'Anna']
 */
export function strengthsRowsOf(team: Table, options: StrengthsRowsOptions): StrengthsRow[] {
  const { period, asOf, targets, atRisk } = options;
  const rows: StrengthsRow[] = [
    {
      who: null,
      ranking: rankingOf(team, 0, period, {
        asOf,
        targets,
        atRisk,
        uncut: options.uncut ?? null,
        forecasts: options.forecasts,
      }),
    },
  ];
  const byRep = options.byRep ?? null;
  if (byRep === null) return rows;
  const names = byRep.groups ?? [];
  for (const rep of options.reps ?? []) {
    const group = names.indexOf(rep);
    if (group < 0) continue;
    const own = rep === EMPTY_GROUP ? null : rep;
    const ranking = rankingOf(byRep, group, period, {
      asOf,
      targets: own === null ? [] : targets,
      atRisk,
      rep: own,
    });
    rows.push({ who: rep, ranking });
  }
  return rows;
}

/** One group's ranking: planRow's forecasts and targets, the 12 earlier periods as history. */
function rankingOf(
  table: Table,
  group: number,
  period: Period,
  plan: {
    asOf: Day;
    targets: readonly Target[];
    atRisk: number;
    uncut?: Table | null;
    rep?: string | null;
    forecasts?: Partial<Record<KpiKey, number | null>>;
  },
): StrengthsRanking {
  const series: KpiValues[] = seriesOfGroup(table, period, SERIES_PERIODS, group);
  const history = series.slice(0, -1);
  return strengthsOf(
    planRow(table, { period, group, ...plan })
      .filter((entry) => !NOT_JUDGED.has(entry.key))
      .map((entry) => ({
        key: entry.key,
        actual: entry.forecast,
        target: entry.target,
        history: history.map((values) => values[entry.key]),
      })),
  );
}
