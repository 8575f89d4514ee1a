import type { KpiTable } from '../computeKpis';
import type { Day } from '../day';
import { kpiDefinition } from '../kpis';
import { type Period, periodEnd, periodLabel, previousPeriod, sameLastYear } from '../periods';
import { planRow } from '../plan/planRow';
import type { Target } from '../plan/targets';
import type { Scorecard } from './reportModel';

/**
 * The scorecard of P: `planRow` for the team, with each KPI's unit and direction.
 *
 * @param table The team's table, covering P, P-1 and the same period a year earlier.
 * @example
 * scorecardOf(table, parsePeriodLabel('2026-11')!, asOf, targets, 0.9).rows[0].key //=> 'revenue'
 */
export function scorecardOf(
  table: KpiTable,
  period: Period,
  asOf: Day,
  targets: readonly Target[],
  atRisk: number,
): Scorecard {
  const rows = planRow(table, { period, asOf, targets, atRisk }).map((entry) => {
    const { unit, direction, additive } = kpiDefinition(entry.key);
    return { ...entry, unit, direction, additive };
  });
  return {
    previousLabel: periodLabel(previousPeriod(period)),
    lastYearLabel: periodLabel(sameLastYear(period)),
    running: asOf < periodEnd(period) - 1,
    rows,
  };
}
