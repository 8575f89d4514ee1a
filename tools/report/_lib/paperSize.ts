import type ExcelJS from 'exceljs';
import { regionOf } from '../../../src/kpi/i18n/locales/index.js';

/**
 * The countries that print on US Letter (CLDR's `paperSize` data: the United States and Canada, Mexico, Central
 * America's Letter countries, Chile, Colombia, Venezuela, Puerto Rico, the Philippines); every other one uses A4.
 */
const LETTER_COUNTRIES = new Set([
  'US',
  'CA',
  'MX',
  'BZ',
  'CL',
  'CO',
  'CR',
  'GT',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'VE',
]);

/** The .xlsx paper codes (ECMA-376 `ST_PaperSize`): 1 is Letter, 9 is A4. */
const LETTER = 1 as ExcelJS.PaperSize;
const A4 = 9 as ExcelJS.PaperSize;

/**
 * The paper a spreadsheet of this locale prints on: Letter where that country's printers use it, else A4. A
 * locale without a country is its language's own locale (`regionOf`: plain `en` is `en_US`, as Sheets treats it).
 *
 * @param locale A Sheets locale: `en_US`, `es_MX`, `ru`, `de-DE`.
 * @returns The .xlsx paper code.
 * @example
 * paperSizeOf('en_CA') //=> 1 (Letter)
 * paperSizeOf('en_GB') //=> 9 (A4)
 */
export function paperSizeOf(locale: string): ExcelJS.PaperSize {
  return LETTER_COUNTRIES.has(regionOf(locale)) ? LETTER : A4;
}
