import { normalizeKey } from '../_lib/normalizeKey';
import type { Lang } from '../i18n/lang';

/** The report sheet's name per language ("KPI Report" / «Отчёт KPI»). */
export const REPORT_SHEET_NAMES: Readonly<Record<Lang, string>> = Object.freeze({
  en: 'KPI Report',
  ru: 'Отчёт KPI',
});

/**
 * Whether a sheet is (or is being built as) a KPI report, in either language: such a sheet is never read as data.
 * A report under construction is named `<report name> (…)`.
 *
 * @example
 * isReportSheetName('Отчет KPI') //=> true
 */
export function isReportSheetName(name: string): boolean {
  const key = normalizeKey(name);
  return Object.values(REPORT_SHEET_NAMES).some((reportName) => {
    const report = normalizeKey(reportName);
    return key === report || key.startsWith(`${report} (`);
  });
}

/**
 * A name for the sheet a report is built in before it replaces the old one: not one of `taken` (compared as
 * Sheets compares sheet names, ignoring case).
 *
 * @param lang The report's language.
 * @param taken The names of the spreadsheet's sheets.
 * @example
 * buildingSheetName('en', ['KPI Report']) //=> 'KPI Report (new)'
 */
export function buildingSheetName(lang: Lang, taken: readonly string[]): string {
  const keys = new Set(taken.map((name) => name.trim().toLowerCase()));
  const stem = `${REPORT_SHEET_NAMES[lang]} (${lang === 'ru' ? 'новый' : 'new'}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem})` : `${stem} ${n})`;
    if (!keys.has(name.toLowerCase())) return name;
  }
}
