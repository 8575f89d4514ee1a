import { type Lang, langOf } from '../../kpi/i18n/lang';

/**
 * The language of the user in front of the spreadsheet: their own locale (`Session.getActiveUserLocale()`) when
 * Apps Script tells it, else the spreadsheet's locale, else English. Never throws.
 *
 * @param spreadsheetLocale The spreadsheet's locale when the caller has it already; otherwise it is read (once).
 * @returns `en` or `ru`.
 */
export function userLanguage(spreadsheetLocale?: string | (() => string)): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    if (typeof locale === 'string' && locale.trim() !== '') return langOf(locale);
  } catch {
    // Not available in this authorization mode: fall back to the spreadsheet.
  }
  try {
    const locale = typeof spreadsheetLocale === 'function' ? spreadsheetLocale() : spreadsheetLocale;
    if (typeof locale === 'string' && locale.trim() !== '') return langOf(locale);
  } catch {
    // No spreadsheet to ask.
  }
  return 'en';
}
