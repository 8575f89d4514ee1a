import { createEnvironment, type Environment } from '../../emulator/index.js';
import { clockIn } from '../../src/addon/_lib/clock.js';
import { markOwned } from '../../src/addon/_lib/ownedSheets.js';
import { writeReportGrid } from '../../src/addon/writeReportGrid.js';
import { type Day, dayFromCivil } from '../../src/kpi/calendar/day.js';
import { parsePeriodLabel, periodOf } from '../../src/kpi/calendar/periods.js';
import type { Field, StatusClass } from '../../src/kpi/log/salesLog.js';
import { assembleReportModel } from '../../src/kpi/report/assembleReportModel.js';
import { layoutRepCards } from '../../src/kpi/report/layoutRepCards.js';
import { layoutReport } from '../../src/kpi/report/layoutReport.js';
import { freeRepCardsName } from '../../src/kpi/report/repCardsSheetName.js';
import type { ReportModel } from '../../src/kpi/report/reportModel.js';
import { freeReportName } from '../../src/kpi/report/reportSheetName.js';
import { DEFAULT_SETTINGS, type ResolvedReportSettings } from '../../src/kpi/settings/reportSettings.js';
import { readTargets } from '../../src/kpi/targets/readTargets.js';
import { openDuckdbLog } from '../kpiTable/duckdbEngine.js';
import { duckdbReportKpis } from './duckdbReportKpis.js';
import { loadTable } from './loadTable.js';
import { type ReportInputs, SHEET_NAMES } from './runReport.js';

/**
 * What `npm run report -- --engine duckdb` builds the report from: files DuckDB reads, and the CLI's choices (the
 * same as the JS path's, `ReportInputs`: language, locale, zone, targets, periods, columns, statuses, clock).
 */
export interface DuckdbReportInputs extends Omit<ReportInputs, 'code' | 'sales' | 'spend'> {
  /** The sales log (.csv or .parquet), read by DuckDB. */
  data: string;
  /** The spend table (.csv or .parquet), read by DuckDB, or null. */
  spend: string | null;
}

/** The spreadsheet the report was written into, and its sheets. */
export interface DuckdbReportRun {
  env: Environment;
  model: ReportModel;
  /** The report sheet and the rep cards sheet (when there are reps), report first. */
  reportSheets: string[];
}

/**
 * The report's model with every KPI computed in SQL by DuckDB (issue 16): the same `assembleReportModel` as the
 * add-on's JS path, given the grids of `duckdbReportKpis` instead of `computeKpis`. Targets are read from a sheet of
 * `env` (a small table, as the JS path reads it).
 *
 * @param inputs Files and choices.
 * @param env The spreadsheet the targets sheet goes into.
 * @returns The model.
 * @throws InputError when DuckDB cannot read a file or a required column is missing.
 */
export async function duckdbReportModel(inputs: DuckdbReportInputs, env: Environment): Promise<ReportModel> {
  const { lang, locale, timeZone } = inputs;
  const names = SHEET_NAMES[lang];
  const clock = clockIn(timeZone, lang, inputs.now?.() ?? new Date());
  const settings: ResolvedReportSettings = {
    ...DEFAULT_SETTINGS,
    salesSheet: names.sales,
    spendSheet: inputs.spend === null ? null : names.spend,
    periodType: inputs.period ?? DEFAULT_SETTINGS.periodType,
    reportPeriod: inputs.reportPeriod,
    asOf: inputs.asOf === null ? null : isoDay(inputs.asOf),
    statuses: inputs.statuses ?? {},
  };
  const asOf: Day = settings.asOf ?? clock.today;
  const wanted = settings.reportPeriod === null ? null : parsePeriodLabel(settings.reportPeriod);
  const period = wanted ?? periodOf(settings.periodType, asOf);

  let targetsRead = null;
  if (inputs.targets !== null) {
    loadTable(env, names.targets, inputs.targets);
    const values = env.spreadsheet.getSheetByName(names.targets)!.getDataRange().getValues();
    targetsRead = readTargets(values, { locale, timeZone });
  }

  const log = await openDuckdbLog({
    data: inputs.data,
    spend: inputs.spend,
    period: period.type,
    groupBy: null,
    lang,
    locale,
    timeZone,
    columns: choiceLines(inputs.columns ?? null),
    statuses: statusLines(inputs.statuses ?? null),
  });
  let figures: Awaited<ReturnType<typeof duckdbReportKpis>>;
  try {
    figures = await duckdbReportKpis(
      log,
      period,
      asOf,
      names.sales,
      inputs.spend === null ? null : names.spend,
    );
  } finally {
    log.close();
  }
  return assembleReportModel(figures.kpis, {
    settings,
    lang,
    locale,
    generatedAt: clock.text,
    period,
    asOf,
    salesSheet: names.sales,
    spendSheet: inputs.spend === null ? null : names.spend,
    targetsSheet: inputs.targets === null ? null : names.targets,
    targets: targetsRead?.targets ?? [],
    targetIssues: targetsRead?.issues ?? [],
    quality: figures.quality,
    notes: [],
  });
}

/**
 * `npm run report -- --engine duckdb`: the model from DuckDB, laid out by the add-on's own `layoutReport` and
 * `layoutRepCards` and written by its `writeReportGrid` into a spreadsheet of the emulator (the .xlsx is written
 * from it as for the JS path). The log itself is not put into the workbook: it never enters JavaScript.
 *
 * @param inputs Files and choices.
 * @returns The spreadsheet, the model and the report's sheets.
 */
export async function runDuckdbReport(inputs: DuckdbReportInputs): Promise<DuckdbReportRun> {
  const reportName = freeReportName(inputs.lang, []);
  const env = createEnvironment({
    spreadsheetName: `${SHEET_NAMES[inputs.lang].sales} — KPI`,
    spreadsheetLocale: inputs.locale,
    timeZone: inputs.timeZone,
    userLocale: inputs.lang,
    sheets: { [reportName]: [] },
    ...(inputs.now === undefined ? {} : { now: inputs.now }),
  });
  const model = await duckdbReportModel(inputs, env);
  const reportSheets = [reportName];
  withGlobals(env, () => {
    const report = env.spreadsheet.getSheetByName(reportName)!;
    markOwned(report, 'report');
    writeReportGrid(report, layoutReport(model));
    const cards = layoutRepCards(model);
    if (cards !== null) {
      const taken = env.spreadsheet.getSheets().map((sheet) => sheet.getName());
      const name = freeRepCardsName(inputs.lang, taken);
      const sheet = env.spreadsheet.insertSheet(name);
      markOwned(sheet, 'repCards');
      writeReportGrid(sheet, cards);
      reportSheets.push(name);
    }
  });
  return { env, model, reportSheets };
}

/** Runs code of the add-on that reads Apps Script globals (`SpreadsheetApp`, `Charts`) against the emulator's. */
function withGlobals(env: Environment, body: () => void): void {
  const scope = globalThis as Record<string, unknown>;
  const saved = { SpreadsheetApp: scope.SpreadsheetApp, Charts: scope.Charts };
  scope.SpreadsheetApp = env.globals.SpreadsheetApp;
  scope.Charts = env.globals.Charts;
  try {
    body();
  } finally {
    scope.SpreadsheetApp = saved.SpreadsheetApp;
    scope.Charts = saved.Charts;
  }
}

/** `--map` choices as the lines the DuckDB engine reads (`field=Header`, `field=-` for none). */
function choiceLines(columns: ReadonlyMap<Field, string | null> | null): string | null {
  if (columns === null) return null;
  return [...columns].map(([field, header]) => `${field}=${header ?? '-'}`).join('\n');
}

/** `--status` choices as lines (`Text=class`). */
function statusLines(statuses: Partial<Record<StatusClass, string[]>> | null): string | null {
  if (statuses === null) return null;
  const lines = Object.entries(statuses).flatMap(([cls, texts]) => (texts ?? []).map((t) => `${t}=${cls}`));
  return lines.length === 0 ? null : lines.join('\n');
}

/** `yyyy-mm-dd` (checked by the CLI's arguments) as a day. */
function isoDay(text: string): Day {
  const [year, month, day] = text.split('-').map(Number);
  return dayFromCivil(year, month, day);
}
