import { type Lang, langOf } from '../i18n/lang';
import { reportMessages } from '../i18n/report';
import { currencyOf } from './currencyOf';

/** The Sheets number formats of a report, for one spreadsheet locale. */
export interface ReportNumberFormats {
  /** Amounts: thousands grouped, 2 decimals, the locale's currency where it has one. */
  money: string;
  /** Counts: thousands grouped, whole. */
  count: string;
  /** A count per week (a needed pace below one a day, times 7): whole, with the words `per week`. */
  countPerWeek: string;
  /** Ratios (fractions) as percent. */
  ratio: string;
  /** Durations in days (the sales cycle): whole days, as a count. */
  days: string;
  /** Relative change (a fraction) with its sign. */
  relativeDelta: string;
  /** A change of a ratio in percentage points; the cell holds the points (5 = +5 pp). */
  pointsDelta: string;
  /** Text that must stay text. */
  text: string;
}

/**
 * The number formats of the report for a spreadsheet locale. Sheets reads a format pattern the same way in every
 * locale (`.` is the decimal point and `,` the thousands separator in the pattern) and shows it in the locale's
 * own marks, so `#,##0.00` displays `1 234,56` in a Russian sheet: only the currency and the words differ.
 *
 * - money: the locale's currency (`currencyOf`) where it goes: ru_RU (and plain `ru`) `#,##0.00 "₽"`; en_US
 *   `"$"#,##0.00`; en_GB `"£"#,##0.00`; eurozone locales `#,##0.00 "€"` (`"€"#,##0.00` in English ones);
 *   anything else `#,##0.00`;
 * - counts `#,##0` (a needed pace of a count per week: `#,##0 "per week"`), ratios `0.0%`, relative deltas `+0.0%;-0.0%;0.0%`, point deltas `+0.0 "pp";-0.0 "pp";0.0 "pp"`
 *   (`п.п.` in Russian).
 *
 * @param locale The spreadsheet's locale (`ru_RU`, `en_US`, `de_DE`…).
 * @param lang The report's language (the word for percentage points). @default langOf(locale)
 * @returns The formats.
 * @example
 * reportNumberFormats('ru_RU').money //=> '#,##0.00 "₽"'
 */
export function reportNumberFormats(locale: string, lang: Lang = langOf(locale)): ReportNumberFormats {
  const amount = '#,##0.00';
  const { symbol, position } = currencyOf(locale);
  const money =
    symbol === '' ? amount : position === 'before' ? `"${symbol}"${amount}` : `${amount} "${symbol}"`;
  const pp = reportMessages[lang].pp;
  return {
    money,
    count: '#,##0',
    countPerWeek: `#,##0 "${reportMessages[lang].perWeek}"`,
    ratio: '0.0%',
    days: '#,##0',
    relativeDelta: '+0.0%;-0.0%;0.0%',
    pointsDelta: `+0.0 "${pp}";-0.0 "${pp}";0.0 "${pp}"`,
    text: '@',
  };
}
