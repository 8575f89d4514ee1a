import { normalizeHeader } from './normalizeHeader';

/** Header texts that name one field, per language (for display); matching ignores the language. */
export interface HeaderSynonyms {
  readonly en: readonly string[];
  readonly ru: readonly string[];
}

/**
 * A synonym list written as text: the spec's synonyms, then the extras, each `|`-separated.
 *
 * @example
 * synonymList('Date | Closed', 'Sale Date') //=> ['Date', 'Closed', 'Sale Date']
 */
export function synonymList(spec: string, extras: string): readonly string[] {
  return [...spec.split('|'), ...extras.split('|')].map((text) => text.trim()).filter((text) => text !== '');
}

/**
 * Makes the matcher of a header row against a synonym table: each field gets the leftmost column whose header
 * (see `normalizeHeader`) is one of its synonyms, skipping the columns in `taken`.
 *
 * @param synonyms Field → synonyms. A synonym listed under two fields is a programmer error and throws here.
 * @returns `(headers, taken) => mapping` with the fields that were found.
 * @example
 * const match = createHeaderMatcher({ spend: { en: ['Cost'], ru: ['Расход'] } });
 * match(['Дата', 'расход:'], new Set()) //=> { spend: 1 }
 */
export function createHeaderMatcher<K extends string>(
  synonyms: Readonly<Record<K, HeaderSynonyms>>,
): (headers: readonly string[], taken: ReadonlySet<number>) => Partial<Record<K, number>> {
  const fieldOf = new Map<string, K>();
  for (const field of Object.keys(synonyms) as K[]) {
    for (const text of [...synonyms[field].en, ...synonyms[field].ru]) {
      const key = normalizeHeader(text);
      const other = fieldOf.get(key);
      if (other !== undefined && other !== field) {
        throw new Error(
          `Header synonym "${text}" is listed under both "${other}" and "${field}"; keep it in one.`,
        );
      }
      fieldOf.set(key, field);
    }
  }
  return (headers, taken) => {
    const found: Partial<Record<K, number>> = {};
    for (let i = 0; i < headers.length; i++) {
      if (taken.has(i)) continue;
      const field = fieldOf.get(normalizeHeader(headers[i]));
      if (field !== undefined && found[field] === undefined) found[field] = i; // the leftmost wins
    }
    return found;
  };
}
