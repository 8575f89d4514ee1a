// =CONVERSION(B2:B100001, C2:C100001) through the built bundle's function, against a bare loop over the same two
// number columns that divides them and returns the same shape (rows of one cell: what a custom function must give
// back to Sheets). Both must agree before any figure is printed. The gap is the functions' own overhead: argument
// checks, coercion and broadcasting (issue 11: at most 2×).
import { readFileSync } from 'node:fs';

const RUNS = 15;

export function conversionBench(rows = 100_000) {
  const { CONVERSION } = loadConversion();
  const conversions = new Array(rows);
  const opportunities = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const o = 1 + ((r * 7919) % 500); // deterministic, never 0
    opportunities[r] = [o];
    conversions[r] = [(r * 104729) % (o + 1)];
  }
  const [ours, loop] = measureInterleaved(
    () => CONVERSION(conversions, opportunities),
    () => bareLoop(conversions, opportunities),
  );
  for (let r = 0; r < rows; r++) {
    if (ours.result[r][0] !== loop.result[r][0]) {
      throw new Error(`conversion bench: row ${r + 1} differs: ${ours.result[r][0]} vs ${loop.result[r][0]}`);
    }
  }
  console.log(
    `BENCH conversion rows=${rows} ours_ms=${ours.median.toFixed(2)} loop_ms=${loop.median.toFixed(2)} ` +
      `ratio=${(ours.median / loop.median).toFixed(2)}`,
  );
}

function bareLoop(a, b) {
  const n = a.length;
  const out = new Array(n);
  for (let r = 0; r < n; r++) {
    const d = b[r][0];
    out[r] = [d === 0 ? '' : a[r][0] / d];
  }
  return out;
}

function loadConversion() {
  const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  const spreadsheet = { getSpreadsheetLocale: () => 'en_US', getSpreadsheetTimeZone: () => 'Europe/Moscow' };
  const SpreadsheetApp = { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet };
  return new Function('SpreadsheetApp', `${code}\nreturn { CONVERSION };`)(SpreadsheetApp);
}

/**
 * Median wall times of RUNS runs of each, after three warm-ups, the two run alternately (ours, loop, ours, …) with
 * a collection before each run, so that the machine's noise and the collector fall on both alike.
 */
function measureInterleaved(...fns) {
  const results = fns.map((fn) => {
    let result;
    for (let i = 0; i < 3; i++) result = fn();
    return result;
  });
  const times = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((fn, k) => {
      globalThis.gc?.();
      const start = performance.now();
      results[k] = fn();
      times[k].push(performance.now() - start);
    });
  }
  return fns.map((_, k) => {
    const sorted = times[k].sort((x, y) => x - y);
    return { result: results[k], median: sorted[Math.floor(RUNS / 2)] };
  });
}
