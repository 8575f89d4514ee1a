import type { Day } from '../calendar/day';
import { dayFromCivil } from '../calendar/day';
import {
  type Period,
  parsePeriodLabel,
  periodDays,
  periodEnd,
  periodLabel,
  periodStart,
} from '../calendar/periods';
import { KPIS, type KpiKey, type KpiUnit } from '../kpis';
import type { HistoryRow } from './historyRows';

/** The points of a period the block looks at the forecast: a quarter, half and three quarters elapsed. */
export const ACCURACY_POINTS: readonly number[] = Object.freeze([0.25, 0.5, 0.75]);
/** How many closed periods (the latest with history) the mean errors cover. */
export const ACCURACY_PERIODS = 6;

/** One KPI of the "Forecast accuracy" block. */
export interface ForecastAccuracyRow {
  key: KpiKey;
  unit: KpiUnit;
  /** The latest closed period with a forecast of this KPI at one of the points. */
  lastPeriod: string;
  /** The forecasts made at 25, 50 and 75 % of `lastPeriod` (null: no build then). */
  forecasts: (number | null)[];
  /** `lastPeriod`'s final actual (null: unknown). */
  actual: number | null;
  /** Mean absolute percentage error at each point, as a fraction, over the closed periods counted; null: none. */
  mape: (number | null)[];
  /** How many closed periods have a forecast at one point at least and a final actual other than 0. */
  periods: number;
}

/** The report's "Forecast accuracy" block: how close the forecasts made during closed periods came. */
export interface ForecastAccuracy {
  /** Labels of the closed periods looked at (those with history, the latest `ACCURACY_PERIODS`), oldest first. */
  periods: string[];
  /** One row per KPI with a forecast at a point, in registry order; empty without history. */
  rows: ForecastAccuracyRow[];
}

/** A final actual a caller knows better than the history (the log's value now); null = take the history's. */
export type FinalActual = (period: Period, kpi: KpiKey) => number | null;

interface Seen {
  day: Day;
  actual: number | '';
  forecast: number | '';
  target: number | '';
}

/**
 * The "Forecast accuracy" block (issue 14): for each closed period of `period`'s type up to `period` (ended on or
 * before `asOf`), the forecast made at 25, 50 and 75 % of the period — the history row of the latest day at or
 * before that point (day `start + f × days − 1`, so 25 % of a 30-day month is day 7) — against the final actual;
 * per KPI the mean absolute percentage error `mean(|forecast − actual| / |actual|)` over the latest
 * `ACCURACY_PERIODS` closed periods with history (a period whose actual is 0 has no percentage error and is not
 * counted). The final actual is `finalActual(period, kpi)` when it knows it (the log as it is now), else the actual
 * of the last history row made on or after the period's last day. KPIs shown: those with a target in the history
 * of these periods, or, when no KPI has one, the additive KPIs (a run-rate forecast).
 *
 * @param rows The history (`readHistoryRows`); several rows of one day: the later one counts.
 * @param period The report period P: periods after it are not looked at.
 * @param asOf The as-of day: a period is closed when its last day is on or before it.
 * @param finalActual The final actual from the log. @default none: the history's
 * @returns The block; `{ periods: [], rows: [] }` without history of a closed period.
 * @example
 * // forecasts of 90 (day 7), 120 (day 15), 100 (day 22) for 2026-11, whose final actual is 100
 * forecastAccuracyOf(rows, parsePeriodLabel('2026-12')!, dayFromCivil(2026, 12, 5)).rows[0].mape //=> [0.1, 0.2, 0]
 */
export function forecastAccuracyOf(
  rows: readonly HistoryRow[],
  period: Period,
  asOf: Day,
  finalActual?: FinalActual,
): ForecastAccuracy {
  // period label → KPI → what each build saw, in day order
  const byPeriod = new Map<number, { period: Period; kpis: Map<KpiKey, Seen[]> }>();
  for (const [asOfText, label, kpi, actual, forecast, target] of rows) {
    const p = parsePeriodLabel(label);
    if (p === null || p.type !== period.type || p.index > period.index || periodEnd(p) - 1 > asOf) continue;
    const day = dayOfIso(asOfText);
    if (day === null) continue;
    let entry = byPeriod.get(p.index);
    if (entry === undefined) {
      entry = { period: p, kpis: new Map() };
      byPeriod.set(p.index, entry);
    }
    const seen = entry.kpis.get(kpi) ?? [];
    seen.push({ day, actual, forecast, target });
    entry.kpis.set(kpi, seen);
  }
  const closed = [...byPeriod.values()]
    .sort((a, b) => a.period.index - b.period.index)
    .slice(-ACCURACY_PERIODS);
  for (const entry of closed) for (const seen of entry.kpis.values()) seen.sort((a, b) => a.day - b.day);

  const withTarget = new Set<KpiKey>();
  for (const entry of closed)
    for (const [kpi, seen] of entry.kpis) if (seen.some((s) => s.target !== '')) withTarget.add(kpi);
  const shown = KPIS.filter((k) => (withTarget.size > 0 ? withTarget.has(k.key) : k.additive));

  const result: ForecastAccuracyRow[] = [];
  for (const definition of shown) {
    const errors = ACCURACY_POINTS.map(() => [] as number[]);
    let periods = 0;
    let last: Pick<ForecastAccuracyRow, 'lastPeriod' | 'forecasts' | 'actual'> | null = null;
    for (const entry of closed) {
      const seen = entry.kpis.get(definition.key);
      if (seen === undefined) continue;
      const forecasts = ACCURACY_POINTS.map((f) => forecastAt(seen, entry.period, f));
      if (forecasts.every((f) => f === null)) continue;
      const actual = finalActual?.(entry.period, definition.key) ?? finalOf(seen, entry.period);
      last = { lastPeriod: periodLabel(entry.period), forecasts, actual };
      if (actual === null || actual === 0) continue;
      periods += 1;
      forecasts.forEach((f, i) => {
        if (f !== null) errors[i].push(Math.abs(f - actual) / Math.abs(actual));
      });
    }
    if (last === null) continue;
    result.push({
      key: definition.key,
      unit: definition.unit,
      ...last,
      mape: errors.map((e) => (e.length === 0 ? null : e.reduce((a, b) => a + b, 0) / e.length)),
      periods,
    });
  }
  return { periods: closed.map((entry) => periodLabel(entry.period)), rows: result };
}

/** The forecast of the latest build on or before day `start + fraction × days − 1` of the period; null: none. */
function forecastAt(seen: readonly Seen[], period: Period, fraction: number): number | null {
  const start = periodStart(period);
  const limit = Math.floor(start - 1 + fraction * periodDays(period) + 1e-9);
  let found: number | null = null;
  for (const s of seen) {
    if (s.day > limit) break;
    if (s.day >= start && s.forecast !== '') found = s.forecast;
  }
  return found;
}

/** The actual of the last build made on or after the period's last day; null: none. */
function finalOf(seen: readonly Seen[], period: Period): number | null {
  let found: number | null = null;
  for (const s of seen) if (s.day >= periodEnd(period) - 1 && s.actual !== '') found = s.actual;
  return found;
}

function dayOfIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dayFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
