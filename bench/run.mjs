// npm run bench: speed and memory figures, printed as BENCH lines that tooling reads. Never a pass/fail test:
// these machines are shared and noisy, so every figure is compared with a peer in the same run.
import { kpiTableBench } from './kpiTableBench.mjs';
import { reportCallsBench } from './reportCallsBench.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
await kpiTableBench(ROWS);
await reportCallsBench();
