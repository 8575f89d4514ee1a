import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('call counting', () => {
  it('counts every service method call by Class.method', () => {
    const { env } = setup({
      sheets: {
        Sales: [
          ['Rep', 'Deals'],
          ['Ann', 3],
        ],
      },
    });
    env.calls.reset();
    const app = env.globals.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Sales')!;
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 4, values.length, 1).setValues(values.map((row) => [row[1]]));
    app.flush();
    expect(env.calls.toJSON()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.flush': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(env.calls.get('Range.setValues')).toBe(1);
    expect(env.calls.get('Range.setValue')).toBe(0);
    expect(env.calls.total()).toBe(7);
    expect(env.calls.total('Range.')).toBe(2);
  });

  it('keeps the order of calls', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A1').getValue();
    expect(env.calls.sequence()).toEqual([
      'Sheet.getRange',
      'Range.setValue',
      'Sheet.getRange',
      'Range.getValue',
    ]);
  });

  it('counts a call once, even when the service reuses its own code inside', () => {
    const { env, sheet } = setup();
    const range = sheet.getRange('A1:B2');
    env.calls.reset();
    range.setValue('x');
    range.getValue();
    range.getDisplayValue();
    expect(env.calls.total()).toBe(3);
  });

  it('resets, and leaves out what a test reads untracked', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
    const value = env.calls.untracked(() => sheet.getRange('A1').getValue());
    expect(value).toBe(1);
    expect(env.calls.total()).toBe(0);
  });

  it('counts every service, not only spreadsheets', () => {
    const { env } = setup();
    env.globals.PropertiesService.getDocumentProperties().getProperty('x');
    env.globals.LockService.getDocumentLock().tryLock(10);
    env.globals.Session.getActiveUserLocale();
    env.globals.Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
    env.globals.HtmlService.createHtmlOutput('x').setTitle('t');
    expect(env.calls.sequence()).toEqual([
      'PropertiesService.getDocumentProperties',
      'Properties.getProperty',
      'LockService.getDocumentLock',
      'Lock.tryLock',
      'Session.getActiveUserLocale',
      'Utilities.formatDate',
      'HtmlService.createHtmlOutput',
      'HtmlOutput.setTitle',
    ]);
  });
});
