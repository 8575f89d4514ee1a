import { clockIn } from '../addon/_lib/clock';
import { userLanguage } from '../addon/_lib/userLanguage';
import { type ReportBuildOutcome, runReportBuild } from '../addon/buildKpiReport';
import { loadReportSettings } from '../addon/settings';
import { parsePeriodType } from '../kpi/calendar/periods';
import { formatNumberText } from '../kpi/format/formatNumberText';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { FIELD_NAMES } from '../kpi/i18n/dataQuality';
import type { Field, SpendField } from '../kpi/log/salesLog';
import type { ReportModel } from '../kpi/report/reportModel';
import { compileKpiTableSql } from '../kpi/sql/compileKpiTableSql';
import { kpiRowsOfSql, type SqlRow } from '../kpi/sql/kpiRowsOfSql';
import type { KpiSqlRequest, SpendSqlSource, SqlDateKind } from '../kpi/sql/kpiSqlRequest';
import { type ReportQueryKey, reportKpisOfSql, reportSqlPlan } from '../kpi/sql/reportSql';
import { reportPeriodOf, sqlReportModel } from '../kpi/sql/sqlReportModel';
import { bigQueryMessage, dateKindOf, splitTable } from './bigQueryColumns';
import { type QueryStats, QueryTimeout, runQueries } from './runQuery';
import { saveForm } from './savedForm';

/** The dialog's form. */
export interface BigQueryReportForm {
  project: string;
  /** `dataset.table`. */
  table: string;
  /** Field → column name (from "Read columns", as the user left it). */
  columns: Partial<Record<Field, string>>;
  /** Field → BigQuery type of its column, for the date columns. */
  types?: Partial<Record<Field, string>>;
  /** The spend table's `dataset.table`, or '' / absent for none. */
  spendTable?: string;
  /** Its date, spend and channel columns. */
  spendColumns?: Partial<Record<SpendField, string>>;
  /** Their BigQuery types. */
  spendTypes?: Partial<Record<SpendField, string>>;
  period: string;
  /** A field (`rep`, `channel`) for the KPI table sheet, or ''. */
  groupBy: string;
}

export type BigQueryReportResult =
  | { ok: true; message: string; rows: number }
  | { ok: false; message: string };

/** The report built from BigQuery (the build's outcome, the KPI table's rows, the jobs and what they cost), or why not. */
export type BigQueryBuild =
  | {
      ok: true;
      outcome: Extract<ReportBuildOutcome, { ok: true }>;
      rows: number;
      queries: number;
      stats: QueryStats;
    }
  | { ok: false; message: string };

/**
 * The dialog's "Run query": the add-on's KPI report built from BigQuery. Compiles the report's queries for BigQuery
 * (`reportSqlPlan`: a KPI_TABLE query per grid the report reads, the kept rows' facts, cohorts, status texts; the
 * status words saved in the sidebar included) and the KPI table by the chosen group, runs them as parallel jobs
 * (`runQueries`: Jobs.query, then getQueryResults within 5 minutes), writes the table, laid out as `=KPI_TABLE()` lays
 * it out, to the sheet «KPI из BigQuery» / "KPI from BigQuery", and builds the report from the answers through the
 * add-on's own build (`runReportBuild`: targets, history, rep cards, the report sheet's swap), the model made by
 * `sqlReportModel` instead of the JS engine.
 *
 * @param form Project, table, columns, period and group.
 * @returns What was written, or the message that says what to do, in the user's language.
 */
export function runBigQueryReport(form: BigQueryReportForm): BigQueryReportResult {
  const built = buildBigQueryReport(form);
  if (!built.ok) return built;
  const { outcome, rows, queries, stats } = built;
  const spreadsheet = SpreadsheetApp.getActive();
  const m = bigQueryMessages[userLanguage(() => spreadsheet.getSpreadsheetLocale())];
  saveForm(form);
  const gigabytes = formatNumberText(stats.bytes / 1e9, 'money', spreadsheet.getSpreadsheetLocale());
  const written = `${m.reportWritten(outcome.sheet, rows, m.sheetName)} ${m.processed(gigabytes, queries, stats.cached)}`;
  return {
    ok: true,
    message: outcome.notice === undefined ? written : `${written}\n${outcome.notice.message}`,
    rows,
  };
}

/**
 * The work of "Run query" (and of a scheduled run of the flavour, scheduledBigQueryReport.ts): the queries, the
 * KPI table sheet and the report, without saving the form or composing the dialog's message.
 *
 * @param form Project, table, columns (and their types), period ('' for the report settings') and group.
 * @param onBuilt Called with the report's model once it is written (the schedule's digest).
 * @returns The build's outcome and the jobs' figures, or the message that says what to do, in the user's language.
 */
export function buildBigQueryReport(
  form: BigQueryReportForm,
  onBuilt?: (model: ReportModel) => void,
): BigQueryBuild {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLanguage(() => spreadsheet.getSpreadsheetLocale());
  const m = bigQueryMessages[lang];
  const parts = splitTable(form.table);
  if (parts === null) return { ok: false, message: m.badTable(form.table) };
  for (const field of ['date', 'amount'] as const) {
    if (!form.columns[field]) {
      return {
        ok: false,
        message: m.missingColumn(FIELD_NAMES[lang][field], Object.values(form.columns).join(', ')),
      };
    }
  }
  const project = form.project.trim();
  const spendText = form.spendTable?.trim() ?? '';
  let spend: SpendSqlSource | null = null;
  if (spendText !== '') {
    const at = splitTable(spendText);
    if (at === null) return { ok: false, message: m.badTable(spendText) };
    const { date, spend: amount, channel } = form.spendColumns ?? {};
    if (!date || !amount) {
      return { ok: false, message: m.spendColumnsMissing(Object.values(form.spendColumns ?? {}).join(', ')) };
    }
    spend = {
      table: `${project}.${at.dataset}.${at.table}`,
      columns: { date, spend: amount, ...(channel ? { channel } : {}) },
      dateKind: dateKindOf(form.spendTypes?.date ?? 'DATE'),
    };
  }
  const kind = (field: 'date' | 'created'): SqlDateKind => dateKindOf(form.types?.[field] ?? 'DATE');
  const loaded = loadReportSettings().settings;
  const settings = { ...loaded, periodType: parsePeriodType(form.period) ?? loaded.periodType };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = clockIn(timeZone, lang).today;
  const { period, asOf } = reportPeriodOf(settings, today);
  const request: KpiSqlRequest = {
    table: `${project}.${parts.dataset}.${parts.table}`,
    columns: form.columns,
    dateKinds: { date: kind('date'), created: kind('created') },
    idType: /^(INT64|INTEGER)$/i.test(form.types?.id ?? '') ? 'number' : 'text',
    period: period.type,
    groupBy: form.groupBy || null,
    statuses: settings.statuses,
    timeZone,
    spend,
  };
  const plan = reportSqlPlan(request, period, asOf, 'bigquery');
  const keys = Object.keys(plan.queries) as ReportQueryKey[];
  let answers: SqlRow[][];
  const stats: QueryStats = { bytes: 0, cached: 0 };
  try {
    answers = runQueries(
      project,
      [...keys.map((key) => plan.queries[key]!), compileKpiTableSql(request, 'bigquery')],
      Date.now,
      stats,
    );
  } catch (error) {
    if (error instanceof QueryTimeout) return { ok: false, message: m.timeout(error.minutes) };
    return { ok: false, message: bigQueryMessage(error, lang) };
  }
  const table = kpiRowsOfSql(
    answers[keys.length],
    { period: period.type, grouped: request.groupBy !== null },
    lang,
    null,
  );
  const sheet = spreadsheet.getSheetByName(m.sheetName) ?? spreadsheet.insertSheet(m.sheetName);
  sheet.clearContents();
  // Period labels stay text: `2026-11` typed into a cell would become a date.
  sheet.getRange(1, 1, table.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, table.length, table[0].length).setValues(table);

  const figures = reportKpisOfSql(plan, Object.fromEntries(keys.map((key, i) => [key, answers[i]])));
  const source = { engine: 'bigquery' as const, salesTable: request.table, spendTable: spend?.table ?? null };
  const outcome = runReportBuild(onBuilt, (input) =>
    sqlReportModel(figures, { ...input, settings, today }, source),
  );
  if (!outcome.ok) return { ok: false, message: outcome.message };
  return { ok: true, outcome, rows: table.length - 1, queries: answers.length, stats };
}
