// The KPI report's cost in Apps Script service calls that reach the spreadsheet, which is what makes a menu command
// slow in Sheets (each is a round trip): the add-on's buildKpiReport in the emulator over generated logs of 1,000 and 200,000 rows. The
// call count must not grow with the rows (issue 4: one read of the log, a constant number of batched writes).
// ms is the wall time of the buildKpiReport call at 200,000 rows, emulator included.
import { readFileSync } from 'node:fs';
import { buildTools } from '../tools/build.mjs';
import { generateLog } from './generateLog.mjs';

const SIZES = [1_000, 200_000];
const SHEET = 'Sales';

export async function reportCallsBench() {
  const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  if (!/^function buildKpiReport\(/m.test(code)) {
    console.log(
      '# report_calls: skipped, dist/Code.js has no buildKpiReport yet (the report is not in src/addon)',
    );
    return;
  }
  await buildTools();
  const { createEnvironment, loadBundle } = await import('../dist/tools/emulator.mjs');
  for (const rows of SIZES) {
    const env = createEnvironment({
      spreadsheetLocale: 'en_US',
      timeZone: 'Europe/Moscow', // generateLog's dates are Moscow midnights
      sheets: { [SHEET]: generateLog(rows) },
    });
    env.properties.document.setAll({
      SALES_KPI_SETTINGS: JSON.stringify({ salesSheet: SHEET, spendSheet: null, periodType: 'month' }),
    });
    const bundle = loadBundle(code, env);
    env.calls.reset();
    const start = performance.now();
    bundle.call('buildKpiReport');
    const ms = performance.now() - start;
    if (env.ui.alerts.length > 0) {
      const { title, prompt } = env.ui.alerts[0];
      throw new Error(`buildKpiReport alerted at ${rows} rows: ${title}: ${prompt}`);
    }
    // The budget counts calls that reach the spreadsheet; builder calls only assemble the rules and the chart
    // that one setConditionalFormatRules and one insertChart carry (see emulator/callLog.ts).
    const calls = env.calls.documentCalls();
    console.log(
      `BENCH report_calls rows=${rows} calls=${calls}${rows === SIZES.at(-1) ? ` ms=${ms.toFixed(0)}` : ''}`,
    );
    console.log(
      `# report_calls rows=${rows}: plus ${env.calls.total() - calls} calls on rule and chart builders`,
    );
  }
}
