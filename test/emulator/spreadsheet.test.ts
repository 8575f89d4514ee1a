import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../emulator/index.js';
import { setup } from './_helpers.js';

describe('sheet names', () => {
  it('must be unique, ignoring case, with Apps Script’s message', () => {
    const { env } = setup({ sheets: { Sales: [], Report: [] } });
    const report = env.spreadsheet.getSheetByName('Report')!;
    expect(() => env.spreadsheet.insertSheet('Sales')).toThrow(
      'A sheet with the name "Sales" already exists. Please enter another name.',
    );
    expect(() => report.setName('sales')).toThrow(
      'A sheet with the name "sales" already exists. Please enter another name.',
    );
    expect(report.setName('REPORT').getName()).toBe('REPORT');
  });

  it('are found ignoring case; a missing sheet is null', () => {
    const { env } = setup({ sheets: { Sales: [] } });
    expect(env.spreadsheet.getSheetByName('sales')?.getName()).toBe('Sales');
    expect(env.spreadsheet.getSheetByName('Nope')).toBeNull();
  });

  it('default to Sheet2, Sheet3… (Лист2 in a Russian spreadsheet)', () => {
    expect(createEnvironment().spreadsheet.insertSheet().getName()).toBe('Sheet2');
    const ru = createEnvironment({ spreadsheetLocale: 'ru_RU' });
    expect(ru.spreadsheet.getSheets()[0].getName()).toBe('Лист1');
    expect(ru.spreadsheet.insertSheet().getName()).toBe('Лист2');
  });
});

describe('inserting and deleting sheets', () => {
  it('inserts after the active sheet, or at a 0-based index, and activates the new sheet', () => {
    const { env } = setup({ sheets: { A: [], B: [] } });
    const ss = env.spreadsheet;
    ss.insertSheet('C');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'A', 'C', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('First');
    expect(ss.getSheetByName('C')!.getIndex()).toBe(3);
  });

  it('copies a template sheet', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1').setValue('header').setFontWeight('bold');
    const copy = env.spreadsheet.insertSheet('Copy', { template: sheet });
    expect(copy.getRange('A1').getValue()).toBe('header');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
  });

  it('refuses to delete the last sheet', () => {
    const { env, sheet } = setup();
    expect(() => env.spreadsheet.deleteSheet(sheet)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('deletes a sheet and activates its neighbour', () => {
    const { env } = setup({ sheets: { A: [], B: [], C: [] } });
    const ss = env.spreadsheet;
    ss.setActiveSheet(ss.getSheetByName('B')!);
    ss.deleteSheet(ss.getSheetByName('B')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'C']);
    expect(ss.getActiveSheet().getName()).toBe('A');
  });

  it('moves the active sheet to a 1-based position', () => {
    const { env } = setup({ sheets: { A: [], B: [], C: [] } });
    env.spreadsheet.getSheetByName('C')!.activate();
    env.spreadsheet.moveActiveSheet(1);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['C', 'A', 'B']);
  });

  it('hides sheets, but never the last visible one', () => {
    const { env } = setup({ sheets: { A: [], B: [] } });
    const b = env.spreadsheet.getSheetByName('B')!;
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    expect(() => env.spreadsheet.getSheetByName('A')!.hideSheet()).toThrow(
      "You can't hide all the sheets in a document.",
    );
    b.showSheet();
    expect(b.isSheetHidden()).toBe(false);
  });
});

describe('the spreadsheet', () => {
  it('reports its name, id, locale and time zone, and changes them', () => {
    const { env } = setup({
      spreadsheetName: 'KPI',
      spreadsheetLocale: 'ru_RU',
      timeZone: 'Asia/Yekaterinburg',
    });
    const ss = env.spreadsheet;
    expect([ss.getName(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([
      'KPI',
      'ru_RU',
      'Asia/Yekaterinburg',
    ]);
    ss.setSpreadsheetLocale('en_GB');
    expect(env.spreadsheetLocale).toBe('en_GB');
    expect(ss.getId()).toBe('emulated-spreadsheet-id');
  });

  it('resolves sheet-qualified A1 notation, quoted names included', () => {
    const { env } = setup({ sheets: { Sales: [['a']], 'Q4 report': [['b']] } });
    expect(env.spreadsheet.getRange('Sales!A1').getValue()).toBe('a');
    expect(env.spreadsheet.getRange("'Q4 report'!A1").getValue()).toBe('b');
    expect(env.spreadsheet.getRange('A1').getSheet().getName()).toBe('Sales');
    expect(() => env.spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('records toasts', () => {
    const { env } = setup();
    env.spreadsheet.toast('Report ready', 'Sales KPI');
    expect(env.ui.toasts).toEqual([{ message: 'Report ready', title: 'Sales KPI', timeoutSeconds: 5 }]);
  });
});

describe('createEnvironment', () => {
  it('fills sheets from 2-D arrays, growing the grid to fit, without counting calls', () => {
    const wide = [Array.from({ length: 30 }, (_, i) => i)];
    const env = createEnvironment({ sheets: { Wide: wide } });
    env.addSheet(
      'Tall',
      Array.from({ length: 1200 }, (_, i) => [i]),
    );
    expect(env.spreadsheet.getSheetByName('Wide')!.getMaxColumns()).toBe(30);
    expect(env.sheetValues('Tall')).toHaveLength(1200);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Wide');
    env.calls.reset();
    env.addSheet('More', [['x']]);
    env.sheetValues('More');
    env.read('More!A1');
    expect(env.calls.total()).toBe(0);
  });
});
