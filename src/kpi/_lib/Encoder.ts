import type { Day } from '../calendar/day';
import { cellText } from './cellText';
import { NumberCodes } from './NumberCodes';
import { MISSING, StringCodes } from './StringCodes';

/**
 * A dictionary encoder for a column of ids or customers (spec §1.3): equal values (after normalizing) get equal
 * small integer codes 0, 1, 2 …; blank → -1. Values are compared as normalized text, so the number 123 and the
 * text `'123 '` get one code: a text whose normalized form is the way JavaScript writes a number is keyed by that
 * number, which is also how number cells are keyed (so a number cell is never turned into text).
 *
 * Fast paths: a number cell is one lookup in a `NumberCodes` (typed arrays: a million distinct order ids in a
 * `Map` cost ~0.5 s); a string cell is one lookup of the raw string in a `StringCodes` (hashed once, compared with
 * characters kept together: ~3× faster than a `Map` on the fresh strings Sheets passes), normalizing once per
 * distinct raw spelling.
 *
 * @example
 * const ids = new Encoder((t) => t.trim(), dayOf, 4);
 * [ids.code(123), ids.code(' 123'), ids.code('A-7'), ids.code('')] //=> [0, 0, 1, -1]
 */
export class Encoder {
  private readonly numbers: NumberCodes; // numeric keys: number cells and numeric texts
  // Raw cell strings → code (-1 for blank), the table every string cell hits; normalized texts → code, met once
  // per distinct raw spelling.
  private readonly raw = new StringCodes();
  private readonly texts = new Map<string, number>();
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
      const code = this.raw.get(cell);
      return code === MISSING ? this.stringCode(cell) : code;
    }
    return cell === undefined || cell === null
      ? -1
      : this.textCode(this.normalize(cellText(cell, this.dayOf)));
  }

  /** Gives the encoder's scratch memory back (see `borrowInt32`); `count` stays, no more `code` calls. */
  release(): void {
    this.numbers.release();
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
    this.raw.set(cell, code);
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
