import { runRate } from '../kpi/plan/runRate';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg, numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('actual'), countArg('elapsed_days'), countArg('total_days')] as const;

/**
 * Run rate (Прогноз по темпу): the forecast for the whole period if the pace so far goes on:
 * actual × total_days / elapsed_days. Once the period is over (elapsed_days ≥ total_days) it is the actual.
 * Takes single values or whole columns. Blank where a value is blank or no day has elapsed (elapsed_days 0).
 * Example: =RUN_RATE(300000, 10, 30) gives 900000.
 *
 * @param actual The value so far this period (revenue, orders…).
 * @param elapsed_days Days of the period elapsed so far, today included. 0 or more.
 * @param total_days Days in the whole period (30 for November). 0 or more.
 * @return The forecast for the period, in the unit of actual.
 * @customfunction
 */
export function RUN_RATE(actual: CellInput, elapsed_days: CellInput, total_days: CellInput): CellResult {
  return broadcast(
    new FunctionCall('RUN_RATE'),
    ARGS,
    [actual, elapsed_days, total_days],
    ([a, elapsed, total]) => runRate(a, elapsed, total),
  );
}
