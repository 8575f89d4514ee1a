import { decimalSeparatorOf } from '../_lib/decimalSeparatorOf';
import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { KpiUnit } from '../kpis';

/**
 * A target as the sidebar's field shows it, so that `readTargetInput` reads back the same value: rates in
 * percent without the sign (the field shows `%`), amounts and counts with thousands grouped in the locale's way,
 * decimals only where the value has them.
 *
 * @param value The target (a fraction for rates).
 * @param unit The KPI's unit.
 * @param locale The spreadsheet's locale.
 * @returns The text.
 * @example
 * formatTargetInput(0.35, 'ratio', 'en_US') //=> '35'
 * formatTargetInput(1234567.5, 'money', 'ru_RU') //=> '1 234 567,5'
 */
export function formatTargetInput(value: number, unit: KpiUnit, locale: string): string {
  const decimal = decimalSeparatorOf(locale);
  const shown = dropFloatNoise(unit === 'ratio' ? value * 100 : value);
  const [whole, fraction] = String(Math.abs(shown)).split('.');
  if (whole.includes('e')) return String(shown); // beyond 1e21: no grouping to add
  // Rates stay ungrouped: `1000` % is a typo to see, not a number to read.
  const grouped =
    unit === 'ratio' ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, decimal === '.' ? ',' : ' ');
  return `${shown < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}
