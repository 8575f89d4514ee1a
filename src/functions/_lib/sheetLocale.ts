/** The locale assumed when the spreadsheet cannot say (no active spreadsheet, service unavailable). */
export const DEFAULT_LOCALE = 'en_US';

/**
 * The spreadsheet's locale (`ru_RU`, `en_US`…): it decides the language of messages and how number text is
 * read. One service call: read it once per custom-function call, never per cell.
 *
 * @returns The locale, or `en_US` when it cannot be read.
 */
export function sheetLocale(): string {
  try {
    if (typeof SpreadsheetApp === 'undefined') return DEFAULT_LOCALE;
    const locale: unknown = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale();
    return typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
