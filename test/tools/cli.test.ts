import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle, runCustomFunction } from '../../emulator/index';
import { buildTools } from '../../tools/build.mjs';
import { loadTable, readTable } from '../../tools/report/loadTable';
import { code, ROOT } from '../bundle/_bundle';
import { cp1251 } from './_encodings';

// `npm run report` end to end: the bundled CLI (dist/tools/report.mjs, what tools/report.mjs runs once it has
// built it) in child processes, run from a directory of the user's (INIT_CWD is where npm was run: relative paths
// are read from there). Not the launcher itself: it would rebuild dist/ under the other tests' feet when src/
// changed since vitest's global setup built it. The runs start together, so the file takes as long as the slowest.
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
const COMMANDS = {
  en: ['--report-period', '2026-06', '--as-of', '2026-11-20', '--out', 'en.xlsx'],
  ru: ['--lang', 'ru', '--report-period', '2026-06', '--as-of', '2026-11-20', '--out', 'ru.xlsx'],
  alert: ['--data', 'no-amount.csv', '--out', 'nothing.xlsx'],
  missing: ['--data', 'missing.csv', '--out', 'nothing.xlsx'],
  notATable: ['--data', 'notes.docx', '--out', 'nothing.xlsx'],
  badFlag: ['--period', 'fortnight', '--out', 'nothing.xlsx'],
  // A 1C export in Windows-1251 for an English user of a Russian spreadsheet: the bytes, not --lang, say Cyrillic.
  oneC: [
    '--data',
    '1c.csv',
    '--lang',
    'en',
    '--locale',
    'ru_RU',
    '--map',
    'дата=Период',
    '--map',
    'amount=Сумма, руб.',
    '--map=status=Состояние',
    '--status',
    'Проведён=won',
    '--status',
    'Анализ=отказ',
    '--report-period',
    '2026-11',
    '--as-of',
    '2026-11-20',
    '--out',
    '1c.xlsx',
  ],
  mapUnknownHeader: ['--data', '1c.csv', '--locale', 'ru_RU', '--map', 'date=Дата', '--out', 'nothing.xlsx'],
  badStatus: ['--status', 'Проведён=shipped', '--out', 'nothing.xlsx'],
  unreadableDates: ['--data', 'unreadable-dates.csv', '--out', 'nothing.xlsx'],
  unreadableDatesRu: ['--data', 'unreadable-dates.csv', '--lang', 'ru', '--out', 'nothing.xlsx'],
  noFolder: ['--out', 'no/such/folder/r.xlsx'],
} as const;
let dir: string;
let runs: Record<keyof typeof COMMANDS, Promise<Run>>;
beforeAll(async () => {
  await buildTools();
  dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
  writeFileSync(path.join(dir, 'no-amount.csv'), 'Deal ID,Close Date\n1,2026-11-01\n');
  writeFileSync(path.join(dir, 'notes.docx'), 'PK');
  writeFileSync(
    path.join(dir, '1c.csv'),
    cp1251(
      'Период;Регистратор;Контрагент;Сумма, руб.;Состояние\r\n' +
        '05.11.2026 10:15:00;Реализация товаров и услуг 00000017 от 05.11.2026;ООО «Ёлка»;1 200,50;Проведён\r\n' +
        '06.11.2026 12:00:00;Реализация товаров и услуг 00000018 от 06.11.2026;ИП Иванов;3 000,00;Проведён\r\n' +
        '07.11.2026 09:00:00;Реализация товаров и услуг 00000019 от 07.11.2026;ООО «Ромашка»;500,00;Анализ\r\n' +
        '15.10.2026 09:00:00;Реализация товаров и услуг 00000011 от 15.10.2026;ИП Иванов;700,00;Проведён\r\n',
    ),
  );
  writeFileSync(path.join(dir, 'unreadable-dates.csv'), 'Date,Amount\nsomeday,10\n\nlater,20\n');
  runs = Object.fromEntries(
    Object.entries(COMMANDS).map(([name, args]) => [name, report(...args)]),
  ) as typeof runs;
});

function report(...args: string[]): Promise<Run> {
  return reportWith({}, ...args);
}

function reportWith(environment: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, 'dist/tools/report.mjs'), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: dir, ...environment }, encoding: 'utf8' },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, name));
  return book;
}

/** The first number right of the first cell that reads `label` (a scorecard row: KPI name, then Actual). */
function figureBeside(sheet: ExcelJS.Worksheet, label: string): number | undefined {
  let found: number | undefined;
  sheet.eachRow((row) => {
    if (found !== undefined) return;
    const values = row.values as unknown[];
    const at = values.indexOf(label);
    if (at > 0) found = values.slice(at + 1).find((v): v is number => typeof v === 'number');
  });
  return found;
}

/** KPI_TABLE's sales volume of one month, over the sample imported in-process as the CLI imports it. */
async function kpiTableSalesVolume(lang: 'en' | 'ru', sample: string, month: string): Promise<number> {
  const env = createEnvironment({
    spreadsheetLocale: lang === 'ru' ? 'ru_RU' : 'en_US',
    timeZone: lang === 'ru' ? 'Europe/Moscow' : 'America/New_York',
    sheets: { Sales: [] },
  });
  loadTable(env, 'Sales', await readTable(path.join(ROOT, 'samples', sample)));
  const table = runCustomFunction(loadBundle(code, env), 'KPI_TABLE', [
    env.ref('Sales!A1:I'),
    'month',
  ]) as unknown[][];
  const row = table.find((r) => r[0] === month);
  return row![table[0].indexOf(lang === 'ru' ? 'Объём продаж' : 'Sales volume')] as number;
}

describe('npm run report', () => {
  it('writes the English sample’s report, whose sales volume is KPI_TABLE’s for the same data and month', async () => {
    const run = await runs.en;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'No --data: using the bundled sample samples/hubspot-deals-en.csv (--lang en).',
      'Wrote en.xlsx',
      '  sheets: Sales, KPI Report, Rep cards, KPI History',
      '  report period: 2026-06 (month)',
      '  rows read: 702 sales',
    ]);
    expect(run.stdout).not.toMatch(/chart/); // the chart is in the file (test/tools/xlsxChart.test.ts)
    const book = await workbook('en.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sales', 'KPI Report', 'Rep cards', 'KPI History']);
    expect(book.views[0].activeTab).toBe(1); // it opens on the report
    expect(figureBeside(book.getWorksheet('KPI Report')!, 'Sales volume')).toBeCloseTo(
      await kpiTableSalesVolume('en', 'hubspot-deals-en.csv', '2026-06'),
      6,
    );
  });

  it('writes the Russian sample with its spend, imported as Sheets imports a CSV in a Russian spreadsheet', async () => {
    const run = await runs.ru;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'No --data: using the bundled sample samples/amocrm-deals-ru.csv + samples/marketing-spend-ru.csv (--lang ru).',
      'Wrote ru.xlsx',
      '  sheets: Продажи, Расходы на маркетинг, Отчёт KPI, Карточки менеджеров, История KPI',
      '  report period: 2026-06 (month)',
      '  rows read: 600 sales, 46 spend',
    ]);
    const book = await workbook('ru.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Продажи',
      'Расходы на маркетинг',
      'Отчёт KPI',
      'Карточки менеджеров',
      'История KPI',
    ]);
    const sales = book.getWorksheet('Продажи')!;
    expect(sales.getCell('C2').value).toBe(26000); // "26 000"
    expect(sales.getCell('G2').value).toEqual(new Date(Date.UTC(2025, 5, 4, 10, 56))); // "04.06.2025 10:56:00"
    expect(book.getWorksheet('Расходы на маркетинг')!.getCell('C2').value).toBe(105311.74); // "105311,74"
    expect(figureBeside(book.getWorksheet('Отчёт KPI')!, 'Объём продаж')).toBeCloseTo(
      await kpiTableSalesVolume('ru', 'amocrm-deals-ru.csv', '2026-06'),
      6,
    );
  });

  it('fails on a missing column with one line that says --map and quotes every header, with exit code 1', async () => {
    const run = await runs.alert;
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^error: No “Amount” column in the sales log\. [^\n]*--map amount=<header>[^\n]*\n$/,
    );
    expect(run.stderr).toMatch(/Headers found: “Deal ID”, “Close Date”\.\n$/);
    expect(existsSync(path.join(dir, 'nothing.xlsx'))).toBe(false);
  });

  it('reads a Windows-1251 1C export with --map and --status, and counts as the hand-computed figures say', async () => {
    const run = await runs.oneC;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^note: 1c\.csv is not UTF-8: read as windows-1251 \(its letters are Cyrillic\)$/m,
    );
    expect(run.stdout).toContain('  rows read: 4 sales');
    const book = await workbook('1c.xlsx');
    expect(book.getWorksheet('Sales')!.getCell('C2').value).toBe('ООО «Ёлка»');
    const report = book.getWorksheet('KPI Report')!;
    // November: 1 200,50 + 3 000,00 posted (Проведён = won); 500,00 «Анализ» mapped to lost; October's row is not in it.
    expect(figureBeside(report, 'Sales volume')).toBeCloseTo(4200.5, 6);
    expect(figureBeside(report, 'Deals')).toBe(3);
    expect(figureBeside(report, 'Refusal rate')).toBeCloseTo(1 / 3, 6);
  });

  it('fails with exit code 1 on a --map header the file does not have, quoting every header it has', async () => {
    const run = await runs.mapUnknownHeader;
    expect([run.status, run.stderr]).toEqual([
      1,
      'error: --map: Нет столбца «Дата». Найденные заголовки: «Период», «Регистратор», «Контрагент», «Сумма, руб.», «Состояние».\n',
    ]);
  });

  it('fails with exit code 2 on a --status class that does not exist, listing the classes', async () => {
    const run = await runs.badStatus;
    expect([run.status, run.stderr]).toEqual([
      2,
      'error: --status: “shipped” is not a status class. Classes: won, lost, open, returned, refunded.\n',
    ]);
  });

  it('fails when every row is skipped, one line per reason, in the user’s language', async () => {
    const [en, ru] = await Promise.all([runs.unreadableDates, runs.unreadableDatesRu]);
    expect([en.status, en.stderr]).toEqual([
      1,
      'error: every data row of the sales log was skipped (2 rows), so there is nothing to report; the first 2 reasons:\n' +
        '  row 2, “Date”: the date “someday” cannot be read\n' +
        '  row 4, “Date”: the date “later” cannot be read\n',
    ]);
    expect([ru.status, ru.stderr]).toEqual([
      1,
      'error: все строки журнала продаж пропущены (2 строки), считать нечего; первые 2 причины:\n' +
        '  строка 2, «Date»: не удалось прочитать дату «someday»\n' +
        '  строка 4, «Date»: не удалось прочитать дату «later»\n',
    ]);
    expect(existsSync(path.join(dir, 'nothing.xlsx'))).toBe(false);
  });

  it('fails with one line and exit code 1 when --data cannot be read, and writes nothing', async () => {
    const run = await runs.missing;
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', 'error: file not found: missing.csv\n']);
    expect(existsSync(path.join(dir, 'nothing.xlsx'))).toBe(false);
  });

  it('fails with one line and exit code 1 when --data is not a table', async () => {
    const run = await runs.notATable;
    expect([run.status, run.stderr]).toEqual([
      1,
      'error: notes.docx: cannot read a ".docx" file; give a .csv or .xlsx file\n',
    ]);
  });

  it('fails with one line and exit code 1 when the output folder does not exist', async () => {
    const run = await runs.noFolder;
    expect([run.status, run.stderr]).toEqual([
      1,
      `error: cannot write no/such/folder/r.xlsx: the folder ${path.join(dir, 'no/such/folder')} does not exist\n`,
    ]);
  });

  it('fails with one line and exit code 2 on a bad flag', async () => {
    const run = await runs.badFlag;
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'error: --period "fortnight" is not week, month, quarter or year (неделя, месяц, квартал, год)\n',
    ]);
  });
});

describe('npm run report never destroys an input and refuses what it cannot hold', () => {
  /** A folder of its own with a workbook `book.xlsx` written by the CLI (a user's workbook, to be kept). */
  async function userFolder(name: string): Promise<{ folder: string; book: Buffer }> {
    const folder = path.join(dir, name);
    mkdirSync(folder);
    const run = await report('--out', `${name}/book.xlsx`);
    expect(run.status).toBe(0);
    return { folder, book: readFileSync(path.join(folder, 'book.xlsx')) };
  }

  it('refuses --out that is the --data file, by the same path, another relative path or a link, and keeps it', async () => {
    const { folder, book } = await userFolder('same');
    symlinkSync('book.xlsx', path.join(folder, 'link.xlsx'));
    const runs = await Promise.all([
      report('--data', 'same/book.xlsx', '--out', 'same/book.xlsx'),
      report('--data', 'same/book.xlsx', '--out', './same/../same/book.xlsx', '--force'),
      report('--data', 'same/link.xlsx', '--out', 'same/book.xlsx', '--force'),
      report('--data', 'same/book.xlsx', '--out', 'same/link.xlsx', '--force'),
      report('--targets', 'same/book.xlsx', '--out', path.join(folder, 'book.xlsx'), '--force'),
    ]);
    expect(runs.map((run) => [run.status, run.stdout, run.stderr])).toEqual([
      [
        2,
        '',
        'error: --out same/book.xlsx is the --data file: the report would replace it; write it to another file\n',
      ],
      [
        2,
        '',
        'error: --out same/book.xlsx is the --data file: the report would replace it; write it to another file\n',
      ],
      [
        2,
        '',
        'error: --out same/book.xlsx is the --data file: the report would replace it; write it to another file\n',
      ],
      [
        2,
        '',
        'error: --out same/link.xlsx is the --data file: the report would replace it; write it to another file\n',
      ],
      [
        2,
        '',
        'error: --out same/book.xlsx is the --targets file: the report would replace it; write it to another file\n',
      ],
    ]);
    expect(readFileSync(path.join(folder, 'book.xlsx')).equals(book)).toBe(true);
  });

  it('replaces an existing --out only with --force, and says so in the user’s language', async () => {
    const { folder, book } = await userFolder('force');
    const [en, ru] = await Promise.all([
      report('--out', 'force/book.xlsx'),
      report('--lang', 'ru', '--out', 'force/book.xlsx'),
    ]);
    expect([en.status, en.stderr]).toEqual([
      2,
      'error: force/book.xlsx already exists: add --force to replace it, or choose another --out\n',
    ]);
    expect([ru.status, ru.stderr]).toEqual([
      2,
      'error: force/book.xlsx уже существует: добавьте --force, чтобы заменить его, или выберите другой --out\n',
    ]);
    expect(readFileSync(path.join(folder, 'book.xlsx')).equals(book)).toBe(true);
    const forced = await report('--lang', 'ru', '--out', 'force/book.xlsx', '--force');
    expect([forced.status, forced.stderr]).toEqual([0, '']);
    const replaced = await workbook('force/book.xlsx');
    expect(replaced.worksheets.map((sheet) => sheet.name)).toEqual([
      'Продажи',
      'Расходы на маркетинг',
      'Отчёт KPI',
      'Карточки менеджеров',
      'История KPI',
    ]);
  });

  it('refuses /dev/zero and a link to it in one line, without reading it', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'endless.csv'));
    const [zero, link] = await Promise.all([
      report('--data', '/dev/zero', '--out', 'zero.xlsx'),
      report('--data', 'endless.csv', '--out', 'zero.xlsx'),
    ]);
    expect([zero.status, zero.stderr]).toEqual([
      1,
      'error: /dev/zero is not a regular file (a device, a pipe or a socket): save it to a file first\n',
    ]);
    expect([link.status, link.stderr]).toEqual([
      1,
      'error: endless.csv is not a regular file (a device, a pipe or a socket): save it to a file first\n',
    ]);
    expect(existsSync(path.join(dir, 'zero.xlsx'))).toBe(false);
  });

  it('refuses a file over SALES_KPI_MAX_INPUT_BYTES', async () => {
    const run = await reportWith({ SALES_KPI_MAX_INPUT_BYTES: '4096' }, '--out', 'limit.xlsx');
    expect([run.status, run.stderr]).toEqual([
      1,
      `error: ${path.join(ROOT, 'samples/hubspot-deals-en.csv')} is larger than 4 KB, the limit for an input file (SALES_KPI_MAX_INPUT_BYTES)\n`,
    ]);
  });

  it('refuses a binary file, and a log over Sheets’ 10 million cells, in one short line', async () => {
    const noise = Buffer.alloc(20_000);
    for (let i = 0; i < noise.length; i++) noise[i] = 1 + ((i * 7) % 250);
    writeFileSync(path.join(dir, 'noise.csv'), noise);
    const header = Array.from({ length: 26 }, (_, i) => `Column ${i}`).join(',');
    writeFileSync(path.join(dir, 'wide.csv'), `${header}\n${'2026-11-01,10\n'.repeat(400_000)}`);
    const [binary, cells] = await Promise.all([
      report('--data', 'noise.csv', '--out', 'noise.xlsx'),
      report('--data', 'wide.csv', '--out', 'wide.xlsx'),
    ]);
    expect([binary.status, binary.stderr]).toEqual([
      1,
      'error: noise.csv is not a text file: give a .csv (text) or .xlsx file\n',
    ]);
    expect(cells.status).toBe(1);
    expect(cells.stderr).toMatch(
      /^error: wide\.csv is too big for a spreadsheet: [\d,]+ rows × 26 columns or more, over Sheets' limit of 10,000,000 cells\n$/,
    );
  });

  it('escapes control characters of the file in its messages, and keeps each line short', async () => {
    const headers = [
      'Deal\u001b[2J\u001b[H ID',
      'Clo\u202ese Date',
      ...Array.from({ length: 40 }, (_, i) => `Extra column ${i}`),
    ];
    writeFileSync(path.join(dir, 'escapes.csv'), `${headers.join(',')}\n1,2026-11-01\n`);
    const run = await report('--data', 'escapes.csv', '--out', 'escapes.xlsx');
    expect(run.status).toBe(1);
    // Nothing a terminal acts on but the line break after the message.
    expect(
      [...run.stderr.trim()].filter((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f') || c === '\u202e'),
    ).toEqual([]);
    expect(run.stderr).toContain(
      'Headers found: “Deal\\x1b[2J\\x1b[H ID”, “Clo\\u202ese Date”, “Extra column 0”',
    );
    expect(run.stderr).toMatch(/ and \d+ more\.\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(Array.from(run.stderr.trim()).length).toBeLessThanOrEqual(300);
  });
});
