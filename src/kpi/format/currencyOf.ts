import { localeParts, moneyPositionOf } from '../i18n/locales';

// Eurozone countries: their locales show amounts in euro.
const EURO_COUNTRIES = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));

// Locales (language, or language_REGION) with a currency of their own.
const CURRENCY_OF_LOCALE: ReadonlyMap<string, string> = new Map([
  ['ru', '₽'],
  ['ru_RU', '₽'],
  ['en_US', '$'],
  ['en_GB', '£'],
]);

/** A spreadsheet locale's currency: its symbol (`''` for none known) and where it goes. */
export interface Currency {
  symbol: string;
  position: 'before' | 'after';
}

/**
 * The currency a spreadsheet locale shows amounts in: `₽` for `ru_RU` (and plain `ru`), `$` for `en_US`, `£` for
 * `en_GB`, `€` for eurozone locales, none for the rest; placed as the locale's language writes it
 * (`moneyPositionOf`: before in English, after elsewhere).
 *
 * @param locale The spreadsheet's locale (`ru_RU`, `en_US`, `de_DE`…).
 * @returns The symbol and its position.
 * @example
 * currencyOf('ru_RU') //=> { symbol: '₽', position: 'after' }
 * currencyOf('en_IE') //=> { symbol: '€', position: 'before' }
 */
export function currencyOf(locale: string): Currency {
  const { language, region } = localeParts(locale);
  const symbol =
    CURRENCY_OF_LOCALE.get(region === '' ? language : `${language}_${region}`) ??
    (EURO_COUNTRIES.has(region) ? '€' : '');
  return { symbol, position: moneyPositionOf(locale) };
}

/**
 * An amount's text with a currency symbol where the locale writes it: `$1,200.00`, `1 200,00 ₽`.
 *
 * @param text The amount as text (`formatNumberText`).
 * @param symbol The symbol (`''` = none: the text as it is).
 * @param locale The spreadsheet's locale.
 * @example
 * withCurrency('1 200,00', '₽', 'ru_RU') //=> '1 200,00 ₽'
 */
export function withCurrency(text: string, symbol: string, locale: string): string {
  if (symbol === '') return text;
  return moneyPositionOf(locale) === 'before' ? `${symbol}${text}` : `${text} ${symbol}`;
}
