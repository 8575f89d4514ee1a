import type { Lang } from '../lang';
import type { LocaleConventions } from './conventions';
import { en } from './en';
import { ru } from './ru';

export type { LocaleConventions } from './conventions';

const BY_LANG: Readonly<Record<Lang, LocaleConventions>> = Object.freeze({ en, ru });

// The conventions of a spreadsheet locale's own language code (`de_DE` has none here: see `moneyPositionOf`).
const BY_LANGUAGE_CODE: ReadonlyMap<string, LocaleConventions> = new Map(Object.entries(BY_LANG));

/**
 * The conventions of a language: quotes, plurals, money position, day and quarter names, list joining.
 *
 * @param lang The language of the texts.
 * @returns Its conventions (`locales/en.ts`, `locales/ru.ts`).
 * @example
 * conventionsOf('ru').quotes //=> ['«', '»']
 */
export function conventionsOf(lang: Lang): LocaleConventions {
  return BY_LANG[lang];
}

/**
 * A name or value in the language's quotes.
 *
 * @example
 * quoted('ru', 'Продажи') //=> '«Продажи»'
 * quoted('en', 'Sales') //=> '“Sales”'
 */
export function quoted(lang: Lang, text: string): string {
  const [open, close] = BY_LANG[lang].quotes;
  return `${open}${text}${close}`;
}

/**
 * Alternatives as a sentence lists them: `a, b or c`.
 *
 * @example
 * joinOr('ru', ['a', 'b', 'c']) //=> 'a, b или c'
 */
export function joinOr(lang: Lang, items: readonly string[]): string {
  const { listSeparator, or } = BY_LANG[lang];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(listSeparator)} ${or} ${items[items.length - 1]}`;
}

/**
 * The language code and region of a Sheets locale: `en_US` → `{ language: 'en', region: 'US' }`; `ru` →
 * `{ language: 'ru', region: '' }`. A dash separates as an underscore does; case does not matter.
 *
 * @example
 * localeParts('pt-br') //=> { language: 'pt', region: 'BR', parts: 2 }
 */
export function localeParts(locale: string): { language: string; region: string; parts: number } {
  const parts = locale.trim().replace('-', '_').split('_');
  return {
    language: (parts[0] ?? '').toLowerCase(),
    region: (parts[1] ?? '').toUpperCase(),
    parts: parts.length,
  };
}

/**
 * Where a spreadsheet locale writes its currency symbol: by its own language code (`en_GB` before, `ru_RU` after),
 * not by the language of the texts; languages without a file here (`de`, `fr`, `es`…) write it after the amount.
 *
 * @example
 * moneyPositionOf('en_IE') //=> 'before'
 * moneyPositionOf('de_DE') //=> 'after'
 */
export function moneyPositionOf(locale: string): 'before' | 'after' {
  return BY_LANGUAGE_CODE.get(localeParts(locale).language)?.money ?? 'after';
}

/**
 * Whether a spreadsheet locale reads `11/05/2026` month first (only `en_US`); every other reads the day first.
 *
 * @example
 * readsMonthFirst('en_US') //=> true
 * readsMonthFirst('en_GB') //=> false
 */
export function readsMonthFirst(locale: string): boolean {
  const { language, region, parts } = localeParts(locale);
  return parts === 2 && (BY_LANGUAGE_CODE.get(language)?.monthFirstRegions.includes(region) ?? false);
}

/**
 * The country of a Sheets locale. A bare language code means its language's own Sheets locale (`en` is `en_US`, as
 * Sheets treats it; `ru` is `ru_RU`); a bare code without a file here (`de`) names no country.
 *
 * @example
 * regionOf('es-mx') //=> 'MX'
 * regionOf('en') //=> 'US'
 * regionOf('de') //=> ''
 */
export function regionOf(locale: string): string {
  const { language, region, parts } = localeParts(locale);
  if (parts > 1) return region;
  const own = BY_LANGUAGE_CODE.get(language)?.sheetsLocale;
  return own === undefined ? '' : localeParts(own).region;
}
