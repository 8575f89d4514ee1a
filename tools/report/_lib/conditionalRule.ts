import type ExcelJS from 'exceljs';

/** A Sheets boolean condition as the emulator's snapshot holds it (`SpreadsheetApp.BooleanCriteria` names). */
export interface SheetsCondition {
  type: string;
  values: unknown[];
}

/** A Sheets colour scale as the emulator's snapshot holds it (`type`: an `InterpolationType` name). */
export interface SheetsGradient {
  min: SheetsGradientPoint | null;
  mid: SheetsGradientPoint | null;
  max: SheetsGradientPoint | null;
}
export interface SheetsGradientPoint {
  color: string;
  type: string;
  value: string;
}

const CFVO: Record<string, ExcelJS.Cvfo['type']> = {
  MIN: 'min',
  MAX: 'max',
  NUMBER: 'num',
  PERCENT: 'percent',
  PERCENTILE: 'percentile',
};

/**
 * The .xlsx colour scale (`colorScale`, two or three points) of a Sheets gradient rule, or null when a point has
 * no .xlsx equivalent. Sheets and Excel both leave blank and text cells of the range uncoloured.
 *
 * @example
 * xlsxColorScaleOf({ min: { color: '#ffffff', type: 'NUMBER', value: '0' }, mid: null,
 *   max: { color: '#57bb8a', type: 'MAX', value: '' } }, 1)
 * //=> { type: 'colorScale', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
 * //     color: [{ argb: 'FFFFFFFF' }, { argb: 'FF57BB8A' }] }
 */
export function xlsxColorScaleOf(
  gradient: SheetsGradient,
  priority: number,
): ExcelJS.ConditionalFormattingRule | null {
  const points = [
    gradient.min ?? { color: '#ffffff', type: 'MIN', value: '' },
    gradient.mid,
    gradient.max,
  ].filter((p): p is SheetsGradientPoint => p !== null);
  if (gradient.max === null) points.push({ color: '#ffffff', type: 'MAX', value: '' });
  const cfvo: ExcelJS.Cvfo[] = [];
  for (const p of points) {
    const type = CFVO[p.type];
    if (type === undefined) return null;
    if (type === 'min' || type === 'max') cfvo.push({ type });
    else {
      const value = Number(p.value);
      if (p.value.trim() === '' || !Number.isFinite(value)) return null;
      cfvo.push({ type, value });
    }
  }
  const color = points.map((p) => ({ argb: `FF${p.color.replace(/^#/, '').toUpperCase()}` }));
  return { type: 'colorScale', priority, cfvo, color } as ExcelJS.ConditionalFormattingRule;
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
