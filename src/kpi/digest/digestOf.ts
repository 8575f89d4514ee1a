import type { Day } from '../calendar/day';
import type { PeriodType } from '../calendar/periods';
import { describeWhatChanged } from '../i18n/analytics';
import type { Lang } from '../i18n/lang';
import { type KpiKey, type KpiUnit, kpiDefinition } from '../kpis';
import type { KpiStatus } from '../plan/kpiStatus';
import type { ReportModel } from '../report/reportModel';
import type { AlertReason } from './alertRules';

/** Where the e-mail's links lead, and the spreadsheet's name for the subject. */
export interface DigestLinks {
  spreadsheetUrl: string;
  /** The spreadsheet opened on the report sheet (`…#gid=123`). */
  reportUrl: string;
  spreadsheetName: string;
  /** The report sheet's name, when known (shown under the links). */
  reportSheet?: string;
}

/** One KPI of the e-mail's scorecard. */
export interface DigestRow {
  key: KpiKey;
  name: string;
  unit: KpiUnit;
  actual: number | null;
  forecast: number | null;
  target: number | null;
  attainment: number | null;
  status: KpiStatus;
  neededPace: number | null;
}

/** The statuses the subject and summary count. */
export type CountedStatus = 'behind' | 'at_risk' | 'no_data' | 'on_track';

/**
 * The e-mail digest as data (no words but names from the registry and the data): what `renderDigest` turns into
 * the subject, the HTML body and the plain text. No row of the sales log is in it, only KPI figures.
 */
export interface Digest {
  lang: Lang;
  locale: string;
  links: DigestLinks;
  periodLabel: string;
  periodType: PeriodType;
  periodFirstDay: Day;
  periodLastDay: Day;
  asOf: Day;
  running: boolean;
  /** The worst status among the KPIs with a target (✗ before ⚠ before "no data" before ✓); null without targets. */
  worst: CountedStatus | null;
  /** How many KPIs with a target have each status. */
  counts: Record<CountedStatus, number>;
  /** The KPIs with a target, in registry order; without any target, the main KPIs the log has (`hasTargets` false). */
  rows: DigestRow[];
  hasTargets: boolean;
  /** Why the e-mail goes out (`decideAlert`'s reasons); empty for a plain digest. */
  reasons: AlertReason[];
  /** The report's "What changed" sentence (sales volume against P-1, what and who moved it); empty without it. */
  whatChanged: string[];
}

/** The KPIs a digest shows when no KPI has a target. */
const HEADLINE_KPIS: ReadonlySet<KpiKey> = new Set(['revenue', 'orders', 'average_check', 'conversion']);

/** Worst first. */
const ORDER: readonly CountedStatus[] = ['behind', 'at_risk', 'no_data', 'on_track'];

/**
 * The e-mail digest of a report model (issue 14 item 2): the scorecard of the KPIs that have a target (with the
 * forecast, target, attainment, status and the pace still needed), the worst status and the count of each, why
 * the e-mail is sent, what changed (when the model's analytics say), and the links.
 *
 * @param model From `buildReportModel`.
 * @param links The spreadsheet's and the report sheet's URLs and the spreadsheet's name.
 * @param reasons Why it is sent (`decideAlert`). @default []
 * @returns The digest, in the model's language.
 * @example
 * digestOf(model, { spreadsheetUrl, reportUrl, spreadsheetName: 'Sales' }).worst //=> 'at_risk'
 */
export function digestOf(
  model: ReportModel,
  links: DigestLinks,
  reasons: readonly AlertReason[] = [],
): Digest {
  const { header, scorecard, lang } = model;
  const withTarget = scorecard.rows.filter((row) => row.target !== null && row.direction !== null);
  const hasTargets = withTarget.length > 0;
  const shown = hasTargets ? withTarget : scorecard.rows.filter((row) => HEADLINE_KPIS.has(row.key));
  const counts: Record<CountedStatus, number> = { behind: 0, at_risk: 0, no_data: 0, on_track: 0 };
  for (const row of withTarget) if (row.status !== 'no_target') counts[row.status] += 1;
  return {
    lang,
    locale: model.locale,
    links: { ...links },
    periodLabel: header.periodLabel,
    periodType: header.period.type,
    periodFirstDay: header.periodFirstDay,
    periodLastDay: header.periodLastDay,
    asOf: header.asOf,
    running: scorecard.running,
    worst: ORDER.find((status) => counts[status] > 0) ?? null,
    counts,
    rows: shown.map((row) => ({
      key: row.key,
      name: kpiDefinition(row.key).names[lang],
      unit: row.unit,
      actual: row.actual,
      forecast: row.forecast,
      target: row.target,
      attainment: row.attainment,
      status: row.status,
      neededPace: row.neededPace,
    })),
    hasTargets,
    reasons: [...reasons],
    whatChanged: whatChangedLines(model),
  };
}

/** The report's "What changed" sentence (`describeWhatChanged`), when the model has the section; empty otherwise. */
function whatChangedLines(model: ReportModel): string[] {
  const w = model.whatChanged;
  return w === undefined || w === null ? [] : [describeWhatChanged(w, model.lang, model.locale)];
}
