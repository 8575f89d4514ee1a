import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, type Workbook } from '../../playground/server/demoWorkbook';
import { cellEditOf, editCell } from '../../playground/server/editCell';
import { workbookView } from '../../playground/server/sheetView';
import { fromLocaleFormula, toLocaleFormula } from '../../playground/shared/formulaLocale';
import { spillWidth } from '../../playground/shared/spill';
import { ROOT } from '../bundle/_bundle';

describe('editCell', () => {
  let ru: Workbook;
  beforeAll(async () => {
    ru = await createWorkbook({ root: ROOT, lang: 'ru', data: null, spend: null });
  }, 60_000);
  const shown = (a1: string) => {
    ru.env.book.activeSheetId = ru.env.book.sheets.find((s) => s.name === 'Формулы')!.id;
    return workbookView(ru, 0).active.cells.find((c) => c.a1 === a1);
  };

  it('takes typed text in the spreadsheet’s locale, and computes the formulas over it again', () => {
    const deals = shown('B5')!.value as number;
    expect(editCell(ru, { sheet: 'Формулы', a1: 'C5', text: `${deals / 4}`.replace('.', ',') })).toBeNull();
    expect(shown('C5')?.value).toBe(deals / 4); // "6,5" is a number in ru_RU
    expect(shown('G5')?.display).toBe('25,0%'); // =CONVERSION(C5, B5), through the bundle
    expect(ru.env.calls.toJSON()).not.toHaveProperty('Range.setValue'); // the user's edit, not the script's
  });

  it('stores a formula and a reference, and clears a cell for an empty text', () => {
    editCell(ru, { sheet: 'Формулы', a1: 'N5', text: '=RUN_RATE(1000, 10, 30.5)' });
    editCell(ru, { sheet: 'Формулы', a1: 'N6', text: '=N5' });
    expect([shown('N5')?.formula, shown('N5')?.value, shown('N6')?.value]).toEqual([
      '=RUN_RATE(1000, 10, 30.5)',
      3050,
      3050,
    ]);
    editCell(ru, { sheet: 'Формулы', a1: 'N5', text: '' });
    expect(shown('N5')).toBeUndefined();
  });

  it('refuses a sheet that is not there, and a body that is not one cell’s text', () => {
    expect(editCell(ru, { sheet: 'Нет такого', a1: 'A1', text: 'x' })).toBe('No sheet "Нет такого"');
    expect(cellEditOf({ sheet: 'S', a1: 'A1:B2', text: 'x' })).toBe('"a1" must be one cell, such as B2');
    expect(cellEditOf({ sheet: 'S', a1: 'B2', text: 5 })).toBe('"sheet", "a1" and "text" must be strings');
    expect(cellEditOf({ sheet: 'S', a1: 'B2', text: 'x' })).toEqual({ sheet: 'S', a1: 'B2', text: 'x' });
  });
});

describe('toLocaleFormula / fromLocaleFormula', () => {
  it('writes “;” between arguments and a decimal comma, leaving quoted text and sheet names alone', () => {
    expect(toLocaleFormula('=RUN_RATE(B2, 0.5, "a, b 1.5")', true)).toBe('=RUN_RATE(B2; 0,5; "a, b 1.5")');
    expect(toLocaleFormula('=KPI_TABLE(\'Sales, 2.0\'!A1:I, "month", , Spend!A1:C)', true)).toBe(
      '=KPI_TABLE(\'Sales, 2.0\'!A1:I; "month"; ; Spend!A1:C)',
    );
    expect(toLocaleFormula('=ROMI(250000, 50000)', false)).toBe('=ROMI(250000, 50000)');
  });

  it('reads a formula typed the locale’s way back as stored', () => {
    expect(fromLocaleFormula('=RUN_RATE(1000; 10; 30,5)', true)).toBe('=RUN_RATE(1000, 10, 30.5)');
    expect(fromLocaleFormula('=CONVERSION(C5;B5)', true)).toBe('=CONVERSION(C5,B5)');
    const stored = '=KPI_TABLE(Продажи!A1:I, "месяц; 1,5", , Расходы!A1:C)';
    expect(fromLocaleFormula(toLocaleFormula(stored, true), true)).toBe(stored);
  });
});

describe('spillWidth', () => {
  const width = (c: number) => [0, 100, 50, 70, 30][c];
  it('runs over every empty cell on the right up to a filled one, or the last column', () => {
    expect(spillWidth(1, [1, 2, 3, 4], width, (c) => c !== 4)).toBe(220);
    expect(spillWidth(1, [1, 2, 3, 4], width, () => true)).toBe(250);
    expect(spillWidth(1, [1, 2, 3, 4], width, (c) => c !== 2)).toBe(100);
    expect(spillWidth(2, [1, 2, 4], width, () => true)).toBe(80); // a hidden column 3 is not drawn
  });
});
