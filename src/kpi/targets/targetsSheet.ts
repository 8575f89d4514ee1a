import { normalizeKey } from '../_lib/normalizeKey';
import type { Lang } from '../i18n/lang';

/** The name of the targets sheet per language; either name is recognised in any spreadsheet. */
export const TARGETS_SHEET_NAMES: Readonly<Record<Lang, string>> = Object.freeze({
  en: 'KPI Targets',
  ru: 'Цели KPI',
});

/** The columns of the targets sheet. */
export type TargetColumn = 'period' | 'rep' | 'kpi' | 'target';

/** The header row a new targets sheet gets, per language (spec: Period | Rep | KPI | Target). */
export const TARGETS_HEADERS: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  en: ['Period', 'Rep', 'KPI', 'Target'],
  ru: ['Период', 'Менеджер', 'KPI', 'Цель'],
});

/** Header texts recognised for each column (trimmed, case-insensitive): the spec's, then a few more. */
export const TARGET_HEADER_SYNONYMS: Readonly<Record<TargetColumn, readonly string[]>> = Object.freeze({
  period: ['Period', 'Период', 'Month', 'Месяц'],
  rep: ['Rep', 'Менеджер', 'Manager', 'Owner', 'Sales Rep', 'Ответственный'],
  kpi: ['KPI', 'Metric', 'Показатель', 'КПЭ'],
  target: ['Target', 'Цель', 'Plan', 'Goal', 'План'],
});

/**
 * Whether a sheet name is the targets sheet's, in either language (`KPI Targets`, `Цели KPI`; any case).
 *
 * @example
 * isTargetsSheetName('kpi targets') //=> true
 */
export function isTargetsSheetName(name: string): boolean {
  const key = normalizeKey(name);
  return key === normalizeKey(TARGETS_SHEET_NAMES.en) || key === normalizeKey(TARGETS_SHEET_NAMES.ru);
}
