import { normalizeKey } from '../_lib/normalizeKey';
import type { Day } from '../calendar/day';
import type { Period } from '../calendar/periods';
import { type TotalsGrid, totalsAt } from '../engine/computeKpis';
import { EMPTY_GROUP } from '../engine/groupRows';
import type { Lang } from '../i18n/lang';
import { attainment } from '../plan/attainment';
import { forecast } from '../plan/forecast';
import { kpiStatus } from '../plan/kpiStatus';
import { planRow } from '../plan/planRow';
import { resolveTarget, type Target } from '../plan/targets';
import type { LeaderboardRow } from './reportModel';

/** Options of `leaderboardOf`. */
export interface LeaderboardOptions {
  period: Period;
  asOf: Day;
  targets: readonly Target[];
  atRisk: number;
  /** Sorts names that tie. */
  lang: Lang;
}

/**
 * The rep leaderboard of P: every rep with a row in P or a sales-volume target for P (a rep with a target and no
 * rows at all is listed with nothing sold), with sales volume, orders, average check, conversion, target,
 * attainment and status of the sales volume (judged on the forecast, as the scorecard). Sorted by attainment,
 * highest first, then sales volume; reps without a target last, by sales volume. Each row's `rank` is its place by
 * attainment (ties share one; none without an attainment).
 *
 * @param table The table grouped by rep, covering P and P-1.
 * @returns The rows, sorted.
 * @example
 * leaderboardOf(byRep, { period, asOf, targets, atRisk: 0.9, lang: 'en' })[0].rep //=> 'Anna'
 */
export function leaderboardOf(table: TotalsGrid, options: LeaderboardOptions): LeaderboardRow[] {
  const { period, asOf, targets, atRisk } = options;
  const names = table.groups ?? [];
  const rows: LeaderboardRow[] = [];
  const listed = new Set<string>();
  names.forEach((name, group) => {
    const rep = name === EMPTY_GROUP ? null : name;
    const t = totalsAt(table, period.index, group);
    const active = t.won + t.deals + t.returnRows > 0;
    const hasTarget = rep !== null && resolveTarget(targets, 'revenue', period, rep) !== null;
    listed.add(normalizeKey(name));
    if (!active && !hasTarget) return;
    // Rows without a rep have no target: the team's targets are not theirs.
    const plan = planRow(table, { period, group, asOf, targets: rep === null ? [] : targets, rep, atRisk });
    const get = (key: string) => plan.find((e) => e.key === key)!;
    const revenue = get('revenue');
    rows.push({
      rep: name,
      revenue: revenue.actual,
      orders: get('orders').actual,
      averageCheck: get('average_check').actual,
      conversion: get('conversion').actual,
      forecast: revenue.forecast,
      target: revenue.target,
      attainment: revenue.attainment,
      rank: null,
      status: revenue.status,
    });
  });

  // Reps with a target for P who have no row in the whole log yet: nothing sold.
  for (const rep of targetReps(targets)) {
    if (listed.has(normalizeKey(rep))) continue;
    const target = resolveTarget(targets, 'revenue', period, rep);
    if (target === null) continue;
    listed.add(normalizeKey(rep));
    const expected = forecast('revenue', 0, period, asOf);
    rows.push({
      rep,
      revenue: 0,
      orders: 0,
      averageCheck: null,
      conversion: null,
      forecast: expected,
      target: target.value,
      attainment: expected === null ? null : attainment(expected, target.value),
      rank: null,
      status: kpiStatus(expected, target.value, { atRisk }),
    });
  }
  return rankLeaderboard(sortLeaderboard(rows, options.lang));
}

/**
 * Numbers the sorted rows by attainment (1 = highest): equal attainments share a place and the next place skips
 * (1, 2, 2, 4); rows without an attainment have none.
 */
function rankLeaderboard(rows: LeaderboardRow[]): LeaderboardRow[] {
  rows.forEach((row, i) => {
    if (row.attainment === null) return;
    const before = rows[i - 1];
    row.rank = before !== undefined && before.attainment === row.attainment ? before.rank : i + 1;
  });
  return rows;
}

/** Attainment desc (no attainment last), then sales volume desc, then name. */
function sortLeaderboard(rows: LeaderboardRow[], lang: Lang): LeaderboardRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const desc = (a: number | null, b: number | null) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return b - a;
  };
  return rows.sort(
    (a, b) =>
      desc(a.attainment, b.attainment) || desc(a.revenue, b.revenue) || collator.compare(a.rep, b.rep),
  );
}

/** The reps named by target rows, first spelling of each. */
function targetReps(targets: readonly Target[]): string[] {
  const seen = new Map<string, string>();
  for (const t of targets) {
    if (t.rep === null || t.rep.trim() === '') continue;
    const key = normalizeKey(t.rep);
    if (!seen.has(key)) seen.set(key, t.rep.trim());
  }
  return [...seen.values()];
}
