import { isDate } from './_lib/isDate.js';
import { fail, messages } from './errors.js';
import { columnAt, columnFor, formatAt } from './grid.js';
import { localeFacts } from './locale.js';
import { formatDisplay, isDateFormat, TEXT_FORMAT } from './numberFormat.js';
import { withFormatField } from './sharedFormats.js';
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
    const cells = columnAt(sheet, column);
    cells?.setValue(row - 1, undefined);
    cells?.setFormula(row - 1, undefined);
    return;
  }
  const cells = columnFor(sheet, column);
  const at = row - 1;
  cells.setFormula(at, undefined);
  const format = cells.format(at);
  const setFormat = (numberFormat: string) => {
    if (format?.numberFormat === undefined)
      cells.setFormat(at, withFormatField(format, 'numberFormat', numberFormat));
  };
  if (typeof input === 'number') {
    cells.setValue(at, Number.isFinite(input) ? input : String(input));
  } else if (typeof input === 'boolean') {
    cells.setValue(at, input);
  } else if (isDate(input)) {
    const serial = serialOfDate(input, book.timeZone);
    const datePattern = localeFacts(book.locale).datePattern;
    cells.setValue(at, serial);
    setFormat(Number.isInteger(serial) ? datePattern : `${datePattern} H:mm:ss`);
  } else if (typeof input === 'string') {
    const entered = parseEntered(input, {
      locale: localeFacts(book.locale),
      plainText: format?.numberFormat === TEXT_FORMAT,
      currentYear: () => wallClock(world.now().getTime(), book.timeZone).year,
    });
    cells.setValue(at, undefined);
    if (entered.kind === 'formula') cells.setFormula(at, entered.formula);
    else if (entered.kind === 'value') {
      cells.setValue(at, entered.value);
      if (entered.numberFormat !== undefined) setFormat(entered.numberFormat);
    }
  } else {
    // Objects are written as their text, like `[object Object]` in Sheets.
    cells.setValue(at, String(input));
  }
}

/** What a cell holds: its stored value, else its formula result or spilled value, else `''`. */
function storedValue(sheet: SheetState, row: number, column: number): CellValue {
  return columnAt(sheet, column)?.value(row - 1) ?? sheet.computed.get(cellKey(row, column)) ?? '';
}

/** A cell's value as `getValue` returns it: `''` when blank, a fresh `Date` for a date-formatted number. */
export function readValue(world: World, sheet: SheetState, row: number, column: number): CellValue {
  const cells = columnAt(sheet, column);
  const value = cells?.value(row - 1) ?? sheet.computed.get(cellKey(row, column)) ?? '';
  if (typeof value === 'number') {
    return isDateFormat(cells?.format(row - 1)?.numberFormat)
      ? dateOfSerial(value, world.book.timeZone)
      : value;
  }
  if (value instanceof Date) return new Date(value.getTime());
  return value;
}

/** A cell's formula as `getFormula` returns it: `''` when it holds none. */
export function readFormula(sheet: SheetState, row: number, column: number): string {
  return columnAt(sheet, column)?.formula(row - 1) ?? '';
}

/** A cell's text as `getDisplayValue` returns it. */
export function readDisplay(world: World, sheet: SheetState, row: number, column: number): string {
  const value = storedValue(sheet, row, column);
  const pattern = formatAt(sheet, row, column)?.numberFormat;
  return formatDisplay(value, pattern, {
    locale: localeFacts(world.book.locale),
    timeZone: world.book.timeZone,
  });
}
