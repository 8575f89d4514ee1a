import { normalizeKey } from '../_lib/normalizeKey';
import { FIELD_NAMES } from '../i18n/dataQuality';
import { FIELDS, type Field } from '../log/salesLog';

let names: ReadonlyMap<string, Field> | null = null;

/**
 * The field a user names in a mapping: its code (`date`, `amount` …) or its name in English or Russian as the
 * sidebar and the errors show it (`Date`, `Дата`, `Дата создания`, `Менеджер` …), compared trimmed,
 * case-insensitive, `ё` = `е`.
 *
 * @param name The name as written.
 * @returns The field, or null when no field has that name.
 * @example
 * fieldOfName(' дата ') //=> 'date'
 * fieldOfName('constructor') //=> null
 */
export function fieldOfName(name: string): Field | null {
  if (names === null) {
    const map = new Map<string, Field>();
    for (const field of FIELDS) {
      map.set(normalizeKey(field), field);
      for (const lang of ['en', 'ru'] as const) {
        const shown: string | undefined = FIELD_NAMES[lang][field];
        if (shown !== undefined && !map.has(normalizeKey(shown))) map.set(normalizeKey(shown), field);
      }
    }
    names = map;
  }
  return names.get(normalizeKey(name)) ?? null;
}
