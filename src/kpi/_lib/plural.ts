import type { Lang } from '../i18n/lang';

/**
 * The word form for a count: English `[one, other]`, Russian `[one, few, many]` (1 строка, 3 строки, 5 строк,
 * 11 строк, 21 строка).
 *
 * @param lang The language.
 * @param n The count.
 * @param forms English `[one, other]` or Russian `[one, few, many]`; English uses the first two.
 * @returns The form to write after `n`.
 * @example
 * plural('ru', 22, ['строка', 'строки', 'строк']) //=> 'строки'
 */
export function plural(lang: Lang, n: number, forms: readonly [string, string, string?]): string {
  if (lang === 'en') return n === 1 ? forms[0] : forms[1];
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2] ?? forms[1];
}
