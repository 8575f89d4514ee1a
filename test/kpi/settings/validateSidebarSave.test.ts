import { describe, expect, it } from 'vitest';
import { describeFieldError } from '../../../src/kpi/i18n/sidebar';
import {
  type SidebarValidationContext,
  validateSidebarSave,
} from '../../../src/kpi/settings/validateSidebarSave';
import type {
  FieldError,
  SidebarSavePayload,
  SidebarSettingsInput,
} from '../../../src/kpi/sidebar/sidebarProtocol';

const CONTEXT: SidebarValidationContext = {
  locale: 'en_US',
  sheets: ['Deals', 'Spend', 'KPI Targets'],
  headers: ['Close Date', 'Amount', 'Deal owner', 'Stage', 'Company'],
  reps: ['Anna Smith', 'Boris Ivanov'],
};

const SETTINGS: SidebarSettingsInput = {
  salesSheet: null,
  spendMode: 'auto',
  spendSheet: null,
  periodType: 'month',
  reportPeriod: null,
  asOf: null,
  atRisk: '90',
  columns: null,
  statuses: null,
};

/** A payload: the default settings with some changed, and the targets forms given. */
function payload(
  settings: Partial<SidebarSettingsInput> = {},
  targets: SidebarSavePayload['targets'] = null,
): SidebarSavePayload {
  return { baseVersion: 'v1', settings: { ...SETTINGS, ...settings }, targets };
}

describe('validateSidebarSave', () => {
  it('returns the clean settings: auto choices, the at-risk share, labels as labels', () => {
    const result = validateSidebarSave(
      payload({
        salesSheet: 'deals',
        spendMode: 'none',
        periodType: 'quarter',
        reportPeriod: '2026-q4',
        atRisk: '85%',
      }),
      CONTEXT,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        settings: {
          salesSheet: 'Deals', // as the spreadsheet spells it
          spendSheet: null,
          periodType: 'quarter',
          reportPeriod: '2026-Q4',
          asOf: null,
          atRisk: 0.85,
          columns: null,
          statuses: null,
        },
        targets: [],
      },
    });
  });

  it('reads the targets of each period: team and rep targets, blanks as deletions, reps as the data spell them', () => {
    const result = validateSidebarSave(
      payload({}, [
        {
          period: '2026-11',
          team: { revenue: '100,000', conversion: '25', orders: '' },
          reps: { revenue: { 'anna smith': '60000', 'Boris Ivanov': '40000' } },
        },
        { period: null, team: { win_rate: '40%' }, reps: {} },
      ]),
      CONTEXT,
    );
    expect(result.ok && result.value.targets).toEqual([
      { kpi: 'revenue', period: '2026-11', rep: null, value: 100_000 },
      { kpi: 'conversion', period: '2026-11', rep: null, value: 0.25 },
      { kpi: 'orders', period: '2026-11', rep: null, value: null },
      { kpi: 'revenue', period: '2026-11', rep: 'Anna Smith', value: 60_000 },
      { kpi: 'revenue', period: '2026-11', rep: 'Boris Ivanov', value: 40_000 },
      { kpi: 'win_rate', period: null, rep: null, value: 0.4 },
    ]);
  });

  it('names every bad field, with the period of target fields', () => {
    const result = validateSidebarSave(
      payload(
        {
          salesSheet: 'Nope',
          spendMode: 'sheet',
          spendSheet: null,
          periodType: 'fortnight',
          asOf: '2026-02-30',
          atRisk: '0.9',
          columns: { amount: 'Close Date', date: 'close date', rep: 'Owner', status: 4 } as never,
          statuses: { won: ['Paid'], maybe: ['x'] },
        },
        [
          {
            period: '2026-11',
            team: { revenue: '-5', conversion: '120', bogus: '1' },
            reps: { conversion: { 'Anna Smith': '10' }, revenue: { '<img src=x onerror=alert(1)>': '5' } },
          },
          { period: '2026-13', team: {}, reps: {} },
        ],
      ),
      CONTEXT,
    );
    expect(result).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "code": "unknown_sheet",
            "field": "salesSheet",
            "value": "Nope",
          },
          {
            "code": "required",
            "field": "spendSheet",
          },
          {
            "code": "at_risk_out_of_range",
            "field": "atRisk",
            "value": "0.9",
          },
          {
            "code": "bad_period_type",
            "field": "periodType",
            "value": "fortnight",
          },
          {
            "code": "bad_date",
            "field": "asOf",
            "value": "2026-02-30",
          },
          {
            "code": "bad_column",
            "field": "columns.status",
            "value": "4",
          },
          {
            "code": "malformed",
            "field": "statuses.maybe",
            "value": "["x"]",
          },
          {
            "arg": "date",
            "code": "column_taken",
            "field": "columns.amount",
            "value": "Close Date",
          },
          {
            "code": "bad_column",
            "field": "columns.rep",
            "value": "Owner",
          },
          {
            "code": "negative",
            "field": "team.revenue",
            "period": "2026-11",
            "value": "-5",
          },
          {
            "code": "rate_out_of_range",
            "field": "team.conversion",
            "period": "2026-11",
            "value": "120",
          },
          {
            "code": "unknown_kpi",
            "field": "team.bogus",
            "period": "2026-11",
            "value": "bogus",
          },
          {
            "code": "not_additive",
            "field": "rep.conversion",
            "period": "2026-11",
            "value": "conversion",
          },
          {
            "code": "unknown_rep",
            "field": "rep.revenue.<img src=x onerror=alert(1)>",
            "period": "2026-11",
            "value": "<img src=x onerror=alert(1)>",
          },
          {
            "arg": "month",
            "code": "bad_period",
            "field": "targetsPeriod",
            "value": "2026-13",
          },
        ],
        "ok": false,
      }
    `);
  });

  it('requires a date and an amount column after the overrides', () => {
    const result = validateSidebarSave(payload({ columns: { date: null } }), CONTEXT);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'columns.date', code: 'column_required', arg: 'date' }],
    });
    expect(
      describeFieldError('ru', (result as { ok: false; errors: FieldError[] }).errors[0], { date: 'Дата' }),
    ).toBe('Для отчёта нужен столбец «Дата»: выберите его.');
  });

  it('takes column choices by header text, wherever the header is, and status texts per class', () => {
    const result = validateSidebarSave(
      payload({
        columns: { date: 'close date', customer: 'Company', status: null },
        statuses: { refunded: [' Partly refunded '], lost: ['Spam'] },
      }),
      { ...CONTEXT, headers: ['Company', 'Amount', 'Close Date'] },
    );
    expect(result.ok && result.value.settings).toMatchObject({
      columns: { date: 'close date', customer: 'Company', status: null },
      statuses: { refunded: ['Partly refunded'], lost: ['Spam'] },
    });
  });

  it('refuses a header two columns share: saved by text, it could not tell them apart', () => {
    const result = validateSidebarSave(payload({ columns: { amount: 'Amount' } }), {
      ...CONTEXT,
      headers: ['Close Date', 'Amount', 'Amount'],
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'columns.amount', code: 'header_not_unique', value: 'Amount' }],
    });
    expect(describeFieldError('en', (result as { ok: false; errors: FieldError[] }).errors[0])).toBe(
      'Two columns are named “Amount”: rename one of them to choose it.',
    );
  });

  it('takes a report period of the report type only, but targets of any type', () => {
    const bad = validateSidebarSave(payload({ reportPeriod: '2026-Q4' }), CONTEXT);
    expect(bad).toEqual({
      ok: false,
      errors: [{ field: 'reportPeriod', code: 'bad_period', value: '2026-Q4', arg: 'month' }],
    });
    const quarter = validateSidebarSave(
      payload({}, [{ period: '2026-q4', team: { orders: '300' }, reps: {} }]),
      CONTEXT,
    );
    expect(quarter.ok && quarter.value.targets).toEqual([
      { kpi: 'orders', period: '2026-Q4', rep: null, value: 300 },
    ]);
  });

  it('refuses what is not a form at all', () => {
    expect(validateSidebarSave(null, CONTEXT)).toEqual({
      ok: false,
      errors: [{ field: 'payload', code: 'malformed', value: 'settings' }],
    });
    expect(validateSidebarSave(payload({}, 'x' as never), CONTEXT)).toEqual({
      ok: false,
      errors: [{ field: 'payload', code: 'malformed', value: 'targets' }],
    });
  });

  it('reads numbers in the spreadsheet locale', () => {
    const ru = validateSidebarSave(
      payload({ atRisk: '87,5' }, [{ period: null, team: { revenue: '1 500 000,50' }, reps: {} }]),
      { ...CONTEXT, locale: 'ru_RU' },
    );
    expect(ru.ok && ru.value.settings.atRisk).toBe(0.875);
    expect(ru.ok && ru.value.targets[0].value).toBe(1_500_000.5);
  });
});

describe('describeFieldError', () => {
  it('says every code in both languages', () => {
    const codes = [
      'required',
      'not_a_number',
      'ambiguous_number',
      'percent_not_allowed',
      'negative',
      'rate_out_of_range',
      'romi_out_of_range',
      'too_large',
      'at_risk_out_of_range',
      'bad_date',
      'bad_period',
      'bad_period_type',
      'unknown_sheet',
      'own_sheet',
      'settings_too_large',
      'unknown_rep',
      'unknown_kpi',
      'not_additive',
      'bad_column',
      'column_taken',
      'column_required',
      'malformed',
    ] as const;
    for (const lang of ['en', 'ru'] as const) {
      for (const code of codes) {
        const text = describeFieldError(lang, { field: 'x', code, value: 'v', arg: 'quarter' });
        expect(text, `${lang} ${code}`).toMatch(/^\S.*[.:)]$/);
        expect(text).not.toContain('undefined');
      }
    }
    expect(describeFieldError('en', { field: 'x', code: 'bad_period', value: '2026-13', arg: 'month' })).toBe(
      '“2026-13” is not a month such as 2026-11.',
    );
  });
});

describe("validateSidebarSave and the add-on's own sheets", () => {
  it('refuses the report or the targets sheet as the sales or the spend sheet, in any case', () => {
    const result = validateSidebarSave(
      {
        baseVersion: 'v',
        settings: {
          salesSheet: 'kpi report',
          spendMode: 'sheet',
          spendSheet: 'Цели KPI',
          periodType: 'month',
          reportPeriod: null,
          asOf: null,
          atRisk: '90',
          columns: null,
          statuses: null,
        },
        targets: [],
      },
      {
        locale: 'en_US',
        sheets: ['Deals', 'KPI Report', 'Цели KPI'],
        headers: [],
        reps: [],
        ownSheets: ['KPI Report', 'Цели KPI'],
      },
    );
    expect(result.ok === false && result.errors).toEqual([
      { field: 'salesSheet', code: 'own_sheet', value: 'KPI Report' },
      { field: 'spendSheet', code: 'own_sheet', value: 'Цели KPI' },
    ]);
    expect(describeFieldError('ru', { field: 'salesSheet', code: 'own_sheet', value: 'KPI Report' })).toBe(
      '«KPI Report» — лист самого дополнения (отчёт или цели): выберите лист с вашими данными.',
    );
  });
});
