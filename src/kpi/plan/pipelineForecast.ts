import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { Day } from '../calendar/day';
import { type Period, periodEnd, periodLabel } from '../calendar/periods';
import { kpiValues, type TotalsGrid, totalsAt } from '../engine/computeKpis';
import { conversionRate } from '../formulas/conversionRate';
import { pipelineCoverage, pipelineForecast } from '../formulas/pipeline';
import type { KpiKey } from '../kpis';
import { forecast } from './forecast';
import { resolveTarget, type Target } from './targets';

/**
 * The forecasts that replace the run rate where the report judges the team (`planRow`'s `forecasts`): sales
 * volume's pipeline forecast when the block uses it, else none. The scorecard and the team's strengths both take
 * it, so they judge sales volume alike.
 *
 * @example
 * teamForecasts({ …, forecast: 60000, uses: 'pipeline' }) //=> { revenue: 60000 }
 * teamForecasts(null) //=> {}
 */
export function teamForecasts(block: PipelineBlock | null): Partial<Record<KpiKey, number | null>> {
  return block?.uses === 'pipeline' ? { revenue: block.forecast } : {};
}

/** How many periods before P the pipeline's win rate is taken over (KPI-SPEC §7). */
export const WIN_RATE_PERIODS = 12;

/**
 * Why the scorecard judges sales volume by the forecast it does:
 * - `open_deals`: the log has open deals dated after the as-of day inside P (their expected close dates), and a
 *   win rate to weigh them: the pipeline forecast;
 * - `no_open_deals`: no open deal (with an amount) is expected in the rest of P: the run rate;
 * - `no_win_rate`: open deals are expected, but no deal was won or lost in the 12 periods before P: the run rate;
 * - `period_over`: P ended on or before the as-of day: both are the actual.
 */
export type ForecastReason = 'open_deals' | 'no_open_deals' | 'no_win_rate' | 'period_over';

/** The pipeline forecast of sales volume for P (KPI-SPEC §7), beside the run rate, as the report shows it. */
export interface PipelineBlock {
  /** Sales volume of P so far (rows dated up to the as-of day). */
  revenue: number;
  /** Σ amount of open rows dated after the as-of day inside P: `open(P, after as-of)`. */
  openAfterAsOf: number;
  /** count(won) / count(won + lost) summed over the 12 periods before P; null when that is 0. */
  winRate: number | null;
  /** Labels of the first and last period of the win rate (`2025-11`, `2026-10`). */
  winRateFrom: string;
  winRateTo: string;
  /** `revenue + openAfterAsOf × winRate`; null without a win rate. */
  forecast: number | null;
  /** The run-rate forecast of sales volume (spec §3). */
  runRate: number | null;
  /** The team's sales-volume target of P; null without one. */
  target: number | null;
  /** `openAfterAsOf / (target − revenue)`; null without a target or when it is met. */
  coverage: number | null;
  /** Which forecast the scorecard's sales-volume row (attainment, status, deltas) uses. */
  uses: 'pipeline' | 'run_rate';
  reason: ForecastReason;
}

/**
 * The pipeline forecast of the team's sales volume for P and which forecast judges it (KPI-SPEC §7, issue 13):
 * the run rate by default; the pipeline forecast when the log has open deals dated after the as-of day inside P
 * (their expected close dates: an open deal is dated by its close date, else its created date) and a win rate of
 * the 12 periods before P. The win rate sums each period's counts (distinct ids per period, spec §1.3).
 *
 * @param cut The team's grid cut at the as-of day (`computeKpis(log, { lastDay: asOf })`).
 * @param uncut The same grid without the cut (every row); the open deals after the as-of day are the difference.
 * @param period The report period P (the grids' period type).
 * @param asOf The as-of day.
 * @param targets The target rows (the team's sales-volume target of P is resolved from them).
 * @returns The block; null when the log has no status column (no deal is open or lost there).
 * @example
 * // 2026-11 on the 10th: 50 000 sold, 40 000 open later in the month, 1 won of 4 decided the year before
 * pipelineBlockOf(cut, uncut, parsePeriodLabel('2026-11')!, dayFromCivil(2026, 11, 10), targets)
 * //=> { revenue: 50000, openAfterAsOf: 40000, winRate: 0.25, forecast: 60000, runRate: 150000, uses: 'pipeline', … }
 */
export function pipelineBlockOf(
  cut: TotalsGrid,
  uncut: TotalsGrid,
  period: Period,
  asOf: Day,
  targets: readonly Target[],
): PipelineBlock | null {
  if (!cut.inputs.status) return null;
  const revenue = kpiValues(cut, period.index).revenue ?? 0;
  const openAfterAsOf = Math.max(
    0,
    dropFloatNoise(totalsAt(uncut, period.index).openAmount - totalsAt(cut, period.index).openAmount),
  );
  let won = 0;
  let decided = 0;
  for (let index = period.index - WIN_RATE_PERIODS; index < period.index; index++) {
    const t = totalsAt(cut, index);
    won += t.won;
    decided += t.wonOrLost;
  }
  const winRate = conversionRate(won, decided);
  const expected = pipelineForecast(revenue, openAfterAsOf, winRate);
  const target = resolveTarget(targets, 'revenue', period, null)?.value ?? null;
  const reason: ForecastReason =
    asOf >= periodEnd(period) - 1
      ? 'period_over'
      : openAfterAsOf <= 0
        ? 'no_open_deals'
        : winRate === null
          ? 'no_win_rate'
          : 'open_deals';
  return {
    revenue,
    openAfterAsOf,
    winRate,
    winRateFrom: periodLabel({ type: period.type, index: period.index - WIN_RATE_PERIODS }),
    winRateTo: periodLabel({ type: period.type, index: period.index - 1 }),
    forecast: expected,
    runRate: forecast('revenue', revenue, period, asOf),
    target,
    coverage: pipelineCoverage(openAfterAsOf, target, revenue),
    uses: reason === 'open_deals' ? 'pipeline' : 'run_rate',
    reason,
  };
}
