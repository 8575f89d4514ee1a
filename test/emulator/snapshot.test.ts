import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('snapshot', () => {
  it('describes sheets and their cells as plain data', () => {
    const { env, sheet } = setup({ spreadsheetName: 'KPI' });
    sheet.getRange('A1:B2').setValues([
      ['Rep', 'Conversion'],
      ['Ann', 0.25],
    ]);
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.getRange('B2').setNumberFormat('0.0%').setNote('vs target');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 160);
    const snapshot = env.snapshot();
    expect(snapshot).toMatchObject({
      name: 'KPI',
      locale: 'en_US',
      timeZone: 'Europe/Moscow',
      activeSheet: 'Sheet1',
    });
    expect(snapshot.sheets[0]).toMatchObject({
      name: 'Sheet1',
      lastRow: 2,
      lastColumn: 2,
      frozenRows: 1,
      columnWidths: { 1: 160 },
    });
    expect(snapshot.sheets[0].cells).toEqual([
      { row: 1, column: 1, a1: 'A1', value: 'Rep', display: 'Rep', format: { fontWeight: 'bold' } },
      {
        row: 1,
        column: 2,
        a1: 'B1',
        value: 'Conversion',
        display: 'Conversion',
        format: { fontWeight: 'bold' },
      },
      { row: 2, column: 1, a1: 'A2', value: 'Ann', display: 'Ann', format: {} },
      {
        row: 2,
        column: 2,
        a1: 'B2',
        value: 0.25,
        display: '25.0%',
        format: { numberFormat: '0.0%' },
        note: 'vs target',
      },
    ]);
  });

  it('is not counted as service calls', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    env.calls.reset();
    env.snapshot();
    expect(env.calls.total()).toBe(0);
  });
});
