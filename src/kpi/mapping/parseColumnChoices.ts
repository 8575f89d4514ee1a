import { normalizeKey } from '../_lib/normalizeKey';
import { FIELDS, type Field } from '../log/salesLog';
import { splitChoices } from './_lib/splitChoices';
import { fieldOfName } from './fieldOfName';
import type { MappingError } from './MappingError';

// A header text that says "this log has no such column".
const NO_COLUMN = new Set(['', '-', '—', '–']);
// The first row of a two-column range is its header row when its first cell is one of these (never a field name).
const HEADER_ROW_WORDS = new Set(['field', 'поле', 'fields', 'поля']);

/**
 * Reads the user's column choices (spec §6 `columns`, the CLI's `--map`): a text such as
 * `date=Close date; amount=Сумма, руб.` (choices separated by `;` or line breaks, split at the first `=`, so a
 * header may hold `=`; a name or header may be quoted, `amount="Sum; USD"`) or a two-column range (field | header
 * text; a first row `Field | Header` is skipped; a one-column range holds texts). A field is named by its code or
 * its English or Russian name (`date`, `Date`, `дата`, `Дата создания`). An empty header text, `-` or `—` means
 * "this log has no such column".
 *
 * @param input The text, or the range's values.
 * @returns Field → header text (null: no such column), in the order given; or the first error (an unknown field
 *   lists the fields, a field given twice names both headers).
 * @example
 * parseColumnChoices('дата=Дата закрытия; amount=Сумма, руб.; status=-')
 * //=> { ok: true, choices: Map { 'date' => 'Дата закрытия', 'amount' => 'Сумма, руб.', 'status' => null } }
 * parseColumnChoices('revenue=Sales') //=> { ok: false, error: { code: 'unknown_field', value: 'revenue', known: ['date', …] } }
 */
export function parseColumnChoices(
  input: string | readonly (readonly unknown[])[],
): { ok: true; choices: Map<Field, string | null> } | { ok: false; error: MappingError } {
  const split = splitChoices(input, {
    splitAt: 'first',
    shape: ['field', 'header'],
    isHeaderRow: (name) => HEADER_ROW_WORDS.has(normalizeKey(name)),
  });
  if (!split.ok) return split;
  const choices = new Map<Field, string | null>();
  for (const { name, value } of split.choices) {
    const field = fieldOfName(name);
    if (field === null) {
      return { ok: false, error: { code: 'unknown_field', value: name, known: [...FIELDS] } };
    }
    const header = NO_COLUMN.has(value) ? null : value;
    if (choices.has(field)) {
      const before = choices.get(field) ?? null;
      return {
        ok: false,
        error: { code: 'duplicate_field', value: name, known: [before ?? '-', header ?? '-'] },
      };
    }
    choices.set(field, header);
  }
  return { ok: true, choices };
}
