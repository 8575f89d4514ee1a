import { dayFromCivil } from '../../src/kpi/calendar/day.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { buildReportModel } from '../../src/kpi/report/buildReportModel.js';
import { locateSheets } from '../../src/kpi/report/locateSheets.js';
import type { ReportModel } from '../../src/kpi/report/reportModel.js';
import { parseReportSettings, SETTINGS_PROPERTY } from '../../src/kpi/settings/reportSettings.js';
import { ReportError } from '../report/errors.js';
import type { ReportRun } from '../report/runReport.js';

/** The report model of a run, and where the e-mail's links lead in the emulated spreadsheet. */
export interface DigestSource {
  model: ReportModel;
  spreadsheetUrl: string;
  reportUrl: string;
  spreadsheetName: string;
  reportSheet: string | null;
}

/**
 * The report model the add-on built in the emulator (`runReport`), made again from the same sheets and settings as
 * the add-on reads them (`locateSheets` over the sheets' values, the saved `SALES_KPI_SETTINGS`), so the digest is
 * the e-mail the schedule would send for that spreadsheet.
 *
 * @param run What `runReport` returned (the report is built: its sheet gives the report link).
 * @param lang The report's language (the user's).
 * @param today Today in the spreadsheet's zone (`yyyy-mm-dd`): the as-of day unless the settings fix one.
 * @throws ReportError when the model cannot be built (the add-on would not have built the report either).
 */
export function digestSource(run: ReportRun, lang: Lang, today: string): DigestSource {
  const { env } = run;
  return env.calls.untracked(() => {
    const spreadsheet = env.spreadsheet;
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const locale = spreadsheet.getSpreadsheetLocale();
    const sheets = spreadsheet.getSheets();
    const names = sheets.map((sheet) => sheet.getName());
    const { settings, notes } = parseReportSettings(env.properties.document.get(SETTINGS_PROPERTY));
    const located = locateSheets(
      names,
      (name) => sheets[names.indexOf(name)].getDataRange().getValues(),
      settings,
      timeZone,
      (name) => (run.reportSheets.includes(name) ? 'report' : null),
    );
    const [year, month, day] = today.split('-').map(Number);
    const result = buildReportModel({
      sales: located.sales,
      spend: located.spend,
      targets: located.targets,
      settings,
      settingsNotes: notes,
      spendMissing: located.spendMissing,
      sheetNames: names,
      locale,
      timeZone,
      lang,
      today: dayFromCivil(year, month, day),
      generatedAt: today,
    });
    if (!result.ok) throw new ReportError(`the report model cannot be built: ${result.error.code}`);
    const reportSheet = run.reportSheets[0] ?? null;
    const url = spreadsheet.getUrl();
    const report = reportSheet === null ? null : spreadsheet.getSheetByName(reportSheet);
    return {
      model: result.model,
      spreadsheetUrl: url,
      reportUrl: report === null ? url : `${url}#gid=${report.getSheetId()}`,
      spreadsheetName: spreadsheet.getName(),
      reportSheet,
    };
  });
}
