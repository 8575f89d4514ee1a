import type { ShownValue, ValueIssueCode } from '../../kpi/i18n/functions';
import { parseNumber } from '../../kpi/log/parseNumber';
import { isAtRiskThreshold } from '../../kpi/settings/atRiskThreshold';
import type { FunctionCall } from './FunctionCall';

/**
 * What an argument holds:
 * - `number`: any number (revenue, costs, actuals, targets);
 * - `count`: a number ≥ 0 (opportunities, orders, customers, days…);
 * - `flag`: TRUE/FALSE, 1/0, or the text true/false/истина/ложь;
 * - `fraction`: a share in (0, 1], e.g. 0.9 or the text 90%.
 */
export type ArgKind = 'number' | 'count' | 'flag' | 'fraction';

/** The clean value of an argument of a kind. */
export type ArgValue<K extends ArgKind> = K extends 'flag' ? boolean : number;

/**
 * One argument of a custom function: its name as the spec (and Sheets' help) spells it, its kind, and for an
 * optional argument the default that a blank or omitted value takes. A required blank makes the result blank.
 */
export interface ArgSpec<K extends ArgKind = ArgKind> {
  readonly name: string;
  readonly kind: K;
  readonly default?: ArgValue<K>;
}

/** A required number argument (any sign). */
export const numberArg = (name: string): ArgSpec<'number'> => ({ name, kind: 'number' });
/** A required count argument (≥ 0). */
export const countArg = (name: string): ArgSpec<'count'> => ({ name, kind: 'count' });
/** An optional TRUE/FALSE argument with its default. */
export const flagArg = (name: string, defaultValue: boolean): ArgSpec<'flag'> => ({
  name,
  kind: 'flag',
  default: defaultValue,
});
/** An optional share-in-(0, 1] argument with its default. */
export const fractionArg = (name: string, defaultValue: number): ArgSpec<'fraction'> => ({
  name,
  kind: 'fraction',
  default: defaultValue,
});

// Text a flag accepts, compared trimmed and lower-cased. Sheets already turns a typed TRUE/ИСТИНА into a boolean;
// these are for text cells (imports, CRM exports).
// A Map: a `{}` would answer "constructor" or "__proto__" from Object.prototype.
const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['истина', true],
  ['ложь', false],
  ['1', true],
  ['0', false],
]);

/**
 * Whether a value is a Date, also one made in another realm (a `vm` context), where `instanceof Date` fails.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Reads one cell value of an argument into its clean value, or throws a `FunctionArgumentError` that names the
 * function, the argument, the position and the value.
 *
 * Numbers pass as they are (the fast path: no allocation, no service call); number text is read with
 * `parseNumber` in the spreadsheet's locale (`12,5`, `1 234 ₽`, `25%`), strictly: text such as `1 2 3`, `12 34`,
 * `1rub2` or `Infinity` is an error, and `1.234` in a ru sheet an ambiguous one (spec §1.1). A logical or a Date
 * where a number is expected is an error, as is a negative count or a fraction outside (0, 1].
 *
 * @param value The cell value as Apps Script passes it.
 * @param spec The argument.
 * @param call The function call (name, locale).
 * @param row Row of the value within its range, from 1; 0 when the argument is a single value.
 * @param column Column of the value within its range, from 1; 0 when the argument is a single value.
 * @returns The clean value, or null for a blank (the caller applies the default of an optional argument).
 */
export function coerceArg<K extends ArgKind>(
  value: unknown,
  spec: ArgSpec<K>,
  call: FunctionCall,
  row: number,
  column: number,
): ArgValue<K> | null;
export function coerceArg(
  value: unknown,
  spec: ArgSpec,
  call: FunctionCall,
  row: number,
  column: number,
): number | boolean | null {
  if (spec.kind === 'flag') return readFlag(value, spec, call, row, column);
  const n =
    typeof value === 'number' && Number.isFinite(value) ? value : readNumber(value, spec, call, row, column);
  if (n === null) return null;
  if (spec.kind === 'count' && n < 0) fail(call, 'negative_count', spec, row, column, shown(value, call));
  // The one fraction argument is KPI_STATUS's at_risk: the threshold as src/kpi/settings/atRiskThreshold.ts defines it.
  if (spec.kind === 'fraction' && !isAtRiskThreshold(n)) {
    fail(call, 'fraction_out_of_range', spec, row, column, shown(value, call));
  }
  return n;
}

/** The slow path of a number: blank, text, or an error. */
function readNumber(
  value: unknown,
  spec: ArgSpec,
  call: FunctionCall,
  row: number,
  column: number,
): number | null {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    const reading = parseNumber(text, call.locale);
    if (reading.ok) return reading.value;
    return fail(call, reading.reason, spec, row, column, value);
  }
  if (typeof value === 'boolean') return fail(call, 'logical_not_number', spec, row, column, value);
  if (isDateValue(value)) return fail(call, 'date_not_number', spec, row, column, call.showDate(value));
  return fail(call, 'not_a_number', spec, row, column, shown(value, call));
}

function readFlag(
  value: unknown,
  spec: ArgSpec,
  call: FunctionCall,
  row: number,
  column: number,
): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const flag = FLAG_WORDS.get(value.trim().toLowerCase());
    if (flag !== undefined) return flag;
  }
  return fail(call, 'not_a_flag', spec, row, column, shown(value, call));
}

/** A cell value as a message shows it. */
function shown(value: unknown, call: FunctionCall): ShownValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDateValue(value)) return call.showDate(value);
  return String(value);
}

function fail(
  call: FunctionCall,
  code: ValueIssueCode,
  spec: ArgSpec,
  row: number,
  column: number,
  value: ShownValue,
): never {
  return call.fail({
    code,
    fn: call.fn,
    argument: spec.name,
    at: row === 0 ? null : { row, column },
    value,
  });
}
