import { normalizeKey } from './normalizeKey';

// `Дата:`, `Amount :` and `Amount*` (a required-field mark of import templates) are `Дата` and `Amount`.
const TRAILING_MARK = /\s*[:*]+$/;
// Database and API dumps join words with `_` (`order_date`, `created_at`, `utm_source`).
const UNDERSCORES = /_+/g;
// An object prefix, as Pipedrive writes every column (`Deal - Value`, `Organization – Name`, `Сделка - Этап`):
// one to three words, then a dash with a space on each side. A dash inside a word (`E-mail`, `Кол-во`) is no prefix.
const OBJECT_PREFIX = /^[\p{L}]+(?: [\p{L}]+){0,2} [-–—] (?=\S)/u;
// A trailing unit or format note: `Amount (USD)`, `Date closed (MM/DD/YYYY)`, `Сумма [₽]`, `Сумма, руб.`,
// `Amount, $`, `Amount USD`, `Сумма ₽`. A comma note is short (a unit, not a second header).
const UNIT_NOTE =
  /(?:\s*\([^()]*\)|\s*\[[^[\]]*\]|\s*,\s*[^,]{1,15}|\s+(?:usd|eur|rub|gbp|руб\.?|р\.|[$€₽£]))$/u;

/**
 * The light comparison key of a header cell: `normalizeKey` (trimmed, case-insensitive, inner whitespace collapsed,
 * `ё` = `е`) with `_` read as a space and without a trailing `:` or `*`. Two headers with one light key are the
 * same text as a user sees it.
 *
 * @param text The header text.
 * @returns The light key.
 * @example
 * headerKey(' Дата  закрытия: ') //=> 'дата закрытия'
 * headerKey('order_date') //=> 'order date'
 */
export function headerKey(text: string): string {
  return normalizeKey(text.replace(UNDERSCORES, ' ')).replace(TRAILING_MARK, '');
}

/**
 * The comparison key of a header cell as spec §1.1 (v2) defines it: `headerKey`, then an object prefix dropped
 * (`Deal - `, `Person – `, `Сделка - `) and a trailing unit or format note dropped (`Amount (USD)`,
 * `Сумма, руб.`, `Date closed (MM/DD/YYYY)`, `Сумма (₽)`). A header that would be empty without them keeps them.
 *
 * @param text The header text.
 * @returns The key used to match headers against synonyms, `group_by` texts and the user's column choices.
 * @example
 * normalizeHeader(' Дата  закрытия: ') //=> 'дата закрытия'
 * normalizeHeader('Deal - Value (USD)') //=> 'value'
 * normalizeHeader('Сумма, руб.') //=> 'сумма'
 */
export function normalizeHeader(text: string): string {
  return withoutUnitNote(withoutPrefix(headerKey(text)));
}

/**
 * The keys a header is matched by, most exact first: its light key (`headerKey`), then without the object prefix,
 * without the unit note, and without both (each once). Matching tries them in this order, so a header that is a
 * synonym as written (`Associated Company (Primary)`, `Organization - Name`) is never cut, and a cut header only
 * ever adds a match.
 *
 * @param text The header text.
 * @returns One to four distinct keys.
 * @example
 * headerKeys('Deal - Value (USD)') //=> ['deal - value (usd)', 'value (usd)', 'deal - value', 'value']
 */
export function headerKeys(text: string): string[] {
  const light = headerKey(text);
  const keys = [light];
  const noPrefix = withoutPrefix(light);
  for (const key of [noPrefix, withoutUnitNote(light), withoutUnitNote(noPrefix)]) {
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function withoutPrefix(key: string): string {
  return key.replace(OBJECT_PREFIX, '');
}

function withoutUnitNote(key: string): string {
  const cut = key.replace(UNIT_NOTE, '');
  return cut === '' ? key : cut;
}
