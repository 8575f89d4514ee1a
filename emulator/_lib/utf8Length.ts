const encoder = new TextEncoder();

/** Bytes of a string in UTF-8, the unit of the Properties quotas. (TextEncoder keeps this browser-safe.) */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
