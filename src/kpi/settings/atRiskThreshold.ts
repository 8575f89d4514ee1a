import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { parseNumber } from '../log/parseNumber';
import { DEFAULT_AT_RISK } from '../plan/kpiStatus';

// The at-risk threshold, defined once (KPI-SPEC §3): the attainment from which a KPI below its target is "at risk"
// rather than "behind", a fraction of the target above 0 and at most 1 (0.9 by default).
//   - stored settings (`parseReportSettings`) read it leniently: a number in (0, 1], anything else is noted and the
//     default is used;
//   - KPI_STATUS's `at_risk` argument and `kpiStatus` take the same fraction (a text `90%` is 0.9 there);
//   - the sidebar shows it in percent and reads what the user types strictly (`readAtRiskPercent`): 1 to 100, so a
//     typed `0.9` (a fraction where the form asks for percent) is an error rather than a threshold of 0.9 %.

export { DEFAULT_AT_RISK };

/**
 * Whether a value is an at-risk threshold: a number above 0 and at most 1.
 *
 * @example
 * isAtRiskThreshold(0.9) //=> true
 * isAtRiskThreshold(90) //=> false
 */
export function isAtRiskThreshold(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value <= 1;
}

/** The lowest and highest percent the sidebar's form accepts. */
export const AT_RISK_PERCENT = Object.freeze({ min: 1, max: 100 });

/** Why a typed at-risk percent cannot be used. */
export type AtRiskPercentError = 'required' | 'not_a_number' | 'ambiguous_number' | 'at_risk_out_of_range';

/**
 * The at-risk threshold as the sidebar's form reads it: a percent from 1 to 100 in the spreadsheet's locale (a
 * trailing `%` allowed), as a fraction.
 *
 * @param text What the user typed.
 * @param locale The spreadsheet's locale (`87,5` in ru_RU).
 * @returns `{ ok: true, value }` (a fraction in (0, 1]) or `{ ok: false, code }`.
 * @example
 * readAtRiskPercent('85%', 'en_US') //=> { ok: true, value: 0.85 }
 * readAtRiskPercent('0.9', 'en_US') //=> { ok: false, code: 'at_risk_out_of_range' }
 */
export function readAtRiskPercent(
  text: string,
  locale: string,
): { ok: true; value: number } | { ok: false; code: AtRiskPercentError } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  const reading = parseNumber(trimmed.replace(/%$/, ''), locale);
  if (!reading.ok) return { ok: false, code: reading.reason };
  if (reading.value < AT_RISK_PERCENT.min || reading.value > AT_RISK_PERCENT.max) {
    return { ok: false, code: 'at_risk_out_of_range' };
  }
  return { ok: true, value: dropFloatNoise(reading.value / 100) };
}
