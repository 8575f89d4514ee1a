import { userLanguage } from '../addon/_lib/userLanguage';
import { type PeriodType, parsePeriodType } from '../kpi/calendar/periods';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { FIELD_NAMES } from '../kpi/i18n/dataQuality';
import type { Field } from '../kpi/log/salesLog';
import { parseReportSettings, SETTINGS_PROPERTY } from '../kpi/settings/reportSettings';
import { compileKpiTableSql } from '../kpi/sql/compileKpiTableSql';
import { kpiRowsOfSql } from '../kpi/sql/kpiRowsOfSql';
import type { KpiSqlRequest, SqlDateKind } from '../kpi/sql/kpiSqlRequest';
import { bigQueryMessage, dateKindOf, splitTable } from './bigQueryColumns';
import { QueryTimeout, runQuery } from './runQuery';

/** The dialog's form. */
export interface BigQueryReportForm {
  project: string;
  /** `dataset.table`. */
  table: string;
  /** Field → column name (from "Read columns", as the user left it). */
  columns: Partial<Record<Field, string>>;
  /** Field → BigQuery type of its column, for the date columns. */
  types?: Partial<Record<Field, string>>;
  period: string;
  /** A field (`rep`, `channel`) or ''. */
  groupBy: string;
}

export type BigQueryReportResult =
  | { ok: true; message: string; rows: number }
  | { ok: false; message: string };

/**
 * The dialog's "Run query": compiles KPI_TABLE for BigQuery from the form (the status words saved in the sidebar
 * included), runs it (`runQuery`: Jobs.query, then getQueryResults within 5 minutes) and writes the table, laid out as
 * `=KPI_TABLE()` lays it out, to the sheet «KPI из BigQuery» / "KPI from BigQuery".
 *
 * @param form Project, table, columns, period and group.
 * @returns How many rows were written, or the message that says what to do, in the user's language.
 */
export function runBigQueryReport(form: BigQueryReportForm): BigQueryReportResult {
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
  const period: PeriodType = parsePeriodType(form.period) ?? 'month';
  const kind = (field: 'date' | 'created'): SqlDateKind => dateKindOf(form.types?.[field] ?? 'DATE');
  const settings = parseReportSettings(
    PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY),
  ).settings;
  const request: KpiSqlRequest = {
    table: `${form.project.trim()}.${parts.dataset}.${parts.table}`,
    columns: form.columns,
    dateKinds: { date: kind('date'), created: kind('created') },
    idType: /^(INT64|INTEGER)$/i.test(form.types?.id ?? '') ? 'number' : 'text',
    period,
    groupBy: form.groupBy || null,
    statuses: settings.statuses,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
  let rows: ReturnType<typeof runQuery>;
  try {
    rows = runQuery(form.project.trim(), compileKpiTableSql(request, 'bigquery'));
  } catch (error) {
    if (error instanceof QueryTimeout) return { ok: false, message: m.timeout(error.minutes) };
    return { ok: false, message: bigQueryMessage(error, lang) };
  }
  const table = kpiRowsOfSql(rows, { period, grouped: request.groupBy !== null }, lang, null);
  const sheet = spreadsheet.getSheetByName(m.sheetName) ?? spreadsheet.insertSheet(m.sheetName);
  sheet.clearContents();
  // Period labels stay text: `2026-11` typed into a cell would become a date.
  sheet.getRange(1, 1, table.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, table.length, table[0].length).setValues(table);
  return { ok: true, message: m.written(table.length - 1, m.sheetName), rows: table.length - 1 };
}
