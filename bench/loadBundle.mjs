// Loads the built dist/Code.js the way Apps Script does (one classic script, top-level function declarations),
// in this realm so the bench's Date cells are the bundle's Dates, with a minimal SpreadsheetApp for the locale and
// time zone. The emulator (emulator/) is for behaviour; this is for speed, without emulator overhead.
import { readFileSync } from 'node:fs';

export function loadBundle({ locale = 'en_US', timeZone = 'Europe/Moscow' } = {}) {
  const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  const spreadsheet = { getSpreadsheetLocale: () => locale, getSpreadsheetTimeZone: () => timeZone };
  const SpreadsheetApp = { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet };
  // The bundle's readLog and releaseLog too, added to what its module returns (nothing else changes): the bench
  // times the reading on its own, to say where KPI_TABLE's time goes.
  const END = 'return __toCommonJS(index_exports);';
  if (!code.includes(END)) throw new Error(`dist/Code.js no longer ends its module with "${END}"`);
  const opened = code.replace(
    END,
    'return Object.assign(__toCommonJS(index_exports), { readLog, releaseLog });',
  );
  return new Function(
    'SpreadsheetApp',
    `${opened}\nreturn { KPI_TABLE, readLog: SalesKPI.readLog, releaseLog: SalesKPI.releaseLog };`,
  )(SpreadsheetApp);
}
