/** Functions of Google Sheets that Excel and LibreOffice do not have: an .xlsx would show `#NAME?` for them. */
const SHEETS_ONLY =
  /^=\s*(SPARKLINE|GOOGLEFINANCE|IMAGE|IMPORTRANGE|IMPORTDATA|IMPORTHTML|IMPORTXML|GOOGLETRANSLATE)\s*\(/i;

/**
 * Whether a formula calls a function only Google Sheets has, so the .xlsx keeps its last value instead (the rep
 * cards' `=SPARKLINE({…})`: the trend's numbers are in the row above it).
 *
 * @example
 * isSheetsOnlyFormula('=SPARKLINE({1;2;3})') //=> true
 * isSheetsOnlyFormula('=SUM(A1:A3)') //=> false
 */
export function isSheetsOnlyFormula(formula: string): boolean {
  return SHEETS_ONLY.test(formula);
}
