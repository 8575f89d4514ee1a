import { normalizeKey } from '../kpi/_lib/normalizeKey';
import type { Lang } from '../kpi/i18n/lang';
import { quoted } from '../kpi/i18n/locales';
import { menuMessages } from '../kpi/i18n/menu';
import { sampleDataMessages } from '../kpi/i18n/sampleData';
import { generateSample, type SampleSheet } from '../kpi/sample/generateSample';
import { pointSettingsAt } from '../kpi/settings/pointSettingsAt';
import { isTargetsSheetName } from '../kpi/targets/targetsSheet';
import { clockIn } from './_lib/clock';
import { locateDataSheets } from './_lib/locateDataSheets';
import { markOwned } from './_lib/ownedSheets';
import { showAlert } from './_lib/showAlert';
import { userLanguage } from './_lib/userLanguage';
import { loadReportSettings, SETTINGS_PROPERTY } from './settings';

/**
 * Adds sample data to try the report on: a sales log of about 300 deals over the last 14 months up to today, a
 * marketing spend sheet and a "KPI Targets" sheet, in the user's language. Never overwrites a sheet: a taken name
 * gets a number. Menu: Extensions → Sales KPI → Insert sample data.
 *
 * Next to a sales log the report already reads, it asks first (Yes / No, in the user's language): No adds nothing;
 * Yes adds the sample and points the settings at it (the sample's sales and spend sheets), so that the next report
 * is the sample's, and the closing message says how to point them back.
 */
export function insertSampleData(): void {
  let lang: Lang = 'en';
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const locale = spreadsheet.getSpreadsheetLocale();
    lang = userLanguage(locale);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const sheets = spreadsheet.getSheets();
    const names = sheets.map((sheet) => sheet.getName());
    const log = existingLog(sheets, names, timeZone);
    const said = sampleDataMessages[lang];
    if (log !== null) {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(
        menuMessages[lang].sampleTitle,
        said.askNextToLog(quoted(lang, log)),
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) return;
    }
    const { today } = clockIn(timeZone, lang);
    const sample = generateSample({ lang, today });
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
    if (log === null) {
      showAlert(m.sampleTitle, m.sampleInserted(titles.join(', ')));
      return;
    }
    const properties = PropertiesService.getDocumentProperties();
    const [salesSheet, spendSheet] = written.map((sheet) => sheet.getName());
    properties.setProperty(
      SETTINGS_PROPERTY,
      pointSettingsAt(properties.getProperty(SETTINGS_PROPERTY), { salesSheet, spendSheet }),
    );
    showAlert(m.sampleTitle, said.pointedAtSample(titles.join(', '), quoted(lang, log)));
  } catch (error) {
    console.error(error);
    const m = menuMessages[lang];
    showAlert(m.sampleTitle, m.sampleFailed(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * The sales log the report would read now (by the settings, else found by its header), or null when there is none.
 * Only header rows are read: the log's data and the spend table are not.
 */
function existingLog(
  sheets: GoogleAppsScript.Spreadsheet.Sheet[],
  names: readonly string[],
  timeZone: string,
): string | null {
  const { settings } = loadReportSettings();
  const noSpend = { ...settings, spendSheet: null, findSpend: false };
  return locateDataSheets(sheets, names, noSpend, timeZone).located.sales?.name ?? null;
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
