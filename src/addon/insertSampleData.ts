import { normalizeKey } from '../kpi/_lib/normalizeKey';
import type { Lang } from '../kpi/i18n/lang';
import { quoted } from '../kpi/i18n/locales';
import { menuMessages } from '../kpi/i18n/menu';
import { generateSample, type SampleSheet } from '../kpi/sample/generateSample';
import { isTargetsSheetName } from '../kpi/targets/targetsSheet';
import { clockIn } from './_lib/clock';
import { markOwned } from './_lib/ownedSheets';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';

/**
 * Adds sample data to try the report on: a sales log of about 300 deals over the last 14 months up to today, a
 * marketing spend sheet and a "KPI Targets" sheet, in the user's language. Never overwrites a sheet: a taken name
 * gets a number. Menu: Extensions → Sales KPI → Insert sample data.
 */
export function insertSampleData(): void {
  let lang: Lang = 'en';
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const locale = spreadsheet.getSpreadsheetLocale();
    lang = userLanguage(locale);
    const { today } = clockIn(spreadsheet.getSpreadsheetTimeZone(), lang);
    const sample = generateSample({ lang, today });
    const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
    const written: GoogleAppsScript.Spreadsheet.Sheet[] = [];
    const titles: string[] = [];
    for (const data of [sample.sales, sample.spend, sample.targets]) {
      const name = freeName(data.name, names);
      names.push(name);
      titles.push(quoted(lang, name));
      const sheet = spreadsheet.insertSheet(name, names.length - 1);
      // The sample targets sheet is the add-on's, as one the sidebar creates: marked (issue 10).
      if (data === sample.targets && isTargetsSheetName(name)) markOwned(sheet, 'targets');
      written.push(writeSampleSheet(sheet, data));
    }
    spreadsheet.setActiveSheet(written[0]);
    const m = menuMessages[lang];
    showAlert(m.sampleTitle, m.sampleInserted(titles.join(', ')));
  } catch (error) {
    console.error(error);
    const m = menuMessages[lang];
    showAlert(m.sampleTitle, m.sampleFailed(error instanceof Error ? error.message : String(error)));
  }
}

/** Writes one sample sheet: values (text columns as text), bold frozen header, column formats. */
function writeSampleSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  data: SampleSheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  const rows = data.values.length;
  const columns = data.values[0].length;
  const text = new Set(data.textColumns);
  sheet
    .getRange(1, 1, rows, columns)
    .setValues(
      data.values.map((row, r) =>
        row.map((value, c) =>
          typeof value === 'string' && value !== '' && (r === 0 || text.has(c)) ? `'${value}` : value,
        ),
      ),
    );
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
  sheet.setFrozenRows(1);
  data.columnFormats.forEach((format, c) => {
    if (format !== '' && rows > 1) sheet.getRange(2, c + 1, rows - 1, 1).setNumberFormat(format);
  });
  return sheet;
}

/** `name`, or `name (2)`, `name (3)`… — the first not taken (sheet names ignore case). */
function freeName(name: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(normalizeKey));
  if (!keys.has(normalizeKey(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!keys.has(normalizeKey(candidate))) return candidate;
  }
}
