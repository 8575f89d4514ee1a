import { conversionRate } from '../kpi/formulas/conversionRate';
import { broadcast } from './_lib/broadcast';
import type { CellInput, CellResult } from './_lib/cells';
import { countArg } from './_lib/coerceArg';
import { FunctionCall } from './_lib/FunctionCall';

const ARGS = [countArg('conversions'), countArg('opportunities')] as const;

/**
 * Conversion (Конверсия): the share of opportunities that turned into sales, as a fraction (0.25 = 25%).
 * Takes single values or whole columns: =CONVERSION(B2:B13, C2:C13) fills 12 rows at once.
 * Blank where a value is blank or there are no opportunities.
 * Example: =CONVERSION(25, 100) gives 0.25.
 *
 * @param conversions Opportunities that converted: won deals, orders, sales. A count, 0 or more.
 * @param opportunities All opportunities: deals, leads, visits. A count, 0 or more.
 * @return conversions / opportunities, a fraction (format the cell as %).
 * @customfunction
 */
export function CONVERSION(conversions: CellInput, opportunities: CellInput): CellResult {
  return broadcast(new FunctionCall('CONVERSION'), ARGS, [conversions, opportunities], ([c, o]) =>
    conversionRate(c, o),
  );
}
