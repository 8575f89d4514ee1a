import { isDate } from './_lib/isDate.js';
import { fail, messages } from './errors.js';
import { cellAt, cellFor } from './grid.js';
import { localeFacts } from './locale.js';
import { formatDisplay, isDateFormat, TEXT_FORMAT } from './numberFormat.js';
import { CELL_CHARACTER_LIMIT, type CellValue, cellKey, type SheetState } from './state.js';
import { dateOfSerial, serialOfDate, wallClock } from './timeZone.js';
import { parseEntered } from './userEntered.js';
import type { World } from './world.js';

/** Throws Sheets' error for a string longer than a cell can hold. */
export function checkCellText(input: unknown): void {
  if (typeof input === 'string' && input.length > CELL_CHARACTER_LIMIT) fail(messages.cellTooLong);
}

/**
 * Writes a script value into a cell as `setValue` does: strings are parsed as if typed (see `userEntered.ts`),
 * `Date`s become serial numbers with a date format, `null`/`undefined` clear the cell.
 */
export function writeValue(
  world: World,
  sheet: SheetState,
  row: number,
  column: number,
  input: unknown,
): void {
  const book = world.book;
  book.dirty = true;
  if (input === null || input === undefined || input === '') {
    const cell = cellAt(sheet, row, column);
    if (cell !== undefined) {
      cell.value = undefined;
      cell.formula = undefined;
    }
    return;
  }
  const cell = cellFor(sheet, row, column);
  cell.formula = undefined;
  const automatic = cell.format?.numberFormat === undefined;
  const setFormat = (numberFormat: string) => {
    if (automatic) cell.format = { ...cell.format, numberFormat };
  };
  if (typeof input === 'number') {
    cell.value = Number.isFinite(input) ? input : String(input);
  } else if (typeof input === 'boolean') {
    cell.value = input;
  } else if (isDate(input)) {
    const serial = serialOfDate(input, book.timeZone);
    const datePattern = localeFacts(book.locale).datePattern;
    cell.value = serial;
    setFormat(Number.isInteger(serial) ? datePattern : `${datePattern} H:mm:ss`);
  } else if (typeof input === 'string') {
    const entered = parseEntered(input, {
      locale: localeFacts(book.locale),
      plainText: cell.format?.numberFormat === TEXT_FORMAT,
      currentYear: () => wallClock(world.now().getTime(), book.timeZone).year,
    });
    cell.value = undefined;
    if (entered.kind === 'formula') cell.formula = entered.formula;
    else if (entered.kind === 'value') {
      cell.value = entered.value;
      if (entered.numberFormat !== undefined) setFormat(entered.numberFormat);
    }
  } else {
    // Objects are written as their text, like `[object Object]` in Sheets.
    cell.value = String(input);
  }
}

/** What a cell holds: its stored value, else its formula result or spilled value, else `''`. */
function storedValue(sheet: SheetState, row: number, column: number): CellValue {
  return cellAt(sheet, row, column)?.value ?? sheet.computed.get(cellKey(row, column)) ?? '';
}

/** A cell's value as `getValue` returns it: `''` when blank, a fresh `Date` for a date-formatted number. */
export function readValue(world: World, sheet: SheetState, row: number, column: number): CellValue {
  const cell = cellAt(sheet, row, column); // looked up once: this runs for every cell of every getValues
  const value = cell?.value ?? sheet.computed.get(cellKey(row, column)) ?? '';
  if (typeof value === 'number') {
    return isDateFormat(cell?.format?.numberFormat) ? dateOfSerial(value, world.book.timeZone) : value;
  }
  if (value instanceof Date) return new Date(value.getTime());
  return value;
}

/** A cell's formula as `getFormula` returns it: `''` when it holds none. */
export function readFormula(sheet: SheetState, row: number, column: number): string {
  return cellAt(sheet, row, column)?.formula ?? '';
}

/** A cell's text as `getDisplayValue` returns it. */
export function readDisplay(world: World, sheet: SheetState, row: number, column: number): string {
  const value = storedValue(sheet, row, column);
  const pattern = cellAt(sheet, row, column)?.format?.numberFormat;
  return formatDisplay(value, pattern, {
    locale: localeFacts(world.book.locale),
    timeZone: world.book.timeZone,
  });
}
