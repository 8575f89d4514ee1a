import { formatDate } from './dateFormat.js';
import { type Token, tokenize } from './formatTokens.js';
import type { LocaleFacts } from './locale.js';
import type { CellValue } from './state.js';
import { serialOfDate } from './timeZone.js';

/**
 * Display values (`getDisplayValues`) from Sheets number formats. A practical subset of Sheets' format
 * language: sections (`pos;neg;zero`), `0 # ?`, grouping `,`, `%`, `E+`, quoted text and `\x`, `[$₽-419]`,
 * and date/time codes (`yyyy mm dd hh mm ss am/pm mmm mmmm ddd dddd [h]`).
 */

/** What Apps Script's `getNumberFormat()` returns for a cell in the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';

/** Plain text: strings stay strings, whatever they look like. */
export const TEXT_FORMAT = '@';

export interface DisplayContext {
  locale: LocaleFacts;
  timeZone: string;
}

/** True when a number format shows a date or time, so Apps Script returns the cell as a `Date`. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (pattern === undefined || isAutomatic(pattern)) return false;
  let answer = dateFormats.get(pattern);
  if (answer === undefined) {
    if (dateFormats.size > 1000) dateFormats.clear();
    answer = showsDate(pattern);
    dateFormats.set(pattern, answer);
  }
  return answer;
}

const dateFormats = new Map<string, boolean>();

function showsDate(pattern: string): boolean {
  const bare = pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/[_*]./g, '');
  return /[ydhsm]|am\/pm|a\/p/i.test(bare);
}

function isAutomatic(pattern: string): boolean {
  return pattern === '' || pattern === AUTOMATIC_FORMAT || pattern.toLowerCase() === 'general';
}

/**
 * The text Sheets shows for a value in a number format.
 * @example formatDisplay(0.125, '0.0%', context) //=> '12.5%'
 */
export function formatDisplay(
  value: CellValue,
  pattern: string | undefined,
  context: DisplayContext,
): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? context.locale.trueWord : context.locale.falseWord;
  if (typeof value === 'string') return value;
  const serial = value instanceof Date ? serialOfDate(value, context.timeZone) : value;
  if (pattern === undefined || isAutomatic(pattern) || pattern === TEXT_FORMAT) {
    if (!(value instanceof Date)) return generalNumber(serial, context.locale);
    const date = context.locale.datePattern;
    return formatDate(serial, Number.isInteger(serial) ? date : `${date} H:mm:ss`, context.locale);
  }
  const sections = splitSections(pattern);
  let section = sections[0];
  let number = serial;
  if (number < 0 && sections.length > 1) {
    section = sections[1];
    number = -number;
  } else if (number === 0 && sections.length > 2) section = sections[2];
  return isDateFormat(section)
    ? formatDate(number, section, context.locale)
    : formatNumber(number, section, context.locale);
}

/** Sheets' automatic display of a number: up to 10 significant digits, locale decimal sign. */
export function generalNumber(value: number, locale: LocaleFacts): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa.replace('.', locale.decimal)}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10))).replace('.', locale.decimal);
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

// ---- numbers ---------------------------------------------------------------------------------------------

const NUMBER_CODES = /[0#?]|[.,%]|[eE][+-]/y;
const isDigitCode = (code: string) => code === '0' || code === '#' || code === '?';

/** A number format section, read once: where the digits go and how many. */
interface NumberPlan {
  tokens: Token[];
  exponentAt: number;
  exponentSign: boolean;
  exponentWidth: number;
  dotAt: number;
  integerDigits: number;
  minInteger: number;
  grouping: boolean;
  scale: number;
  maxFraction: number;
  minFraction: number;
}

const numberPlans = new Map<string, NumberPlan>();

function numberPlan(section: string): NumberPlan {
  let plan = numberPlans.get(section);
  if (plan !== undefined) return plan;
  const tokens = tokenize(section, NUMBER_CODES);
  const codes = tokens.filter((t) => t.kind === 'code').map((t) => t.text);
  const exponentAt = codes.findIndex((c) => /^[eE]/.test(c));
  const mantissa = exponentAt < 0 ? codes : codes.slice(0, exponentAt);
  const dotAt = mantissa.indexOf('.');
  const integerCodes = dotAt < 0 ? mantissa : mantissa.slice(0, dotAt);
  const fractionCodes = dotAt < 0 ? [] : mantissa.slice(dotAt + 1).filter(isDigitCode);
  const integerDigitCodes = integerCodes.filter(isDigitCode);
  const lastDigit = integerCodes.map(isDigitCode).lastIndexOf(true);
  const percents = codes.filter((c) => c === '%').length;
  const scaleCommas = integerCodes.slice(lastDigit + 1).filter((c) => c === ',').length;
  plan = {
    tokens,
    exponentAt,
    exponentSign: exponentAt >= 0 && codes[exponentAt].endsWith('+'),
    exponentWidth: exponentAt < 0 ? 0 : codes.slice(exponentAt + 1).filter(isDigitCode).length,
    dotAt,
    integerDigits: integerDigitCodes.length,
    minInteger: integerDigitCodes.filter((c) => c === '0').length,
    grouping: integerCodes.some((c, i) => c === ',' && i < lastDigit),
    scale: 100 ** percents / 1000 ** scaleCommas,
    maxFraction: fractionCodes.length,
    minFraction: fractionCodes.filter((c) => c === '0').length,
  };
  if (numberPlans.size > 1000) numberPlans.clear();
  numberPlans.set(section, plan);
  return plan;
}

function formatNumber(value: number, section: string, locale: LocaleFacts): string {
  const plan = numberPlan(section);
  let number = Math.abs(value) * plan.scale;
  let exponentText = '';
  if (plan.exponentAt >= 0) {
    const exponent = number === 0 ? 0 : Math.floor(Math.log10(number)) - Math.max(plan.integerDigits - 1, 0);
    number /= 10 ** exponent;
    const sign = exponent < 0 ? '-' : plan.exponentSign ? '+' : '';
    exponentText = `E${sign}${String(Math.abs(exponent)).padStart(plan.exponentWidth, '0')}`;
  }
  const fixed = Number(number.toPrecision(15)).toFixed(plan.maxFraction);
  const point = fixed.indexOf('.');
  let integer = point < 0 ? fixed : fixed.slice(0, point);
  let fraction = point < 0 ? '' : fixed.slice(point + 1);
  while (fraction.length > plan.minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (integer === '0' && plan.minInteger === 0) integer = '';
  integer = integer.padStart(plan.minInteger, '0');
  if (plan.grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, locale.group);
  const isZero = /^0*$/.test(integer + fraction);
  let out = '';
  let placedInteger = false;
  let codeIndex = 0;
  for (const token of plan.tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    const at = codeIndex++;
    if (token.text === '%') out += '%';
    if (plan.exponentAt >= 0 && at >= plan.exponentAt) {
      if (at === plan.exponentAt) out += exponentText;
      continue;
    }
    if (at === plan.dotAt) {
      if (!placedInteger) out += integer;
      placedInteger = true;
      if (fraction !== '') out += locale.decimal + fraction;
    } else if (!placedInteger && isDigitCode(token.text) && (plan.dotAt < 0 || at < plan.dotAt)) {
      out += integer;
      placedInteger = true;
    }
  }
  if (!placedInteger) out += integer;
  return value < 0 && !isZero ? `-${out}` : out;
}
