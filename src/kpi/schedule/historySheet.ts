import { normalizeKey } from '../_lib/normalizeKey';
import type { HistoryRow } from '../history/historyRows';
import type { Lang } from '../i18n/lang';

/** The forecast history sheet's name in each language (the add-on marks it as its own, role `history`). */
export const HISTORY_SHEET_NAMES: Readonly<Record<Lang, string>> = Object.freeze({
  en: 'KPI History',
  ru: 'История KPI',
});

/**
 * Whether a sheet has the history sheet's name in either language (any case, spaces trimmed).
 *
 * @example
 * isHistorySheetName('история kpi') //=> true
 */
export function isHistorySheetName(name: string): boolean {
  const key = normalizeKey(name);
  return Object.values(HISTORY_SHEET_NAMES).some((n) => normalizeKey(n) === key);
}

/**
 * History rows as cells to write: texts with a leading apostrophe, so Sheets keeps `2026-11-20` and `2026-11` as
 * the texts they are instead of turning them into dates.
 *
 * @example
 * historyCells([['2026-11-20', '2026-11', 'orders', 5, '', 20]]) //=> [["'2026-11-20", "'2026-11", "'orders", 5, '', 20]]
 */
export function historyCells(rows: readonly HistoryRow[]): (string | number)[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)));
}
