// Loads the built dist/Code.js the way Apps Script does (one classic script, top-level function declarations),
// in this realm so the bench's Date cells are the bundle's Dates, with a minimal SpreadsheetApp for the locale and
// time zone. The emulator (emulator/) is for behaviour; this is for speed, without emulator overhead.
import { readFileSync } from 'node:fs';

export function loadBundle({ locale = 'en_US', timeZone = 'Europe/Moscow' } = {}) {
  const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  const spreadsheet = { getSpreadsheetLocale: () => locale, getSpreadsheetTimeZone: () => timeZone };
  const SpreadsheetApp = { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet };
  return new Function('SpreadsheetApp', `${code}\nreturn { KPI_TABLE };`)(SpreadsheetApp);
}
