import { describe, expect, it } from 'vitest';
import type { CallLog } from '../../emulator/index';
import { book } from './_addon';

// One workbook of each size for the whole file: building the 50,000-row log takes a few seconds.

const REPS = ['Anna', 'Boris', 'Carl', 'Dora', 'Eve'];
const CHANNELS = ['Ads', 'Events', 'Email', 'Referral'];
const STATUSES = ['Won', 'Won', 'Lost', 'Open', 'Returned'];

/** A sales log of `n` deals over two years (Date cells, as a real log has), with a spend table and targets. */
function workbook(n: number) {
  const sales: unknown[][] = [['Date', 'ID', 'Customer', 'Rep', 'Channel', 'Status', 'Amount']];
  const start = Date.UTC(2024, 11, 1);
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i / n) * 720);
    sales.push([
      new Date(start + day * 86_400_000 - 3 * 3_600_000), // midnight in Moscow
      `D${i}`,
      `Customer ${i % 997}`,
      REPS[i % REPS.length],
      CHANNELS[(i >> 3) % CHANNELS.length],
      STATUSES[i % STATUSES.length],
      100 + (i % 50) * 10,
    ]);
  }
  return book({
    timeZone: 'Europe/Moscow',
    sheets: {
      Sales: sales,
      Spend: [['Date', 'Channel', 'Spend'], ...CHANNELS.map((c) => ['2026-11-01', c, 1000])],
      'KPI Targets': [
        ['Period', 'Rep', 'KPI', 'Target'],
        ["'2026-11", '', 'Sales volume', 100000],
        ["'2026-11", 'Anna', 'Sales volume', 20000],
        ['', '', 'Conversion', '30%'],
      ],
    },
    settings: { asOf: '2026-11-20' },
  });
}

// Builder calls (conditional-format rules, the chart) assemble an object in the script and touch no document.
const documentCalls = (calls: CallLog) => calls.documentCalls();

/** Service calls of a first build and of a rebuild (the previous report replaced). */
function measure(n: number) {
  const { env, bundle } = workbook(n);
  env.calls.reset();
  bundle.call('buildKpiReport');
  const first = env.calls.toJSON();
  const firstTotal = env.calls.total();
  const firstDocument = documentCalls(env.calls);
  env.calls.reset();
  bundle.call('buildKpiReport');
  expect(env.ui.alerts).toEqual([]);
  const read = env.sheetValues('KPI Report').find((row) => row[0] === 'Rows')?.[1];
  expect(read).toBe(`Sales log “Sales”: ${n.toLocaleString('en-US')} rows read, none skipped.`);
  return {
    first,
    firstTotal,
    firstDocument,
    rebuild: env.calls.toJSON(),
    total: env.calls.total(),
    document: documentCalls(env.calls),
  };
}

describe('buildKpiReport service calls', () => {
  const small = measure(1_000);
  const large = measure(50_000);

  it('are the same for 1,000 and 50,000 rows: a constant number of batched calls', () => {
    expect(large.first).toEqual(small.first);
    expect(large.rebuild).toEqual(small.rebuild);
  });

  // 46 since issue 10: the new report is marked as the add-on's (addDeveloperMetadata), the mark of the previous
  // report is read before it is replaced (getDeveloperMetadata + getKey), and so are the marks of the sheets taken
  // as the sales log and the spend table (getDeveloperMetadata each: the add-on's own sheets are never read as data);
  // and the menu command first looks for a sidebar save interrupted halfway (getDocumentProperties + getProperties),
  // so a report never reads a half-edited targets sheet.
  // 53 since issue 11: only the log's columns are read (a CRM export has 20–80, the log needs about 7), so the
  // candidate sheets' header rows are read first (getLastColumn + getRange + getValues each: the log and the spend
  // table here), then the log's columns after getLastRow, one getRange + getValues per run of adjacent columns (at
  // most 9) instead of the whole sheet: seven calls more here, none more with more rows.
  it('stay within 53 calls that touch the document', () => {
    expect(small.firstDocument).toBeLessThanOrEqual(53);
    expect(small.document).toBeLessThanOrEqual(53);
    expect({
      first: [small.firstTotal, small.firstDocument],
      rebuild: [small.total, small.document],
    }).toMatchInlineSnapshot(`
      {
        "first": [
          72,
          48,
        ],
        "rebuild": [
          77,
          53,
        ],
      }
    `);
  });

  it('read each sheet once and write the report once per property', () => {
    expect(small.rebuild).toMatchInlineSnapshot(`
      {
        "ConditionalFormatRuleBuilder.build": 4,
        "ConditionalFormatRuleBuilder.setBackground": 4,
        "ConditionalFormatRuleBuilder.setFontColor": 4,
        "ConditionalFormatRuleBuilder.setRanges": 1,
        "ConditionalFormatRuleBuilder.whenTextStartsWith": 4,
        "DeveloperMetadata.getKey": 1,
        "EmbeddedChartBuilder.addRange": 1,
        "EmbeddedChartBuilder.build": 1,
        "EmbeddedChartBuilder.setChartType": 1,
        "EmbeddedChartBuilder.setOption": 3,
        "EmbeddedChartBuilder.setPosition": 1,
        "Lock.releaseLock": 1,
        "Lock.tryLock": 1,
        "LockService.getDocumentLock": 1,
        "Properties.getProperties": 1,
        "Properties.getProperty": 1,
        "PropertiesService.getDocumentProperties": 2,
        "Range.getValues": 5,
        "Range.setBackgrounds": 1,
        "Range.setFontColors": 1,
        "Range.setFontWeights": 1,
        "Range.setHorizontalAlignments": 1,
        "Range.setNumberFormats": 1,
        "Range.setValues": 1,
        "RangeList.getRanges": 1,
        "Session.getActiveUserLocale": 1,
        "Sheet.addDeveloperMetadata": 1,
        "Sheet.getDataRange": 2,
        "Sheet.getDeveloperMetadata": 3,
        "Sheet.getLastColumn": 2,
        "Sheet.getLastRow": 1,
        "Sheet.getName": 4,
        "Sheet.getRange": 4,
        "Sheet.getRangeList": 1,
        "Sheet.insertChart": 1,
        "Sheet.newChart": 1,
        "Sheet.setColumnWidths": 2,
        "Sheet.setConditionalFormatRules": 1,
        "Sheet.setFrozenRows": 1,
        "Sheet.setName": 1,
        "Spreadsheet.deleteSheet": 1,
        "Spreadsheet.getSheets": 1,
        "Spreadsheet.getSpreadsheetLocale": 1,
        "Spreadsheet.getSpreadsheetTimeZone": 1,
        "Spreadsheet.insertSheet": 1,
        "SpreadsheetApp.getActiveSpreadsheet": 1,
        "SpreadsheetApp.newConditionalFormatRule": 1,
      }
    `);
  });
});
