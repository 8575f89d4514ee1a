import type { CellOutput, CellResult } from './cells';
import { type ArgSpec, type ArgValue, coerceArg } from './coerceArg';
import type { FunctionCall } from './FunctionCall';

/** The clean values handed to `compute`, one per argument, typed by each argument's kind. */
export type ArgValues<S extends readonly ArgSpec[]> = {
  -readonly [I in keyof S]: S[I] extends ArgSpec<infer K> ? ArgValue<K> : never;
};

type Grid = readonly (readonly unknown[])[];

/**
 * Applies a cell formula element-wise over its arguments, as KPI-SPEC §5 asks:
 * - each argument is a single value or a range (rows of values); every range bigger than 1×1 must have the same
 *   shape, and single values (and 1×1 ranges) are repeated over it;
 * - the result has that shape: rows of values if any argument was a range, else a single value;
 * - each value is read by `coerceArg` (errors name the function, argument, position and value);
 * - an element where a required argument is blank is blank (''); a blank optional one takes its default;
 * - `compute` returning null (a zero denominator, "cannot compute") or a non-finite number (an overflow such as
 *   `RUN_RATE(1e308, 1, 10)`; spec §1.1: never shown) gives a blank.
 *
 * Single values are read once, before the loop, so their errors come first and without a position. The loop
 * allocates only the result rows: `compute` gets one reused array (do not keep it), so one call over a 10,000-row
 * column stays fast.
 *
 * @param call The function call (name, lazily read locale).
 * @param specs The arguments, in the spec's order.
 * @param inputs The arguments as Apps Script passed them, same order (undefined for an omitted one).
 * @param compute The formula on clean values.
 * @returns A value, or rows of values.
 * @example
 * broadcast(new FunctionCall('CONVERSION'), [countArg('conversions'), countArg('opportunities')],
 *   [[[1], [2]], 4], ([c, o]) => c / o) //=> [[0.25], [0.5]]
 */
export function broadcast<const S extends readonly ArgSpec[]>(
  call: FunctionCall,
  specs: S,
  inputs: readonly unknown[],
  compute: (values: ArgValues<S>) => CellOutput | null,
): CellResult {
  const n = specs.length;
  if (inputs.length !== n) {
    throw new Error(
      `${call.fn}: broadcast got ${inputs.length} inputs for ${n} argument specs; pass one per spec.`,
    );
  }
  const grids: (Grid | null)[] = new Array(n);
  // Per range argument: every cell already a clean value (a finite number within its kind's bounds), so the loop
  // reads the cells as they are, without the per-cell coercion (issue 11: 100k-row columns at bare-loop speed).
  const fast: boolean[] = new Array(n).fill(false);
  const values: unknown[] = new Array(n);
  let rows = -1;
  let columns = -1;
  let shapeFrom = -1;
  let anyRange = false;
  let anyBlank = false;

  for (let i = 0; i < n; i++) {
    const spec = specs[i];
    const input = inputs[i];
    let grid: Grid | null = null;
    if (Array.isArray(input)) {
      anyRange = true;
      grid = asGrid(input);
      const ready = scanGrid(grid, spec, call);
      const r = grid.length;
      const c = r === 0 ? 0 : grid[0].length;
      if (r === 1 && c === 1) {
        values[i] = coerceArg(grid[0][0], spec, call, 1, 1);
        grid = null;
      } else if (shapeFrom === -1) {
        fast[i] = ready;
        rows = r;
        columns = c;
        shapeFrom = i;
      } else if (r === rows && c === columns) {
        fast[i] = ready;
      } else {
        call.fail({
          code: 'shape_mismatch',
          fn: call.fn,
          argument: spec.name,
          rows: r,
          columns: c,
          other: specs[shapeFrom].name,
          otherRows: rows,
          otherColumns: columns,
        });
      }
    } else {
      values[i] = coerceArg(input, spec, call, 0, 0);
    }
    grids[i] = grid;
    if (grid === null && values[i] === null) {
      if (spec.default === undefined) anyBlank = true;
      else values[i] = spec.default;
    }
  }

  if (shapeFrom === -1) {
    const out = anyBlank ? '' : toCell(compute(values as ArgValues<S>));
    return anyRange ? [[out]] : out;
  }

  const result: CellOutput[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: CellOutput[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      let blank = anyBlank;
      for (let i = 0; i < n; i++) {
        const grid = grids[i];
        if (grid === null) continue;
        const spec = specs[i];
        if (fast[i]) {
          values[i] = grid[r][c];
          continue;
        }
        // Error first, blank second: every value of every range is checked, even in a row that ends up blank.
        let v: unknown = coerceArg(grid[r][c], spec, call, r + 1, c + 1);
        if (v === null) {
          if (spec.default === undefined) blank = true;
          else v = spec.default;
        }
        values[i] = v;
      }
      row[c] = blank ? '' : toCell(compute(values as ArgValues<S>));
    }
    result[r] = row;
  }
  return result;
}

/** A range as rows; a flat array (never passed by Sheets, but easy to pass by hand) is one row. */
function asGrid(input: readonly unknown[]): Grid {
  if (input.length === 0 || Array.isArray(input[0])) return input as Grid;
  return [input];
}

/**
 * One pass over a range: throws when its rows have different lengths (Sheets never sends such a range; code calling
 * the functions as a library may), naming the argument and the row, rather than cutting it to its first row; and
 * tells whether every cell is already clean (`allReady`), so the loop can skip the per-cell coercion.
 */
function scanGrid(grid: Grid, spec: ArgSpec, call: FunctionCall): boolean {
  const expected = grid.length === 0 ? 0 : grid[0].length;
  let ready = spec.kind !== 'flag';
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const columns = Array.isArray(row) ? row.length : null;
    if (columns !== expected) {
      call.fail({ code: 'ragged_range', fn: call.fn, argument: spec.name, row: r + 1, columns, expected });
    }
    if (ready) ready = rowReady(row, spec.kind);
  }
  return ready;
}

/**
 * Whether every cell of a range is already the clean value `coerceArg` would return for it: a finite number, ≥ 0
 * for a count, in (0, 1] for a fraction. A flag, a blank, a text or a Date anywhere means no.
 *
 * @example
 * allReady([[1], [2.5]], numberArg('actual')) //=> true
 * allReady([[1], ['2']], numberArg('actual')) //=> false
 */
export function allReady(grid: Grid, spec: ArgSpec): boolean {
  if (spec.kind === 'flag') return false;
  for (let r = 0; r < grid.length; r++) if (!rowReady(grid[r], spec.kind)) return false;
  return true;
}

function rowReady(row: readonly unknown[], kind: ArgSpec['kind']): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    if (kind === 'count' && v < 0) return false;
    if (kind === 'fraction' && !(v > 0 && v <= 1)) return false;
  }
  return true;
}

function toCell(value: CellOutput | null): CellOutput {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}
