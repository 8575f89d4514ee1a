/**
 * The value a record holds under a key of its own, never one inherited from `Object.prototype`: a rep named
 * "constructor" or "toString" with no field yet reads as undefined, not as a function.
 *
 * @param record A plain object keyed by user text (rep names), or undefined.
 * @param key The key.
 * @returns The own value, or undefined.
 * @example
 * ownValue({ Anna: '5' }, 'Anna') //=> '5'
 * ownValue({ Anna: '5' }, 'constructor') //=> undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
