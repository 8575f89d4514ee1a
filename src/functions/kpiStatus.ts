import { statusLabel } from '../kpi/i18n/status';
import { DEFAULT_AT_RISK, kpiStatus } from '../kpi/plan/kpiStatus';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { flagArg, fractionArg, numberArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [
  numberArg('actual'),
  numberArg('target'),
  flagArg('lower_is_better', false),
  fractionArg('at_risk', DEFAULT_AT_RISK),
] as const;

/**
 * KPI status (Статус KPI) against the target, in the spreadsheet's language: "✓ On track" when attainment
 * (see ATTAINMENT) is 1 or more, "⚠ At risk" when it is at least at_risk (0.9 by default), else "✗ Behind".
 * When attainment is blank (a target of 0 or less, e.g. a loss-making ROMI target of -20%; an actual below 0, or 0
 * when lower is better), the actual is compared with the target directly: met or beaten is on track, else behind.
 * Takes single values or whole columns. Blank where actual or target is blank.
 * Example: =KPI_STATUS(95, 100) gives "⚠ At risk"; =KPI_STATUS(0, 3, TRUE) gives "✓ On track".
 *
 * @param actual The actual value (or its forecast).
 * @param target The target (plan) value.
 * @param lower_is_better Optional: TRUE when a smaller value is better (1 or the text true/истина work too); blank means FALSE.
 * @param at_risk Optional: the attainment from which a KPI below target is at risk, not behind; above 0 and at most 1, e.g. 90%. Blank means 0.9.
 * @return "✓ On track", "⚠ At risk" or "✗ Behind".
 * @customfunction
 */
export function KPI_STATUS(
  actual: CellInput,
  target: CellInput,
  lower_is_better?: CellInput,
  at_risk?: CellInput,
): CellResult {
  const call = new FunctionCall('KPI_STATUS');
  return broadcast(call, ARGS, [actual, target, lower_is_better, at_risk], ([a, t, lower, atRisk]) =>
    statusLabel(kpiStatus(a, t, { lowerIsBetter: lower, atRisk }), call.lang),
  );
}
