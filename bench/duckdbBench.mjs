// The DuckDB engine (issue 16): `BENCH duckdb rows=20000000 ms=<> rss_mb=<>` — a 20M-row Parquet log DuckDB generates
// itself, its monthly KPI table by rep through the compiled query, timed in a child process whose peak RSS is the
// figure — and `BENCH engines rows=1000000 js_ms=<> duckdb_ms=<> ratio=<>`: the same 1M-row log as the KPI_TABLE
// bench, the JS engine over the values in memory (as Sheets passes them) against DuckDB reading the same rows from a
// Parquet file (ratio = duckdb / js); both tables must agree before a figure is printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { build } from 'esbuild';
import { generateLog } from './generateLog.mjs';
import { loadBundle } from './loadBundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = path.join(ROOT, 'dist/tools/duckdbEngine.mjs');
const MOSCOW_OFFSET_MS = 3 * 3600_000;
const RUNS = Number(process.env.BENCH_DUCKDB_RUNS ?? 3);

/** Bundles tools/kpiTable/duckdbEngine.ts (the engine the CLI runs) for the bench and its child. */
async function buildEngine() {
  await build({
    entryPoints: [path.join(ROOT, 'tools/kpiTable/duckdbEngine.ts')],
    outfile: ENGINE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return import(ENGINE);
}

const OPTIONS = {
  spend: null,
  period: 'month',
  lang: 'en',
  locale: 'en_US',
  timeZone: 'Europe/Moscow',
  columns: null,
  statuses: null,
};

/** `BENCH duckdb rows=<rows> ms=<> rss_mb=<>`. */
export async function duckdbBench(rows = 20_000_000) {
  await buildEngine();
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-duckdb-bench-'));
  try {
    const file = path.join(dir, 'orders.parquet');
    await generateParquet(file, rows);
    const child = path.join(ROOT, 'bench/duckdbQuery.mjs');
    const times = [];
    let rss = 0;
    for (let run = 0; run < RUNS; run++) {
      const out = execFileSync(process.execPath, [child, ENGINE, file, 'rep'], { encoding: 'utf8' });
      const figures = JSON.parse(out);
      if (figures.rows < 36 * 20)
        throw new Error(`the table by rep has ${figures.rows} rows, not 36 months × 20 reps`);
      times.push(figures.ms);
      rss = Math.max(rss, figures.rssMb);
    }
    console.log(`BENCH duckdb rows=${rows} ms=${median(times).toFixed(0)} rss_mb=${rss.toFixed(0)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A sales log of `rows` rows written by DuckDB itself (seeded): the bench log's columns, typed. */
async function generateParquet(file, rows) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SELECT setseed(0.42)');
  await connection.run(
    `COPY (SELECT 100000 + i AS "Deal ID", DATE '2024-01-01' + CAST(floor(random() * 1095) AS INTEGER) AS "Close Date", ` +
      `round((50 + random() * 5000) * CASE WHEN random() < 0.01 THEN -1 ELSE 1 END, 2) AS "Amount", ` +
      `['Closed Won', 'Closed Won', 'Closed Won', 'Closed Lost', 'Closed Lost', 'Negotiation', 'Open'][1 + CAST(floor(random() * 7) AS INTEGER)] AS "Deal Stage", ` +
      `'Customer ' || CAST(floor(random() * ${Math.max(10, Math.floor(rows / 20))}) AS INTEGER) AS "Customer", ` +
      `'Rep ' || CAST(1 + floor(random() * 20) AS INTEGER) AS "Deal owner", ` +
      `['Paid Search', 'Organic', 'Referrals', 'Email', 'Social', 'Events', 'Partners', 'Direct'][1 + CAST(floor(random() * 8) AS INTEGER)] AS "Source", ` +
      `1 + CAST(floor(random() * 5) AS INTEGER) AS "Quantity" FROM range(${rows}) AS t(i)) ` +
      `TO '${file}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
}

/** `BENCH engines rows=<rows> js_ms=<> duckdb_ms=<> ratio=<>`. */
export async function enginesBench(rows = 1_000_000) {
  const { runDuckdbKpiQuery, duckdbKpiTable } = await buildEngine();
  const { KPI_TABLE } = loadBundle();
  const values = generateLog(rows);
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-engines-bench-'));
  try {
    const csv = path.join(dir, 'orders.csv');
    const parquet = path.join(dir, 'orders.parquet');
    writeFileSync(csv, csvOf(values));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true, columns = {'Deal ID': 'BIGINT', 'Close Date': 'DATE', ` +
        `'Amount': 'DOUBLE', 'Deal Stage': 'VARCHAR', 'Customer': 'VARCHAR', 'Deal owner': 'VARCHAR', 'Source': 'VARCHAR', ` +
        `'Quantity': 'DOUBLE', 'Create Date': 'DATE'})) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const options = { ...OPTIONS, data: parquet, groupBy: null };
    // Agreement first: every cell of both tables within a relative 1e-9.
    const js = KPI_TABLE(values, 'month');
    const sql = await duckdbKpiTable(options);
    checkAgreement(js, sql);
    const jsTimes = [];
    const duckdbTimes = [];
    for (let run = 0; run < RUNS; run++) {
      globalThis.gc?.();
      let start = performance.now();
      KPI_TABLE(values, 'month');
      jsTimes.push(performance.now() - start);
      start = performance.now();
      await runDuckdbKpiQuery(options);
      duckdbTimes.push(performance.now() - start);
    }
    const jsMs = median(jsTimes);
    const duckdbMs = median(duckdbTimes);
    console.log(
      `BENCH engines rows=${rows} js_ms=${jsMs.toFixed(0)} duckdb_ms=${duckdbMs.toFixed(0)} ratio=${(duckdbMs / jsMs).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function csvOf(values) {
  const day = (date) => new Date(date.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
  const lines = [values[0].map((h) => `"${h}"`).join(',')];
  for (let i = 1; i < values.length; i++) {
    const [id, close, amount, stage, customer, owner, source, quantity, created] = values[i];
    lines.push(
      `${id},${day(close)},${amount},${stage},${customer},${owner},${source},${quantity},${day(created)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function checkAgreement(js, sql) {
  if (js.length !== sql.length) throw new Error(`engines disagree: ${js.length} rows vs ${sql.length}`);
  for (let r = 1; r < js.length; r++) {
    for (let c = 0; c < js[r].length; c++) {
      const a = js[r][c];
      const b = sql[r][c];
      const same =
        typeof a === 'number' && typeof b === 'number'
          ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
          : a === b;
      if (!same) throw new Error(`engines disagree at ${js[r][0]} ${js[0][c]}: js ${a}, duckdb ${b}`);
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
