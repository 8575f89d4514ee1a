import type { Day } from '../day';
import { cellText } from './cellText';
import { NumberCodes } from './NumberCodes';

/**
 * A dictionary encoder for a column of ids or customers (spec §1.3): equal values (after normalizing) get equal
 * small integer codes 0, 1, 2 …; blank → -1. Values are compared as normalized text, so the number 123 and the
 * text `'123 '` get one code: a text whose normalized form is the way JavaScript writes a number is keyed by that
 * number, which is also how number cells are keyed (so a number cell is never turned into text).
 *
 * Fast paths: a number cell is one lookup in a `NumberCodes` (typed arrays: a million distinct order ids in a
 * `Map` cost ~0.5 s); a string cell is one `Map` lookup of the raw string, normalizing once per distinct raw
 * spelling. (A typed-array string table with a hash computed in JavaScript was tried: no faster than `Map` on
 * fresh cell strings and slower on shared ones, whose hash V8 caches.)
 *
 * @example
 * const ids = new Encoder((t) => t.trim(), dayOf, 4);
 * [ids.code(123), ids.code(' 123'), ids.code('A-7'), ids.code('')] //=> [0, 0, 1, -1]
 */
export class Encoder {
  private readonly numbers: NumberCodes; // numeric keys: number cells and numeric texts
  // Normalized texts → code (-1 for blank), and raw strings that differ from their normalized text → code. Two
  // Maps keep the one a row hits small: customers (`Customer 7` ≠ `customer 7`) hit `raw`; ids, already trimmed,
  // miss an empty `raw` and hit `texts`, so a million distinct ids are one Map of a million, not two.
  private readonly texts = new Map<string, number>();
  private readonly raw = new Map<string, number>();
  /** How many distinct codes were given. */
  count = 0;

  /**
   * @param normalize Text → comparison key (e.g. trim, or `normalizeKey` for case-insensitive customers).
   * @param dayOf The spreadsheet zone's `createDayOfDate`, for the rare Date cell.
   * @param expected About how many cells will be encoded (the number of rows): sizes the tables.
   */
  constructor(
    private readonly normalize: (text: string) => string,
    private readonly dayOf: (date: Date) => Day | null,
    expected: number,
  ) {
    this.numbers = new NumberCodes(expected);
  }

  /** The code of a cell. */
  code(cell: unknown): number {
    if (typeof cell === 'number') return cell - cell === 0 ? this.numberCode(cell) : -1; // NaN, ±Infinity: no id
    if (typeof cell === 'string') {
      const code = this.raw.get(cell) ?? this.texts.get(cell);
      return code === undefined ? this.stringCode(cell) : code;
    }
    return cell === undefined || cell === null
      ? -1
      : this.textCode(this.normalize(cellText(cell, this.dayOf)));
  }

  private numberCode(key: number): number {
    let code = this.numbers.get(key);
    if (code === -1) {
      code = this.count++;
      this.numbers.set(key, code);
    }
    return code;
  }

  private stringCode(cell: string): number {
    const text = this.normalize(cell);
    const code = this.textCode(text);
    if (text !== cell) this.raw.set(cell, code);
    return code;
  }

  private textCode(text: string): number {
    let code = this.texts.get(text);
    if (code === undefined) {
      const asNumber = Number(text);
      if (text === '') code = -1;
      else if (asNumber - asNumber === 0 && String(asNumber) === text) code = this.numberCode(asNumber);
      else code = this.count++;
      this.texts.set(text, code);
    }
    return code;
  }
}
