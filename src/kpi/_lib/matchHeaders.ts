import { headerKey, headerKeys } from './normalizeHeader';

/**
 * Header texts that name one field, per language (for display); matching ignores the language. `en` and `ru` are
 * the primary synonyms; `fallback` ones (a pipeline stage beside a status, an e-mail beside a customer name) are
 * taken only when no column has a primary synonym of the field.
 */
export interface HeaderSynonyms {
  readonly en: readonly string[];
  readonly ru: readonly string[];
  readonly fallback?: { readonly en: readonly string[]; readonly ru: readonly string[] };
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
 * Every synonym of one field in one language, primary ones first, then the fallback ones.
 *
 * @example
 * synonymsIn({ en: ['Status'], ru: ['Статус'], fallback: { en: ['Stage'], ru: ['Этап'] } }, 'en') //=> ['Status', 'Stage']
 */
export function synonymsIn(synonyms: HeaderSynonyms, lang: 'en' | 'ru'): readonly string[] {
  return synonyms.fallback === undefined ? synonyms[lang] : [...synonyms[lang], ...synonyms.fallback[lang]];
}

// How well a header matches a field: primary before fallback, then a header as written before a cut one
// (`Amount` before `Amount (converted)`, `Date` before `Shipping - Date`); ties go to the leftmost column.
const PRIMARY = 0;
const FALLBACK = 2;
const CUT = 1;

/**
 * Makes the matcher of a header row against a synonym table. Each header is compared by its `headerKeys`, most
 * exact first; the first key that is a synonym decides its field. Each field gets the best-ranked column (primary
 * synonym before fallback, a header as written before one whose prefix or unit note was cut), ties to the
 * leftmost, skipping the columns in `taken`.
 *
 * @param synonyms Field → synonyms. A synonym listed under two fields is a programmer error and throws here.
 * @returns `(headers, taken) => mapping` with the fields that were found.
 * @example
 * const match = createHeaderMatcher({ spend: { en: ['Cost'], ru: ['Расход'] } });
 * match(['Дата', 'расход:'], new Set()) //=> { spend: 1 }
 * match(['Deal - Cost (USD)'], new Set()) //=> { spend: 0 }
 */
export function createHeaderMatcher<K extends string>(
  synonyms: Readonly<Record<K, HeaderSynonyms>>,
): (headers: readonly string[], taken: ReadonlySet<number>) => Partial<Record<K, number>> {
  const fieldOf = new Map<string, { field: K; rank: number }>();
  const add = (field: K, texts: readonly string[], rank: number) => {
    for (const text of texts) {
      const key = headerKey(text);
      const other = fieldOf.get(key);
      if (other !== undefined && other.field !== field) {
        throw new Error(
          `Header synonym "${text}" is listed under both "${other.field}" and "${field}"; keep it in one.`,
        );
      }
      if (other === undefined || other.rank > rank) fieldOf.set(key, { field, rank });
    }
  };
  for (const field of Object.keys(synonyms) as K[]) {
    const { en, ru, fallback } = synonyms[field];
    add(field, [...en, ...ru], PRIMARY);
    if (fallback !== undefined) add(field, [...fallback.en, ...fallback.ru], FALLBACK);
  }
  return (headers, taken) => {
    const found: Partial<Record<K, number>> = {};
    const bestRank: Partial<Record<K, number>> = {};
    for (let i = 0; i < headers.length; i++) {
      if (taken.has(i)) continue;
      const keys = headerKeys(headers[i]);
      for (let k = 0; k < keys.length; k++) {
        const hit = fieldOf.get(keys[k]);
        if (hit === undefined) continue;
        const rank = hit.rank + (k === 0 ? 0 : CUT);
        const best = bestRank[hit.field];
        if (best === undefined || rank < best) {
          found[hit.field] = i; // strictly better only: on a tie the leftmost stays
          bestRank[hit.field] = rank;
        }
        break;
      }
    }
    return found;
  };
}
