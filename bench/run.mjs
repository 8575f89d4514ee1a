// npm run bench: speed and memory figures, printed as BENCH lines that tooling reads. Never a pass/fail test:
// these machines are shared and noisy, so every figure is compared with a peer in the same run.
import { conversionBench } from './conversionBench.mjs';
import { duckdbBench, enginesBench } from './duckdbBench.mjs';
import { kpiTableBench, kpiTableTimesBench } from './kpiTableBench.mjs';
import { readBench } from './readBench.mjs';
import { reportCallsBench } from './reportCallsBench.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
// `node --expose-gc bench/run.mjs conversion` runs only the named benches; no name runs them all.
const only = new Set(process.argv.slice(2));
const wanted = (name) => only.size === 0 || only.has(name);
if (wanted('kpi_table')) await kpiTableBench(ROWS); // the 1M line, then the 2M line
if (wanted('kpi_table_times')) await kpiTableTimesBench(ROWS);
if (wanted('report_calls')) await reportCallsBench();
if (wanted('conversion')) conversionBench();
if (wanted('engines')) await enginesBench(1_000_000); // the JS engine vs DuckDB on the same 1M rows
if (wanted('duckdb')) await duckdbBench(Number(process.env.BENCH_DUCKDB_ROWS ?? 20_000_000)); // a 20M-row Parquet log
const reads = new Set(['report_read', 'sidebar_state'].filter(wanted));
if (reads.size > 0) await readBench(reads);
