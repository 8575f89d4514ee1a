import { userLanguage } from '../addon/_lib/userLanguage';
import { type ReportBuildOutcome, runReportBuild } from '../addon/buildKpiReport';
import { runScheduledReportWith } from '../addon/schedule/runScheduledReport';
import { reportMessages } from '../kpi/i18n/report';
import type { ReportModel } from '../kpi/report/reportModel';
import { type BigQueryColumn, bigQueryColumns } from './bigQueryColumns';
import { buildBigQueryReport } from './runBigQueryReport';
import { readSavedForm } from './savedForm';

// The flavour's scheduled run (issue 14's digest, docs/SCHEDULE.md): the flavour's entry exports this
// `runScheduledReport` in place of the add-on's, so its trigger builds the report from the BigQuery table of the last
// form that ran, and the add-on's schedule (src/addon/schedule/) knows nothing of BigQuery.

/**
 * Schedule: rebuilds the report, records its figures, and e-mails the digest or an alert (time-driven trigger); from
 * BigQuery when «Отчёт из BigQuery…» / "Report from BigQuery…" has run in this spreadsheet.
 *
 * @param event The time-driven trigger's event (its `triggerUid`).
 */
export function runScheduledReport(event?: { triggerUid?: unknown } | null): void {
  runScheduledReportWith(event, scheduledBigQueryBuild);
}

/**
 * A scheduled run's build: with a saved BigQuery form, the report "Run query" builds of it (its columns' types read
 * again from the tables' schemas, the period of the report settings); without one, the add-on's build from the sheets.
 * BigQuery's refusals come back as a failed build, in the user's language.
 *
 * @param onBuilt Called with the model once the report is written.
 * @returns The build's outcome.
 */
export function scheduledBigQueryBuild(onBuilt: (model: ReportModel) => void): ReportBuildOutcome {
  const form = readSavedForm();
  if (typeof form?.project !== 'string' || typeof form.table !== 'string') return runReportBuild(onBuilt);
  const lang = userLanguage(() => SpreadsheetApp.getActive().getSpreadsheetLocale());
  const failed = (message: string): ReportBuildOutcome => ({
    ok: false,
    title: reportMessages[lang].alertTitle,
    message,
  });
  const read = bigQueryColumns({ project: form.project, table: form.table, spendTable: form.spendTable });
  if (!read.ok) return failed(read.message);
  const built = buildBigQueryReport(
    {
      project: form.project,
      table: form.table,
      columns: form.columns ?? {},
      types: typesOf(form.columns ?? {}, read.columns),
      spendTable: form.spendTable ?? '',
      spendColumns: form.spendColumns ?? {},
      spendTypes: typesOf(form.spendColumns ?? {}, read.spendColumns),
      period: '',
      groupBy: form.groupBy ?? '',
    },
    onBuilt,
  );
  return built.ok ? built.outcome : failed(built.message);
}

/** Field → the BigQuery type of its column, for the columns the schema still has. */
function typesOf<F extends string>(
  mapping: Partial<Record<F, string>>,
  schema: readonly BigQueryColumn[],
): Partial<Record<F, string>> {
  const types: Partial<Record<F, string>> = {};
  for (const [field, name] of Object.entries(mapping) as [F, string][]) {
    const type = schema.find((column) => column.name === name)?.type;
    if (type !== undefined) types[field] = type;
  }
  return types;
}
