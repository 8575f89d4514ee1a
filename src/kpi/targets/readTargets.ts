import { cellText } from '../_lib/cellText';
import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { isBlankCell } from '../_lib/isBlankCell';
import { normalizeKey } from '../_lib/normalizeKey';
import { createDayOfDate } from '../calendar/dayOfDate';
import { periodLabel, periodOf } from '../calendar/periods';
import type { KpiKey } from '../kpis';
import { parseNumber } from '../log/parseNumber';
import { type Target, targetPeriodOf } from '../plan/targets';
import { kpiKeyOf } from './kpiKeyOf';
import { TARGET_HEADER_SYNONYMS, type TargetColumn } from './targetsSheet';

/** A target row that could not be used, and why: reported with its sheet row, never dropped silently. */
export interface TargetIssue {
  code:
    | 'missing_column'
    | 'blank_kpi'
    | 'unknown_kpi'
    | 'unreadable_period'
    | 'blank_target'
    | 'unreadable_target'
    | 'rate_out_of_range'
    | 'duplicate';
  /** Sheet row (1 = the header row). */
  row: number;
  /** The column: its header text, or for `missing_column` the column that is missing (`KPI`, `Target`). */
  column: string;
  /** The cell as text. */
  value: string;
  /** With `duplicate`: the earlier row this one replaces. */
  earlierRow?: number;
}

/** The targets of a sheet and the issues of its rows. */
export interface ReadTargetsResult {
  targets: Target[];
  issues: TargetIssue[];
}

/** Options of `readTargets`. */
export interface ReadTargetsOptions {
  /** Spreadsheet locale: reads number text (`1 000 000`, `25%`). */
  locale: string;
  /** Spreadsheet time zone: reads Date cells (a period typed as `2026-11` becomes a date in Sheets). */
  timeZone: string;
}

// Ratios that cannot exceed 100 % (bounded retention, spec v2, included): a target above 1 is a typo (25 for
// 25 %), not a plan.
const BOUNDED_RATES = new Set<KpiKey>(['conversion', 'win_rate', 'refusal_rate', 'return_rate', 'retention']);
const COLUMNS: readonly TargetColumn[] = ['period', 'rep', 'kpi', 'target'];

/**
 * Reads the rows of a "KPI Targets" sheet (Period | Rep | KPI | Target, English or Russian headers in any order
 * and case; extra columns are ignored).
 *
 * - Period: a label (`2026-11`, `2026-Q4`, `2026`, `2026-W47`); a date cell (Sheets turns a typed `2026-11` into
 *   the 1st of November) is the month holding it; a number such as 2026 is that year; a period type word
 *   (`month`, `quarter`, `week`, `year`, `месяц`, `квартал`, `неделя`, `год`, any case) is every period of that
 *   type, kept as the English word; blank = every month (kept as null).
 * - Rep: blank = the team's target.
 * - KPI: its key (`revenue`) or its English or Russian name (`Sales volume`, `Объём продаж`).
 * - Target: a number, or number text in the locale (`1 000 000`, `25%` → 0.25). Conversion, win, refusal and
 *   return rates and retention must lie in 0…1 (write 25% or 0.25).
 *
 * A row that cannot be used is left out and reported (`TargetIssue`) with its sheet row; a later row for the same
 * KPI, period and rep replaces an earlier one (reported as `duplicate`). Blank rows are ignored.
 *
 * @param values The sheet's values, header first.
 * @param options Locale and time zone of the spreadsheet.
 * @returns The targets and the issues.
 * @example
 * readTargets([['Period', 'Rep', 'KPI', 'Target'], ['2026-11', '', 'Sales volume', 1000000]], { locale: 'en_US', timeZone: 'UTC' })
 * //=> { targets: [{ kpi: 'revenue', period: '2026-11', rep: null, value: 1000000 }], issues: [] }
 */
export function readTargets(
  values: readonly (readonly unknown[])[],
  options: ReadTargetsOptions,
): ReadTargetsResult {
  const dayOf = createDayOfDate(options.timeZone);
  const headers = values.length === 0 ? [] : values[0].map((cell) => cellText(cell, dayOf));
  const at = targetColumnsOf(headers);
  const issues: TargetIssue[] = [];
  for (const column of ['kpi', 'target'] as const) {
    if (at[column] === undefined) {
      issues.push({ code: 'missing_column', row: 1, column: TARGET_HEADER_SYNONYMS[column][0], value: '' });
    }
  }
  if (issues.length > 0) return { targets: [], issues };

  const targets: Target[] = [];
  const seen = new Map<string, { row: number; index: number }>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every(isBlankCell)) continue;
    // A row whose Period, Rep, KPI and Target are blank is the user's (a comment, or a target cleared by the sidebar
    // on a row that keeps a comment): nothing to read.
    if (COLUMNS.every((c) => at[c] === undefined || isBlankCell(row[at[c]!]))) continue;
    const sheetRow = r + 1;
    const cell = (column: TargetColumn) => (at[column] === undefined ? '' : row[at[column]!]);
    const issue = (code: TargetIssue['code'], column: TargetColumn, extra?: Partial<TargetIssue>) =>
      issues.push({
        code,
        row: sheetRow,
        column: headers[at[column]!],
        value: cellText(cell(column), dayOf),
        ...extra,
      });

    const kpiCell = cell('kpi');
    if (isBlankCell(kpiCell)) {
      issue('blank_kpi', 'kpi');
      continue;
    }
    const kpi = kpiKeyOf(cellText(kpiCell, dayOf));
    if (kpi === null) {
      issue('unknown_kpi', 'kpi');
      continue;
    }

    const periodCell = cell('period');
    let period: string | null = null;
    if (periodCell instanceof Date) {
      const day = dayOf(periodCell);
      if (day === null) {
        issue('unreadable_period', 'period');
        continue;
      }
      period = periodLabel(periodOf('month', day));
    } else if (typeof periodCell === 'number') {
      if (!Number.isInteger(periodCell) || periodCell < 1900 || periodCell > 2999) {
        issue('unreadable_period', 'period');
        continue;
      }
      period = String(periodCell);
    } else if (!isBlankCell(periodCell)) {
      const parsed = targetPeriodOf(cellText(periodCell, dayOf));
      if (parsed === null) {
        issue('unreadable_period', 'period');
        continue;
      }
      period = parsed.every ?? periodLabel(parsed.label);
    }

    const repCell = cell('rep');
    const rep = isBlankCell(repCell) ? null : cellText(repCell, dayOf).replace(/\s+/g, ' ');

    const targetCell = cell('target');
    let value: number;
    if (typeof targetCell === 'number' && Number.isFinite(targetCell)) {
      value = targetCell;
    } else if (isBlankCell(targetCell)) {
      issue('blank_target', 'target');
      continue;
    } else {
      const reading = typeof targetCell === 'string' ? parseNumber(targetCell, options.locale) : null;
      if (reading === null || !reading.ok) {
        issue('unreadable_target', 'target');
        continue;
      }
      value = dropFloatNoise(reading.value); // `35%` reads 35 × 0.01 = 0.35000000000000003
    }
    if (BOUNDED_RATES.has(kpi) && (value < 0 || value > 1)) {
      issue('rate_out_of_range', 'target');
      continue;
    }

    // A blank period and `month` both mean every month: the later row replaces the earlier one.
    const key = `${kpi}|${period ?? 'month'}|${rep === null ? '' : normalizeKey(rep)}`;
    const earlier = seen.get(key);
    const target: Target = { kpi, period, rep, value };
    if (earlier !== undefined) {
      issue('duplicate', 'target', { earlierRow: earlier.row });
      targets[earlier.index] = target; // the later row is the later edit: it wins, in the earlier one's place
      seen.set(key, { row: sheetRow, index: earlier.index });
    } else {
      seen.set(key, { row: sheetRow, index: targets.length });
      targets.push(target);
    }
  }
  return { targets, issues };
}

/**
 * The 0-based column of each targets column (the leftmost header that names it, in English or Russian). The
 * sidebar's writer finds them the same way.
 *
 * @example
 * targetColumnsOf(['KPI', 'Цель', 'Период']) //=> { kpi: 0, target: 1, period: 2 }
 */
export function targetColumnsOf(headers: readonly unknown[]): Partial<Record<TargetColumn, number>> {
  const at: Partial<Record<TargetColumn, number>> = {};
  headers.forEach((header, i) => {
    const key = normalizeKey(typeof header === 'string' ? header : String(header ?? ''));
    for (const column of COLUMNS) {
      if (at[column] === undefined && TARGET_HEADER_SYNONYMS[column].some((s) => normalizeKey(s) === key)) {
        at[column] = i;
        return;
      }
    }
  });
  return at;
}
