import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle, runCustomFunction } from '../../emulator/index';
import { buildTools } from '../../tools/build.mjs';
import { loadTable, readTable } from '../../tools/report/loadTable';
import { code, ROOT } from '../bundle/_bundle';

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
  noFolder: ['--out', 'no/such/folder/r.xlsx'],
} as const;
let dir: string;
let runs: Record<keyof typeof COMMANDS, Promise<Run>>;
beforeAll(async () => {
  await buildTools();
  dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
  writeFileSync(path.join(dir, 'no-amount.csv'), 'Deal ID,Close Date\n1,2026-11-01\n');
  writeFileSync(path.join(dir, 'notes.docx'), 'PK');
  runs = Object.fromEntries(
    Object.entries(COMMANDS).map(([name, args]) => [name, report(...args)]),
  ) as typeof runs;
});

function report(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, 'dist/tools/report.mjs'), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8' },
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
      '  sheets: Sales, KPI Report',
      '  report period: 2026-06 (month)',
      '  rows read: 702 sales',
    ]);
    expect(run.stdout).toMatch(
      /^note: left out of the \.xlsx: the \w+ chart on "KPI Report" \(exceljs cannot write charts\)/m,
    );
    const book = await workbook('en.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sales', 'KPI Report']);
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
      '  sheets: Продажи, Расходы на маркетинг, Отчёт KPI',
      '  report period: 2026-06 (month)',
      '  rows read: 600 sales, 46 spend',
    ]);
    const book = await workbook('ru.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Продажи', 'Расходы на маркетинг', 'Отчёт KPI']);
    const sales = book.getWorksheet('Продажи')!;
    expect(sales.getCell('C2').value).toBe(26000); // "26 000"
    expect(sales.getCell('G2').value).toEqual(new Date(Date.UTC(2025, 5, 4, 10, 56))); // "04.06.2025 10:56:00"
    expect(book.getWorksheet('Расходы на маркетинг')!.getCell('C2').value).toBe(105311.74); // "105311,74"
    expect(figureBeside(book.getWorksheet('Отчёт KPI')!, 'Объём продаж')).toBeCloseTo(
      await kpiTableSalesVolume('ru', 'amocrm-deals-ru.csv', '2026-06'),
      6,
    );
  });

  it('fails with the add-on’s alert, on one line, with exit code 1', async () => {
    const run = await runs.alert;
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: [^\n]*No “Amount” column in the sales log[^\n]*\n$/);
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
