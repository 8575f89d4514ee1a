import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Environment } from '../../emulator/index.js';
import { instantOf } from '../../emulator/timeZone.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { offlineWorkbookMessages } from '../../src/kpi/i18n/offlineWorkbook.js';
import { decodeText } from './_lib/decodeText.js';
import { displayPath } from './_lib/displayPath.js';
import { quotable } from './_lib/terminalText.js';
import { cliMessages, InputError, oneLine } from './errors.js';

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
  /** The language of the refusals that have words in both languages (too large, not text…). @default 'en' */
  lang?: Lang;
  /** The largest file read, in bytes. @default {@link maxInputBytes}() */
  maxBytes?: number;
  /** The most cells (rows × the widest row) a table may hold. @default {@link MAX_CELLS}, Sheets' limit */
  maxCells?: number;
}

/** The largest input file read by default: 200 MB (a CSV that size is already millions of rows). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Sheets' limit: a spreadsheet holds at most 10 million cells. */
export const MAX_CELLS = 10_000_000;

/**
 * The input size limit: `SALES_KPI_MAX_INPUT_BYTES` (a whole number of bytes) when set, else {@link MAX_INPUT_BYTES}.
 *
 * @example
 * maxInputBytes({ SALES_KPI_MAX_INPUT_BYTES: '1000' }) //=> 1000
 */
export function maxInputBytes(environment: Record<string, string | undefined> = process.env): number {
  const text = environment.SALES_KPI_MAX_INPUT_BYTES;
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text.trim()) : MAX_INPUT_BYTES;
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a .csv (any of `,` `;` tab `|` as the delimiter; UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1251 or Windows-1252 as its letters say, see `decodeText`) or the first worksheet of an .xlsx.
 *
 * Guards (docs/REPORT-CLI.md, "Limits on input files"): the file is opened and checked before it is read — a
 * regular file (never `/dev/zero` or a pipe), at most `maxBytes` (200 MB), a type by its name and its first bytes —
 * then read in chunks up to that limit; a CSV must be text, and a table over Sheets' 10 million cells is refused.
 *
 * @throws InputError with one line for a missing, unreadable, empty, non-regular, too large, binary or wrongly
 *   typed file, or a table over the cell limit (in `options.lang` where the words exist in both languages).
 * @example
 * (await readTable('/work/main/samples/marketing-spend-ru.csv')).rows[1] //=> ['01.01.2025', 'Яндекс Директ', '105311,74']
 */
export async function readTable(file: string, options: ReadTableOptions = {}): Promise<Table> {
  const shown = quotable(displayPath(file), 200);
  const m = cliMessages[options.lang ?? 'en'];
  const limits = {
    bytes: options.maxBytes ?? maxInputBytes(),
    cells: options.maxCells ?? MAX_CELLS,
    tooManyCells: (rows: number, columns: number) => m.tooManyCells(shown, rows, columns),
  };
  const extension = path.extname(file).toLowerCase();
  const format = CSV_EXTENSIONS.has(extension) ? 'csv' : XLSX_EXTENSIONS.has(extension) ? 'xlsx' : null;
  // Opened without waiting for a writer (a pipe) and checked before a byte is read: a folder, a device such as
  // /dev/zero, a pipe, a file over the limit, or a type we cannot read is refused at once.
  const handle = await openFile(file, shown);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${shown} is a folder, not a file`);
    if (!info.isFile()) throw new InputError(m.notRegularFile(shown));
    if (format === null) throw new InputError(unknownType(shown, extension));
    const tooLarge = () => new InputError(m.tooLarge(shown, megabytes(limits.bytes, options.lang ?? 'en')));
    if (info.size > limits.bytes) throw tooLarge();
    // The first bytes say what the file is before the rest is read: an .xlsx is a zip (`PK\x03\x04`), a CSV not.
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const isZip = bytesRead === 4 && head.equals(ZIP_MAGIC);
    if (format === 'csv' && isZip)
      throw new InputError(`${shown} is an .xlsx workbook (a zip file), not CSV text: name it .xlsx`);
    if (format === 'xlsx' && bytesRead > 0 && !isZip)
      throw new InputError(`${shown} is not an .xlsx workbook (it is not a zip file)`);
    const bytes = await readCapped(handle, limits.bytes, tooLarge, shown);
    if (bytes.length === 0) throw new InputError(`${shown} is empty`);
    if (format === 'csv') {
      return readCsv(file, shown, bytes, options.fallbackEncoding ?? 'windows-1252', {
        ...limits,
        notText: () => new InputError(m.notText(shown)),
      });
    }
    if (!bytes.subarray(0, 4).equals(ZIP_MAGIC))
      throw new InputError(`${shown} is not an .xlsx workbook (it is not a zip file)`);
    return await readXlsx(file, shown, bytes, limits);
  } finally {
    await handle.close();
  }
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
    const sheet = env.addSheet(sheetName, values);
    fitBigGrid(env, sheet, values);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `${quotable(displayPath(table.file), 200)}: cannot put it into the sheet "${sheetName}": ${oneLine(message)}`,
    );
  }
  return table.rows.slice(1).filter((row) => row.some((cell) => cell !== '')).length;
}

/** Above this many cells, an imported sheet's grid is sized to its data. */
const BIG_GRID = 1_000_000;

/**
 * Sheets sizes a sheet imported from a file to its data. The emulator gives every sheet a new sheet's 26 columns
 * at least, which a long log (400,000 rows × 26) would take past the spreadsheet's 10 million cells although its
 * data is a third of that: a big grid loses the empty columns right of the data. Small ones keep them (nothing
 * depends on it, and the workbooks stay as they were).
 */
function fitBigGrid(
  env: Environment,
  sheet: ReturnType<Environment['addSheet']>,
  values: readonly (readonly unknown[])[],
): void {
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  env.calls.untracked(() => {
    const columns = sheet.getMaxColumns();
    if (width > 0 && columns > width && sheet.getMaxRows() * columns > BIG_GRID) {
      sheet.deleteColumns(width + 1, columns - width);
    }
  });
}

async function openFile(file: string, shown: string): Promise<FileHandle> {
  try {
    return await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`file not found: ${shown}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`cannot read ${shown}: permission denied`);
    if (code === 'EISDIR') throw new InputError(`${shown} is a folder, not a file`);
    throw new InputError(`cannot read ${shown}: ${oneLine((error as Error).message)}`);
  }
}

/** The file's bytes, read in chunks, refused as soon as they pass the limit (a file may grow while it is read). */
async function readCapped(
  handle: FileHandle,
  limit: number,
  tooLarge: () => InputError,
  shown: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total + 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${oneLine((error as Error).message)}`);
  }
  return Buffer.concat(chunks, total);
}

/** A byte count as the docs state limits: `200 MB`, `1.5 KB` (`200 МБ` in Russian). */
function megabytes(bytes: number, lang: Lang): string {
  const { mb, kb, b } = offlineWorkbookMessages[lang].byteUnits;
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} ${mb}`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} ${kb}`;
  return `${bytes} ${b}`;
}

function unknownType(shown: string, extension: string): string {
  if (extension === '.xls') return `${shown}: the old .xls format cannot be read; save it as .xlsx or .csv`;
  if (extension === '.ods' || extension === '.numbers') return `${shown}: save it as .xlsx or .csv first`;
  return `${shown}: cannot read a "${extension || 'no extension'}" file; give a .csv or .xlsx file`;
}

interface Limits {
  bytes: number;
  cells: number;
  tooManyCells: (rows: number, columns: number) => string;
}

function readCsv(
  file: string,
  shown: string,
  bytes: Buffer,
  fallbackEncoding: 'windows-1251' | 'windows-1252',
  limits: Limits & { notText: () => InputError },
): Table {
  const decoded = decodeText(bytes, fallbackEncoding);
  if (!decoded.encoding.startsWith('utf-16') && bytes.subarray(0, 4096).includes(0)) {
    throw new InputError(`${shown} is not a text file`);
  }
  if (isBinary(decoded.text)) throw limits.notText();
  const { text, encoding } = decoded;
  let note: string | null = null;
  if (decoded.by === 'letters') {
    note = `${shown} is not UTF-8: read as ${encoding} (its letters are ${encoding === 'windows-1251' ? 'Cyrillic' : 'Western European'})`;
  } else if (decoded.by === 'fallback') {
    note = `${shown} is not UTF-8: read as ${encoding}`;
  } else if (encoding !== 'utf-8') {
    note = `${shown}: read as ${encoding.toUpperCase()} (its byte-order mark says so)`;
  }
  // Row by row, so that a table over Sheets' cell limit (its rows × its widest row) stops as soon as it passes it.
  const rows: TableCell[][] = [];
  let width = 0;
  let tooMany = false;
  let brokenRow: number | null = null;
  // Trailing line breaks go first: Papa counts the empty last line when it guesses the delimiter, and a small
  // two-column file (`a<tab>b`, `1<tab>2`, newline) would then average under two fields and read as one column.
  Papa.parse<string[]>(text.replace(/[\r\n]+$/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (result, parser) => {
      // Papa reads ragged rows and stray quotes leniently, as Sheets does; only an unclosed quote loses data.
      if (brokenRow === null && result.errors.some((e) => e.code === 'MissingQuotes')) {
        brokenRow = rows.length + 1;
      }
      rows.push(result.data);
      width = Math.max(width, result.data.length);
      if (rows.length * width > limits.cells) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) throw new InputError(limits.tooManyCells(rows.length, width));
  if (brokenRow !== null) {
    throw new InputError(`${shown}: a quoted cell is never closed (row ${brokenRow})`);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  if (rows.length === 0) throw new InputError(`${shown} has no rows`);
  return { file, format: 'csv', rows, note };
}

/**
 * Binary data that happens to hold no zero byte: in its first 64 KB, more than one character in ten is a control
 * character other than a tab, a line break or a form feed. (A few escape sequences in a header are text, and are
 * escaped wherever they are shown.)
 */
function isBinary(text: string): boolean {
  const start = text.slice(0, 65536);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is counted
  const controls = start.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return start.length > 0 && controls * 10 > start.length;
}

async function readXlsx(file: string, shown: string, bytes: Buffer, limits: Limits): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(
      `${shown} could not be read as an .xlsx workbook: ${quotable(oneLine((error as Error).message), 120)}`,
    );
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state === 'visible' && s.actualRowCount > 0) ?? sheets[0];
  if (sheet === undefined) throw new InputError(`${shown} has no worksheets`);
  const rows: TableCell[][] = [];
  const width = sheet.columnCount;
  if (sheet.rowCount * width > limits.cells) {
    throw new InputError(limits.tooManyCells(sheet.rowCount, width));
  }
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  const name = quotable(sheet.name);
  if (rows.length === 0) throw new InputError(`${shown}: the worksheet "${name}" is empty`);
  const note = sheets.length > 1 ? `${shown}: read the worksheet "${name}" (of ${sheets.length})` : null;
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
