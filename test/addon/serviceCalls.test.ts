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
  // 79 since issue 13 (with the forecast history of issue 14): the rep cards are a second sheet written like the
  // report, in one batch whatever the number of reps: insertSheet, its mark, one getRange, the six property calls,
  // two setColumnWidths, getRangeList + getRanges, setConditionalFormatRules (14 on a first build), and on a rebuild
  // the previous cards' mark (getDeveloperMetadata + getKey), their name among the sheets, deleteSheet and setName
  // (20); the cohorts' colour scale is one more rule in the report's setConditionalFormatRules (builder calls only).
  it('stay within 79 calls that touch the document', () => {
    expect(small.firstDocument).toBeLessThanOrEqual(79);
    expect(small.document).toBeLessThanOrEqual(79);
    expect({
      first: [small.firstTotal, small.firstDocument],
      rebuild: [small.total, small.document],
    }).toMatchInlineSnapshot(`
      {
        "first": [
          114,
          69,
        ],
        "rebuild": [
          124,
          79,
        ],
      }
    `);
  });

  it('read each sheet once and write the report once per property', () => {
    expect(small.rebuild).toMatchInlineSnapshot(`
      {
        "ConditionalFormatRuleBuilder.build": 9,
        "ConditionalFormatRuleBuilder.setBackground": 8,
        "ConditionalFormatRuleBuilder.setFontColor": 8,
        "ConditionalFormatRuleBuilder.setGradientMaxpoint": 1,
        "ConditionalFormatRuleBuilder.setGradientMinpointWithValue": 1,
        "ConditionalFormatRuleBuilder.setRanges": 3,
        "ConditionalFormatRuleBuilder.whenTextStartsWith": 8,
        "DeveloperMetadata.getKey": 3,
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
        "Range.getValues": 6,
        "Range.setBackgrounds": 2,
        "Range.setFontColors": 2,
        "Range.setFontWeights": 2,
        "Range.setHorizontalAlignments": 2,
        "Range.setNumberFormats": 2,
        "Range.setValues": 2,
        "RangeList.getRanges": 2,
        "Session.getActiveUserLocale": 1,
        "Sheet.addDeveloperMetadata": 2,
        "Sheet.getDataRange": 3,
        "Sheet.getDeveloperMetadata": 5,
        "Sheet.getLastColumn": 2,
        "Sheet.getLastRow": 1,
        "Sheet.getName": 6,
        "Sheet.getRange": 5,
        "Sheet.getRangeList": 2,
        "Sheet.insertChart": 1,
        "Sheet.newChart": 1,
        "Sheet.setColumnWidths": 4,
        "Sheet.setConditionalFormatRules": 2,
        "Sheet.setFrozenRows": 1,
        "Sheet.setName": 2,
        "Spreadsheet.deleteSheet": 2,
        "Spreadsheet.getSheets": 1,
        "Spreadsheet.getSpreadsheetLocale": 1,
        "Spreadsheet.getSpreadsheetTimeZone": 1,
        "Spreadsheet.insertSheet": 2,
        "SpreadsheetApp.getActiveSpreadsheet": 1,
        "SpreadsheetApp.newConditionalFormatRule": 3,
      }
    `);
  });
});
