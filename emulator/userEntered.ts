import type { LocaleFacts } from './locale.js';
import type { StoredValue } from './state.js';
import { serialOfFields } from './timeZone.js';

/**
 * What Sheets makes of a string written with `setValue(s)`: Apps Script writes strings as if a person typed
 * them. The table is in emulator/README.md ("Strings are parsed like typing").
 */
export type Entered =
  | { kind: 'blank' }
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: StoredValue; numberFormat?: string };

export interface EnteredContext {
  locale: LocaleFacts;
  /** The cell's number format is plain text (`@`): the string is kept as is. */
  plainText: boolean;
  /** For dates typed without a year (`5/11`); asked only then. */
  currentYear: () => number;
}

/**
 * Parses a string as Sheets does when a person types it.
 * @example parseEntered('12%', context) //=> { kind: 'value', value: 0.12, numberFormat: '0%' }
 */
export function parseEntered(text: string, context: EnteredContext): Entered {
  if (text === '') return { kind: 'blank' };
  if (context.plainText) return { kind: 'value', value: text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  const trimmed = text.trim();
  return (
    parseBoolean(trimmed, context.locale) ??
    parseNumber(trimmed, context.locale) ??
    parseDateTime(trimmed, context) ?? { kind: 'value', value: text }
  );
}

type Parsed = Extract<Entered, { kind: 'value' }> | null;

function parseBoolean(text: string, locale: LocaleFacts): Parsed {
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === locale.trueWord) return { kind: 'value', value: true };
  if (upper === 'FALSE' || upper === locale.falseWord) return { kind: 'value', value: false };
  return null;
}

// ---- numbers: 123, -4.5, 1,234.5 (en), 1 234,5 and 12,5 (ru), 1e3, 12%, (5), $5 -------------------------

const numberPatterns = new Map<string, RegExp>();

function numberPattern(locale: LocaleFacts): RegExp {
  const key = locale.decimal;
  let pattern = numberPatterns.get(key);
  if (pattern === undefined) {
    const decimal = key === ',' ? ',' : '\\.';
    // A comma-decimal locale groups thousands with a (narrow / no-break) space; a point-decimal one with a comma.
    const group = key === ',' ? '[ \\u00a0\\u202f]' : ',';
    const integer = `\\d{1,3}(?:${group}\\d{3})+|\\d+`;
    const body = `(?:(?:${integer})(?:${decimal}\\d*)?|${decimal}\\d+)`;
    pattern = new RegExp(
      `^(?<sign>[+-])?(?<open>\\()?(?<prefix>[$€£₽]\\s?)?(?<body>${body})(?:[eE](?<exponent>[+-]?\\d+))?(?<suffix>\\s?[€£₽])?(?<close>\\))?(?<percent>%)?$`,
    );
    numberPatterns.set(key, pattern);
  }
  return pattern;
}

function parseNumber(text: string, locale: LocaleFacts): Parsed {
  const groups = numberPattern(locale).exec(text)?.groups;
  if (groups === undefined) return null;
  const { sign, open, close, prefix, suffix, body, exponent, percent } = groups;
  if (open !== undefined && (close === undefined || sign !== undefined)) return null;
  if (open === undefined && close !== undefined) return null;
  if (prefix !== undefined && suffix !== undefined) return null;
  const grouped = /[, \u00a0\u202f]/.test(body.replace(locale.decimal, '.').replace(/\.\d*$/, ''));
  const plain = body.replace(/[, \u00a0\u202f]/g, (ch) => (ch === locale.decimal ? '.' : ''));
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  let value = Number(plain) * 10 ** Number(exponent ?? 0);
  if (sign === '-' || open !== undefined) value = -value;
  if (percent !== undefined) value /= 100;
  if (!Number.isFinite(value)) return null;
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  let numberFormat: string | undefined;
  if (prefix !== undefined || suffix !== undefined) {
    const symbol = (prefix ?? suffix ?? '').trim();
    numberFormat = prefix !== undefined ? `"${symbol}"#,##0.00` : `#,##0.00" ${symbol}"`;
  } else if (percent !== undefined) numberFormat = `0${fraction}%`;
  else if (exponent !== undefined) numberFormat = '0.00E+00';
  else if (grouped) numberFormat = `#,##0${fraction}`;
  return numberFormat === undefined ? { kind: 'value', value } : { kind: 'value', value, numberFormat };
}

// ---- dates and times -----------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = /^(\d{1,4}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?$/i;

interface DateFields {
  year: number;
  month: number;
  day: number;
  format: string;
}

function parseDateTime(text: string, context: EnteredContext): Parsed {
  const time = parseTime(text);
  if (time !== null) return { kind: 'value', value: time.fraction, numberFormat: time.format };
  const split = /^(.+?)(?:\s+|T)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)$/i.exec(text);
  const date = parseDate(split ? split[1] : text, context);
  if (date === null) return null;
  const serial = serialOfFields(date.year, date.month, date.day);
  if (split === null) return { kind: 'value', value: serial, numberFormat: date.format };
  const clock = parseTime(split[2]);
  if (clock === null || clock.fraction >= 1) return null;
  return { kind: 'value', value: serial + clock.fraction, numberFormat: `${date.format} ${clock.format}` };
}

function parseTime(text: string): { fraction: number; format: string } | null {
  const m = TIME.exec(text);
  if (m === null) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const meridiem = m[4]?.toLowerCase();
  if (minute > 59 || second > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const seconds = m[3] === undefined ? '' : ':ss';
  // 25:30 is a duration in Sheets.
  const format =
    hour >= 24 ? `[h]:mm${seconds}` : `${meridiem ? 'h' : 'H'}:mm${seconds}${meridiem ? ' AM/PM' : ''}`;
  return { fraction: (hour * 3600 + minute * 60 + second) / 86400, format };
}

function parseDate(text: string, context: EnteredContext): DateFields | null {
  const { locale, currentYear } = context;
  let m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[3]), Number(m[4]), m[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd');
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), 1, 'yyyy-mm');
  const patterns = datePatterns(locale);
  m = patterns.full.exec(text);
  if (m) return numericDate([m[1], m[3], m[4]], locale, locale.datePattern);
  m = patterns.dayMonth.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return locale.dateOrder === 'DMY'
      ? checked(currentYear(), b, a, `d${locale.dateSeparator}M`)
      : checked(currentYear(), a, b, `M${locale.dateSeparator}d`);
  }
  return namedMonthDate(text, currentYear);
}

const datePatternCache = new Map<string, { full: RegExp; dayMonth: RegExp }>();

/** Numeric dates in a locale: `d.m.yyyy` (or its order) with the locale's separator, `/` or `-`; `d.m` without year. */
function datePatterns(locale: LocaleFacts): { full: RegExp; dayMonth: RegExp } {
  let patterns = datePatternCache.get(locale.dateSeparator);
  if (patterns === undefined) {
    const separators = `[${escapeClass(unique([locale.dateSeparator, '/', '-']))}]`;
    patterns = {
      full: new RegExp(`^(\\d{1,4})(${separators})(\\d{1,2})\\2(\\d{1,4})$`),
      dayMonth: new RegExp(`^(\\d{1,2})[${escapeClass(unique([locale.dateSeparator, '/']))}](\\d{1,2})$`),
    };
    datePatternCache.set(locale.dateSeparator, patterns);
  }
  return patterns;
}

function numericDate(fields: string[], locale: LocaleFacts, format: string): DateFields | null {
  const [a, b, c] = fields;
  if (locale.dateOrder === 'YMD')
    return a.length === 4 ? checked(Number(a), Number(b), Number(c), format) : null;
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  const year = fullYear(c);
  return locale.dateOrder === 'DMY'
    ? checked(year, Number(b), Number(a), format)
    : checked(year, Number(a), Number(b), format);
}

const SEP = '[ -]';
const MONTH_YEAR = new RegExp(`^${MONTH_NAME}${SEP}(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${SEP}${MONTH_NAME},?${SEP}(\\d{4})$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_NAME}${SEP}(\\d{1,2}),?${SEP}(\\d{4})$`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})${SEP}${MONTH_NAME}$`, 'i');
const MONTH_DAY = new RegExp(`^${MONTH_NAME}${SEP}(\\d{1,2})$`, 'i');

/** English month names, which Sheets reads in every locale: `Nov 2026`, `5 Nov 2026`, `Nov 5, 2026`, `5 Nov`. */
function namedMonthDate(text: string, currentYear: () => number): DateFields | null {
  if (!/[a-z]/i.test(text)) return null;
  let m = MONTH_YEAR.exec(text);
  if (m) return checked(Number(m[2]), monthOf(m[1]), 1, m[1].length > 4 ? 'mmmm yyyy' : 'mmm yyyy');
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return checked(Number(m[3]), monthOf(m[2]), Number(m[1]), 'd mmm yyyy');
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return checked(Number(m[3]), monthOf(m[1]), Number(m[2]), 'mmm d, yyyy');
  m = DAY_MONTH.exec(text);
  if (m) return checked(currentYear(), monthOf(m[2]), Number(m[1]), 'd mmm');
  m = MONTH_DAY.exec(text);
  if (m) return checked(currentYear(), monthOf(m[1]), Number(m[2]), 'mmm d');
  return null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Two-digit years: 00–29 are 2000s, 30–99 are 1900s, as in Sheets. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function checked(year: number, month: number, day: number, format: string): DateFields | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth =
    new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  return day <= daysInMonth ? { year, month, day, format } : null;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function escapeClass(chars: string[]): string {
  return chars.map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('');
}
