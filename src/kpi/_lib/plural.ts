import type { Lang } from '../i18n/lang';
import { conventionsOf } from '../i18n/locales';

/**
 * The word form for a count: English `[one, other]`, Russian `[one, few, many]` (1 строка, 3 строки, 5 строк,
 * 11 строк, 21 строка); the rule is the language's `pluralIndex` (`src/kpi/i18n/locales/`).
 *
 * @param lang The language.
 * @param n The count.
 * @param forms English `[one, other]` or Russian `[one, few, many]`; English uses the first two.
 * @returns The form to write after `n`.
 * @example
 * plural('ru', 22, ['строка', 'строки', 'строк']) //=> 'строки'
 */
export function plural(lang: Lang, n: number, forms: readonly [string, string, string?]): string {
  const index = conventionsOf(lang).pluralIndex(n);
  return index === 2 ? (forms[2] ?? forms[1]) : forms[index];
}
