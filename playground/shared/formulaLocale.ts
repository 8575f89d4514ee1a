/**
 * Formulas as a spreadsheet of a decimal-comma locale shows them: `;` between arguments, `,` in numbers
 * (`=CONVERSION(C5; B5)`, `=RUN_RATE(B2; 0,5)`); the stored formula keeps `,` and `.` as Apps Script sees them.
 * Text in double quotes and sheet names in single quotes are left as they are.
 */

/** Characters a name, a reference or a number token is made of (a `.` inside a name stays a `.`). */
const WORD = /[A-Za-z0-9_$.\u00C0-\u024F\u0400-\u04FF]/;

/**
 * A stored formula as the locale shows it.
 *
 * @param formula As stored (`=RUN_RATE(B2, 0.5)`).
 * @param decimalComma Whether the locale writes decimals with a comma (ru_RU, de_DE…).
 * @returns The formula to show.
 * @example
 * toLocaleFormula('=RUN_RATE(B2, 0.5, "a,b")', true) //=> '=RUN_RATE(B2; 0,5; "a,b")'
 */
export function toLocaleFormula(formula: string, decimalComma: boolean): string {
  return decimalComma ? convert(formula, ',', ';', '.', ',') : formula;
}

/**
 * A formula typed in the locale as it is stored: the inverse of {@link toLocaleFormula}.
 *
 * @example
 * fromLocaleFormula('=RUN_RATE(B2; 0,5)', true) //=> '=RUN_RATE(B2, 0.5)'
 */
export function fromLocaleFormula(text: string, decimalComma: boolean): string {
  return decimalComma ? convert(text, ';', ',', ',', '.') : text;
}

function convert(
  text: string,
  separator: string,
  separatorTo: string,
  decimal: string,
  decimalTo: string,
): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      // A quoted text or sheet name, its doubled quotes included.
      let j = i + 1;
      while (j < text.length && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\d/.test(ch) && (i === 0 || !WORD.test(text[i - 1]))) {
      // A number: its decimal mark is the locale's.
      let j = i;
      while (j < text.length && /\d/.test(text[j])) j++;
      if (text[j] === decimal && /\d/.test(text[j + 1] ?? '')) {
        out += `${text.slice(i, j)}${decimalTo}`;
        i = j + 1;
        continue;
      }
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (WORD.test(ch)) {
      let j = i;
      while (j < text.length && WORD.test(text[j])) j++;
      out += text.slice(i, j);
      i = j;
      continue;
    }
    out += ch === separator ? separatorTo : ch;
    i++;
  }
  return out;
}
