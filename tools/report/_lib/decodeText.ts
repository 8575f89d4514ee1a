/** The encodings a CSV file is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** A file's text and how it was read. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was chosen: a byte-order mark, valid UTF-8, the letters, or the caller's fallback. */
  by: 'bom' | 'utf-8' | 'letters' | 'fallback';
}

// Windows-1251 letters: А…я at 0xC0…0xFF, Ё 0xA8, ё 0xB8. In Windows-1252 the same bytes are À…ÿ.
const isLetterByte = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8;
// The letters of ~70 % of Russian text, as their Windows-1251 bytes: о е а и н т с р в л к м д п у я ы ь.
const COMMON_RUSSIAN = new Set(Array.from('оеаинтсрвлкмдпуяыь', (c) => c.charCodeAt(0) - 0x430 + 0xe0));

/**
 * Reads the bytes of a text file as a spreadsheet import would: a UTF-8 or UTF-16 byte-order mark decides (and
 * is dropped); else valid UTF-8 is UTF-8; else the letters decide between Windows-1251 (Russian: Excel, 1C and
 * most Russian CRMs write it) and Windows-1252 (Western European).
 *
 * The letters: read as Windows-1251, Russian text is words of Cyrillic letters, so letter bytes (≥ 0xC0) stand in
 * runs, and most of them are the commonest Russian letters (о, е, а, и, н …). A Western text read the same way has
 * its accented letters one at a time among ASCII ones (`café`, `Müller`). Windows-1251 when the letter bytes run
 * at least 2 long on average and at least half are common Russian letters; Windows-1252 otherwise; the fallback
 * when there are no letter bytes at all (only symbols such as `€` or `№` differ, and they cannot tell).
 *
 * @param bytes The file.
 * @param fallback The encoding for non-UTF-8 bytes without any letter byte. @default 'windows-1252'
 * @returns The text (without a byte-order mark), its encoding, and how it was chosen.
 * @example
 * decodeText(Buffer.from([0xc4, 0xe0, 0xf2, 0xe0])) //=> { text: 'Дата', encoding: 'windows-1251', by: 'letters' }
 */
export function decodeText(
  bytes: Uint8Array,
  fallback: 'windows-1251' | 'windows-1252' = 'windows-1252',
): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', by: 'bom' }; // drops the BOM
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', by: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', by: 'bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', by: 'utf-8' };
  } catch {
    // not UTF-8: one of the single-byte encodings below
  }
  const guess = guessSingleByte(bytes);
  const encoding = guess ?? fallback;
  const text =
    encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text, encoding, by: guess === null ? 'fallback' : 'letters' };
}

// Windows-1252's 0x80…0x9F (the rest is Latin-1). Node 20's TextDecoder('windows-1252') reads these bytes as
// Latin-1 control characters (seen on Node 20.20: 0x80 gives U+0080, not `€`), so this table does it.
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 bytes as text. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) =>
        byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F.charCodeAt(byte - 0x80) : byte,
      ),
    );
  }
  return text;
}

/** Windows-1251 or Windows-1252 from the letter bytes, or null when the bytes hold none. */
function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'windows-1252' | null {
  let letters = 0;
  let runs = 0;
  let common = 0;
  let inRun = false;
  for (const byte of bytes) {
    if (isLetterByte(byte)) {
      letters++;
      if (!inRun) runs++;
      inRun = true;
      // Upper-case А…Я (0xC0…0xDF) counted as their lower-case letters.
      if (COMMON_RUSSIAN.has(byte < 0xe0 && byte >= 0xc0 ? byte + 0x20 : byte)) common++;
    } else {
      inRun = false;
    }
  }
  if (letters === 0) return null;
  return letters / runs >= 2 && common / letters >= 0.5 ? 'windows-1251' : 'windows-1252';
}
