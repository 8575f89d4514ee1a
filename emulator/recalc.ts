import { isDate } from './_lib/isDate.js';
import { hasContent } from './grid.js';
import { type CellValue, cellKey, cellOfKey, type SheetState } from './state.js';
import type { World } from './world.js';

/**
 * Recomputes every formula with `world.evaluateFormula` when something was written since the last read, as
 * Sheets recalculates before Apps Script reads. One pass in sheet, row, column order; an evaluator that throws
 * gives `#ERROR!`; an array result spills right and down, or gives `#REF!` when a spill cell is taken.
 * Recalculation is Sheets' work, not the script's, so it is not counted as service calls.
 */
export function recalculate(world: World): void {
  const book = world.book;
  if (!book.dirty) return;
  book.dirty = false;
  for (const sheet of book.sheets) sheet.computed.clear();
  const evaluate = world.evaluateFormula;
  if (evaluate === undefined) return;
  world.calls.untracked(() => {
    for (const sheet of book.sheets) {
      for (const [key, formula] of formulasInOrder(sheet)) {
        const { row, column } = cellOfKey(key);
        let result: unknown;
        try {
          result = evaluate(formula, sheet.name, row, column);
        } catch {
          result = '#ERROR!';
        }
        place(sheet, row, column, result);
      }
    }
  });
}

/** A sheet's formulas by `cellKey`, row by row, each row left to right. */
function formulasInOrder(sheet: SheetState): [number, string][] {
  const found: [number, string][] = [];
  sheet.columns.forEach((cells, index) => {
    const formulas = cells?.formulas;
    if (cells === undefined || formulas === null || formulas === undefined) return;
    for (let row = 0; row < cells.used; row++) {
      const formula = formulas[row];
      if (formula !== undefined) found.push([cellKey(row + 1, index + 1), formula]);
    }
  });
  return found.sort((a, b) => a[0] - b[0]);
}

function place(sheet: SheetState, row: number, column: number, result: unknown): void {
  if (!Array.isArray(result)) {
    sheet.computed.set(cellKey(row, column), cellValueOf(result));
    return;
  }
  // A 1-D array fills a column.
  const rows: unknown[][] = result.map((item) => (Array.isArray(item) ? item : [item]));
  const fits = rows.every((items, i) =>
    items.every((_, j) => {
      if (i === 0 && j === 0) return true;
      const r = row + i;
      const c = column + j;
      return (
        r <= sheet.maxRows &&
        c <= sheet.maxColumns &&
        !hasContent(sheet, r, c) &&
        !sheet.computed.has(cellKey(r, c))
      );
    }),
  );
  if (!fits) {
    sheet.computed.set(cellKey(row, column), '#REF!');
    return;
  }
  rows.forEach((items, i) => {
    items.forEach((item, j) => {
      sheet.computed.set(cellKey(row + i, column + j), cellValueOf(item));
    });
  });
  if (rows.length === 0) sheet.computed.set(cellKey(row, column), '');
}

/** A value from the evaluator as a cell holds it. */
function cellValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  return String(value);
}
