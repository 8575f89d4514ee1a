import { decimalSeparatorOf } from './_lib/decimalSeparatorOf';

/** The reading of a number text: its value, or why it cannot be read. */
export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not_a_number' | 'ambiguous_number' };

// Currency words and signs that may stand before or after an amount. Longest first, so `руб.` goes before `р.`.
const CURRENCY = /(?:руб\.?|rub|usd|eur|gbp|kzt|uah|byn|р\.|₽|\$|€|£|¥|₸|₴)/giu;
// Every kind of space Sheets and CRMs use as a thousands separator: space, no-break, narrow no-break, thin.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const DIGITS_ONLY = /^\d+$/;

/**
 * Reads a number typed as text, the way an analyst would, in a Sheets locale.
 *
 * The locale's decimal separator is tried first (`,` in ru_RU, `.` in en_US), with the locale's thousands
 * grouping (`,` in en_US; spaces anywhere). Where that fails, the other separator is accepted as the decimal one
 * when the reading is unambiguous: a single separator not followed by exactly three digits, or both separators
 * in a valid grouping (`$1,234.56` in a ru sheet). `1.234` in a ru sheet could be 1.234 or 1234: it is
 * `ambiguous_number`, never guessed. Currency signs and words are ignored; `%` divides by 100; `(12)` and
 * `−12` are negative.
 *
 * @param text The cell text, e.g. `1 234,56 ₽`, `$1,234.56`, `12,5%`.
 * @param locale The spreadsheet locale, e.g. `ru_RU` or `en_US`.
 * @returns `{ ok: true, value }` or `{ ok: false, reason }`.
 * @example
 * parseNumber('1 234,56 ₽', 'ru_RU') //=> { ok: true, value: 1234.56 }
 * parseNumber('1.234', 'ru_RU') //=> { ok: false, reason: 'ambiguous_number' }
 */
export function parseNumber(text: string, locale: string): NumberReading {
  let s = text.replace(SPACES, '').replace(CURRENCY, '');
  let sign = 1;
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    sign = -1;
    s = s.slice(1, -1);
  }
  const first = s.charAt(0);
  if (first === '-' || first === '−' || first === '–') {
    sign = -sign;
    s = s.slice(1);
  } else if (first === '+') {
    s = s.slice(1);
  }
  // A currency sign may also stand between the sign and the digits: `-$12`.
  s = s.replace(CURRENCY, '');
  if (s === '') return NOT_A_NUMBER;

  const decimal = decimalSeparatorOf(locale);
  const other = decimal === ',' ? '.' : ',';
  const grouping = decimal === '.' ? ',' : null; // ru and most comma locales group with spaces only
  const local = readDigits(s, decimal, grouping);
  if (local !== null) return ok(sign * local * scale);

  if (isAmbiguous(s, other)) return AMBIGUOUS;
  const swapped = readDigits(s, other, decimal);
  if (swapped !== null) return ok(sign * swapped * scale);
  // `1.234.567` in a ru sheet: repeated dots can only be thousands groups.
  const groupedOnly = readDigits(s, null, other);
  if (groupedOnly !== null) return ok(sign * groupedOnly * scale);
  return NOT_A_NUMBER;
}

const NOT_A_NUMBER: NumberReading = Object.freeze({ ok: false, reason: 'not_a_number' });
const AMBIGUOUS: NumberReading = Object.freeze({ ok: false, reason: 'ambiguous_number' });

function ok(value: number): NumberReading {
  return { ok: true, value: value === 0 ? 0 : value }; // never -0
}

/** A single `separator` followed by exactly three digits (`1.234`): a decimal point or a thousands mark? */
function isAmbiguous(s: string, separator: string): boolean {
  const at = s.indexOf(separator);
  if (at < 1 || s.indexOf(separator, at + 1) !== -1) return false;
  if (s.includes(separator === '.' ? ',' : '.')) return false;
  const tail = s.slice(at + 1);
  return tail.length === 3 && DIGITS_ONLY.test(tail) && DIGITS_ONLY.test(s.slice(0, at));
}

/**
 * Digits with an optional decimal separator and optional thousands groups of three before it, or null.
 * `decimal` or `grouping` null means that separator is not allowed.
 */
function readDigits(s: string, decimal: string | null, grouping: string | null): number | null {
  let intPart = s;
  let fracPart = '';
  if (decimal !== null) {
    const at = s.indexOf(decimal);
    if (at !== -1) {
      if (s.indexOf(decimal, at + 1) !== -1) return null;
      intPart = s.slice(0, at);
      fracPart = s.slice(at + 1);
      if (fracPart === '' || !DIGITS_ONLY.test(fracPart)) return null;
      if (intPart === '') intPart = '0'; // `,5` → 0.5
    }
  }
  if (grouping !== null && intPart.includes(grouping)) {
    const groups = intPart.split(grouping);
    const head = groups[0];
    if (head.length < 1 || head.length > 3 || !DIGITS_ONLY.test(head)) return null;
    for (let i = 1; i < groups.length; i++) {
      if (groups[i].length !== 3 || !DIGITS_ONLY.test(groups[i])) return null;
    }
    intPart = groups.join('');
  }
  if (!DIGITS_ONLY.test(intPart)) return null;
  return Number(fracPart === '' ? intPart : `${intPart}.${fracPart}`);
}
