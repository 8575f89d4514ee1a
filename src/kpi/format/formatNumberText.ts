import { decimalSeparatorOf } from '../_lib/decimalSeparatorOf';
import { civilFromDay, type Day } from '../calendar/day';
import type { Lang } from '../i18n/lang';
import { conventionsOf } from '../i18n/locales';
import type { KpiUnit } from '../kpis';

/**
 * A number as a sentence shows it, in the spreadsheet's locale: money with two decimals, counts whole, ratios as
 * percent; thousands grouped (`,` in point-decimal locales, a no-break space otherwise). Written by hand rather
 * than with `Intl.NumberFormat`, whose locale data Apps Script does not promise.
 *
 * @param value The number.
 * @param unit How to show it.
 * @param locale The spreadsheet locale.
 * @example
 * formatNumberText(1234567.5, 'money', 'ru_RU') //=> '1 234 567,50'
 * formatNumberText(0.255, 'ratio', 'en_US') //=> '25.5%'
 */
export function formatNumberText(value: number, unit: KpiUnit, locale: string): string {
  const decimal = decimalSeparatorOf(locale);
  const group = decimal === '.' ? ',' : '\u00a0';
  const digits = unit === 'money' ? 2 : unit === 'ratio' ? 1 : 0;
  const scaled = unit === 'ratio' ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  const text = `${sign}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
  return unit === 'ratio' ? `${text}%` : text;
}

/**
 * A day as a report header shows it: ISO `2026-11-25` in English, `25.11.2026` in Russian.
 *
 * @example
 * formatDayText(20782, 'ru') //=> '25.11.2026'
 */
export function formatDayText(day: Day, lang: Lang): string {
  const { year, month, day: d } = civilFromDay(day);
  return conventionsOf(lang).dayText(year, month, d);
}
