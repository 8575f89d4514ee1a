// Single-byte encoders for tests: the bytes Excel, 1C or an old CRM write, made from text with a small table
// (no dependency), so a test can say what a file holds.

/** Windows-1251 bytes of a text: ASCII as is, А…я at 0xC0…0xFF, Ё 0xA8, ё 0xB8, № 0xB9 (enough for these tests). */
export function cp1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      const other = new Map([
        ['Ё', 0xa8],
        ['ё', 0xb8],
        ['№', 0xb9],
        ['«', 0xab],
        ['»', 0xbb],
        ['\u00a0', 0xa0],
      ]).get(char);
      if (other === undefined) throw new Error(`no Windows-1251 byte for ${char} in this test's table`);
      return other;
    }),
  );
}

/** Windows-1252 bytes of a text: Latin-1 letters as their code, € 0x80 (enough for these tests). */
export function cp1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.charCodeAt(0);
      if (char === '€') return 0x80;
      if (code < 0x100 && (code < 0x80 || code >= 0xa0)) return code;
      throw new Error(`no Windows-1252 byte for ${char} in this test's table`);
    }),
  );
}
