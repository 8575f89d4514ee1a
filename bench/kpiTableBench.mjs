// KPI_TABLE by month over a 1,000,000-row, 9-column log (near Sheets' 10-million-cell limit), against arquero
// computing the same monthly figures from the same rows; both must agree before any figure is printed.
import { arqueroMonthly } from './arqueroPeer.mjs';
import { generateLog } from './generateLog.mjs';
import { loadBundle } from './loadBundle.mjs';

const RUNS = 5;
const MB = 1024 * 1024;

export async function kpiTableBench(rows) {
  const values = generateLog(rows);
  const { KPI_TABLE } = loadBundle();

  const ours = measure(() => KPI_TABLE(values, 'month'));
  const peer = measure(() => arqueroMonthly(values));
  checkAgreement(ours.result, peer.result);

  const ratio = ours.median / peer.median;
  console.log(
    `BENCH kpi_table rows=${rows} ours_ms=${ours.median.toFixed(0)} arquero_ms=${peer.median.toFixed(0)} ` +
      `ratio=${ratio.toFixed(2)} heap_mb=${ours.heapMb.toFixed(0)}`,
  );
}

/**
 * Median wall time of RUNS runs after one warm-up, and the memory one run allocates (heap + typed-array buffers,
 * read right after the run and before any collection: an upper bound of its peak, which V8 cannot report).
 */
function measure(fn) {
  let result = fn(); // warm-up
  const times = [];
  let heapMb = 0;
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage();
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
    const after = process.memoryUsage();
    heapMb = Math.max(
      heapMb,
      (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / MB,
    );
  }
  times.sort((a, b) => a - b);
  return { result, median: times[Math.floor(times.length / 2)], heapMb };
}

const COLUMNS = {
  gross: 'Gross sales',
  returns: 'Returns',
  orders: 'Orders',
  deals: 'Deals',
  conversion: 'Conversion',
  customers: 'Customers',
};

function checkAgreement(table, peer) {
  const header = table[0];
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([k, name]) => [k, header.indexOf(name)]));
  let checked = 0;
  for (const row of table.slice(1)) {
    const expected = peer.get(row[0]);
    if (!expected) throw new Error(`arquero has no figures for ${row[0]}`);
    for (const key of Object.keys(COLUMNS)) {
      const a = row[at[key]];
      const b = expected[key];
      if (Math.abs(Number(a) - Number(b)) > 1e-6 * Math.max(1, Math.abs(Number(b)))) {
        throw new Error(`KPI_TABLE and arquero disagree on ${key} of ${row[0]}: ${a} vs ${b}`);
      }
      checked++;
    }
  }
  if (table.length - 1 !== peer.size) throw new Error(`${table.length - 1} months vs arquero's ${peer.size}`);
  console.log(`# kpi_table: KPI_TABLE and arquero agree on ${checked} figures over ${peer.size} months`);
}
