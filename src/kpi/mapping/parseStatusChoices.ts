import { normalizeKey } from '../_lib/normalizeKey';
import type { StatusClass } from '../log/salesLog';
import { splitChoices } from './_lib/splitChoices';
import { CLASS_NAMES, classOfName } from './classOfName';
import type { MappingError } from './MappingError';

// The first row of a two-column range is its header row when its second cell is one of these (never a class).
const HEADER_ROW_WORDS = new Set(['class', 'status class', 'класс', 'класс статуса']);

/**
 * Reads the user's status mapping (spec §6 `statuses`, the CLI's `--status`): a text such as
 * `Отгружен=won; Анализ причины=lost` (choices separated by `;` or line breaks, split at the last `=`, so a
 * status text may hold `=`; a text may be quoted, `"Paid; shipped"=won`) or a two-column range (status text |
 * class; a first row `Status | Class` is skipped; a one-column range holds texts). Classes: `won`, `lost`, `open`,
 * `returned`, `refunded`, or their Russian names (`CLASS_NAMES`: «успех», «отказ», «открыта», «возврат»,
 * «возмещена» …).
 *
 * @param input The text, or the range's values.
 * @returns The status texts of each class, in the order given (a text given twice to one class once); or the
 *   first error: an unknown class (listing the classes), a pair without `=` or text, a text given two classes.
 * @example
 * parseStatusChoices('Отгружен=won; Анализ=отказ')
 * //=> { ok: true, statuses: { won: ['Отгружен'], lost: ['Анализ'] } }
 */
export function parseStatusChoices(
  input: string | readonly (readonly unknown[])[],
): { ok: true; statuses: Partial<Record<StatusClass, string[]>> } | { ok: false; error: MappingError } {
  const split = splitChoices(input, {
    splitAt: 'last',
    shape: ['status', 'class'],
    isHeaderRow: (_name, value) => HEADER_ROW_WORDS.has(normalizeKey(value)),
  });
  if (!split.ok) return split;
  const classOfText = new Map<string, StatusClass>();
  const statuses: Partial<Record<StatusClass, string[]>> = {};
  for (const { name, value, text } of split.choices) {
    if (value === '')
      return { ok: false, error: { code: 'bad_pair', value: text, known: ['status', 'class'] } };
    const statusClass = classOfName(value);
    if (statusClass === null) {
      const known = CLASS_NAMES.map(([code]) => code);
      return { ok: false, error: { code: 'unknown_class', value, known } };
    }
    const key = normalizeKey(name);
    const before = classOfText.get(key);
    if (before === statusClass) continue;
    if (before !== undefined) {
      return { ok: false, error: { code: 'duplicate_status', value: name, known: [before, statusClass] } };
    }
    classOfText.set(key, statusClass);
    const texts = statuses[statusClass];
    if (texts === undefined) statuses[statusClass] = [name];
    else texts.push(name);
  }
  return { ok: true, statuses };
}
