import { gradientColorAt } from './gradient.js';
import type { CellView, ConditionalRuleView } from './protocol.js';

/** What a matching conditional-format rule paints over a cell's own format. */
export type RuleFormat = ConditionalRuleView['format'];

/**
 * The format of the first rule that matches the cell, as Sheets applies conditional formatting: rules in
 * order, the first whose range holds the cell and whose condition is true wins. Text conditions compare
 * without case (as Sheets does); custom formulas and unknown conditions never match.
 *
 * @example
 * ruleFormatAt(rules, { row: 2, column: 3, type: 'string', value: '✓ on track', … }) //=> { background: '#e6f4ea', … }
 */
export function ruleFormatAt(rules: readonly ConditionalRuleView[], cell: CellView): RuleFormat | null {
  for (const rule of rules) {
    const inRange = rule.ranges.some(
      (r) =>
        cell.row >= r.row &&
        cell.row < r.row + r.numRows &&
        cell.column >= r.column &&
        cell.column < r.column + r.numColumns,
    );
    if (inRange && rule.gradient !== undefined && cell.type === 'number')
      return { background: gradientColorAt(rule.gradient, cell.value as number) };
    if (inRange && rule.condition !== null && matches(rule.condition, cell)) return rule.format;
  }
  return null;
}

/** Whether a boolean condition (a `SpreadsheetApp.BooleanCriteria` name and its values) holds for a cell. */
export function matches(condition: { type: string; values: unknown[] }, cell: CellView): boolean {
  const [a, b] = condition.values;
  const text = (cell.type === 'string' ? String(cell.value) : cell.display).toLowerCase();
  const needle = String(a ?? '').toLowerCase();
  const number = cell.type === 'number' ? (cell.value as number) : null;
  const x = Number(a);
  const y = Number(b);
  switch (condition.type) {
    case 'CELL_EMPTY':
      return cell.type === 'blank';
    case 'CELL_NOT_EMPTY':
      return cell.type !== 'blank';
    case 'TEXT_STARTS_WITH':
      return text.startsWith(needle);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(needle);
    case 'TEXT_CONTAINS':
      return text.includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(needle);
    case 'TEXT_EQUAL_TO':
      return text === needle;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== needle;
    case 'NUMBER_GREATER_THAN':
      return number !== null && number > x;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number !== null && number >= x;
    case 'NUMBER_LESS_THAN':
      return number !== null && number < x;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number !== null && number <= x;
    case 'NUMBER_EQUAL_TO':
      return number !== null && number === x;
    case 'NUMBER_NOT_EQUAL_TO':
      return number !== null && number !== x;
    case 'NUMBER_BETWEEN':
      return number !== null && number >= Math.min(x, y) && number <= Math.max(x, y);
    case 'NUMBER_NOT_BETWEEN':
      return number !== null && (number < Math.min(x, y) || number > Math.max(x, y));
    default:
      return false;
  }
}
