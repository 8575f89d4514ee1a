import { type Period, periodLabel } from '../calendar/periods';
import { kpiValues, type TotalsGrid } from '../engine/computeKpis';
import { resolveTarget, type Target } from '../plan/targets';
import type { TrendRow } from './reportModel';

/** How many periods the trend shows, P included. */
export const TREND_PERIODS = 12;

/**
 * The trend: sales volume, orders, average check and conversion of the last 12 periods up to P (oldest first),
 * with the team's sales-volume target of each. It starts no earlier than the first period with data: no empty
 * periods before the log starts (a period inside the log without sales still shows 0).
 *
 * @param table The team's table, covering the 12 periods.
 * @param firstDataIndex Index of the log's first period (its earliest row); null: the full 12 periods.
 * @example
 * trendOf(table, parsePeriodLabel('2026-11')!, targets).map((r) => r.label).at(-1) //=> '2026-11'
 * trendOf(table, parsePeriodLabel('2026-11')!, targets, parsePeriodLabel('2026-10')!.index).length //=> 2
 */
export function trendOf(
  table: TotalsGrid,
  period: Period,
  targets: readonly Target[],
  firstDataIndex: number | null = null,
): TrendRow[] {
  const rows: TrendRow[] = [];
  const first = Math.min(
    period.index,
    Math.max(period.index - TREND_PERIODS + 1, firstDataIndex ?? -Infinity),
  );
  for (let i = first; i <= period.index; i++) {
    const p = { type: period.type, index: i };
    const v = kpiValues(table, i);
    rows.push({
      label: periodLabel(p),
      revenue: v.revenue,
      orders: v.orders,
      averageCheck: v.average_check,
      conversion: v.conversion,
      revenueTarget: resolveTarget(targets, 'revenue', p, null)?.value ?? null,
    });
  }
  return rows;
}
