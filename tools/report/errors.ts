import { plural } from '../../src/kpi/_lib/plural.js';
import { defineMessages } from '../../src/kpi/i18n/defineMessages.js';

/**
 * What the report CLI tells the user when it cannot do its job: one line on stderr, no stack trace.
 * Anything else that is thrown is a bug of the CLI and keeps its stack.
 */

/** A bad flag or flag value (exit code 2). */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file that cannot be read or loaded, or an output that cannot be written (exit code 1). */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The add-on refused to build the report: it showed an alert or threw (exit code 1). */
export class ReportError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

/** The errors the CLI prints as one line. */
export type CliError = UsageError | InputError | ReportError;

export function isCliError(error: unknown): error is CliError {
  return error instanceof UsageError || error instanceof InputError || error instanceof ReportError;
}

/**
 * A message on one line: the CLI prints one line per failure, whatever the add-on's alert held (only a sales log
 * whose every row was skipped gets a line per reason, see `checkSalesLog`).
 */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The CLI's and the playground's own words about a sales log, in the user's language. */
export const cliMessages = defineMessages({
  en: {
    noReadableRows: (count: number, listed: number) =>
      `every data row of the sales log was skipped (${count} ${count === 1 ? 'row' : 'rows'}), so there is nothing to report; ${listed === 1 ? 'the reason' : `the first ${listed} reasons`}:`,
    more: (n: number) => `… and ${n} more`,
    moreHeaders: (n: number) => `and ${n} more`,
    outIsInput: (out: string, flag: string) =>
      `--out ${out} is the ${flag} file: the report would replace it; write it to another file`,
    outExists: (out: string) => `${out} already exists: add --force to replace it, or choose another --out`,
    notRegularFile: (file: string) =>
      `${file} is not a regular file (a device, a pipe or a socket): save it to a file first`,
    tooLarge: (file: string, limit: string) =>
      `${file} is larger than ${limit}, the limit for an input file (SALES_KPI_MAX_INPUT_BYTES)`,
    notText: (file: string) => `${file} is not a text file: give a .csv (text) or .xlsx file`,
    tooManyCells: (file: string, rows: number, columns: number) =>
      `${file} is too big for a spreadsheet: ${rows.toLocaleString('en-US')} rows × ${columns} columns or more, over Sheets' limit of 10,000,000 cells`,
    workbookTooBig: (detail: string) =>
      `the files do not fit in one spreadsheet (Sheets' limit is 10,000,000 cells): ${detail}`,
  },
  ru: {
    noReadableRows: (count: number, listed: number) =>
      `все строки журнала продаж пропущены (${count} ${plural('ru', count, ['строка', 'строки', 'строк'])}), считать нечего; ${listed === 1 ? 'причина' : `первые ${listed} ${plural('ru', listed, ['причина', 'причины', 'причин'])}`}:`,
    more: (n: number) => `… и ещё ${n}`,
    moreHeaders: (n: number) => `и ещё ${n}`,
    outIsInput: (out: string, flag: string) =>
      `--out ${out} — это файл ${flag}: отчёт заменил бы его; запишите отчёт в другой файл`,
    outExists: (out: string) =>
      `${out} уже существует: добавьте --force, чтобы заменить его, или выберите другой --out`,
    notRegularFile: (file: string) =>
      `${file} — не обычный файл (устройство, канал или сокет): сначала сохраните его в файл`,
    tooLarge: (file: string, limit: string) =>
      `${file} больше ${limit} — предела для входного файла (SALES_KPI_MAX_INPUT_BYTES)`,
    notText: (file: string) => `${file} — не текстовый файл: дайте файл .csv (текст) или .xlsx`,
    tooManyCells: (file: string, rows: number, columns: number) =>
      `${file} не поместится в таблицу: ${rows} ${plural('ru', rows, ['строка', 'строки', 'строк'])} × ${columns} ${plural('ru', columns, ['столбец', 'столбца', 'столбцов'])} или больше, а предел Таблиц — 10 000 000 ячеек`,
    workbookTooBig: (detail: string) =>
      `файлы не помещаются в одну таблицу (предел Таблиц — 10 000 000 ячеек): ${detail}`,
  },
});
