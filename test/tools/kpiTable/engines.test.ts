import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../tools/kpiTable/main';
import { fixtureFile, fixtureNames, loadExpected, loadFixture } from '../../exports/_exports';
import { typedLog, typedSpend } from '../../kpi/sql/_typedLog';

// Issue 16 "Done when": `npm run kpi-table` gives identical tables from both engines on every test log. Each log is
// first loaded as a warehouse would hold it (typed CSV: ISO dates, plain numbers, one row per order), then both
// engines read that file through the CLI and their CSV outputs must be the same text.

function csvCells(file: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'));
  return parsed.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

const LOGS = [
  {
    name: 'amocrm-sample',
    values: csvCells('samples/amocrm-deals-ru.csv'),
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
  },
  {
    name: 'hubspot-sample',
    values: csvCells('samples/hubspot-deals-en.csv'),
    locale: 'en_US',
    timeZone: 'America/New_York',
  },
  ...fixtureNames().map((system) => {
    const expected = loadExpected(system);
    return {
      name: path.basename(fixtureFile(system)),
      values: loadFixture(system),
      locale: expected.locale,
      timeZone: expected.timeZone,
    };
  }),
];

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (l) => (err += `${l}\n`) }, process.cwd());
  return { code, out, err };
}

describe('npm run kpi-table', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-table-'));
  const spendFile = path.join(dir, 'spend.csv');
  beforeAll(() => {
    writeFileSync(
      spendFile,
      typedSpend(csvCells('samples/marketing-spend-ru.csv'), 'ru_RU', 'Europe/Moscow').csv,
    );
  });

  for (const log of LOGS) {
    const file = path.join(dir, `${log.name}.typed.csv`);
    const typed = typedLog(log.values, log.locale, log.timeZone);
    const groups = [null, ...(['rep', 'channel'] as const).filter((f) => typed.columns[f] !== undefined)];
    for (const groupBy of groups) {
      it(`writes the same CSV from both engines for ${log.name}${groupBy ? ` by ${groupBy}` : ''}`, async () => {
        writeFileSync(file, typed.csv);
        for (const [period, spend] of [
          ['month', []],
          ['week', ['--spend', spendFile]],
        ] as const) {
          const args = [
            '--data',
            file,
            '--period',
            period,
            ...(groupBy ? ['--group-by', groupBy] : []),
            ...spend,
          ];
          const js = await run([...args, '--engine', 'js']);
          const duckdb = await run([...args, '--engine', 'duckdb']);
          expect(js.err).toBe('');
          expect(duckdb.err).toBe('');
          expect(js.out.split('\n').length).toBeGreaterThan(2);
          expect(duckdb.out).toBe(js.out);
        }
      });
    }
  }

  it('reads a Parquet file DuckDB wrote', async () => {
    const csv = path.join(dir, 'hubspot.typed.csv');
    writeFileSync(csv, typedLog(LOGS[1].values, 'en_US', 'America/New_York').csv);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const parquet = path.join(dir, 'hubspot.parquet');
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    const described = (
      await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${parquet}')`)
    ).getRowObjectsJS();
    // Integer ids: the compiled query compares them as numbers (idType 'number'), not as trimmed text.
    expect(described.find((row) => row.column_name === 'ID')?.column_type).toBe('BIGINT');
    connection.closeSync();
    const fromParquet = await run(['--data', parquet, '--engine', 'duckdb', '--group-by', 'rep']);
    const fromCsv = await run(['--data', csv, '--engine', 'js', '--group-by', 'rep']);
    expect(fromParquet.err).toBe('');
    expect(fromParquet.out).toBe(fromCsv.out);
  });

  it('refuses a Parquet file for the js engine, naming the way out', async () => {
    const result = await run(['--data', 'x.parquet', '--engine', 'js']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('--engine duckdb');
  });

  it('says which column is missing, with the headers found', async () => {
    const file = path.join(dir, 'no-amount.csv');
    writeFileSync(file, 'Date,Owner\n2026-11-05,Ann\n');
    const result = await run(['--data', file, '--engine', 'duckdb']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no amount column');
    expect(result.err).toContain('"Owner"');
  });
});

describe('npm run report --engine', () => {
  it('takes duckdb for the report too, and refuses another engine', async () => {
    const { parseArgs } = await import('../../../tools/report/args');
    const parsed = parseArgs(['--engine', 'duckdb', '--out', 'r.xlsx'], '/tmp');
    expect(parsed.help === false && parsed.options.engine).toBe('duckdb');
    expect(() => parseArgs(['--engine', 'spark', '--out', 'r.xlsx'], '/tmp')).toThrow(/is not js or duckdb/);
    expect(parseArgs(['--engine', 'js', '--out', 'r.xlsx'], '/tmp').help).toBe(false);
  });
});
