// What the report and the sidebar read from a wide CRM export (issue 11): a 30-column log in the emulator, of which
// the report needs 9. Each figure is the median of RUNS runs, side by side with reading the whole sheet once
// (getDataRange().getValues(), through the same emulator and membrane) in the same process.
//   BENCH report_read … ms = the time buildKpiReport spends reading the log (its getValues calls below the header
//   row, the membrane's copy included): what the "read only the columns needed" changes; build_ms = the
//   whole buildKpiReport call (reading, computing the KPIs of 200,000 rows, writing the report), for scale;
//   columns_read = the columns the log's reads cover; calls = the calls that reach the spreadsheet.
//   BENCH sidebar_state … ms = the whole getSidebarState call (what the targets sidebar waits for on opening and on
//   every change of sheet or column in its form); read_ms = its getValues calls below the header row, as above.
// While a script runs, getValues makes its rows and Dates in the script's realm (emulator/valueBlock.ts), so the
// timed getValues below includes everything the script receives: there is no later copy by the membrane.
import { readFileSync } from 'node:fs';
import { buildTools } from '../tools/build.mjs';
import { generateLog } from './generateLog.mjs';

const ROWS = 200_000;
const WIDTH = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SHEET = 'Sales';
// Where generateLog's 9 columns go among 21 columns the report does not need: as in a CRM export, the deal's own
// fields first with a few others between them (name, pipeline, probability…), then custom fields and tags. (A read
// costs the emulator what it returns: a row array per row, and per cell a value; at 200,000 rows one column of texts
// ~15–40 ms, one Date column ~90–140 ms, the whole 30-column sheet ~250–500 ms, depending on the machine's load. The
// texts are handed over without a copy, so the 21 columns the report skips are almost free to read here.)
const PLACES = [0, 1, 2, 3, 5, 6, 8, 9, 12];
const FILLER = ['', 'Web form', 'ok', 'Moscow, Tverskaya 1', 'tag-a, tag-b', 'call back', 'EUR'];

/** generateLog's rows spread over a 30-column sheet. */
function wideLog(rows) {
  const narrow = generateLog(rows);
  return narrow.map((row, r) => {
    const wide = new Array(WIDTH);
    for (let c = 0; c < WIDTH; c++) wide[c] = r === 0 ? `Extra ${c}` : FILLER[(r + c) % FILLER.length];
    PLACES.forEach((c, i) => {
      wide[c] = row[i];
    });
    return wide;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn) {
  globalThis.gc?.(); // each figure starts from a collected heap (run with node --expose-gc, as npm run bench does)
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function readBench(names) {
  const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  await buildTools();
  const { createEnvironment, loadBundle } = await import('../dist/tools/emulator.mjs');
  const env = createEnvironment({
    spreadsheetLocale: 'en_US',
    timeZone: 'Europe/Moscow',
    sheets: { [SHEET]: wideLog(ROWS) },
  });
  env.properties.document.setAll({
    SALES_KPI_SETTINGS: JSON.stringify({ spendSheet: null, periodType: 'month' }),
  });
  const probe =
    '\nfunction benchFullRead() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(' +
    `${JSON.stringify(SHEET)}).getDataRange().getValues().length; }`;
  const bundle = loadBundle(code + probe, env);
  // Counts the columns of every data read below the header row (getRange(2, column, rows, columns)).
  // Times those reads' getValues (what reading the log costs inside a build).
  let columnsSeen = 0;
  let readMs = 0;
  const sheetProto = Object.getPrototypeOf(env.spreadsheet.getSheetByName(SHEET));
  const getRange = sheetProto.getRange;
  sheetProto.getRange = function (...args) {
    const range = getRange.apply(this, args);
    if (args[0] >= 2 && typeof args[3] === 'number') {
      columnsSeen += args[3];
      const getValues = range.getValues;
      range.getValues = function () {
        const start = performance.now();
        try {
          return getValues.call(this);
        } finally {
          readMs += performance.now() - start;
        }
      };
    }
    return range;
  };
  const full = [];
  const report = [];
  const reportReads = [];
  const sidebar = [];
  const sidebarReads = [];
  let calls = 0;
  let columnsRead = 0;
  for (let run = 0; run < RUNS; run++) {
    full.push(time(() => bundle.call('benchFullRead')));
    if (names.has('report_read')) {
      env.calls.reset();
      columnsSeen = 0;
      readMs = 0;
      report.push(time(() => bundle.call('buildKpiReport')));
      reportReads.push(readMs);
      if (env.ui.alerts.length > 0) throw new Error(`buildKpiReport alerted: ${env.ui.alerts[0].prompt}`);
      calls = env.calls.documentCalls();
      columnsRead = columnsSeen;
    }
    if (names.has('sidebar_state')) {
      readMs = 0;
      sidebar.push(
        time(() => {
          const state = bundle.call('getSidebarState', null);
          if (!state.ok || state.state.data.quality?.rows !== ROWS) throw new Error('getSidebarState failed');
        }),
      );
      sidebarReads.push(readMs);
    }
  }
  const fullMs = median(full).toFixed(0);
  if (names.has('report_read')) {
    console.log(
      `BENCH report_read rows=${ROWS} log_columns=${WIDTH} columns_read=${columnsRead} calls=${calls} ` +
        `ms=${median(reportReads).toFixed(0)} full_read_ms=${fullMs} build_ms=${median(report).toFixed(0)}`,
    );
    console.log(
      '# report_read: ms = reading the log inside buildKpiReport; build_ms = the whole call (read, compute, write); medians of',
      RUNS,
    );
  }
  if (names.has('sidebar_state')) {
    console.log(
      `BENCH sidebar_state rows=${ROWS} log_columns=${WIDTH} ms=${median(sidebar).toFixed(0)} full_read_ms=${fullMs} ` +
        `read_ms=${median(sidebarReads).toFixed(0)}`,
    );
    console.log(
      '# sidebar_state: ms is the whole getSidebarState call, read_ms its reads of the log; medians of',
      RUNS,
    );
  }
}
