/** The languages every user-visible text exists in. */
export type Lang = 'en' | 'ru';

/**
 * The language for a Sheets locale: Russian for `ru` locales, English for every other one.
 *
 * @param locale A Sheets locale such as `ru_RU`, `en_US` or `ru` (empty or unknown → English).
 * @returns The language of the texts to show.
 * @example
 * langOf('ru_RU') //=> 'ru'
 */
export function langOf(locale: string | null | undefined): Lang {
  return /^ru(?:[_-]|$)/i.test((locale ?? '').trim()) ? 'ru' : 'en';
}

/**
 * Whether a text (a `--lang` argument, a stored setting) names one of the languages of the texts.
 *
 * @example
 * isLang('ru') //=> true
 * isLang('de') //=> false
 */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}
