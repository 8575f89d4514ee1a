/** What `StringCodes.get` returns for a string it does not hold. */
export const MISSING = -2;

/**
 * A table from strings to codes (any integer ≥ -1), on typed arrays: the strings' characters in one growing
 * `Uint16Array`, an open-addressing hash table (linear probing, load ≤ ½) of 16-byte slots.
 *
 * Why not a `Map`: Sheets passes every cell as a fresh string, so a `Map` lookup hashes it and then compares it
 * character by character with the key it finds, a string that lies wherever its cell was made in a heap of a
 * million rows: a cache miss or two per lookup (~0.5 µs on a loaded 2-core server, a quarter of `KPI_TABLE` at a
 * million rows). Here the string is hashed once, in JavaScript, and compared with characters that sit together
 * in one array; a slot's hash and length skip most comparisons with other strings.
 *
 * @example
 * const codes = new StringCodes();
 * codes.set('Customer 7', 0);
 * [codes.get('Customer 7'), codes.get('Customer 8')] //=> [0, MISSING]
 */
export class StringCodes {
  // Slot k is table[4k … 4k + 3]: hash, length + 1 (0 = empty), where the characters start, code. One slot is 16
  // bytes, so a probe reads one cache line.
  private table = new Int32Array(4 * 1024);
  private mask = 1023;
  private chars = new Uint16Array(4096);
  private charsUsed = 0;
  /** Number of strings stored. */
  size = 0;

  /** The code of `text`, or `MISSING`. */
  get(text: string): number {
    const hash = hashString(text);
    const table = this.table;
    const mask = this.mask;
    const length = text.length + 1;
    let at = (hash & mask) << 2;
    for (;;) {
      const stored = table[at + 1];
      if (stored === 0) return MISSING;
      if (stored === length && table[at] === hash && this.holds(table[at + 2], text)) return table[at + 3];
      at = (at + 4) & ((mask << 2) | 3);
    }
  }

  /** Stores the code of a string that is not in the table yet. */
  set(text: string, code: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const from = this.charsUsed;
    if (from + text.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, from + text.length));
      chars.set(this.chars.subarray(0, from));
      this.chars = chars;
    }
    const chars = this.chars;
    for (let i = 0; i < text.length; i++) chars[from + i] = text.charCodeAt(i);
    this.charsUsed = from + text.length;
    this.place(this.table, this.mask, hashString(text), text.length + 1, from, code);
    this.size++;
  }

  /** Whether the characters from `from` on start with `text` (the lengths are equal). */
  private holds(from: number, text: string): boolean {
    const chars = this.chars;
    for (let i = 0; i < text.length; i++) if (chars[from + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private place(
    table: Int32Array,
    mask: number,
    hash: number,
    length: number,
    from: number,
    code: number,
  ): void {
    let at = (hash & mask) << 2;
    while (table[at + 1] !== 0) at = (at + 4) & ((mask << 2) | 3);
    table[at] = hash;
    table[at + 1] = length;
    table[at + 2] = from;
    table[at + 3] = code;
  }

  private grow(): void {
    const old = this.table;
    const mask = this.mask * 2 + 1;
    const table = new Int32Array(4 * (mask + 1));
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 1] !== 0) this.place(table, mask, old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits (the slot) depend on every unit. */
function hashString(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
