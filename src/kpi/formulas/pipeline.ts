import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { ratio } from './ratio';

/**
 * The pipeline forecast of sales volume (KPI-SPEC §7): what is sold so far plus the open deals still expected in the
 * period, weighed by the share of decided deals that are usually won.
 *
 * @param revenue Sales volume of the period so far.
 * @param openAhead Σ amount of the open deals dated in the rest of the period.
 * @param winRate won / (won + lost) of the periods before; null when there is none.
 * @returns `revenue + openAhead × winRate`, or null without a win rate.
 * @example
 * pipelineForecast(50_000, 40_000, 0.25) //=> 60000
 */
export function pipelineForecast(revenue: number, openAhead: number, winRate: number | null): number | null {
  if (winRate === null) return null;
  return dropFloatNoise(revenue + openAhead * winRate);
}

/**
 * Pipeline coverage (KPI-SPEC §7): how many times the open deals still expected in the period cover what is still
 * missing to the target. Blank without a target and once the target is met (nothing is missing).
 *
 * @param openAhead Σ amount of the open deals dated in the rest of the period.
 * @param target The sales-volume target of the period, or null.
 * @param revenue Sales volume of the period so far.
 * @returns `openAhead / (target − revenue)`, or null.
 * @example
 * pipelineCoverage(90_000, 100_000, 40_000) //=> 1.5
 * pipelineCoverage(90_000, 100_000, 100_000) //=> null
 */
export function pipelineCoverage(openAhead: number, target: number | null, revenue: number): number | null {
  if (target === null) return null;
  const missing = dropFloatNoise(target - revenue);
  if (missing <= 0) return null;
  return ratio(openAhead, missing);
}
