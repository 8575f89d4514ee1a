import { normalizeKey } from './normalizeKey';

// `Дата:` and `Amount :` are the same headers as `Дата` and `Amount`.
const TRAILING_COLON = /\s*:$/;

/**
 * The comparison key of a header cell: `normalizeKey` without a trailing `:`.
 *
 * @param text The header text.
 * @returns The key used to match headers against synonyms and `group_by` texts.
 * @example
 * normalizeHeader(' Дата  закрытия: ') //=> 'дата закрытия'
 */
export function normalizeHeader(text: string): string {
  return normalizeKey(text).replace(TRAILING_COLON, '');
}
