import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('fault injection', () => {
  it('makes the n-th call from now throw Apps Script’s service error instead of running', () => {
    const { env, sheet } = setup();
    env.calls.failAt(2);
    const range = sheet.getRange('A1'); // call 1 runs
    expect(() => range.setValue('lost')).toThrow(/^Service Spreadsheets failed/); // call 2 fails
    expect(env.read('Sheet1!A1')).toEqual([['']]); // and did not write
    expect(env.calls.faultPending()).toBe(false);
  });

  it('names the error Exception, as Apps Script does', () => {
    const { env, sheet } = setup();
    env.calls.failAt(1, { message: 'Exceeded maximum execution time' });
    let caught: unknown;
    try {
      sheet.getName();
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe('Exception: Exceeded maximum execution time');
  });

  it('fires once, then calls run again', () => {
    const { env, sheet } = setup();
    env.calls.failAt(1);
    expect(() => sheet.getRange('A1').setValue(1)).toThrow();
    sheet.getRange('A1').setValue(2);
    expect(env.sheetValues(sheet.getName())).toEqual([[2]]);
  });

  it('counts only the calls `only` accepts', () => {
    const { env, sheet } = setup();
    env.calls.failAt(2, { only: (name) => name === 'Range.setValue' });
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').getValue();
    expect(() => sheet.getRange('A3').setValue(3)).toThrow();
    expect(env.sheetValues(sheet.getName())).toEqual([[1]]);
  });

  it('does not count untracked reads, and can be cleared', () => {
    const { env, sheet } = setup();
    env.calls.failAt(1);
    env.calls.untracked(() => sheet.getRange('A1').getValue());
    expect(env.calls.faultPending()).toBe(true);
    env.calls.clearFault();
    sheet.getRange('A1').setValue('ok');
    expect(env.sheetValues(sheet.getName())).toEqual([['ok']]);
  });

  it('refuses a position that is not a whole number from 1', () => {
    const { env } = setup();
    expect(() => env.calls.failAt(0)).toThrow(RangeError);
    expect(() => env.calls.failAt(1.5)).toThrow(RangeError);
  });
});

describe('developer metadata', () => {
  it('stays with a sheet through a rename and is listed with its key and value', () => {
    const { env, sheet } = setup();
    sheet.addDeveloperMetadata('salesKpi.owner', 'report');
    sheet.addDeveloperMetadata('flag');
    sheet.setName('Renamed');
    const found = env.globals.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Renamed')!
      .getDeveloperMetadata()
      .map((m) => [m.getKey(), m.getValue()]);
    expect(found).toEqual([
      ['salesKpi.owner', 'report'],
      ['flag', null],
    ]);
    expect(env.snapshot().sheets.find((s) => s.name === 'Renamed')?.metadata).toEqual([
      { key: 'salesKpi.owner', value: 'report' },
      { key: 'flag', value: null },
    ]);
  });

  it('can be changed and removed', () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata('k', 'v1');
    const [meta] = sheet.getDeveloperMetadata();
    meta.setValue('v2');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('v2');
    meta.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('is counted, and refused in a custom function like any write', () => {
    const { env, sheet } = setup();
    env.calls.reset();
    sheet.addDeveloperMetadata('k', 'v');
    sheet.getDeveloperMetadata();
    expect(env.calls.get('Sheet.addDeveloperMetadata')).toBe(1);
    expect(env.calls.get('Sheet.getDeveloperMetadata')).toBe(1);
  });

  it('refuses more than 30,000 characters on one sheet', () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata('big', 'x'.repeat(29_990));
    expect(() => sheet.addDeveloperMetadata('more', 'x'.repeat(20))).toThrow(/quota/);
  });
});
