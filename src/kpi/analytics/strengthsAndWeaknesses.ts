import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { type Direction, type KpiKey, kpiDefinition } from '../kpis';
import { attainment } from '../plan/attainment';

/** How many earlier periods with a value a median (and a best/worst mark) needs. */
export const MIN_HISTORY = 3;

/** One KPI to judge: the value of P, its target (or null), and its values in the 12 periods before P (oldest first; null = blank). */
export interface StrengthInput {
  key: KpiKey;
  /** The value judged (the report passes the scorecard's forecast, so a running month is not read as a fall). */
  actual: number | null;
  target: number | null;
  history: readonly (number | null)[];
}

/** A record of the value among the earlier periods: best or worst of them all (by the KPI's direction). */
export interface StrengthRecord {
  kind: 'best' | 'worst';
  /** How many earlier periods it beats (those with a value; 12 when the log is old enough). */
  periods: number;
}

/** One KPI judged against its target or its own median. */
export interface StrengthItem {
  key: KpiKey;
  actual: number;
  /** What it is judged against. */
  basis: 'target' | 'median';
  /** The target, or the median of the earlier periods. */
  reference: number;
  /** With a target: the attainment; with a median: `(actual − median) / |median|` (signed as the values move). */
  measure: number;
  /** How far it is better (> 0) or worse (< 0) than its reference, whatever the direction: attainment − 1, or the measure turned by the direction. */
  score: number;
  /** Best or worst of the earlier periods, or null. */
  record: StrengthRecord | null;
}

/** The KPIs above their reference (strongest first) and below it (weakest first). */
export interface StrengthsRanking {
  strengths: StrengthItem[];
  weaknesses: StrengthItem[];
}

/**
 * Strengths and weaknesses (spec §7): each KPI with a direction and a value is judged by its attainment when it
 * has a target, else against the median of its earlier periods (at least {@link MIN_HISTORY} with a value; the
 * median must not be 0); the further above (below) the reference, the stronger (weaker), whatever the KPI's
 * direction. A KPI is marked `best` (`worst`) when its value is strictly better (worse) than every earlier period
 * with a value (at least {@link MIN_HISTORY} of them), by its direction: the lowest refusal rate is the best.
 * Scores are compared to a millionth (80 % of a target is 80 % whichever way it was divided); ties keep the order of
 * the input (the registry's).
 *
 * @param values The KPIs of one team or rep.
 * @returns Strengths, strongest first; weaknesses, weakest first (a KPI exactly on its reference is neither).
 * @example
 * strengthsOf([
 *   { key: 'revenue', actual: 1200, target: 1000, history: [] },
 *   { key: 'conversion', actual: 0.2, target: null, history: [0.3, 0.25, 0.3] },
 * ]) //=> { strengths: [{ key: 'revenue', score: 0.2, … }], weaknesses: [{ key: 'conversion', score: -0.2, … }] }
 */
export function strengthsOf(values: readonly StrengthInput[]): StrengthsRanking {
  const items: StrengthItem[] = [];
  for (const v of values) {
    const item = judge(v);
    if (item !== null) items.push(item);
  }
  return {
    strengths: items.filter((i) => i.score > 0).sort((a, b) => b.score - a.score),
    weaknesses: items.filter((i) => i.score < 0).sort((a, b) => a.score - b.score),
  };
}

/** One KPI judged, or null when it has no direction, no value or nothing to be judged against. */
function judge(v: StrengthInput): StrengthItem | null {
  const { direction } = kpiDefinition(v.key);
  if (direction === null || v.actual === null || !Number.isFinite(v.actual)) return null;
  const actual = v.actual;
  const history = v.history.filter((h): h is number => h !== null && Number.isFinite(h));
  const record = recordOf(actual, history, direction);
  if (v.target !== null) {
    const a = attainment(actual, v.target, { lowerIsBetter: direction === 'lower' });
    if (a === null) return null;
    return {
      key: v.key,
      actual,
      basis: 'target',
      reference: v.target,
      measure: a,
      score: dropFloatNoise(a - 1),
      record,
    };
  }
  if (history.length < MIN_HISTORY) return null;
  const reference = median(history);
  if (reference === 0) return null;
  const measure = (actual - reference) / Math.abs(reference);
  const score = direction === 'lower' ? -measure : measure;
  return { key: v.key, actual, basis: 'median', reference, measure, score: dropFloatNoise(score), record };
}

/** Best (worst): strictly better (worse) than every earlier value, by direction. */
function recordOf(actual: number, history: readonly number[], direction: Direction): StrengthRecord | null {
  if (history.length < MIN_HISTORY) return null;
  const above = history.every((h) => actual > h);
  const below = history.every((h) => actual < h);
  if (!above && !below) return null;
  const best = direction === 'lower' ? below : above;
  return { kind: best ? 'best' : 'worst', periods: history.length };
}

/**
 * The median of numbers (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2, 10]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
