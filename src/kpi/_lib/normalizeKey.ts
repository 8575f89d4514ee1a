/**
 * The key two texts are compared by when they name the same customer, group, header or status: trimmed, inner
 * spaces collapsed, lower case, `ё` read as `е`.
 *
 * @example
 * normalizeKey('  Ответственный   Менеджёр ') //=> 'ответственный менеджер'
 */
export function normalizeKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}
