import { normalizeKey } from '../_lib/normalizeKey';
import type { Day } from '../calendar/day';
import { type Period, periodLabel, previousPeriod } from '../calendar/periods';
import { type computeKpis, type KpiValues, kpiValues } from '../engine/computeKpis';
import { EMPTY_GROUP } from '../engine/groupRows';
import type { Lang } from '../i18n/lang';
import { type Direction, KPIS, type KpiKey, type KpiUnit } from '../kpis';
import type { DeltaKind } from '../plan/delta';
import type { KpiStatus } from '../plan/kpiStatus';
import { planRow } from '../plan/planRow';
import type { Target } from '../plan/targets';
import { seriesOfTable, seriesPeriods } from './periodSeries';

/** The engine's table of totals (named so whatever the engine calls it). */
type Table = ReturnType<typeof computeKpis>;

/** How many periods a card's trend shows (P and the 11 before it). */
export const CARD_TREND_PERIODS = 12;

/** One KPI of a rep's card: the rep's figures against their target, and the team's actual beside them. */
export interface RepCardKpi {
  key: KpiKey;
  unit: KpiUnit;
  direction: Direction;
  additive: boolean;
  actual: number | null;
  target: number | null;
  attainment: number | null;
  status: KpiStatus;
  deltaKind: DeltaKind;
  /** Change vs P-1 (of the forecast while an additive KPI's P runs, as the scorecard). */
  deltaPrevious: number | null;
  /** The team's actual of P. */
  team: number | null;
}

/** A KPI where the rep stands furthest above or below the team: `score` = rep ÷ benchmark, direction-adjusted. */
export interface RepStanding {
  key: KpiKey;
  /** 1.2 = 20 % better than the team's benchmark (per-rep average for sums, the team's own rate for ratios). */
  score: number;
}

/** One rep's card (issue 13 item 5). */
export interface RepCard {
  /** The rep as the log spells it; `—` for the rows without a rep. */
  rep: string;
  /** Place by sales volume in P among the cards (1 = most; equal volumes share a place). */
  rank: number;
  /** Share of the team's sales volume of P; null when the team's is not above 0. */
  share: number | null;
  kpis: RepCardKpi[];
  salesCycle: number | null;
  winRate: number | null;
  strongest: RepStanding | null;
  weakest: RepStanding | null;
  /** Sales volume of the last 12 periods up to P, oldest first (null before the rep's first row). */
  trend: (number | null)[];
}

/** The rep cards of P. */
export interface RepCards {
  /** The labels of the trend's periods, oldest first. */
  trendLabels: string[];
  /** The label of P-1 (the deltas compare with it). */
  previousLabel: string;
  cards: RepCard[];
}

/** Options of `repCardsOf`. */
export interface RepCardsOptions {
  period: Period;
  asOf: Day;
  targets: readonly Target[];
  atRisk: number;
  /** Sorts names that tie. */
  lang: Lang;
}

/**
 * Every rep's card for P: their KPIs against their targets (`planRow`, as the scorecard judges the team), the
 * team's actual beside each, their share of the team's sales volume, their place by sales volume, the sales cycle
 * and win rate, their strongest and weakest KPI against the team (rep ÷ the team's per-rep average for sums, ÷ the
 * team's own rate for ratios; inverted when lower is better) and their sales volume over the last 12 periods.
 * A card is made for every group of `byRep` with a row in those 12 periods (the rows without a rep included, as
 * `—`, so additive KPIs of the cards sum to the team's) and for every rep with a sales-volume target for P. KPIs the
 * log cannot give, and spend KPIs (spend cannot be split by rep), are left out. Sorted by sales volume, then name.
 *
 * @param byRep The table grouped by rep (covering P-11…P).
 * @param team The team's table (same period type and cut-off).
 * @param options Period, as-of day, targets, at-risk threshold, language.
 * @returns The cards.
 * @example
 * repCardsOf(byRep, team, { period, asOf, targets, atRisk: 0.9, lang: 'en' }).cards[0].rep //=> 'Anna'
 */
export function repCardsOf(byRep: Table, team: Table, options: RepCardsOptions): RepCards {
  const { period, asOf, targets, atRisk } = options;
  const names = byRep.groups ?? [];
  const teamValues = kpiValues(team, period.index);
  const keys = KPIS.filter((k) => !k.needs.includes('spend') && k.needs.every((n) => byRep.inputs[n]));
  const series = seriesOfTable(byRep, period, CARD_TREND_PERIODS);
  const active = names.map((_, g) => series[g].some(hasRows));
  const valuesOf = names.map((_, g) => kpiValues(byRep, period.index, g));
  const selling = valuesOf.filter((v, g) => names[g] !== EMPTY_GROUP && hasRows(v)).length;
  const targetReps = new Set(
    targets.filter((t) => t.rep !== null && t.rep.trim() !== '').map((t) => normalizeKey(t.rep!)),
  );

  const cards: RepCard[] = [];
  names.forEach((name, group) => {
    const rep = name === EMPTY_GROUP ? null : name;
    const planned = rep !== null && targetReps.has(normalizeKey(rep));
    if (!active[group] && !planned) return;
    const plan = planRow(byRep, { period, group, asOf, targets: rep === null ? [] : targets, rep, atRisk });
    const values = valuesOf[group];
    const kpis = keys.map((k): RepCardKpi => {
      const e = plan.find((p) => p.key === k.key)!;
      return {
        key: k.key,
        unit: k.unit,
        direction: k.direction,
        additive: k.additive,
        actual: e.actual,
        target: e.target,
        attainment: e.attainment,
        status: e.status,
        deltaKind: e.deltaKind,
        deltaPrevious: e.deltaPrevious,
        team: teamValues[k.key],
      };
    });
    const standings = kpis.flatMap((k) => {
      const score = UNJUDGED.has(k.key) ? null : standing(k, Math.max(selling, 1));
      return score === null ? [] : [{ key: k.key, score }];
    });
    const teamRevenue = teamValues.revenue;
    cards.push({
      rep: name,
      rank: 0,
      share:
        teamRevenue !== null && teamRevenue > 0 && values.revenue !== null
          ? values.revenue / teamRevenue
          : null,
      kpis,
      salesCycle: (values as Partial<Record<string, number | null>>).sales_cycle ?? null,
      winRate: values.win_rate,
      strongest: standings.reduce<RepStanding | null>(
        (a, b) => (a === null || b.score > a.score ? b : a),
        null,
      ),
      weakest: standings.reduce<RepStanding | null>(
        (a, b) => (a === null || b.score < a.score ? b : a),
        null,
      ),
      trend: series[group].map((v) => v.revenue),
    });
  });
  // Reps with a target and no row in the whole log: a card with nothing sold.
  const listed = new Set(names.map(normalizeKey));
  for (const t of targets) {
    if (t.rep === null || t.rep.trim() === '' || listed.has(normalizeKey(t.rep))) continue;
    listed.add(normalizeKey(t.rep));
    const plan = planRow(byRep, { period, group: 0, asOf, targets, rep: t.rep.trim(), atRisk });
    if (!plan.some((e) => e.target !== null)) continue;
    cards.push({
      rep: t.rep.trim(),
      rank: 0,
      share: teamValues.revenue !== null && teamValues.revenue > 0 ? 0 : null,
      kpis: keys.map((k) => {
        const e = plan.find((p) => p.key === k.key)!;
        return {
          key: k.key,
          unit: k.unit,
          direction: k.direction,
          additive: k.additive,
          actual: k.additive ? 0 : null,
          target: e.target,
          attainment: null,
          status: e.target === null ? 'no_target' : 'no_data',
          deltaKind: e.deltaKind,
          deltaPrevious: null,
          team: teamValues[k.key],
        };
      }),
      salesCycle: null,
      winRate: null,
      strongest: null,
      weakest: null,
      trend: new Array<number | null>(CARD_TREND_PERIODS).fill(null),
    });
  }
  return {
    trendLabels: seriesPeriods(period, CARD_TREND_PERIODS).map(periodLabel),
    previousLabel: periodLabel(previousPeriod(period)),
    cards: rankCards(cards, options.lang),
  };
}

/**
 * KPIs a card does not judge against the team: gross sales moves with the sales volume (it would only repeat it);
 * a rep's new and returning customers are new to the rep or returning to the rep (spec §2, KPIs of a group on its
 * rows alone), which the team's per-rep share does not measure.
 */
const UNJUDGED: ReadonlySet<KpiKey> = new Set<KpiKey>(['gross', 'new_customers', 'returning_customers']);

/** Whether a group has any row in the period (a sale, a deal or a return). */
function hasRows(v: KpiValues): boolean {
  return (v.orders ?? 0) > 0 || (v.deals ?? 0) > 0 || (v.returns_amount ?? 0) > 0;
}

/**
 * A KPI's standing against the team: rep ÷ benchmark (benchmark/rep when lower is better); the benchmark is the
 * team's value divided among its selling reps for sums, the team's own value for ratios. Null without a direction,
 * a value, or a benchmark above 0.
 */
function standing(k: RepCardKpi, reps: number): number | null {
  if (k.direction === null || k.actual === null || k.team === null) return null;
  const bench = k.additive ? k.team / reps : k.team;
  if (!(bench > 0)) return null;
  if (k.direction === 'higher') return k.actual / bench;
  return k.actual > 0 ? bench / k.actual : null;
}

/** Sorted by sales volume (most first), then name; places by sales volume, equal volumes sharing one. */
function rankCards(cards: RepCard[], lang: Lang): RepCard[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const revenue = (c: RepCard) => c.kpis.find((k) => k.key === 'revenue')?.actual ?? 0;
  cards.sort((a, b) => revenue(b) - revenue(a) || collator.compare(a.rep, b.rep));
  cards.forEach((card, i) => {
    const before = cards[i - 1];
    card.rank = before !== undefined && revenue(before) === revenue(card) ? before.rank : i + 1;
  });
  return cards;
}
