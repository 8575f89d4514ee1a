import type { Day } from '../calendar/day';
import { type Period, periodEnd, periodLabel, previousPeriod, sameLastYear } from '../calendar/periods';
import type { TotalsGrid } from '../engine/computeKpis';
import { kpiDefinition, missingNeeds } from '../kpis';
import { type PipelineBlock, teamForecasts } from '../plan/pipelineForecast';
import { planRow } from '../plan/planRow';
import type { Target } from '../plan/targets';
import type { NotInLog, Scorecard, ScorecardRow } from './reportModel';

/**
 * The scorecard of P: `planRow` for the team, with each KPI's unit and direction. KPIs the log cannot give (no
 * quantity column, no spend table…) are left out and listed in `notInLog`, grouped by what is missing, rather
 * than shown as blank rows.
 *
 * @param table The team's table, covering P, P-1 and the same period a year earlier, cut at the as-of day.
 * @param uncut The same table without the cut-off (every row), for `deals`' forecast; null = the actual.
 * @param pipeline The pipeline block (`pipelineBlockOf`): when it `uses` the pipeline, sales volume's forecast,
 *   attainment, status and deltas judge the pipeline forecast instead of the run rate; null = the run rate.
 * @example
 * scorecardOf(table, parsePeriodLabel('2026-11')!, asOf, targets, 0.9).rows[0].key //=> 'revenue'
 */
export function scorecardOf(
  table: TotalsGrid,
  period: Period,
  asOf: Day,
  targets: readonly Target[],
  atRisk: number,
  uncut: TotalsGrid | null = null,
  pipeline: PipelineBlock | null = null,
): Scorecard {
  const rows: ScorecardRow[] = [];
  const notInLog: NotInLog[] = [];
  const forecasts = teamForecasts(pipeline);
  for (const entry of planRow(table, { period, asOf, targets, atRisk, uncut, forecasts })) {
    const definition = kpiDefinition(entry.key);
    const missing = missingNeeds(definition, table.inputs);
    if (missing.length === 0) {
      const { unit, direction, additive } = definition;
      // Nothing to show (no orders for an average check…) says "No data" rather than "No target".
      const empty = entry.actual === null && entry.forecast === null && direction !== null;
      const status = empty && entry.status === 'no_target' ? 'no_data' : entry.status;
      rows.push({ ...entry, status, unit, direction, additive });
      continue;
    }
    const same = notInLog.find((group) => group.missing.join() === missing.join());
    if (same === undefined) notInLog.push({ keys: [entry.key], missing });
    else same.keys.push(entry.key);
  }
  return {
    previousLabel: periodLabel(previousPeriod(period)),
    lastYearLabel: periodLabel(sameLastYear(period)),
    running: asOf < periodEnd(period) - 1,
    rows,
    notInLog,
  };
}
