import type ExcelJS from 'exceljs';

/** A Sheets boolean condition as the emulator's snapshot holds it (`SpreadsheetApp.BooleanCriteria` names). */
export interface SheetsCondition {
  type: string;
  values: unknown[];
}

/** An .xlsx rule without its priority and style. */
export type XlsxRule =
  | { type: 'containsText'; operator: string; text?: string; formulae: string[] }
  | { type: 'cellIs'; operator: string; formulae: string[] }
  | { type: 'expression'; formulae: string[] };

const CELL_IS: Record<string, string> = {
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
};

/**
 * The .xlsx rule that does what a Sheets boolean condition does, for a rule whose ranges start at `topLeft`
 * (the cell relative references in an .xlsx rule formula are read from), or null when .xlsx has none (dates
 * relative to today). Text rules ignore case in both, as `SEARCH` does.
 *
 * @example
 * xlsxRuleOf({ type: 'TEXT_STARTS_WITH', values: ['✓'] }, 'D5')
 * //=> { type: 'containsText', operator: 'beginsWith', text: '✓', formulae: ['LEFT(D5,LEN("✓"))="✓"'] }
 */
export function xlsxRuleOf(condition: SheetsCondition, topLeft: string): XlsxRule | null {
  const [first, second] = condition.values;
  const text = String(first ?? '');
  const quoted = `"${text.replace(/"/g, '""')}"`;
  switch (condition.type) {
    case 'TEXT_CONTAINS':
      return textRule('containsText', text, `NOT(ISERROR(SEARCH(${quoted},${topLeft})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return textRule('notContains', text, `ISERROR(SEARCH(${quoted},${topLeft}))`);
    case 'TEXT_STARTS_WITH':
      return textRule('beginsWith', text, `LEFT(${topLeft},LEN(${quoted}))=${quoted}`);
    case 'TEXT_ENDS_WITH':
      return textRule('endsWith', text, `RIGHT(${topLeft},LEN(${quoted}))=${quoted}`);
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [quoted] };
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', formulae: [`LEN(TRIM(${topLeft}))=0`] };
    case 'CELL_NOT_EMPTY':
      return { type: 'containsText', operator: 'notContainsBlanks', formulae: [`LEN(TRIM(${topLeft}))>0`] };
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [text.replace(/^=/, '')] };
    default: {
      const operator = CELL_IS[condition.type];
      if (operator === undefined) return null;
      const formulae = operator.endsWith('etween')
        ? [numberText(first), numberText(second)]
        : [numberText(first)];
      return { type: 'cellIs', operator, formulae };
    }
  }
}

function textRule(operator: string, text: string, formula: string): XlsxRule {
  return { type: 'containsText', operator, text, formulae: [formula] };
}

function numberText(value: unknown): string {
  return typeof value === 'number' ? String(value) : `"${String(value ?? '').replace(/"/g, '""')}"`;
}

/** The rule as exceljs takes it (its types know fewer operators than it writes). */
export function asExcelRule(
  rule: XlsxRule,
  priority: number,
  style: Partial<ExcelJS.Style>,
): ExcelJS.ConditionalFormattingRule {
  return { ...rule, priority, style } as unknown as ExcelJS.ConditionalFormattingRule;
}
