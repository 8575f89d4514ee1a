import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/**
 * Reads a CSV file of `samples/` as the text cells a pasted or imported sheet would hold (no type guessing: dates
 * and amounts stay text, as they do in a sheet formatted as plain text).
 *
 * @param name A file in `samples/`, e.g. `amocrm-deals-ru.csv`.
 * @returns The rows, header first.
 * @example
 * readCsv('marketing-spend-ru.csv')[0] //=> ['Дата', 'Канал', 'Расход']
 */
export function readCsv(name: string): string[][] {
  const path = fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: false });
  if (parsed.errors.length > 0)
    throw new Error(`${name}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  const rows = parsed.data;
  // Papa gives a last [''] row for the file's final newline: a blank row, as a sheet would show none.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  return rows;
}
