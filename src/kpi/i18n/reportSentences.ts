import type { PeriodType } from '../calendar/periods';
import { formatDayText } from '../format/formatNumberText';
import { type KpiKey, kpiDefinition } from '../kpis';
import type { TargetSource } from '../plan/targets';
import type { DataQualityItem, NotInLog, ReportError } from '../report/reportModel';
import {
  describeContinuationLines,
  describeFooterLines,
  describeLogError,
  describeSkippedRow,
  summarizeQuantityIssues,
} from './dataQuality';
import type { Lang } from './lang';
import { quoted } from './locales';
import { reportMessages } from './report';
import { sqlReportMessages } from './sqlReport';

// The report's sentences, made from its model with the words of report.ts: the data-quality notes, the KPIs not in
// the log, where targets come from, and why a report cannot be built.

/** Formats numbers inside sentences (`formatNumberText` bound to the spreadsheet locale). */
export type NumberText = (value: number, unit: 'money' | 'count' | 'ratio' | 'days') => string;

/** How many unknown status texts the data-quality section lists, one a row (the rest are counted). */
export const UNKNOWN_STATUSES_LISTED = 8;

/**
 * The lines of one data-quality note: `[topic, details]` each. Most notes are one line; unknown statuses are an
 * intro line and one line per status text (the first `UNKNOWN_STATUSES_LISTED`, then "… and N more"), so no
 * line runs off a printed page.
 *
 * @param lang The report's language.
 * @param item The note.
 * @param number Formats figures in the spreadsheet's locale.
 * @param period The report period's label (target mismatches are of P).
 * @param periodType The report's period type (for an ignored report period).
 * @returns The lines, each with its topic (so the section filters as a table).
 * @example
 * describeDataQualityLines('en', { kind: 'rows', table: 'sales', sheet: 'Sales', rows: 3, skipped: 0 }, num, '2026-11', 'month')
 * //=> [['Rows', 'Sales log “Sales”: 3 rows read, none skipped.']]
 */
export function describeDataQualityLines(
  lang: Lang,
  item: DataQualityItem,
  number: NumberText,
  period: string,
  periodType: PeriodType,
): [string, string][] {
  const m = reportMessages[lang];
  const n = (value: number) => number(value, 'count');
  if (item.kind === 'unknown_statuses') {
    const { statuses } = item;
    const listed = statuses.length > UNKNOWN_STATUSES_LISTED + 1 ? UNKNOWN_STATUSES_LISTED : statuses.length;
    return [
      [m.topicStatuses, m.statusesIntro(statuses.length, n)],
      ...statuses
        .slice(0, listed)
        .map(({ text, count }): [string, string] => [m.topicStatuses, m.statusLine(text, count, n)]),
      ...(listed < statuses.length
        ? [[m.topicStatuses, m.statusesMore(statuses.length - listed, n)] as [string, string]]
        : []),
    ];
  }
  return [describeDataQualityItem(lang, item, number, period, periodType)];
}

/**
 * The note under the scorecard naming the KPIs this log cannot give, and why.
 *
 * @param lang The report's language.
 * @param notInLog From the scorecard model (non-empty).
 * @returns E.g. `Not in this log: Units (no quantity column); Marketing spend, ROMI, CAC (no spend table).`
 */
export function describeNotInLog(lang: Lang, notInLog: readonly NotInLog[]): string {
  const m = reportMessages[lang];
  const parts = notInLog.map(({ keys, missing }) => {
    const names = keys.map((key) => kpiDefinition(key).names[lang]).join(', ');
    return `${names} (${missing.map((input) => m.missingInputs[input]).join(', ')})`;
  });
  return `${m.notInLog} ${parts.join('; ')}.`;
}

/**
 * The note under the scorecard saying where the targets not set for P itself come from (spec §3): every period
 * of P's type, the sum of the months, or the every-month target; null when every target is P's own.
 *
 * @param lang The report's language.
 * @param rows The scorecard rows.
 * @param label P's label.
 * @param type P's type.
 * @returns E.g. `Targets not set for 2026-Q4 itself: Sales volume (sum of the months); Conversion (the every-month target).`
 */
export function describeTargetSources(
  lang: Lang,
  rows: readonly { key: KpiKey; targetSource: TargetSource | null }[],
  label: string,
  type: PeriodType,
): string | null {
  const m = reportMessages[lang];
  const bySource = new Map<string, string[]>();
  for (const { key, targetSource } of rows) {
    if (targetSource === null || targetSource === 'exact') continue;
    const source =
      targetSource === 'every_period' ? m.targetSources.every_period[type] : m.targetSources[targetSource];
    bySource.set(source, [...(bySource.get(source) ?? []), kpiDefinition(key).names[lang]]);
  }
  if (bySource.size === 0) return null;
  const parts = [...bySource].map(([source, names]) => `${names.join(', ')} (${source})`);
  return `${m.targetsFrom(label)} ${parts.join('; ')}.`;
}

function describeDataQualityItem(
  lang: Lang,
  item: Exclude<DataQualityItem, { kind: 'unknown_statuses' }>,
  number: NumberText,
  period: string,
  periodType: PeriodType,
): [string, string] {
  const m = reportMessages[lang];
  const n = (value: number) => number(value, 'count');
  switch (item.kind) {
    case 'rows':
      return [m.topicRows, m.rows(item.table, item.sheet, item.rows, item.skipped, n)];
    case 'skipped_row':
      return [m.topicSkipped, m.onSheet(item.sheet, describeSkippedRow(lang, item.row))];
    case 'skipped_more':
      return [m.topicSkipped, m.statusesMore(item.count, n)];
    case 'footer_lines':
      return [m.topicRows, m.onSheet(item.sheet, describeFooterLines(lang, item) ?? '')];
    case 'continuation_lines':
      return [m.topicRows, m.onSheet(item.sheet, describeContinuationLines(lang, item) ?? '')];
    case 'quantity_issues':
      return [m.topicRows, m.onSheet(item.sheet, summarizeQuantityIssues(lang, item) ?? '')];
    case 'target_issue':
      return [m.topicTargets, m.onSheet(item.sheet, m.targetIssue(item.issue))];
    case 'target_mismatch': {
      const { kpi, team, repsSum, reps } = item.mismatch;
      const definition = kpiDefinition(kpi);
      return [
        m.topicMismatch,
        m.mismatch(
          definition.names[lang],
          period,
          number(repsSum, definition.unit),
          number(team, definition.unit),
          reps,
        ),
      ];
    }
    case 'settings':
      return [m.topicSettings, m.settings(item.note)];
    case 'report_period_ignored':
      return [m.topicSettings, m.reportPeriodIgnored(item.label, m.periodTypes[periodType])];
    case 'spend_unreadable':
      return [m.topicSpend, m.spendUnreadable(item.sheet, describeLogError(lang, item.error))];
    case 'spend_sheet_missing':
      return [m.topicSpend, m.spendMissing(item.sheet)];
    case 'rows_not_shown':
      return [m.topicNotShown, m.notShown(item.section, item.count, n)];
    case 'after_as_of':
      return [m.topicAsOf, m.afterAsOf(item.rows, formatDayText(item.asOf, lang), n)];
    case 'non_finite':
      return [m.topicNumbers, m.nonFinite(item.cells, n)];
    case 'engine_left_out': {
      const w = sqlReportMessages[lang];
      return [w.topic, w.leftOut(item.engine, item.sections.map((key) => w.sections[key]).join('; '))];
    }
  }
}

/**
 * The alert text for a report that cannot be built.
 *
 * @example
 * describeReportError('en', { code: 'no_sales_sheet', wanted: 'Sales', sheets: ['Sheet1'] })
 * //=> 'The sales sheet “Sales” chosen in the settings does not exist. Sheets: “Sheet1”.'
 */
export function describeReportError(lang: Lang, error: ReportError): string {
  const m = reportMessages[lang];
  if (error.code === 'sales_unreadable') {
    return m.salesUnreadable(error.sheet, describeLogError(lang, error.error));
  }
  const sheets = error.sheets.map((name) => quoted(lang, name)).join(', ');
  return error.wanted === null ? m.noSalesSheet(sheets) : m.salesSheetMissing(error.wanted, sheets);
}
