import { attainment } from '../kpi/plan/attainment';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { flagArg, numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [numberArg('actual'), numberArg('target'), flagArg('lower_is_better', false)] as const;

/**
 * Attainment (Выполнение плана): how much of the target is reached, as a fraction (1 = exactly on target,
 * 0.9 = 90%, 1.2 = 20% better than the target): actual / target, or target / actual when lower is better
 * (costs, CAC, refusal and return rates).
 * Takes single values or whole columns. Blank where actual or target is blank, the target is 0 or less, or the
 * actual below 0 (or 0 when lower is better): no ratio measures those (KPI_STATUS compares them directly).
 * Example: =ATTAINMENT(90, 100) gives 0.9; =ATTAINMENT(5, 4, TRUE) gives 0.8.
 *
 * @param actual The actual value (or its forecast).
 * @param target The target (plan) value.
 * @param lower_is_better Optional: TRUE when a smaller value is better (1 or the text true/истина work too); blank means FALSE.
 * @return The attainment, a fraction (format the cell as %).
 * @customfunction
 */
export function ATTAINMENT(actual: CellInput, target: CellInput, lower_is_better?: CellInput): CellResult {
  return broadcast(new FunctionCall('ATTAINMENT'), ARGS, [actual, target, lower_is_better], ([a, t, lower]) =>
    attainment(a, t, { lowerIsBetter: lower }),
  );
}
