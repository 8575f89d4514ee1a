/** One cell value as Apps Script hands it to a custom function ('' for a blank cell, a Date for a date cell). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A custom-function argument: a single value, or a range as rows of values (Sheets always passes 2D). */
export type CellInput = CellValue | readonly (readonly CellValue[])[];

/** One cell of a result: a number, a text, or '' for a blank cell. */
export type CellOutput = number | string;

/** What a custom function returns: one value, or rows of values that Sheets spills over the cells below. */
export type CellResult = CellOutput | CellOutput[][];
