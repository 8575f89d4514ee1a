import { borrowInt32, giveBack } from './scratch';

const EMPTY = 0;
const TWO_POW_32 = 4294967296;
// Direct addressing is kept while the integer keys span at most this many slots per expected key (and at most
// MAX_DIRECT slots): 4 bytes a slot, so a million sequential order ids cost 4–32 MB for a few ms of lookups.
const DIRECT_SLOTS_PER_KEY = 8;
const MAX_DIRECT = 1 << 25;

/**
 * A table from finite numbers to codes ≥ 0, on typed arrays.
 *
 * Why not a `Map`: a log of a million distinct order ids makes a `Map` of a million entries, whose lookups miss the
 * CPU cache several times each (~0.5 µs on a small server). Ids in sales logs are mostly integers from a narrow
 * range (CRM deal numbers, order numbers), so while every key is an integer and they all fit in a window of
 * `8 × expected` slots, a key's code sits at `key − base` (direct addressing, ~10× faster than a `Map`); the first
 * key that breaks this moves everything into an open-addressing hash table (linear probing, load ≤ ½, ~3× faster
 * than a `Map`). `0` and `-0` are one key; NaN and ±Infinity are the caller's business (cells never hold them).
 *
 * @example
 * const codes = new NumberCodes(1000);
 * codes.set(31000001, 0);
 * codes.get(31000001) //=> 0
 */
export class NumberCodes {
  // Direct mode: codes + 1 of the keys base … base + direct.length − 1; null once in hash mode.
  private direct: Int32Array | null = null;
  private base = 0;
  private readonly directLimit: number;
  // Hash mode.
  private keys: Float64Array | null = null;
  private codes: Int32Array | null = null;
  private mask = 0;
  private used = 0;
  /** Number of keys stored. */
  size = 0;

  /** @param expected About how many keys will be stored (e.g. the number of rows); sizes the direct window. */
  constructor(expected: number) {
    this.directLimit = Math.min(MAX_DIRECT, Math.max(1024, expected * DIRECT_SLOTS_PER_KEY));
  }

  /** The code of `key`, or -1. */
  get(key: number): number {
    const direct = this.direct;
    if (direct !== null) {
      const at = key - this.base;
      // `at >>> 0 === at` is true only for an integer 0 … 2³² − 1: fractions and keys below base fall through.
      return at >>> 0 === at && at < direct.length ? direct[at] - 1 : -1;
    }
    if (this.codes === null) return -1;
    return this.hashGet(key);
  }

  /** Stores the code of a key that is not in the table yet. */
  set(key: number, code: number): void {
    if (this.codes === null && this.fitsDirect(key)) {
      this.direct![key - this.base] = code + 1;
    } else {
      if (this.codes === null) this.toHash();
      this.hashSet(key, code);
    }
    this.size++;
  }

  /** Makes room for `key` in the direct window when it can; false when the keys no longer suit direct mode. */
  private fitsDirect(key: number): boolean {
    if (!Number.isSafeInteger(key)) return false;
    const direct = this.direct;
    if (direct === null) {
      const length = Math.min(this.directLimit, 1024); // grows by doubling: a small log stays small
      this.direct = borrowInt32(length, EMPTY);
      this.base = key - (length >> 2); // room below too: ids are not always met in ascending order
      return true;
    }
    const at = key - this.base;
    if (at >= 0 && at < direct.length) return true;
    // Grow the window to cover the key, with the same slack again, doubling at least.
    const low = Math.min(this.base, key);
    const high = Math.max(this.base + direct.length, key + 1);
    const span = high - low;
    if (span > this.directLimit) return false;
    const length = Math.min(this.directLimit, Math.max(span * 2, direct.length * 2));
    const slack = length - span;
    const base = key < this.base ? low - slack : low; // grow in the direction the keys go
    const grown = borrowInt32(length, EMPTY);
    grown.set(direct, this.base - base);
    giveBack(direct);
    this.direct = grown;
    this.base = base;
    return true;
  }

  private toHash(): void {
    const direct = this.direct;
    this.direct = null;
    this.keys = new Float64Array(1024);
    this.codes = new Int32Array(1024);
    this.mask = 1023;
    if (direct !== null) {
      for (let i = 0; i < direct.length; i++)
        if (direct[i] !== EMPTY) this.hashSet(this.base + i, direct[i] - 1);
      giveBack(direct);
    }
  }

  /** Gives the direct window back to the scratch pool (see `borrowInt32`): the table is empty afterwards. */
  release(): void {
    giveBack(this.direct);
    this.direct = null;
    this.keys = null;
    this.codes = null;
    this.size = 0;
    this.used = 0;
  }

  private hashGet(key: number): number {
    const keys = this.keys!;
    const codes = this.codes!;
    const mask = this.mask;
    let slot = hashNumber(key) & mask;
    for (;;) {
      const stored = codes[slot];
      if (stored === EMPTY) return -1;
      if (keys[slot] === key) return stored - 1;
      slot = (slot + 1) & mask;
    }
  }

  private hashSet(key: number, code: number): void {
    if ((this.used + 1) * 2 > this.codes!.length) this.growHash();
    const mask = this.mask;
    const codes = this.codes!;
    let slot = hashNumber(key) & mask;
    while (codes[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.keys![slot] = key;
    codes[slot] = code + 1;
    this.used++;
  }

  private growHash(): void {
    const oldKeys = this.keys!;
    const oldCodes = this.codes!;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.codes = new Int32Array(oldKeys.length * 2);
    this.mask = oldKeys.length * 2 - 1;
    this.used = 0;
    for (let i = 0; i < oldKeys.length; i++)
      if (oldCodes[i] !== EMPTY) this.hashSet(oldKeys[i], oldCodes[i] - 1);
  }
}

/** Mixes the low and high 32 bits of a number's integer part (Fibonacci hashing); fractions share a slot chain. */
function hashNumber(key: number): number {
  const low = key | 0;
  const high = (key / TWO_POW_32) | 0;
  const h = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}
