// `getValues`' rectangle built straight from the column store, column by column: per cell, a kind and a number or
// a text are read from typed arrays; per row, one array. While a script runs, the rows and Dates are made by a copy
// of `blockBuilder` compiled in the script's own realm (the runner's membrane installs it), so the membrane has no
// second copy to make: what a read costs is what it returns.
import { BLANK, ColumnCells } from './columnCells.js';
import { isDateFormat } from './numberFormat.js';
import { type CellValue, cellKey, MAX_COLUMNS, type SheetState } from './state.js';
import { instantOfSerial } from './timeZone.js';

/** A plan's kind for a cell read as a `Date` (an instant in `numbers`); the others are `ColumnCells`' kinds. */
export const DATE = 5;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;

/** One column of a read: cell `i` of the read is at `offset + i` of `kinds` and `numbers`; past their end, blank. */
export interface ColumnPlan {
  kinds: Uint8Array;
  /** A number, or a `DATE` cell's instant in milliseconds. */
  numbers: Float64Array | null;
  /** Cell `i`'s text is at `textOffset + i`. */
  texts: readonly (string | undefined)[] | null;
  offset: number;
  textOffset: number;
}

/**
 * Makes `count` rows of one cell per plan, as `getValues` returns them: blank `''`, a fresh `Date` per date cell, a
 * fresh copy of each text.
 */
export type BlockBuilder = (count: number, plans: readonly ColumnPlan[]) => CellValue[][];

/**
 * The block builder of the realm this function is evaluated in. Self-contained (no import, no outer name but the
 * realm's `Array` and `Date`): the runner compiles its text in each script context.
 *
 * @returns The builder.
 */
export function blockBuilder(): BlockBuilder {
  const RowArray = Array;
  const RealmDate = Date;
  return (count, plans) => {
    const width = plans.length;
    const kinds = new RowArray<Uint8Array>(width);
    const numbers = new RowArray<Float64Array>(width);
    const texts = new RowArray<string[]>(width);
    const offsets = new RowArray<number>(width);
    const textShifts = new RowArray<number>(width);
    for (let j = 0; j < width; j++) {
      kinds[j] = plans[j].kinds;
      numbers[j] = plans[j].numbers as Float64Array;
      texts[j] = plans[j].texts as string[];
      offsets[j] = plans[j].offset;
      textShifts[j] = plans[j].textOffset - plans[j].offset;
    }
    // Sheets sends every cell of a read over the wire, so each text arrives as a fresh string, whoever read it before:
    // reading a column of texts costs per cell, as it does there. A copy of its characters (a flat string up to 12
    // characters, a slice of a flat copy beyond) stands in for that transfer; '' needs none.
    const fresh = (text: string): string => (text.length === 0 ? text : (text + ' ').slice(0, -1));
    const rows = new RowArray(count);
    // Row by row: each row is made and filled at once (a wide read stays in the cache).
    for (let i = 0; i < count; i++) {
      const row = new RowArray(width);
      for (let j = 0; j < width; j++) {
        const at = offsets[j] + i;
        const kind = kinds[j][at];
        row[j] =
          kind === 1
            ? numbers[j][at]
            : kind === 2
              ? fresh(texts[j][at + textShifts[j]])
              : kind === 3
                ? true
                : kind === 4
                  ? false
                  : kind === 5
                    ? new RealmDate(numbers[j][at])
                    : '';
      }
      rows[i] = row;
    }
    return rows;
  };
}

/** The host realm's builder (tests, the CLI and the playground read with it). */
export const hostBlockBuilder = blockBuilder();
let current: BlockBuilder = hostBlockBuilder;

/** The builder of the script whose service call is running (the host's outside a script's call). */
export function scriptBlockBuilder(): BlockBuilder {
  return current;
}

/** Runs a service call of a script with that script's builder (see `Membrane`). */
export function withBlockBuilder<T>(builder: BlockBuilder, run: () => T): T {
  const previous = current;
  current = builder;
  try {
    return run();
  } finally {
    current = previous;
  }
}

/**
 * The plan of `count` cells of a column from `row` (1-based), reading as `readValue` does: the stored value, else
 * the formula result; a number in a date format as a Date in the spreadsheet's zone.
 *
 * @param sheet The sheet.
 * @param column 1-based.
 * @param row The first row, 1-based.
 * @param count How many rows.
 * @param timeZone The spreadsheet's time zone.
 * @returns The plan: the column's own arrays when no cell needs a change (no date, no formula result), else a copy.
 */
export function columnPlan(
  sheet: SheetState,
  column: number,
  row: number,
  count: number,
  timeZone: string,
  slot = 0,
): ColumnPlan {
  const cells = sheet.columns[column - 1] ?? new ColumnCells();
  const start = row - 1;
  const end = Math.min(start + count, cells.used);
  const computed = sheet.computed.size > 0 && hasComputed(sheet, column, row, count);
  const { kinds: stored, numbers: storedNumbers, formats } = cells;
  if (!computed && !hasDates(cells, start, end)) {
    return { kinds: stored, numbers: storedNumbers, texts: cells.texts, offset: start, textOffset: start };
  }
  // A copy of kinds and numbers (texts are the column's own), dates as instants, formula results filled in.
  const { kinds, numbers } = scratchOf(slot, count);
  let texts = cells.texts;
  let textOffset = start;
  let lastFormat: unknown;
  let lastIsDate = false;
  for (let i = 0; i < count; i++) {
    const at = start + i;
    let kind = at < end ? stored[at] : BLANK;
    kinds[i] = kind;
    if (kind === NUMBER) {
      const format = formats?.[at];
      if (format !== lastFormat) {
        lastFormat = format;
        lastIsDate = isDateFormat(format?.numberFormat);
      }
      const value = (storedNumbers as Float64Array)[at];
      if (lastIsDate) {
        kinds[i] = DATE;
        numbers[i] = instantOfSerial(value, timeZone);
      } else numbers[i] = value;
      continue;
    }
    if (kind !== BLANK || !computed) continue;
    const value = sheet.computed.get(cellKey(at + 1, column));
    if (typeof value === 'number') {
      const format = formats?.[at];
      kind = isDateFormat(format?.numberFormat) ? DATE : NUMBER;
      numbers[i] = kind === DATE ? instantOfSerial(value, timeZone) : value;
    } else if (typeof value === 'string') {
      if (texts === cells.texts) {
        // A formula's text: the texts become the read's own copy.
        texts = Array.from({ length: count }, (_, k) => cells.texts?.[start + k]);
        textOffset = 0;
      }
      (texts as (string | undefined)[])[i] = value;
      kind = TEXT;
    } else if (typeof value === 'boolean') kind = value ? TRUE : FALSE;
    else if (value instanceof Date) {
      kind = DATE;
      numbers[i] = value.getTime();
    }
    kinds[i] = kind;
  }
  return { kinds, numbers, texts, offset: 0, textOffset };
}

/** Plans' arrays, reused read after read (a plan lives until its read's rows are built): at most 8 × 9 MB kept. */
const scratch: { kinds: Uint8Array; numbers: Float64Array }[] = [];
const SCRATCH_CELLS = 1 << 20;

function scratchOf(slot: number, count: number): { kinds: Uint8Array; numbers: Float64Array } {
  if (count > SCRATCH_CELLS || slot >= 8)
    return { kinds: new Uint8Array(count), numbers: new Float64Array(count) };
  let arrays = scratch[slot];
  if (arrays === undefined || arrays.kinds.length < count) {
    const size = Math.min(SCRATCH_CELLS, Math.max(count, 1024, (arrays?.kinds.length ?? 0) * 2));
    arrays = { kinds: new Uint8Array(size), numbers: new Float64Array(size) };
    scratch[slot] = arrays;
  }
  return arrays;
}

/** True when a number between `start` and `end` (0-based rows) has a date format. */
function hasDates(cells: ColumnCells, start: number, end: number): boolean {
  const { formats, kinds } = cells;
  if (formats === null) return false;
  let lastFormat: unknown;
  for (let row = start; row < end; row++) {
    const format = formats[row];
    if (format === undefined || format === lastFormat || kinds[row] !== NUMBER) continue;
    lastFormat = format;
    if (isDateFormat(format.numberFormat)) return true;
  }
  return false;
}

/** True when a formula result (or a spilled value) lies in the column between the rows. */
function hasComputed(sheet: SheetState, column: number, row: number, count: number): boolean {
  const first = cellKey(row, column);
  const last = cellKey(row + count - 1, column);
  for (const key of sheet.computed.keys()) {
    if (key >= first && key <= last && (key - first) % MAX_COLUMNS === 0) return true;
  }
  return false;
}
