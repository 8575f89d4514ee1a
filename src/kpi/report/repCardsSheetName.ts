import { normalizeKey } from '../_lib/normalizeKey';
import type { Lang } from '../i18n/lang';
import { repCardsMessages } from '../i18n/repCards';

const LANGS: readonly Lang[] = ['en', 'ru'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stem = (lang: Lang) => escapeRegExp(normalizeKey(repCardsMessages[lang].sheetName));

/**
 * Whether a name is the rep cards sheet's, in either language, or a numbered one that gave way to a user's sheet.
 *
 * @example
 * isRepCardsName('Rep cards (2)') //=> true
 */
export function isRepCardsName(name: string): boolean {
  const key = normalizeKey(name);
  return LANGS.some((lang) => new RegExp(`^${stem(lang)}( \\(\\d+\\))?$`).test(key));
}

/**
 * Whether a name is one the cards get while they are being built (`Rep cards (new)`, «Карточки менеджеров (новые 2)»).
 *
 * @example
 * isRepCardsBuildingName('Rep cards (new 2)') //=> true
 */
export function isRepCardsBuildingName(name: string): boolean {
  const key = normalizeKey(name);
  return LANGS.some((lang) =>
    new RegExp(`^${stem(lang)} \\(${escapeRegExp(repCardsMessages[lang].building)}( \\d+)?\\)$`).test(key),
  );
}

/**
 * The first name of `Rep cards`, `Rep cards (2)`… (or the building `Rep cards (new)`, `(new 2)`…) not in `taken`.
 *
 * @example
 * freeRepCardsName('en', ['Rep cards']) //=> 'Rep cards (2)'
 * freeRepCardsName('en', ['Rep cards'], true) //=> 'Rep cards (new)'
 */
export function freeRepCardsName(lang: Lang, taken: readonly string[], building = false): string {
  const keys = new Set(taken.map(normalizeKey));
  const { sheetName, building: word } = repCardsMessages[lang];
  for (let n = 1; ; n++) {
    const name = building
      ? `${sheetName} (${word}${n === 1 ? '' : ` ${n}`})`
      : n === 1
        ? sheetName
        : `${sheetName} (${n})`;
    if (!keys.has(normalizeKey(name))) return name;
  }
}
