import { normalizeKey } from '../_lib/normalizeKey';
import type { Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report';

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
  const stem = `${REPORT_SHEET_NAMES[lang]} (${reportMessages[lang].buildingSheet}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem})` : `${stem} ${n})`;
    if (!keys.has(name.toLowerCase())) return name;
  }
}

/**
 * Whether a name is one a report gets while it is being built (`KPI Report (new)`, «Отчёт KPI (новый 2)»), in
 * either language: a sheet the add-on marked as its report that still has such a name is a leftover of a build
 * that failed halfway.
 *
 * @example
 * isBuildingSheetName('KPI Report (new 2)') //=> true
 */
export function isBuildingSheetName(name: string): boolean {
  const key = normalizeKey(name);
  const building = `${reportMessages.en.buildingSheet}|${reportMessages.ru.buildingSheet}`;
  return (['en', 'ru'] as const).some((lang) =>
    new RegExp(`^${escapeRegExp(normalizeKey(REPORT_SHEET_NAMES[lang]))} \\((${building})( \\d+)?\\)$`).test(
      key,
    ),
  );
}

/**
 * Whether a name is the report's own name in either language (`KPI Report`, «Отчет KPI», any case) or the name
 * of a report that had to give way to a user's sheet (`KPI Report (2)`).
 *
 * @example
 * isReportName('KPI Report (2)') //=> true
 * isReportName('KPI Report (new)') //=> false
 */
export function isReportName(name: string): boolean {
  const key = normalizeKey(name);
  return (['en', 'ru'] as const).some((lang) =>
    new RegExp(`^${escapeRegExp(normalizeKey(REPORT_SHEET_NAMES[lang]))}( \\(\\d+\\))?$`).test(key),
  );
}

/**
 * The name a new report gets: the report's name in the user's language, or, when a sheet that is not the add-on's
 * report has it (or a name that reads the same: «Отчет KPI» for «Отчёт KPI», any case or spacing), the first free
 * `KPI Report (2)`, `(3)`…
 *
 * @param lang The report's language.
 * @param taken The names the new report must not take (the user's sheets; not the report it replaces).
 * @example
 * freeReportName('en', ['KPI Report']) //=> 'KPI Report (2)'
 */
export function freeReportName(lang: Lang, taken: readonly string[]): string {
  const keys = new Set(taken.map(normalizeKey));
  for (let n = 1; ; n++) {
    const name = n === 1 ? REPORT_SHEET_NAMES[lang] : `${REPORT_SHEET_NAMES[lang]} (${n})`;
    if (!keys.has(normalizeKey(name))) return name;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
