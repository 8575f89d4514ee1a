import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { type KpiKey, kpiDefinition } from '../kpis';
import { parseNumber } from '../log/parseNumber';
import type { FieldError } from '../sidebar/sidebarProtocol';

/** How a typed target reads: its value (null = no target), or why it cannot be used. */
export type TargetInputReading =
  | { ok: true; value: number | null }
  | { ok: false; code: FieldError['code']; value: string };

/**
 * Rates that cannot exceed 100 % (retention too, since spec v2 bounds it). At least as strict as `readTargets`
 * (which refuses these outside 0…1), so a target the sidebar saves always reads back from the sheet.
 */
export const BOUNDED_RATES: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'conversion',
  'win_rate',
  'refusal_rate',
  'return_rate',
  'retention',
]);

/** Larger than any real plan; a number beyond it is a typo (a pasted phone number, a row of zeros). */
export const MAX_TARGET = 1e13;

/**
 * Reads a target typed into the sidebar, in the KPI's unit.
 *
 * - Money and counts: a number in the spreadsheet's locale (`1 000 000`, `1,000,000.50`, `1 234,5 ₽`); a `%`
 *   is refused (the KPI is no share).
 * - Rates (conversion, ROMI…): the field is in percent, so `25` and `25%` both mean 0.25, and `12,5` in a
 *   Russian spreadsheet means 0.125.
 * - Ranges: at least 0; conversion, win, refusal and return rates and retention at most 100 %; ROMI at least
 *   −100 %.
 * - Blank: no target (null).
 *
 * @param text The field's text.
 * @param kpi The KPI the target is for.
 * @param locale The spreadsheet's locale (decimal separator).
 * @returns The value in the KPI's unit (a fraction for rates), null for blank, or the error code.
 * @example
 * readTargetInput('25', 'conversion', 'en_US') //=> { ok: true, value: 0.25 }
 * readTargetInput('1 000 000', 'revenue', 'ru_RU') //=> { ok: true, value: 1000000 }
 */
export function readTargetInput(text: string, kpi: KpiKey, locale: string): TargetInputReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const unit = kpiDefinition(kpi).unit;
  const percent = trimmed.endsWith('%');
  if (percent && unit !== 'ratio') return { ok: false, code: 'percent_not_allowed', value: trimmed };
  const reading = parseNumber(trimmed, locale);
  if (!reading.ok) return { ok: false, code: reading.reason, value: trimmed };
  if (!Number.isFinite(reading.value)) return { ok: false, code: 'not_a_number', value: trimmed };
  // parseNumber already divides `25%` by 100; a bare `25` in a percent field means the same.
  const value = dropFloatNoise(unit === 'ratio' && !percent ? reading.value / 100 : reading.value);
  if (Math.abs(value) > (unit === 'ratio' ? 1000 : MAX_TARGET)) {
    return { ok: false, code: 'too_large', value: trimmed };
  }
  if (BOUNDED_RATES.has(kpi) && (value < 0 || value > 1)) {
    return { ok: false, code: 'rate_out_of_range', value: trimmed };
  }
  if (kpi === 'romi') {
    if (value < -1) return { ok: false, code: 'romi_out_of_range', value: trimmed };
  } else if (value < 0) {
    return { ok: false, code: 'negative', value: trimmed };
  }
  return { ok: true, value };
}
