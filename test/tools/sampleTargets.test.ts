// samples/targets-<lang>.csv (issue 15): the README's first `npm run report` commands, run as written, give a
// report whose scorecard and reps show every status (✓, ⚠, ✗), each consistent with its attainment, and no target
// warnings. The bundled CLI (dist/tools/report.mjs) in a child process, as test/tools/cli.test.ts runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTools } from '../../tools/build.mjs';
import { ROOT } from '../bundle/_bundle';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The README's `npm run report` commands that use a sample targets file, as arguments (comments dropped). */
const COMMANDS = README.split('\n')
  .filter((line) => line.startsWith('npm run report -- ') && line.includes('samples/targets-'))
  .map((line) => line.replace(/#.*$/, '').trim().split(/\s+/).slice(4));
interface Words {
  status: string;
  attainment: string;
  mismatch: string;
}
const WORDS: Record<'en' | 'ru', Words> = {
  en: { status: 'Status', attainment: 'Attainment (forecast)', mismatch: 'Target mismatch' },
  ru: { status: 'Статус', attainment: 'Выполнение (прогноз)', mismatch: 'Цели не сходятся' },
};
let dir: string;

beforeAll(async () => {
  await buildTools();
  dir = mkdtempSync(path.join(tmpdir(), 'sample-targets-'));
});

function report(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, 'dist/tools/report.mjs'), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT }, encoding: 'utf8' },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

/** Every row under a header row with Attainment and Status: [attainment, status text], until a blank row. */
function statusRows(sheet: ExcelJS.Worksheet, words: Words): [number | null, string][] {
  const rows: [number | null, string][] = [];
  let columns: { attainment: number; status: number } | null = null;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    if (values.includes(words.status) && values.includes(words.attainment)) {
      columns = { attainment: values.indexOf(words.attainment), status: values.indexOf(words.status) };
      return;
    }
    if (columns === null) return;
    const status = values[columns.status];
    if (typeof status !== 'string' || status === '') {
      columns = null;
      return;
    }
    const attainment = values[columns.attainment];
    rows.push([typeof attainment === 'number' ? attainment : null, status]);
  });
  return rows;
}

describe('the sample targets files', () => {
  it('are used by the README first report commands, one per language', () => {
    expect(COMMANDS.map((args) => args[args.indexOf('--targets') + 1])).toEqual([
      'samples/targets-en.csv',
      'samples/targets-ru.csv',
    ]);
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`give every status, consistent with attainment, in the ${lang} report`, async () => {
      const args = [...COMMANDS[lang === 'en' ? 0 : 1]];
      const out = path.join(dir, `${lang}.xlsx`);
      args[args.indexOf('--out') + 1] = out;
      const run = await report(args);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const targetRows = readFileSync(path.join(ROOT, `samples/targets-${lang}.csv`), 'utf8')
        .trim()
        .split('\n');
      expect(run.stdout).toContain(`${targetRows.length - 1} `);

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const sheet = book.getWorksheet(lang === 'en' ? 'KPI Report' : 'Отчёт KPI')!;
      const rows = statusRows(sheet, WORDS[lang]).filter(([attainment]) => attainment !== null);
      const marks = rows.map(([, status]) => status[0]);
      expect(new Set(marks)).toEqual(new Set(['✓', '⚠', '✗']));
      for (const [attainment, status] of rows) {
        const expected = attainment! >= 1 ? '✓' : attainment! >= 0.9 ? '⚠' : '✗';
        expect(`${attainment} ${status[0]}`).toBe(`${attainment} ${expected}`);
      }
      let mismatch = false;
      sheet.eachRow((row) => {
        if ((row.values as unknown[]).includes(WORDS[lang].mismatch)) mismatch = true;
      });
      expect(mismatch).toBe(false);
    });
  }
});
