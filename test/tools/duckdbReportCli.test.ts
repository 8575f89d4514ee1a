import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTools } from '../../tools/build.mjs';
import { ROOT } from '../bundle/_bundle';

// `npm run report -- --engine duckdb`: the bundled CLI (dist/tools/report.mjs) in a child process, DuckDB reading the
// bundled samples; the workbook has the report (and the rep cards), and no copy of the log.

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir = '';
beforeAll(async () => {
  await buildTools();
  dir = mkdtempSync(path.join(tmpdir(), 'report-duckdb-'));
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

/** Every text cell of a worksheet, one string. */
function texts(sheet: ExcelJS.Worksheet): string {
  const out: string[] = [];
  sheet.eachRow((row) => {
    for (const value of row.values as unknown[]) if (typeof value === 'string') out.push(value);
  });
  return out.join('\n');
}

describe('npm run report -- --engine duckdb', () => {
  for (const [lang, data, spend, reportSheet, note] of [
    ['en', 'hubspot-deals-en.csv', null, 'KPI Report', 'the skipped rows one by one'],
    ['ru', 'amocrm-deals-ru.csv', 'marketing-spend-ru.csv', 'Отчёт KPI', 'пропущенные строки по одной'],
  ] as const) {
    it(`writes the report of samples/${data} computed by DuckDB into an .xlsx`, async () => {
      const out = `duckdb-${lang}.xlsx`;
      const run = await report(
        '--engine',
        'duckdb',
        '--lang',
        lang,
        '--data',
        path.join(ROOT, 'samples', data),
        ...(spend === null ? [] : ['--spend', path.join(ROOT, 'samples', spend)]),
        '--report-period',
        '2026-06',
        '--as-of',
        '2026-11-20',
        '--out',
        out,
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Wrote ${out}`);
      expect(run.stdout).toContain('engine: duckdb');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, out));
      const names = book.worksheets.map((sheet) => sheet.name);
      expect(names[0]).toBe(reportSheet);
      expect(names).toHaveLength(2); // the report and the rep cards: the log is not copied
      const text = texts(book.getWorksheet(reportSheet)!);
      expect(text).toContain('2026-06');
      expect(text).toContain('DuckDB');
      expect(text).toContain(note);
    }, 60_000);
  }

  it('refuses a --data file DuckDB does not read', async () => {
    const run = await report('--engine', 'duckdb', '--data', 'orders.xlsx', '--out', 'x.xlsx');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--engine duckdb reads a .csv or .parquet --data file');
  });
});
