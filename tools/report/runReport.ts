import { createEnvironment, type Environment, loadBundle, openEvent } from '../../emulator/index.js';
import type { PeriodType } from '../../src/kpi/calendar/periods.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { offlineWorkbookMessages } from '../../src/kpi/i18n/offlineWorkbook.js';
import type { Field, StatusClass } from '../../src/kpi/log/salesLog.js';
import { type ReportSettings, SETTINGS_PROPERTY } from '../../src/kpi/settings/reportSettings.js';
import { TARGETS_SHEET_NAMES } from '../../src/kpi/targets/targetsSheet.js';
import { checkSalesLog } from './checkSalesLog.js';
import { oneLine, ReportError } from './errors.js';
import { loadTable, type Table } from './loadTable.js';

/** The menu command that builds the report (it reads its settings from the `SALES_KPI_SETTINGS` property). */
export const BUILD_FUNCTION = 'buildKpiReport';
export { SETTINGS_PROPERTY };

/**
 * The sheets the tables go into, named as a user of that language would name them. The add-on finds the sales
 * and spend sheets through the settings, and the targets by the name of its own targets sheet.
 */
export const SHEET_NAMES: Readonly<Record<Lang, { sales: string; spend: string; targets: string }>> = {
  en: { sales: 'Sales', spend: 'Marketing spend', targets: TARGETS_SHEET_NAMES.en },
  ru: { sales: 'Продажи', spend: 'Расходы на маркетинг', targets: TARGETS_SHEET_NAMES.ru },
};

export interface ReportInputs {
  /** The add-on's bundle (dist/Code.js). */
  code: string;
  lang: Lang;
  locale: string;
  timeZone: string;
  sales: Table;
  spend: Table | null;
  targets: Table | null;
  /** null: left to the add-on (not written into the settings). */
  period: PeriodType | null;
  reportPeriod: string | null;
  asOf: string | null;
  /** `--map`: the user's columns by header text (null: no such column). @default null */
  columns?: ReadonlyMap<Field, string | null> | null;
  /** `--status`: extra status texts per class. @default null */
  statuses?: Partial<Record<StatusClass, string[]>> | null;
  /** The clock of the emulated world (the report's "generated" time). @default the real clock */
  now?: () => Date;
}

export interface ReportRun {
  env: Environment;
  /** The input sheets, in the order they were added. */
  inputSheets: string[];
  /** The sheets the build added (the report), by name. */
  reportSheets: string[];
  /** Data rows read from each table (null: no such table). */
  rows: { sales: number; spend: number | null; targets: number | null };
}

/**
 * Builds the report as a user would in Sheets: the tables are imported into sheets of a spreadsheet of that
 * locale and time zone, the add-on's settings are saved, the spreadsheet is opened (`onOpen`) and the menu's
 * "Build KPI report" command runs (`buildKpiReport`, full authorisation). The sales log is first read as the
 * add-on will read it (`checkSalesLog`), so that a `--map` header not in the file, a missing column or a log whose
 * every row is skipped is told in the CLI's words; `--map` and `--status` go into the settings, as the sidebar
 * saves them (columns by header text).
 *
 * @throws ReportError when the sales log cannot be read, when the add-on shows an alert (it shows one only when it
 *   cannot build the report) or throws.
 */
export function runReport(inputs: ReportInputs): ReportRun {
  const names = SHEET_NAMES[inputs.lang];
  const env = createEnvironment({
    spreadsheetName: offlineWorkbookMessages[inputs.lang].spreadsheetName,
    spreadsheetLocale: inputs.locale,
    timeZone: inputs.timeZone,
    userLocale: inputs.lang,
    sheets: { [names.sales]: [] },
    ...(inputs.now === undefined ? {} : { now: inputs.now }),
  });
  const rows = {
    sales: loadTable(env, names.sales, inputs.sales),
    spend: inputs.spend === null ? null : loadTable(env, names.spend, inputs.spend),
    targets: inputs.targets === null ? null : loadTable(env, names.targets, inputs.targets),
  };
  const inputSheets = sheetNames(env);
  const statuses = inputs.statuses ?? null;
  const checked = checkSalesLog(env, names.sales, {
    lang: inputs.lang,
    locale: inputs.locale,
    timeZone: inputs.timeZone,
    columns: inputs.columns ?? null,
    statuses,
    where: 'cli',
  });

  const settings: ReportSettings = {
    salesSheet: names.sales,
    spendSheet: inputs.spend === null ? null : names.spend,
  };
  if (checked.columns !== undefined) settings.columns = checked.columns;
  if (statuses !== null) settings.statuses = statuses;
  if (inputs.period !== null) settings.periodType = inputs.period;
  if (inputs.reportPeriod !== null) settings.reportPeriod = inputs.reportPeriod;
  if (inputs.asOf !== null) settings.asOf = inputs.asOf;
  env.properties.document.setAll({ [SETTINGS_PROPERTY]: JSON.stringify(settings) });

  let bundle: ReturnType<typeof loadBundle>;
  try {
    bundle = loadBundle(inputs.code, env);
  } catch (error) {
    throw new ReportError(`the add-on's bundle does not load: ${messageOf(error)}`);
  }
  if (!bundle.has(BUILD_FUNCTION)) {
    throw new ReportError(
      `the add-on's bundle has no ${BUILD_FUNCTION} function: rebuild it (npm run build), or the report is not built yet`,
    );
  }
  if (bundle.has('onOpen')) run(() => bundle.call('onOpen', openEvent(env)), 'onOpen');
  run(() => bundle.call(BUILD_FUNCTION), BUILD_FUNCTION);
  const alert = env.ui.alerts[0];
  if (alert !== undefined) {
    throw new ReportError(oneLine(alert.title === '' ? alert.prompt : `${alert.title}: ${alert.prompt}`));
  }
  const reportSheets = sheetNames(env).filter((name) => !inputSheets.includes(name));
  return { env, inputSheets, reportSheets, rows };
}

function sheetNames(env: Environment): string[] {
  return env.calls.untracked(() => env.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}

function run(body: () => unknown, name: string): void {
  try {
    body();
  } catch (error) {
    throw new ReportError(`${name} stopped with an error: ${oneLine(messageOf(error))}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error
    ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
    : String(error);
}
