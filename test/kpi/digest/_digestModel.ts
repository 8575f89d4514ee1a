import type { ReportModel, ScorecardRow } from '../../../src/kpi/report/reportModel';
import { model } from '../report/_model';

/** The small log's model (November 2026, as of the 10th: revenue target 5000, conversion target 0.6). */
export const BASE: ReportModel = model();

/**
 * The model with some scorecard rows changed (a later run of the schedule sees other figures), and the period
 * label changed when `period` is given.
 */
export function withRows(
  rows: Partial<Record<string, Partial<ScorecardRow>>>,
  period?: string,
  base: ReportModel = BASE,
): ReportModel {
  return {
    ...base,
    header: period === undefined ? base.header : { ...base.header, periodLabel: period },
    scorecard: {
      ...base.scorecard,
      rows: base.scorecard.rows.map((row) => ({ ...row, ...(rows[row.key] ?? {}) })),
    },
  };
}
