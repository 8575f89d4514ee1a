import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment } from '../../emulator/index';
import { InputError } from '../../tools/report/errors';
import {
  loadTable,
  MAX_CELLS,
  MAX_INPUT_BYTES,
  maxInputBytes,
  type ReadTableOptions,
  readTable,
} from '../../tools/report/loadTable';
import { cp1251, cp1252 } from './_encodings';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'report-load-'));
});

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

/** A spreadsheet of this locale and zone with the file imported into its sheet "Sales". */
async function imported(target: string, locale: string, timeZone: string) {
  const env = createEnvironment({ spreadsheetLocale: locale, timeZone, sheets: { Sales: [] } });
  const rows = loadTable(env, 'Sales', await readTable(target, { fallbackEncoding: 'windows-1251' }));
  const cells = env.snapshot().sheets[0].cells;
  const cell = (a1: string) => cells.find((c) => c.a1 === a1);
  return { env, rows, cell, values: env.sheetValues('Sales') };
}

async function failure(target: string, options: ReadTableOptions = {}): Promise<string> {
  try {
    await readTable(target, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`readTable read ${target}`);
}

describe('loading a CSV file', () => {
  it('parses the text as Sheets parses a typed string in a Russian spreadsheet', async () => {
    const target = file(
      'amo.csv',
      'ID,Бюджет,Дата закрытия,Закрыто,Доля,Телефон\n' +
        '31000000,26 000,04.06.2025 10:56:00,2026-10-16 00:00,12%,+7 999\n' +
        '31000001,"1 200,50",31.02.2026,05.11.2026,"2,5",ИСТИНА\n',
    );
    const { values, cell, rows } = await imported(target, 'ru_RU', 'Europe/Moscow');
    expect(rows).toBe(2);
    expect(values[1]).toEqual([
      31000000,
      26000, // a space groups thousands in ru_RU
      new Date('2025-06-04T07:56:00Z'), // 10:56 in Moscow (UTC+3)
      new Date('2026-10-15T21:00:00Z'), // midnight in Moscow
      0.12,
      7999, // the emulator reads "+7 999" as a number, as a conservative Sheets would
    ]);
    expect(values[2]).toEqual([
      31000001,
      1200.5,
      '31.02.2026', // no such day: stays text
      new Date('2026-11-04T21:00:00Z'),
      2.5,
      true,
    ]);
    expect(cell('B2')?.format.numberFormat).toBe('#,##0');
    expect(cell('C2')?.display).toBe('04.06.2025 10:56:00');
    expect(cell('D2')?.format.numberFormat).toBe('yyyy-mm-dd H:mm');
  });

  it('leaves Russian number and date text as text in an English spreadsheet', async () => {
    const target = file('amo-en.csv', 'Amount,Date,Close\n26 000,04.06.2025 10:56:00,2026-10-16 00:00\n');
    const { values } = await imported(target, 'en_US', 'America/New_York');
    expect(values[1]).toEqual(['26 000', '04.06.2025 10:56:00', new Date('2026-10-16T04:00:00Z')]);
  });

  it('keeps a cell that starts with = as text, not a formula', async () => {
    const target = file('formula.csv', 'Customer,Amount\n"=HYPERLINK(""http://x"",""y"")",10\n=1+1,5\n');
    const { values, env } = await imported(target, 'en_US', 'America/New_York');
    expect(values.slice(1).map((row) => row[0])).toEqual(['=HYPERLINK("http://x","y")', '=1+1']);
    expect(env.snapshot().sheets[0].cells.some((c) => c.formula !== undefined)).toBe(false);
  });

  it('finds a semicolon delimiter and reads a BOM, CRLF lines and quoted line breaks', async () => {
    const target = file(
      'semi.csv',
      '\uFEFFДата;Канал;Расход\r\n01.01.2025;"Яндекс\r\nДирект";"105311,74"\r\n',
    );
    const { values } = await imported(target, 'ru_RU', 'Europe/Moscow');
    expect(values).toEqual([
      ['Дата', 'Канал', 'Расход'],
      [new Date('2024-12-31T21:00:00Z'), 'Яндекс\r\nДирект', 105311.74],
    ]);
  });

  it('reads a Windows-1251 1C export whatever the fallback, and says so', async () => {
    const bytes = cp1251(
      'Период;Регистратор;Контрагент;Сумма\r\n' +
        '05.11.2026 10:15:00;Реализация товаров и услуг 00000017 от 05.11.2026;ООО «Ёлка»;1 200,50\r\n',
    );
    const table = await readTable(file('1c.csv', bytes), { fallbackEncoding: 'windows-1252' });
    expect(table.rows).toEqual([
      ['Период', 'Регистратор', 'Контрагент', 'Сумма'],
      ['05.11.2026 10:15:00', 'Реализация товаров и услуг 00000017 от 05.11.2026', 'ООО «Ёлка»', '1 200,50'],
    ]);
    expect(table.note).toMatch(/1c\.csv is not UTF-8: read as windows-1251 \(its letters are Cyrillic\)$/);
  });

  it('reads a Windows-1252 file as Western European even when the fallback is Windows-1251', async () => {
    const bytes = cp1252('Customer,Amount\nZoë Müller,€10\nSociété Générale,20\n');
    const table = await readTable(file('west.csv', bytes), { fallbackEncoding: 'windows-1251' });
    expect(table.rows).toEqual([
      ['Customer', 'Amount'],
      ['Zoë Müller', '€10'],
      ['Société Générale', '20'],
    ]);
    expect(table.note).toMatch(
      /west\.csv is not UTF-8: read as windows-1252 \(its letters are Western European\)$/,
    );
  });

  it('reads a UTF-16 file with a byte-order mark, and says so', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Дата\tСумма\n05.11.2026\t100\n', 'utf16le'),
    ]);
    const table = await readTable(file('utf16.csv', bytes));
    expect(table.rows).toEqual([
      ['Дата', 'Сумма'],
      ['05.11.2026', '100'],
    ]);
    expect(table.note).toMatch(/utf16\.csv: read as UTF-16LE \(its byte-order mark says so\)$/);
  });

  it('refuses a binary file with zero bytes and no byte-order mark', async () => {
    expect(await failure(file('binary.csv', Buffer.from([0x41, 0x00, 0x42, 0x0a])))).toMatch(
      /binary\.csv is not a text file$/,
    );
  });

  it('keeps blank lines inside the file and drops the ones at its end', async () => {
    const table = await readTable(file('blank.csv', 'a,b\n1,2\n\n3,4\n\n\n'));
    expect(table.rows).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });
});

describe('loading an .xlsx file', () => {
  let target: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').state = 'hidden';
    const sheet = workbook.addWorksheet('Deals');
    sheet.addRow(['Deal ID', 'Close Date', 'Amount', 'Stage', 'Won']);
    // exceljs dates are wall-clock: 2026-11-05 10:30 as the cell shows it, whatever the zone.
    sheet.addRow([9100000, new Date(Date.UTC(2026, 10, 5, 10, 30)), 661.68, 'Closed Won', true]);
    sheet.addRow([
      '00123',
      new Date(Date.UTC(2026, 10, 6)),
      { formula: 'C2*2', result: 1323.36 },
      { richText: [{ text: 'Closed ' }, { text: 'Lost', font: { bold: true } }] },
      false,
    ]);
    sheet.addRow([
      '26 000',
      '2026-11-07',
      '=SUM(C2:C3)',
      { text: 'link', hyperlink: 'https://example.com' },
      null,
    ]);
    sheet.getCell('B3').numFmt = 'dd.mm.yyyy';
    target = path.join(dir, 'deals.xlsx');
    await workbook.xlsx.writeFile(target);
  });

  it('keeps each cell’s type: numbers, booleans, text that looks like numbers, dates on the spreadsheet’s clock', async () => {
    const { values, rows } = await imported(target, 'ru_RU', 'Europe/Moscow');
    expect(rows).toBe(3);
    expect(values).toEqual([
      ['Deal ID', 'Close Date', 'Amount', 'Stage', 'Won'],
      [9100000, new Date('2026-11-05T07:30:00Z'), 661.68, 'Closed Won', true],
      ['00123', new Date('2026-11-05T21:00:00Z'), 1323.36, 'Closed Lost', false],
      ['26 000', '2026-11-07', '=SUM(C2:C3)', 'link', ''],
    ]);
  });

  it('reads the first visible worksheet and says which', async () => {
    const table = await readTable(target);
    expect(table.note).toMatch(/deals\.xlsx: read the worksheet "Deals" \(of 2\)$/);
  });

  it('puts the same dates at the same wall-clock time in another zone', async () => {
    const { values } = await imported(target, 'en_US', 'America/New_York');
    expect(values[1][1]).toEqual(new Date('2026-11-05T15:30:00Z')); // 10:30 EST
  });
});

describe('files it cannot read', () => {
  it.each([
    ['a missing file', () => path.join(dir, 'nope.csv'), /^file not found: .*nope\.csv$/],
    [
      'a folder',
      () => {
        mkdirSync(path.join(dir, 'folder.csv'), { recursive: true });
        return path.join(dir, 'folder.csv');
      },
      /folder\.csv is a folder, not a file$/,
    ],
    ['an empty file', () => file('empty.csv', ''), /empty\.csv is empty$/],
    ['a file of blank lines', () => file('blanks.csv', '\n\n'), /blanks\.csv has no rows$/],
    [
      'an old .xls',
      () => file('old.xls', 'x'),
      /old\.xls: the old \.xls format cannot be read; save it as \.xlsx or \.csv$/,
    ],
    [
      'a PDF',
      () => file('report.pdf', '%PDF'),
      /report\.pdf: cannot read a "\.pdf" file; give a \.csv or \.xlsx file$/,
    ],
    [
      'an .xlsx named .csv',
      () => file('book.csv', Buffer.from('PK\u0003\u0004rest')),
      /book\.csv is an \.xlsx workbook \(a zip file\), not CSV text: name it \.xlsx$/,
    ],
    [
      'a text file named .xlsx',
      () => file('text.xlsx', 'a,b\n1,2\n'),
      /text\.xlsx is not an \.xlsx workbook \(it is not a zip file\)$/,
    ],
    [
      'a broken .xlsx',
      () => file('broken.xlsx', Buffer.from('PK\u0003\u0004not really a zip')),
      /broken\.xlsx could not be read as an \.xlsx workbook: /,
    ],
    [
      'a binary file named .csv',
      () => file('binary.csv', Buffer.from([1, 0, 2, 0])),
      /binary\.csv is not a text file$/,
    ],
    [
      'a quote that never closes',
      () => file('quote.csv', 'a,b\n1,"two\n3,4\n'),
      /quote\.csv: a quoted cell is never closed \(row 2\)$/,
    ],
  ])('%s', async (_, make, message) => {
    expect(await failure(make())).toMatch(message);
  });
});

describe('guards: what is refused before it is read, and how big a table may be', () => {
  it('refuses /dev/zero, also through a link named .csv, as no regular file (an endless file is never read)', async () => {
    const link = path.join(dir, 'zero.csv');
    symlinkSync('/dev/zero', link);
    expect(await failure('/dev/zero')).toBe(
      '/dev/zero is not a regular file (a device, a pipe or a socket): save it to a file first',
    );
    expect(await failure(link)).toMatch(/zero\.csv is not a regular file \(a device, a pipe or a socket\)/);
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(await failure(fifo)).toMatch(/pipe\.csv is not a regular file/);
  });

  it('refuses a file over the size limit from its size, in the user’s language', async () => {
    const big = file('big.csv', `Date,Amount\n${'2026-11-01,10\n'.repeat(100)}`);
    expect(await failure(big, { maxBytes: 1000 })).toMatch(
      /big\.csv is larger than 1000 bytes, the limit for an input file \(SALES_KPI_MAX_INPUT_BYTES\)$/,
    );
    expect(await failure(big, { maxBytes: 1000, lang: 'ru' })).toMatch(
      /big\.csv больше 1000 байт — предела для входного файла/,
    );
    expect((await readTable(big, { maxBytes: 2000 })).rows).toHaveLength(101);
  });

  it('takes the limit from SALES_KPI_MAX_INPUT_BYTES, else 200 MB', () => {
    expect(MAX_INPUT_BYTES).toBe(200 * 1024 * 1024);
    expect(maxInputBytes({})).toBe(MAX_INPUT_BYTES);
    expect(maxInputBytes({ SALES_KPI_MAX_INPUT_BYTES: '5000' })).toBe(5000);
    expect(maxInputBytes({ SALES_KPI_MAX_INPUT_BYTES: 'lots' })).toBe(MAX_INPUT_BYTES);
  });

  it('refuses a type it cannot read before reading it', async () => {
    const pdf = file('huge.pdf', '%PDF');
    // Over the limit too: the type is what is said, from the name alone.
    expect(await failure(pdf, { maxBytes: 1 })).toMatch(/huge\.pdf: cannot read a "\.pdf" file/);
  });

  it('refuses binary data without a zero byte as no text, in one short line', async () => {
    const bytes = Buffer.alloc(20_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + (i % 30);
    const message = await failure(file('noise.csv', bytes));
    expect(message).toMatch(/noise\.csv is not a text file: give a \.csv \(text\) or \.xlsx file$/);
    expect(message.length).toBeLessThan(300);
  });

  it('reads a header with a few escape sequences as text, unchanged', async () => {
    const table = await readTable(file('escapes.csv', 'Date\u001b[31m,Amount\u202e\n2026-11-01,10\n'));
    expect(table.rows[0]).toEqual(['Date\u001b[31m', 'Amount\u202e']);
  });

  it('refuses a CSV over Sheets’ 10 million cells (its rows × its widest row) as soon as it passes them', async () => {
    expect(MAX_CELLS).toBe(10_000_000);
    // 26 columns × 400,000 rows: 10.4 million cells in a 1.6 MB file.
    const header = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)).join(',');
    const cells = file('cells.csv', `${header}\n${'1,2\n'.repeat(400_000)}`);
    expect(await failure(cells)).toMatch(
      /cells\.csv is too big for a spreadsheet: 384,616 rows × 26 columns or more, over Sheets' limit of 10,000,000 cells$/,
    );
    expect(await failure(cells, { lang: 'ru' })).toMatch(
      /cells\.csv не поместится в таблицу: 384616 строк × 26 столбцов или больше/,
    );
  });

  it('refuses an .xlsx whose worksheet is over the cell limit', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Deals');
    sheet.addRow(['Date', 'Amount', 'Rep']);
    for (let i = 0; i < 10; i++) sheet.addRow(['2026-11-01', i, 'Ann']);
    const target = path.join(dir, 'cells.xlsx');
    await book.xlsx.writeFile(target);
    expect(await failure(target, { maxCells: 30 })).toMatch(
      /cells\.xlsx is too big for a spreadsheet: 11 rows × 3 columns or more/,
    );
    expect((await readTable(target, { maxCells: 33 })).rows).toHaveLength(11);
  });
});
