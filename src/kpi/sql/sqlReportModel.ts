import type { Day } from '../calendar/day';
import { type Period, parsePeriodLabel, periodOf } from '../calendar/periods';
import { assembleReportModel } from '../report/assembleReportModel';
import type { ReportInput } from '../report/buildReportModel';
import type { DataQualityItem, EngineLeftOut, ReportModel, SqlEngineName } from '../report/reportModel';
import type { ResolvedReportSettings } from '../settings/reportSettings';
import { readTargets } from '../targets/readTargets';
import type { ReportSqlFigures } from './reportSql';

/** What a report from a warehouse table leaves out: the skipped rows one by one (a table has no row numbers). */
export const WAREHOUSE_LEFT_OUT: readonly EngineLeftOut[] = ['skipped_rows'];

/**
 * The report period and as-of day as `buildReportModel` takes them: the settings' as-of day, else today; the
 * settings' report period when it is of the period type, else the period holding the as-of day (with a note).
 *
 * @param settings The report settings (their `periodType` the one wanted).
 * @param today Today in the spreadsheet's zone.
 * @returns The period, the as-of day and the note about an ignored report period.
 * @example
 * reportPeriodOf({ ...DEFAULT_SETTINGS, reportPeriod: '2026-10' }, dayFromCivil(2026, 11, 20)).period.index //=> 24321
 */
export function reportPeriodOf(
  settings: ResolvedReportSettings,
  today: Day,
): { period: Period; asOf: Day; notes: DataQualityItem[] } {
  const asOf = settings.asOf ?? today;
  if (settings.reportPeriod === null) return { period: periodOf(settings.periodType, asOf), asOf, notes: [] };
  const wanted = parsePeriodLabel(settings.reportPeriod);
  if (wanted !== null && wanted.type === settings.periodType) return { period: wanted, asOf, notes: [] };
  return {
    period: periodOf(settings.periodType, asOf),
    asOf,
    notes: [{ kind: 'report_period_ignored', label: settings.reportPeriod }],
  };
}

/** Where the figures came from: the engine and the tables' names the report header shows. */
export interface SqlReportSource {
  engine: SqlEngineName;
  /** The sales table (`project.dataset.table`). */
  salesTable: string;
  /** The spend table, or null. */
  spendTable: string | null;
}

/**
 * The report's model from figures computed in SQL (`reportKpisOfSql`) and what the add-on read of the spreadsheet
 * (`runReportBuild`'s input: settings, targets sheet, history, language, clock): the same `assembleReportModel` as the
 * JS engine's report, with the data-quality section's rows, skipped rows and unknown status texts from SQL, and one
 * line saying what the engine leaves out. The input's sales and spend sheets are not read.
 *
 * @param figures From `reportKpisOfSql`, for `reportPeriodOf(input.settings, input.today)`.
 * @param input What `runReportBuild` read.
 * @param source The engine and tables.
 * @returns The model.
 */
export function sqlReportModel(
  figures: ReportSqlFigures,
  input: ReportInput,
  source: SqlReportSource,
): { ok: true; model: ReportModel } {
  const { settings, locale, timeZone, lang } = input;
  const { period, asOf, notes } = reportPeriodOf(settings, input.today);
  const targetsRead = input.targets ? readTargets(input.targets.values, { locale, timeZone }) : null;
  const unknown = figures.unknownStatuses;
  const model = assembleReportModel(figures.kpis, {
    settings,
    lang,
    locale,
    generatedAt: input.generatedAt,
    period,
    asOf,
    salesSheet: source.salesTable,
    spendSheet: source.spendTable,
    targetsSheet: input.targets?.name ?? null,
    targets: targetsRead?.targets ?? [],
    targetIssues: targetsRead?.issues ?? [],
    quality: [
      {
        kind: 'rows',
        table: 'sales',
        sheet: source.salesTable,
        rows: figures.rows,
        skipped: figures.rows - figures.kept,
      },
      ...(figures.spend === null || source.spendTable === null
        ? []
        : [{ kind: 'rows' as const, table: 'spend' as const, sheet: source.spendTable, ...figures.spend }]),
      ...(unknown.length > 0 ? [{ kind: 'unknown_statuses' as const, statuses: unknown }] : []),
      { kind: 'engine_left_out', engine: source.engine, sections: [...WAREHOUSE_LEFT_OUT] },
    ],
    notes: [
      ...(input.settingsNotes ?? []).map((note): DataQualityItem => ({ kind: 'settings', note })),
      ...notes,
    ],
    ...(input.history === undefined ? {} : { history: input.history }),
  });
  return { ok: true, model };
}
