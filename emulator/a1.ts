/** A1 notation: `B3`, `A1:C3`, `A:C` (whole columns), `A2:C` (open-ended), `1:3` (whole rows), `'My sheet'!A1`. */

/** A rectangle, 1-based. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 reference; an absent end is open (runs to the edge of the grid). */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(28) //=> 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * 1-based column number of column letters.
 * @example columnNumber('AB') //=> 28
 */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?([1-9]\d{0,7})?$/;

/**
 * Parses A1 notation, or returns null when Sheets would answer "Range not found".
 * @example parseA1("'Q4 report'!A2:C") //=> { sheetName: 'Q4 report', startRow: 2, startColumn: 1, endColumn: 3 }
 */
export function parseA1(text: string): A1Reference | null {
  const bang = text.lastIndexOf('!');
  const sheetName = bang >= 0 ? unquoteSheetName(text.slice(0, bang)) : undefined;
  const parts = text.slice(bang + 1).split(':');
  if (parts.length > 2 || sheetName === '') return null;
  const corners = parts.map((part) => CORNER.exec(part.trim()));
  if (corners.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [start, end] = corners as RegExpExecArray[];
  const startColumn = start[1] === undefined ? undefined : columnNumber(start[1]);
  const startRow = start[2] === undefined ? undefined : Number(start[2]);
  if (end === undefined) {
    // A single cell needs both a column and a row: `B` or `3` alone is not a range.
    if (startColumn === undefined || startRow === undefined) return null;
    return { sheetName, startRow, startColumn, endRow: startRow, endColumn: startColumn };
  }
  const endColumn = end[1] === undefined ? undefined : columnNumber(end[1]);
  const endRow = end[2] === undefined ? undefined : Number(end[2]);
  return { sheetName, startRow, startColumn, endRow, endColumn };
}

function unquoteSheetName(text: string): string {
  return text.startsWith("'") && text.endsWith("'") && text.length >= 2
    ? text.slice(1, -1).replace(/''/g, "'")
    : text;
}

/** The rectangle of a reference on a grid of the given size; open ends run to the edge. */
export function areaOfReference(ref: A1Reference, maxRows: number, maxColumns: number): Area {
  const rows = ordered(ref.startRow ?? 1, ref.endRow ?? maxRows);
  const columns = ordered(ref.startColumn ?? 1, ref.endColumn ?? maxColumns);
  return {
    row: rows[0],
    column: columns[0],
    numRows: rows[1] - rows[0] + 1,
    numColumns: columns[1] - columns[0] + 1,
  };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * A1 notation of a rectangle.
 * @example a1OfArea({ row: 1, column: 1, numRows: 3, numColumns: 3 }) //=> 'A1:C3'
 */
export function a1OfArea(area: Area): string {
  const start = `${columnLetters(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${columnLetters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

/** A sheet name as it must appear before `!`: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
