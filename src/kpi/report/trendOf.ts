import { type KpiTable, kpiValues } from '../computeKpis';
import { type Period, periodLabel } from '../periods';
import { resolveTarget, type Target } from '../plan/targets';
import type { TrendRow } from './reportModel';

/** How many periods the trend shows, P included. */
export const TREND_PERIODS = 12;

/**
 * The trend: sales volume, orders, average check and conversion of the last 12 periods up to P (oldest first),
 * with the team's sales-volume target of each.
 *
 * @param table The team's table, covering the 12 periods.
 * @example
 * trendOf(table, parsePeriodLabel('2026-11')!, targets).map((r) => r.label).at(-1) //=> '2026-11'
 */
export function trendOf(table: KpiTable, period: Period, targets: readonly Target[]): TrendRow[] {
  const rows: TrendRow[] = [];
  for (let i = period.index - TREND_PERIODS + 1; i <= period.index; i++) {
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
