import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import {
  DEFAULT_SETTINGS,
  findHeader,
  fitColumns,
  parseReportSettings,
  SETTINGS_PROPERTY,
  sheetHeaders,
} from '../../../src/kpi/settings/reportSettings';

describe('parseReportSettings', () => {
  it('gives the defaults for a property that is not set', () => {
    for (const json of [null, undefined, '', '  ']) {
      expect(parseReportSettings(json)).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
    }
    expect(DEFAULT_SETTINGS).toMatchObject({ periodType: 'month', atRisk: 0.9, findSpend: true, asOf: null });
    expect(SETTINGS_PROPERTY).toBe('SALES_KPI_SETTINGS');
  });

  it('reads every field of the stored shape', () => {
    const json = JSON.stringify({
      salesSheet: ' Deals ',
      spendSheet: 'Ads',
      periodType: 'quarter',
      reportPeriod: '2026-Q3',
      asOf: '2026-09-15',
      atRisk: 0.8,
      columns: { date: ' Close Date ', status: null, rep: '' },
      mapping: { date: 4, amount: 3, status: -1 },
      statuses: { won: ['Paid in full'], lost: ['Spam'], refunded: ['Частичный возврат'] },
    });
    expect(parseReportSettings(json)).toEqual({
      settings: {
        salesSheet: 'Deals',
        spendSheet: 'Ads',
        findSpend: false,
        periodType: 'quarter',
        reportPeriod: '2026-Q3',
        asOf: dayFromCivil(2026, 9, 15),
        atRisk: 0.8,
        columns: { date: 'Close Date', status: null, rep: null },
        mapping: { date: 4, amount: 3, status: -1 },
        statuses: { won: ['Paid in full'], lost: ['Spam'], refunded: ['Частичный возврат'] },
      },
      notes: [],
    });
  });

  it('takes spendSheet: null as "no spend table" and a missing one as "find it"', () => {
    expect(parseReportSettings('{"spendSheet":null}').settings).toMatchObject({
      spendSheet: null,
      findSpend: false,
    });
    expect(parseReportSettings('{}').settings).toMatchObject({ spendSheet: null, findSpend: true });
  });

  it('falls back to the defaults, with a note, for malformed JSON', () => {
    for (const json of ['{periodType: month}', '[1, 2]', '"month"', 'null']) {
      expect(parseReportSettings(json)).toEqual({
        settings: DEFAULT_SETTINGS,
        notes: [{ code: 'malformed_json' }],
      });
    }
  });

  it('uses the default of each value it cannot use, and says which', () => {
    const { settings, notes } = parseReportSettings(
      JSON.stringify({
        salesSheet: 42,
        spendSheet: '',
        periodType: 'fortnight',
        reportPeriod: 11,
        asOf: '31.02.2026',
        atRisk: 1.5,
        columns: { date: 4, colour: 'Colour', amount: 'Amount' },
        mapping: { date: 'A', amount: 2, colour: 3 },
        statuses: { won: 'Paid', maybe: ['x'] },
        somethingNew: true, // a newer sidebar's field: ignored
      }),
    );
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      columns: { amount: 'Amount' },
      mapping: { amount: 2 },
      statuses: {},
    });
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_value",
          "field": "salesSheet",
          "value": "42",
        },
        {
          "code": "invalid_value",
          "field": "spendSheet",
          "value": "",
        },
        {
          "code": "invalid_value",
          "field": "periodType",
          "value": "fortnight",
        },
        {
          "code": "invalid_value",
          "field": "reportPeriod",
          "value": "11",
        },
        {
          "code": "invalid_value",
          "field": "asOf",
          "value": "31.02.2026",
        },
        {
          "code": "invalid_value",
          "field": "atRisk",
          "value": "1.5",
        },
        {
          "code": "invalid_value",
          "field": "columns.date",
          "value": "4",
        },
        {
          "code": "invalid_value",
          "field": "columns.colour",
          "value": "Colour",
        },
        {
          "code": "invalid_value",
          "field": "mapping.date",
          "value": "A",
        },
        {
          "code": "invalid_value",
          "field": "mapping.colour",
          "value": "3",
        },
        {
          "code": "invalid_value",
          "field": "statuses.won",
          "value": "Paid",
        },
        {
          "code": "invalid_value",
          "field": "statuses.maybe",
          "value": "["x"]",
        },
      ]
    `);
  });
});

describe('fitColumns', () => {
  const HEADERS = ['Deal', 'Amount', 'Stage', 'Close Date', 'Owner'];
  const none = { columns: null, mapping: null };

  it('finds each chosen header wherever it is now: a re-export with its columns reordered maps the same fields', () => {
    const columns = { date: 'Close Date', amount: 'Amount', rep: null };
    expect(fitColumns({ ...none, columns }, HEADERS)).toEqual({
      mapping: { date: 3, amount: 1, rep: -1 },
      columns,
      notes: [],
    });
    const reordered = ['Owner', 'Close Date', 'Deal', 'Stage', 'Amount'];
    expect(fitColumns({ ...none, columns }, reordered).mapping).toEqual({ date: 1, amount: 4, rep: -1 });
  });

  it('finds a header written with other case, spaces or a trailing colon', () => {
    expect(fitColumns({ ...none, columns: { date: 'close  date:' } }, HEADERS).mapping).toEqual({ date: 3 });
  });

  it('drops a header the sheet no longer has, with a note, so that field is detected', () => {
    expect(fitColumns({ ...none, columns: { date: 'Closed On', amount: 'Amount' } }, HEADERS)).toEqual({
      mapping: { amount: 1 },
      columns: { amount: 'Amount' },
      notes: [{ code: 'missing_header', field: 'date', header: 'Closed On' }],
    });
  });

  it('gives a column chosen for two fields to the first field only, with a note', () => {
    expect(fitColumns({ ...none, columns: { amount: 'Amount', refund: 'Amount' } }, HEADERS)).toEqual({
      mapping: { amount: 1 },
      columns: { amount: 'Amount' },
      notes: [{ code: 'invalid_value', field: 'columns.refund', value: 'Amount' }],
    });
  });

  it('migrates version 1 choices by position to the header texts at those positions', () => {
    const legacy = { columns: null, mapping: { date: 3, status: -1, amount: 7, rep: 0 } };
    expect(fitColumns(legacy, HEADERS)).toEqual({
      mapping: { date: 3, status: -1, rep: 0 },
      columns: { date: 'Close Date', status: null, rep: 'Deal' },
      notes: [{ code: 'invalid_value', field: 'mapping.amount', value: '7' }], // the sheet has 5 columns
    });
  });

  it('ignores version 1 positions when choices by header text are stored', () => {
    const both = { columns: { date: 'Close Date' }, mapping: { date: 0, amount: 2 } };
    expect(fitColumns(both, HEADERS)).toEqual({
      mapping: { date: 3 },
      columns: { date: 'Close Date' },
      notes: [],
    });
  });

  it('gives no mapping when nothing is chosen', () => {
    expect(fitColumns(none, HEADERS)).toEqual({ mapping: undefined, columns: {}, notes: [] });
  });
});

describe('findHeader', () => {
  it('prefers an exact header to one that only compares equal', () => {
    expect(findHeader(['amount', 'Amount'], 'Amount')).toBe(1);
    expect(findHeader(['amount', 'Amount'], 'AMOUNT')).toBe(0);
    expect(findHeader(['Amount'], 'Sum')).toBe(-1);
    expect(findHeader(['', 'Amount'], ' ')).toBe(-1);
  });
});

describe('sheetHeaders', () => {
  it('reads the header row as text, a Date as its day in the sheet zone', () => {
    expect(sheetHeaders([[' Date ', 12, new Date(Date.UTC(2026, 10, 5, 22))], []], 'Europe/Moscow')).toEqual([
      'Date',
      '12',
      '2026-11-06',
    ]);
    expect(sheetHeaders([], 'UTC')).toEqual([]);
  });
});
