// KPI_TABLE by month over a 1,000,000-row, 9-column log (near Sheets' 10-million-cell limit), against arquero
// computing the same monthly figures from the same rows (both must agree before any figure is printed) and against
// the floor: one bare pass over the same rows summing the amount per month from the Date cells. Then the same log
// with a time of day in its Date cells (as CRM exports have), and a log of twice the rows.
// The contenders of a line run in turns, round after round, so that a burst of load on this shared machine hits
// them alike; each figure is the median of its rounds.
import { arqueroMonthly } from './arqueroPeer.mjs';
import { generateLog, random } from './generateLog.mjs';
import { loadBundle } from './loadBundle.mjs';

const RUNS = 5;
const MB = 1024 * 1024;
const DAY_MS = 86_400_000;
const MOSCOW_OFFSET_MS = 3 * 3600_000;

/** `BENCH kpi_table rows=<rows> …` with the floor and the heap, then `BENCH kpi_table rows=<2 × rows> …`. */
export async function kpiTableBench(rows) {
  const { KPI_TABLE, readLog, releaseLog } = loadBundle();
  {
    const values = generateLog(rows);
    const readOnly = () => {
      const read = readLog(values, { locale: 'en_US', timeZone: 'Europe/Moscow', scratch: true });
      if (!read.ok) throw new Error(`readLog failed: ${read.error.code}`);
      releaseLog(read.log);
      return read.quality.rows;
    };
    const [ours, peer, floor, reading, touch] = measureInTurns(
      [
        () => KPI_TABLE(values, 'month'),
        () => arqueroMonthly(values),
        () => floorMonthly(values),
        readOnly,
        () => touchCells(values),
      ],
      RUNS,
    );
    checkAgreement(ours.result, peer.result);
    if (floor.result.size !== peer.result.size) throw new Error('the floor found other months than arquero');
    if (touch.result.rows !== reading.result) throw new Error('the bare pass and readLog passed other rows');
    console.log(
      `BENCH kpi_table rows=${rows} ours_ms=${ms(ours)} arquero_ms=${ms(peer)} ratio=${ratio(ours, peer)} ` +
        `floor_ms=${ms(floor)} floor_ratio=${ratio(ours, floor)} heap_mb=${ours.heapMb.toFixed(0)}`,
    );
    // Where the time goes, against two lower bounds measured in the same rounds (see touchCells).
    console.log(
      `# kpi_table: of ours_ms, reading the log (readLog) ${ms(reading)} ms; a bare pass that only touches the ` +
        `cells KPI_TABLE reads ${ms(touch)} ms = ${ratio(touch, floor)}× the floor`,
    );
  }
  globalThis.gc?.();
  {
    const big = rows * 2;
    const values = generateLog(big);
    const [ours, peer] = measureInTurns(
      [() => KPI_TABLE(values, 'month'), () => arqueroMonthly(values)],
      3, // arquero takes ~7 s a run at 2M rows
    );
    checkAgreement(ours.result, peer.result);
    console.log(
      `BENCH kpi_table rows=${big} ours_ms=${ms(ours)} arquero_ms=${ms(peer)} ratio=${ratio(ours, peer)} ` +
        `heap_mb=${ours.heapMb.toFixed(0)}`,
    );
  }
}

/** `BENCH kpi_table_times rows=<rows> date_only_ms=<> with_times_ms=<> ratio=<>`: the same log, midnights vs times. */
export async function kpiTableTimesBench(rows) {
  const { KPI_TABLE } = loadBundle();
  const dateOnly = generateLog(rows);
  const withTimes = withTimesOfDay(dateOnly);
  const [a, b] = measureInTurns(
    [() => KPI_TABLE(dateOnly, 'month'), () => KPI_TABLE(withTimes, 'month')],
    RUNS,
  );
  // A time of day moves no date to another day: the tables must be equal.
  if (JSON.stringify(a.result) !== JSON.stringify(b.result)) {
    throw new Error('KPI_TABLE gives other figures when the dates have a time of day');
  }
  console.log(
    `BENCH kpi_table_times rows=${rows} date_only_ms=${ms(a)} with_times_ms=${ms(b)} ratio=${ratio(b, a)}`,
  );
}

/**
 * The log with a random time of day (00:00:00–23:59:59 Moscow time) in its two date columns, in fresh cells
 * as Sheets passes them.
 */
function withTimesOfDay(values) {
  const next = random(7);
  const rows = values.map((row, i) => {
    if (i === 0) return row;
    const copy = row.slice();
    copy[1] = new Date(row[1].getTime() + Math.floor(next() * 86_400) * 1000);
    copy[8] = new Date(row[8].getTime() + Math.floor(next() * 86_400) * 1000);
    return copy;
  });
  return structuredClone(rows);
}

/**
 * The floor: one bare pass over the rows summing the amount per month of the Date cell in Moscow time (a fixed
 * UTC+3, as the generated log is), with a lookup from day to month. What no reader of Date cells can beat.
 *
 * @returns Map of month label → sum of every row's amount.
 */
export function floorMonthly(values) {
  const monthOfDay = new Int32Array(80_000).fill(-1); // days since 1970 → year × 12 + month, filled as met
  const sums = new Float64Array(2400 * 12);
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const day = Math.floor((row[1].getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
    let month = monthOfDay[day];
    if (month === -1) {
      const date = new Date(day * DAY_MS);
      month = date.getUTCFullYear() * 12 + date.getUTCMonth();
      monthOfDay[day] = month;
    }
    sums[month] += row[2];
  }
  const out = new Map();
  for (let m = 0; m < sums.length; m++) {
    if (sums[m] !== 0) out.set(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, sums[m]);
  }
  return out;
}

/**
 * A lower bound for any reader of this log: one bare pass that touches every cell KPI_TABLE must read — the id, the
 * close and created Dates, the amount, the status and the customer text — hashing each text's characters (what any
 * dictionary of texts must do once per fresh cell) and writing typed columns, with no dictionary, no status words,
 * no validation and no KPI. The floor touches two of these cells a row.
 *
 * @returns the rows passed and the hashes' sum, so that no work can be skipped.
 */
export function touchCells(values) {
  const n = values.length - 1;
  const day = new Int32Array(n);
  const created = new Int32Array(n);
  const amount = new Float64Array(n);
  const id = new Float64Array(n);
  const status = new Int32Array(n);
  const customer = new Int32Array(n);
  let check = 0;
  for (let i = 0; i < n; i++) {
    const row = values[i + 1];
    id[i] = row[0];
    day[i] = Math.floor((row[1].getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
    amount[i] = row[2];
    status[i] = hashText(row[3]);
    customer[i] = hashText(row[4]);
    created[i] = Math.floor((row[8].getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
    check += status[i] ^ customer[i] ^ day[i] ^ created[i];
  }
  return { rows: n, check: check + amount[n - 1] + id[n - 1] };
}

function hashText(text) {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * Runs the functions in turns, one warm-up round then `runs` rounds; for each, the median wall time and the memory
 * one run allocates (heap + typed-array buffers, read right after the run and before any collection: an upper
 * bound of its peak, which V8 cannot report).
 */
function measureInTurns(fns, runs) {
  const results = fns.map((fn) => ({ result: fn(), times: [], heapMb: 0 }));
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      globalThis.gc?.();
      const before = process.memoryUsage();
      const start = performance.now();
      results[i].result = fn();
      results[i].times.push(performance.now() - start);
      const after = process.memoryUsage();
      results[i].heapMb = Math.max(
        results[i].heapMb,
        (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / MB,
      );
    });
  }
  return results.map(({ result, times, heapMb }) => {
    times.sort((a, b) => a - b);
    return { result, median: times[Math.floor(times.length / 2)], heapMb };
  });
}

function ms(m) {
  return m.median.toFixed(0);
}

function ratio(a, b) {
  return (a.median / b.median).toFixed(2);
}

const COLUMNS = {
  gross: 'Gross sales',
  returns: 'Returns',
  orders: 'Orders',
  deals: 'Deals',
  conversion: 'Conversion',
  customers: 'Customers',
  cycle: 'Sales cycle (days)',
  pipeline: 'Open pipeline',
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
      if (a === '' || b === '' ? a !== b : !near(Number(a), Number(b))) {
        throw new Error(`KPI_TABLE and arquero disagree on ${key} of ${row[0]}: ${a} vs ${b}`);
      }
      checked++;
    }
  }
  if (table.length - 1 !== peer.size) throw new Error(`${table.length - 1} months vs arquero's ${peer.size}`);
  console.log(`# kpi_table: KPI_TABLE and arquero agree on ${checked} figures over ${peer.size} months`);
}

function near(a, b) {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}
