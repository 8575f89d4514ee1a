import { decimalSeparatorOf } from '../_lib/decimalSeparatorOf';

/** The reading of a number text: its value, or why it cannot be read. */
export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not_a_number' | 'ambiguous_number' };

// Currency signs, codes and words that may stand before or after an amount (never inside it). Longer spellings
// first where one starts another (`руб.` before `р.`, `us$` before `$`).
const CURRENCY = String.raw`(?:рублей|руб\.?|р\.?|rub|us\$|usd|eur|gbp|kzt|uah|byn|cny|chf|\$|€|£|¥|₸|₴|₽)`;
const CURRENCY_START = new RegExp(`^${CURRENCY}`, 'iu');
const CURRENCY_END = new RegExp(`${CURRENCY}$`, 'iu');
// The spaces that may separate thousands: space, no-break, figure, thin and narrow no-break space.
const GROUP_SPACE = /[ \u00a0\u2007\u2009\u202f]/;
// A body is digits, `.`, `,` and those spaces; anything else (a letter, a line break, a second sign) is refused.
const BODY = /^[\d.,][\d.,\u0020\u00a0\u2007\u2009\u202f]*$/;
const DIGITS = /^\d+$/;
// Digits with maybe a decimal point and its digits; `[1]` is the fraction.
const PLAIN = /^\d+(?:\.(\d+))?$/;
const GROUP_HEAD = /^\d{1,3}$/;
const GROUP = /^\d{3}$/;
// The last space-separated group: three digits, then maybe the decimal part (`1 234,56`, `1 234.5`).
const LAST_GROUP = /^(\d{3})(?:[.,](\d+))?$/;

/**
 * Reads a number typed as text, the way an analyst would, in a Sheets locale (spec §1.1 "Cell values", v2).
 *
 * - The locale's decimal separator is read first (`,` in ru_RU, `.` in en_US). A single other separator is read
 *   as the decimal one when that is unambiguous: not followed by exactly three digits (`12,5` in en_US). `1.234`
 *   in a ru sheet could be 1.234 or 1234: it is `ambiguous_number`, never guessed. In en_US `1,234` is 1234.
 * - Both separators (`1.234,56`, `1,234.56`), or one repeated (`1.234.567`): the last is the decimal one and the
 *   others group thousands, in every locale.
 * - Spaces (also no-break, narrow no-break and thin) only between groups of exactly three digits:
 *   `1 234 567,50`; `1 2 3`, `12 34` and `1234 567` are not numbers.
 * - A currency sign, code or word (`₽`, `руб.`, `р.`, `$`, `€`, `USD`, `RUB`, `EUR` …) only before or after the
 *   number, also between the sign and the digits (`-$12`), never inside (`1rub2`).
 * - `%` divides by 100 (`12,5%` = 0.125); `-12`, `−12`, `–12` and `(12)` are negative.
 * - Anything else (letters, `1\n2`, `1e5`, `Infinity`, a number too large to be finite) is not a number.
 *
 * @param text The cell text, e.g. `1 234,56 ₽`, `$1,234.56`, `12,5%`.
 * @param locale The spreadsheet locale, e.g. `ru_RU` or `en_US`.
 * @returns `{ ok: true, value }` (a finite number, never -0) or `{ ok: false, reason }`.
 * @example
 * parseNumber('1 234,56 ₽', 'ru_RU') //=> { ok: true, value: 1234.56 }
 * parseNumber('1.234', 'ru_RU') //=> { ok: false, reason: 'ambiguous_number' }
 * parseNumber('12 34', 'ru_RU') //=> { ok: false, reason: 'not_a_number' }
 */
export function parseNumber(text: string, locale: string): NumberReading {
  // The fast path of exports' plain amounts (`12500`, `2558.15`): no sign, currency, spaces or grouping.
  const plain = PLAIN.exec(text);
  if (
    plain !== null &&
    (plain[1] === undefined || plain[1].length !== 3 || decimalSeparatorOf(locale) === '.')
  ) {
    const value = Number(text);
    if (Number.isFinite(value)) return { ok: true, value };
  }
  let s = text.trim();
  let negative = false;
  let signed = false;
  let parenthesised = false;
  let closed = false;
  let percent = false;
  let prefixed = false;
  let suffixed = false;

  // Before the digits, in any order, each at most once: a sign, `(`, a currency.
  for (;;) {
    const c = s.charAt(0);
    if (!signed && (c === '-' || c === '−' || c === '–' || c === '+')) {
      signed = true;
      negative = c !== '+';
      s = s.slice(1).trimStart();
    } else if (!parenthesised && c === '(') {
      parenthesised = true;
      s = s.slice(1).trimStart();
    } else if (!prefixed && CURRENCY_START.test(s)) {
      prefixed = true;
      s = s.replace(CURRENCY_START, '').trimStart();
    } else {
      break;
    }
  }
  // After the digits, in any order, each at most once: `%`, `)`, a currency.
  for (;;) {
    if (!percent && s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1).trimEnd();
    } else if (parenthesised && !closed && s.endsWith(')')) {
      closed = true;
      s = s.slice(0, -1).trimEnd();
    } else if (!suffixed && CURRENCY_END.test(s)) {
      suffixed = true;
      s = s.replace(CURRENCY_END, '').trimEnd();
    } else {
      break;
    }
  }
  if (parenthesised !== closed || (parenthesised && signed)) return NOT_A_NUMBER;
  if (!BODY.test(s)) return NOT_A_NUMBER;

  const reading = GROUP_SPACE.test(s) ? readSpaceGrouped(s) : readSeparated(s, decimalSeparatorOf(locale));
  if (typeof reading !== 'string') return reading;
  // The decimal text is scaled before it becomes a double, so `0,7%` is 0.007, not 0.7 / 100 = 0.006999….
  let value = Number(percent ? `${reading}e-2` : reading);
  if (parenthesised || negative) value = -value;
  if (!Number.isFinite(value)) return NOT_A_NUMBER; // `1` followed by 400 zeros
  return { ok: true, value: value === 0 ? 0 : value }; // never -0
}

const NOT_A_NUMBER: NumberReading = Object.freeze({ ok: false, reason: 'not_a_number' });
const AMBIGUOUS: NumberReading = Object.freeze({ ok: false, reason: 'ambiguous_number' });

/**
 * Digits grouped by spaces (`1 234 567`, `1 234,56`, `12 500.5`) as a decimal text, or why not. Spaces group
 * thousands, so the one separator of the last group can only be the decimal one, in any locale.
 */
function readSpaceGrouped(s: string): string | NumberReading {
  const groups = s.split(GROUP_SPACE);
  if (!GROUP_HEAD.test(groups[0])) return NOT_A_NUMBER;
  const last = groups.length - 1;
  for (let i = 1; i < last; i++) if (!GROUP.test(groups[i])) return NOT_A_NUMBER;
  const tail = LAST_GROUP.exec(groups[last]);
  if (tail === null) return NOT_A_NUMBER;
  groups[last] = tail[1];
  const whole = groups.join('');
  return tail[2] === undefined ? whole : `${whole}.${tail[2]}`;
}

/**
 * Digits with `.` and `,` and no spaces, read with the locale's decimal separator `decimal` first, as a decimal
 * text (`1234.56`) or why not.
 */
function readSeparated(s: string, decimal: '.' | ','): string | NumberReading {
  const lastPoint = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastPoint === -1 && lastComma === -1) return s; // BODY: digits only
  if (lastPoint !== -1 && lastComma !== -1) {
    // Both: the last one is the decimal separator, the other groups thousands (`1.234,56`, `1,234.56`).
    const point = lastPoint > lastComma;
    return withDecimal(s, point ? lastPoint : lastComma, point ? ',' : '.');
  }
  const separator = lastPoint === -1 ? ',' : '.';
  const at = lastPoint === -1 ? lastComma : lastPoint;
  // Repeated, it can only group thousands: `1.234.567`, `1,234,567`.
  if (s.indexOf(separator) !== at) return groupedDigits(s, separator) ?? NOT_A_NUMBER;
  if (separator === decimal) return withDecimal(s, at, null);
  // The other separator once: the locale's thousands mark (`1,234` in en_US) when it groups validly there…
  if (decimal === '.') {
    const thousands = groupedDigits(s, ',');
    if (thousands !== null) return thousands;
  }
  // …else a decimal separator, unless exactly three digits follow: `1.234` could be either.
  return s.length - at - 1 === 3 && at > 0 ? AMBIGUOUS : withDecimal(s, at, null);
}

/** The number whose decimal separator is at `at`; `grouping` (unless null) may group the digits before it. */
function withDecimal(s: string, at: number, grouping: ',' | '.' | null): string | NumberReading {
  const fraction = s.slice(at + 1);
  if (!DIGITS.test(fraction)) return NOT_A_NUMBER;
  const head = s.slice(0, at);
  let whole: string | null = head;
  if (head === '')
    whole = '0'; // `,5` is 0.5
  else if (grouping !== null && head.includes(grouping)) whole = groupedDigits(head, grouping);
  else if (!DIGITS.test(head)) whole = null;
  return whole === null ? NOT_A_NUMBER : `${whole}.${fraction}`;
}

/** The digits of thousands groups `1,234,567` (a head of 1–3 digits, then groups of exactly three), or null. */
function groupedDigits(s: string, separator: ',' | '.'): string | null {
  const groups = s.split(separator);
  if (!GROUP_HEAD.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!GROUP.test(groups[i])) return null;
  return groups.join('');
}
