import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Environment } from '../../emulator/index.js';
import { instantOf } from '../../emulator/timeZone.js';
import { decodeText } from './_lib/decodeText.js';
import { displayPath } from './_lib/displayPath.js';
import { InputError } from './errors.js';

/** A cell of a table read from a file. */
export type TableCell = string | number | boolean | Date;

/** The rows of a .csv or .xlsx file, before they are put into a sheet. */
export interface Table {
  /** The file, absolute. */
  file: string;
  format: 'csv' | 'xlsx';
  /**
   * CSV: the text of each cell, as in the file. XLSX: typed cells; a `Date` is a wall-clock date (its UTC fields
   * are the date and time the cell shows: an .xlsx date has no time zone).
   */
  rows: TableCell[][];
  /** Something the user should know about how the file was read (its encoding, which worksheet), or null. */
  note: string | null;
}

export interface ReadTableOptions {
  /**
   * Read CSV bytes that are not UTF-8 and hold no letter to tell Windows-1251 from Windows-1252 (see `decodeText`)
   * in this encoding. @default 'windows-1252'
   */
  fallbackEncoding?: 'windows-1251' | 'windows-1252';
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a .csv (any of `,` `;` tab `|` as the delimiter; UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1251 or Windows-1252 as its letters say, see `decodeText`) or the first worksheet of an .xlsx.
 *
 * @throws InputError with one line for a missing, unreadable, empty or wrongly typed file.
 * @example
 * (await readTable('/work/main/samples/marketing-spend-ru.csv')).rows[1] //=> ['01.01.2025', 'Яндекс Директ', '105311,74']
 */
export async function readTable(file: string, options: ReadTableOptions = {}): Promise<Table> {
  const shown = displayPath(file);
  const extension = path.extname(file).toLowerCase();
  const format = CSV_EXTENSIONS.has(extension) ? 'csv' : XLSX_EXTENSIONS.has(extension) ? 'xlsx' : null;
  const bytes = await readBytes(file, shown);
  if (format === null) throw new InputError(unknownType(shown, extension));
  if (bytes.length === 0) throw new InputError(`${shown} is empty`);
  const isZip = bytes.subarray(0, 4).equals(ZIP_MAGIC);
  if (format === 'csv') {
    if (isZip)
      throw new InputError(`${shown} is an .xlsx workbook (a zip file), not CSV text: name it .xlsx`);
    return readCsv(file, shown, bytes, options.fallbackEncoding ?? 'windows-1252');
  }
  if (!isZip) throw new InputError(`${shown} is not an .xlsx workbook (it is not a zip file)`);
  return readXlsx(file, shown, bytes);
}

/**
 * Puts a table into a sheet of the emulated spreadsheet (creating or refilling it) the way a person importing the
 * file into Sheets would get it: CSV text is written as typed, so numbers and dates in the spreadsheet's locale
 * become numbers and dates (`26 000` and `04.06.2025 10:56:00` in ru_RU), while .xlsx cells keep their types.
 *
 * One deliberate difference from Sheets' import: a CSV cell that starts with `=` stays text. A CRM export holds
 * data, not formulas, and a formula taken from a file must not run in the workbook we write (CSV injection).
 *
 * @returns The number of data rows (non-blank rows below the header).
 */
export function loadTable(env: Environment, sheetName: string, table: Table): number {
  const timeZone = env.timeZone;
  const cellOf =
    table.format === 'csv'
      ? (cell: TableCell) => (typeof cell === 'string' && cell.startsWith('=') ? `'${cell}` : cell)
      : (cell: TableCell) => {
          // Text stays text (the apostrophe is Sheets' "this is text" prefix; it is not stored).
          if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
          if (cell instanceof Date) return new Date(instantOf(cell.getTime(), timeZone));
          return cell;
        };
  const values = table.rows.map((row) => row.map(cellOf));
  try {
    env.addSheet(sheetName, values);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `${displayPath(table.file)}: cannot put it into the sheet "${sheetName}": ${message}`,
    );
  }
  return table.rows.slice(1).filter((row) => row.some((cell) => cell !== '')).length;
}

async function readBytes(file: string, shown: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(`${shown} is a folder, not a file`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`file not found: ${shown}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`cannot read ${shown}: permission denied`);
    throw new InputError(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

function unknownType(shown: string, extension: string): string {
  if (extension === '.xls') return `${shown}: the old .xls format cannot be read; save it as .xlsx or .csv`;
  if (extension === '.ods' || extension === '.numbers') return `${shown}: save it as .xlsx or .csv first`;
  return `${shown}: cannot read a "${extension || 'no extension'}" file; give a .csv or .xlsx file`;
}

function readCsv(
  file: string,
  shown: string,
  bytes: Buffer,
  fallbackEncoding: 'windows-1251' | 'windows-1252',
): Table {
  const decoded = decodeText(bytes, fallbackEncoding);
  if (!decoded.encoding.startsWith('utf-16') && bytes.subarray(0, 4096).includes(0)) {
    throw new InputError(`${shown} is not a text file`);
  }
  const { text, encoding } = decoded;
  let note: string | null = null;
  if (decoded.by === 'letters') {
    note = `${shown} is not UTF-8: read as ${encoding} (its letters are ${encoding === 'windows-1251' ? 'Cyrillic' : 'Western European'})`;
  } else if (decoded.by === 'fallback') {
    note = `${shown} is not UTF-8: read as ${encoding}`;
  } else if (encoding !== 'utf-8') {
    note = `${shown}: read as ${encoding.toUpperCase()} (its byte-order mark says so)`;
  }
  // Trailing line breaks go first: Papa counts the empty last line when it guesses the delimiter, and a small
  // two-column file (`a<tab>b`, `1<tab>2`, newline) would then average under two fields and read as one column.
  const parsed = Papa.parse<string[]>(text.replace(/[\r\n]+$/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  // Papa reads ragged rows and stray quotes leniently, as Sheets does; only an unclosed quote loses data.
  const broken = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (broken !== undefined) {
    throw new InputError(`${shown}: a quoted cell is never closed (row ${(broken.row ?? 0) + 1})`);
  }
  const rows: TableCell[][] = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  if (rows.length === 0) throw new InputError(`${shown} has no rows`);
  return { file, format: 'csv', rows, note };
}

async function readXlsx(file: string, shown: string, bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(`${shown} could not be read as an .xlsx workbook: ${(error as Error).message}`);
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state === 'visible' && s.actualRowCount > 0) ?? sheets[0];
  if (sheet === undefined) throw new InputError(`${shown} has no worksheets`);
  const rows: TableCell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  if (rows.length === 0) throw new InputError(`${shown}: the worksheet "${sheet.name}" is empty`);
  const note =
    sheets.length > 1 ? `${shown}: read the worksheet "${sheet.name}" (of ${sheets.length})` : null;
  return { file, format: 'xlsx', rows, note };
}

/** An exceljs cell value as a plain cell: rich text and links as their text, formulas as their last result. */
function cellValue(value: ExcelJS.CellValue | undefined): TableCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('error' in value) return value.error;
  return '';
}
