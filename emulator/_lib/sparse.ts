/** Opens `count` empty slots at `index` of a sparse array, shifting later entries; nothing to do past the end. */
export function insertGap<T>(array: (T | undefined)[], index: number, count: number): void {
  if (index >= array.length) return;
  const oldLength = array.length;
  array.length = oldLength + count;
  array.copyWithin(index + count, index, oldLength);
  array.fill(undefined, index, index + count);
}

/** Removes `count` slots at `index` of a sparse array, shifting later entries back. */
export function removeSlots<T>(array: (T | undefined)[], index: number, count: number): void {
  if (index < array.length) array.splice(index, count);
}
