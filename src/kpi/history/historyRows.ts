import { type Day, dayFromCivil, formatDay, isValidCivil } from '../calendar/day';
import { createDayOfDate } from '../calendar/dayOfDate';
import { parsePeriodLabel, periodLabel } from '../calendar/periods';
import { defineMessages } from '../i18n/defineMessages';
import { isKpiKey, type KpiKey } from '../kpis';
import type { ReportModel } from '../report/reportModel';

/**
 * One row of the forecast history sheet («История KPI» / "KPI History"): what a build saw for one KPI.
 * `''` is a blank cell (no actual, no forecast, no target).
 */
export type HistoryRow = [
  asOf: string,
  period: string,
  kpi: KpiKey,
  actual: number | '',
  forecast: number | '',
  target: number | '',
];

/** The header row of the history sheet, in each language (the columns of `HistoryRow`). */
export const HISTORY_HEADER = defineMessages<readonly string[]>({
  en: ['As of', 'Period', 'KPI', 'Actual', 'Forecast', 'Target'],
  ru: ['На дату', 'Период', 'KPI', 'Факт', 'Прогноз', 'План'],
});

/**
 * The history rows of one build: one per scorecard KPI that has an actual or a forecast, in registry order, dated
 * with the model's as-of day and labelled with its period. The caller appends them to the history sheet (after
 * `newHistoryRows` drops those it already holds).
 *
 * @param model From `buildReportModel`.
 * @returns The rows; as-of and period are text (`2026-11-20`, `2026-11`), write them as text cells.
 * @example
 * historyRowsOf(model)[0] //=> ['2026-11-20', '2026-11', 'revenue', 300000, 900000, 1000000]
 */
export function historyRowsOf(model: ReportModel): HistoryRow[] {
  const asOf = formatDay(model.header.asOf);
  const period = model.header.periodLabel;
  const rows: HistoryRow[] = [];
  for (const row of model.scorecard.rows) {
    if (row.actual === null && row.forecast === null) continue;
    rows.push([asOf, period, row.key, blank(row.actual), blank(row.forecast), blank(row.target)]);
  }
  return rows;
}

/**
 * The rows of a build the history does not hold yet: a row equal to one already there (same as-of day, period,
 * KPI and figures) is dropped, so building twice on a day with the same data appends nothing; a build on the same
 * day with new figures is appended (the later row wins when reading).
 *
 * @param existing The history's rows (`readHistoryRows`).
 * @param fresh The rows of this build (`historyRowsOf`).
 * @returns The rows to append, in their order.
 * @example
 * newHistoryRows([['2026-11-20', '2026-11', 'orders', 5, 15, 20]], [['2026-11-20', '2026-11', 'orders', 5, 15, 20]]) //=> []
 */
export function newHistoryRows(existing: readonly HistoryRow[], fresh: readonly HistoryRow[]): HistoryRow[] {
  const held = new Set(existing.map((row) => JSON.stringify(row)));
  return fresh.filter((row) => !held.has(JSON.stringify(row)));
}

/**
 * Reads the history sheet's values leniently: a header row, blank rows and rows without a readable as-of day,
 * period label or KPI key are skipped; a figure that is not a finite number is blank. Sheets may have turned the
 * as-of text into a date (read in `timeZone`, UTC by default) and a year label into a number.
 *
 * @param values `getValues()` of the sheet (header included or not).
 * @param timeZone The spreadsheet's zone, for date cells. @default 'UTC'
 * @returns The rows, in sheet order.
 * @example
 * readHistoryRows([['As of', 'Period', 'KPI', 'Actual', 'Forecast', 'Target'], ['2026-11-20', '2026-11', 'orders', 5, 15, '']])
 * //=> [['2026-11-20', '2026-11', 'orders', 5, 15, '']]
 */
export function readHistoryRows(values: readonly (readonly unknown[])[], timeZone = 'UTC'): HistoryRow[] {
  let dayOf: ((date: Date) => Day | null) | null = null;
  const rows: HistoryRow[] = [];
  for (const cells of values) {
    if (!Array.isArray(cells)) continue;
    const [asOfCell, periodCell, kpiCell, actual, forecast, target] = cells;
    let asOf: Day | null = null;
    if (asOfCell instanceof Date) {
      dayOf ??= createDayOfDate(timeZone);
      asOf = dayOf(asOfCell);
    } else if (typeof asOfCell === 'string') asOf = dayOfText(asOfCell);
    if (asOf === null) continue;
    const period = parsePeriodLabel(String(periodCell ?? ''));
    const kpi = String(kpiCell ?? '').trim();
    if (period === null || !isKpiKey(kpi)) continue;
    rows.push([formatDay(asOf), periodLabel(period), kpi, figure(actual), figure(forecast), figure(target)]);
  }
  return rows;
}

function blank(value: number | null): number | '' {
  return value === null || !Number.isFinite(value) ? '' : value;
}

function figure(cell: unknown): number | '' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'string' && /^\s*-?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i.test(cell)) return Number(cell);
  return '';
}

function dayOfText(text: string): Day | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}
