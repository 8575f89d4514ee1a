/**
 * The version of what a sidebar save may overwrite: the "KPI Targets" sheet's values and the settings property.
 * The sidebar gets it with the state and sends it back with a save; the server refuses the save when the current
 * version differs, i.e. when someone else changed the targets or the settings in between (another sidebar, a hand
 * edit on the sheet, `npm run report`'s settings). Building a report changes neither, so it never conflicts.
 *
 * A 53-bit hash (cyrb53) of the cells and the settings as JSON. Pure and cheap: no service call.
 *
 * @param targets The targets sheet's values (`getDataRange().getValues()`), or null when there is no such sheet.
 * @param settingsJson The `SALES_KPI_SETTINGS` property, or null when it is not set.
 * @returns A short hex text, e.g. `3f2a9c01b7d4e`.
 * @example
 * sidebarVersion(null, null) === sidebarVersion([], null) //=> false
 */
export function sidebarVersion(
  targets: readonly (readonly unknown[])[] | null,
  settingsJson: string | null,
): string {
  // JSON tells `1` from `'1'`; a Date (of any realm: Apps Script's, the emulator's vm) becomes its ISO instant.
  return hashText(JSON.stringify([targets, settingsJson]));
}

/**
 * A short hash of a text (cyrb53, 14 hex digits).
 *
 * @param text Any text.
 * @returns The hash.
 * @example
 * hashText('') === hashText(' ') //=> false
 */
export function hashText(text: string): string {
  return cyrb53(text).toString(16).padStart(14, '0');
}

/** cyrb53 (bryc, public domain): a fast 53-bit string hash with good spread. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
