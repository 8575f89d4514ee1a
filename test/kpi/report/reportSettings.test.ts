import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/day';
import {
  DEFAULT_SETTINGS,
  fitMapping,
  parseReportSettings,
  SETTINGS_PROPERTY,
} from '../../../src/kpi/report/reportSettings';

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
      mapping: { date: 4, amount: 3, status: -1 },
      statuses: { won: ['Paid in full'], lost: ['Spam'] },
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
        mapping: { date: 4, amount: 3, status: -1 },
        statuses: { won: ['Paid in full'], lost: ['Spam'] },
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
        mapping: { date: 'A', amount: 2, colour: 3 },
        statuses: { won: 'Paid', maybe: ['x'] },
        somethingNew: true, // a newer sidebar's field: ignored
      }),
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mapping: { amount: 2 }, statuses: {} });
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

describe('fitMapping', () => {
  it('keeps the columns that exist in the header row and drops the rest, with a note', () => {
    expect(fitMapping({ date: 0, amount: 7, status: -1, rep: 0 }, 3)).toEqual({
      mapping: { date: 0, status: -1 },
      notes: [
        { code: 'invalid_value', field: 'mapping.amount', value: '7' },
        { code: 'invalid_value', field: 'mapping.rep', value: '0' }, // column 0 is the date's
      ],
    });
    expect(fitMapping(null, 3)).toEqual({ mapping: undefined, notes: [] });
  });
});
