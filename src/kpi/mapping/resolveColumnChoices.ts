import { normalizeHeader } from '../_lib/normalizeHeader';
import { normalizeKey } from '../_lib/normalizeKey';
import type { ColumnMapping, Field } from '../log/salesLog';
import type { MappingError } from './MappingError';

/**
 * Turns column choices by header text (`parseColumnChoices`) into the 0-based columns of a header row, for
 * `readLog`'s `mapping`. A header text is looked for as written (trimmed), then case-insensitive, then normalised
 * as headers are (`normalizeHeader`: `Deal - Value` and `Amount (USD)` match `value` and `amount`); the leftmost
 * column of the first pass that finds one wins.
 *
 * @param headers The header row as text.
 * @param choices Field → header text, or null for "no such column" (-1).
 * @returns The mapping of the chosen fields only (detection finds the others), or the first error: a header that
 *   is not in the row (with the headers found), or one column given to two fields.
 * @example
 * resolveColumnChoices(['Период', 'Сумма', 'Статус'], new Map([['date', 'период'], ['status', null]]))
 * //=> { ok: true, mapping: { date: 0, status: -1 } }
 */
export function resolveColumnChoices(
  headers: readonly string[],
  choices: ReadonlyMap<Field, string | null>,
): { ok: true; mapping: ColumnMapping } | { ok: false; error: MappingError } {
  const mapping: ColumnMapping = {};
  const fieldAt = new Map<number, Field>();
  for (const [field, header] of choices) {
    if (header === null) {
      mapping[field] = -1;
      continue;
    }
    const column = findHeader(headers, header);
    if (column < 0) {
      const known = headers.map((text) => String(text ?? '').trim()).filter((text) => text !== '');
      return { ok: false, error: { code: 'unknown_header', value: header, known } };
    }
    const other = fieldAt.get(column);
    if (other !== undefined) {
      return {
        ok: false,
        error: { code: 'duplicate_header', value: String(headers[column]).trim(), known: [other, field] },
      };
    }
    fieldAt.set(column, field);
    mapping[field] = column;
  }
  return { ok: true, mapping };
}

const PASSES: readonly ((text: string) => string)[] = [(text) => text.trim(), normalizeKey, normalizeHeader];

/** The leftmost column whose header is `wanted`, as written, then case-insensitive, then normalised; or -1. */
function findHeader(headers: readonly string[], wanted: string): number {
  for (const key of PASSES) {
    const target = key(wanted);
    if (target === '') continue;
    const at = headers.findIndex((header) => key(String(header ?? '')) === target);
    if (at >= 0) return at;
  }
  return -1;
}
