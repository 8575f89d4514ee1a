// Cell formats as shared, frozen objects: a column of 200,000 dates holds one format object, not 200,000.
import type { CellFormat } from './state.js';

/** Every field of a cell format, in a fixed order (the key of a shared format). */
const FIELDS = [
  'numberFormat',
  'fontWeight',
  'fontStyle',
  'fontColor',
  'background',
  'fontSize',
  'fontFamily',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
  'borderTop',
  'borderLeft',
  'borderBottom',
  'borderRight',
] as const satisfies readonly (keyof CellFormat)[];

// A field of CellFormat missing from FIELDS fails to compile here.
const everyField: Record<Exclude<keyof CellFormat, (typeof FIELDS)[number]>, never> = {};
void everyField;

const shared = new Map<string, CellFormat>();
/** Shared format → field → value → the shared format with that field set (the common case, without a key built). */
const changes = new Map<CellFormat | null, Map<keyof CellFormat, Map<unknown, CellFormat | undefined>>>();

/**
 * The shared, frozen format with the same fields as `format` (fields that are undefined are left out); undefined
 * when it sets no field.
 */
export function sharedFormat(format: CellFormat | undefined): CellFormat | undefined {
  if (format === undefined) return undefined;
  const parts: string[] = [];
  const copy: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = format[field];
    if (value === undefined) {
      parts.push('');
      continue;
    }
    copy[field] = typeof value === 'object' && value !== null ? Object.freeze({ ...value }) : value;
    parts.push(JSON.stringify(value));
  }
  if (Object.keys(copy).length === 0) return undefined;
  const key = parts.join(',');
  let found = shared.get(key);
  if (found === undefined) {
    found = Object.freeze(copy) as CellFormat;
    shared.set(key, found);
  }
  return found;
}

/**
 * A shared format (or none) with one field set, or reset with `undefined`.
 *
 * @example
 * withFormatField(undefined, 'numberFormat', '0.00') === withFormatField(undefined, 'numberFormat', '0.00') //=> true
 */
export function withFormatField<K extends keyof CellFormat>(
  format: CellFormat | undefined,
  key: K,
  value: CellFormat[K],
): CellFormat | undefined {
  if (typeof value === 'object' && value !== null) return sharedFormat({ ...format, [key]: value });
  let byField = changes.get(format ?? null);
  if (byField === undefined) {
    byField = new Map();
    changes.set(format ?? null, byField);
  }
  let byValue = byField.get(key);
  if (byValue === undefined) {
    byValue = new Map();
    byField.set(key, byValue);
  }
  if (byValue.has(value)) return byValue.get(value);
  const changed = sharedFormat({ ...format, [key]: value });
  byValue.set(value, changed);
  return changed;
}
