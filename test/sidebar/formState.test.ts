import { describe, expect, it } from 'vitest';
import { FIELDS, type Field } from '../../src/kpi/log/salesLog';
import type { Target } from '../../src/kpi/plan/targets';
import type { SidebarState } from '../../src/kpi/sidebar/sidebarProtocol';
import { readTargetInput } from '../../src/kpi/targets/readTargetInput';
import { FormState } from '../../src/sidebar/formState';
import { inheritedPlaceholder, mismatchesOf, repSum } from '../../src/sidebar/targetsEdits';

// The sidebar's form without a browser: dirty flags, errors by path, sums, inheritance, mismatches.

/** An en_US spreadsheet on 2026-11-20: a log with reps Anna and Boris, and an every-month revenue target. */
function stateOf(
  rows: Target[] = [{ kpi: 'revenue', period: 'month', rep: null, value: 200000 }],
  settings: Partial<SidebarState['settings']> = {},
): SidebarState {
  return {
    lang: 'en',
    locale: 'en_US',
    currency: '$',
    today: '2026-11-20',
    version: 'v1',
    sheets: ['Deals'],
    fieldNames: Object.fromEntries(FIELDS.map((f) => [f, f])) as Record<Field, string>,
    data: {
      salesSheet: 'Deals',
      salesAuto: 'Deals',
      spendAuto: null,
      headers: ['Date', 'Amount', 'Status', 'Rep', 'Created '],
      detected: { date: 0, amount: 1, status: 2, rep: 3 },
      columns: { date: 0, amount: 1, status: 2, rep: 3 },
      quality: {
        rows: 10,
        skipped: 0,
        unknownStatuses: [{ text: 'Contract Sent', count: 4 }],
        mappedStatuses: [],
      },
      reps: ['Anna', 'Boris'],
      problem: null,
      notes: [],
    },
    settings: {
      salesSheet: null,
      spendMode: 'auto',
      spendSheet: null,
      periodType: 'month',
      reportPeriod: null,
      asOf: null,
      atRisk: 0.9,
      columns: null,
      statuses: {},
      ...settings,
    },
    targets: { sheet: 'KPI Targets', rows, issues: [] },
    notes: [],
  };
}

const value = (text: string) => {
  const reading = readTargetInput(text, 'revenue', 'en_US');
  return reading.ok ? reading.value : undefined;
};

describe('FormState', () => {
  it('shows the targets of the period of today when no report period is saved', () => {
    expect(new FormState(stateOf()).periodKey()).toBe('2026-11');
  });

  it('shows the targets of the saved report period when it is of the period type', () => {
    expect(new FormState(stateOf(undefined, { reportPeriod: '2026-08' })).periodKey()).toBe('2026-08');
    expect(new FormState(stateOf(undefined, { reportPeriod: '2026-Q3' })).periodKey()).toBe('2026-11');
  });

  it('is not dirty as loaded, dirty when a target is typed, and clean again when it is cleared', () => {
    const form = new FormState(stateOf());
    expect(form.isDirty()).toBe(false);
    form.fields().team.revenue = '1,000';
    expect(form.isDirty()).toBe(true);
    form.fields().team.revenue = ' ';
    expect(form.isDirty()).toBe(false);
  });

  it('is dirty when a setting changes, and sends the settings without targets', () => {
    const form = new FormState(stateOf());
    form.settings.atRisk = '80';
    expect(form.isDirty()).toBe(true);
    const payload = form.payload();
    expect(payload.settings.atRisk).toBe('80');
    expect(payload.baseVersion).toBe('v1');
    expect(payload.targets).toEqual([]);
  });

  it('sends each edited period once, "every month" with the period "month"', () => {
    const form = new FormState(stateOf());
    form.fields().team.orders = '40';
    form.every = true;
    form.fields().team.orders = '30';
    form.every = false;
    form.targetsPeriod = '2026-12'; // looked at, not changed: not sent
    form.fields();
    const sent = form.payload().targets ?? [];
    expect(sent.map((t) => [t.period, t.team.orders])).toEqual([
      ['2026-11', '40'],
      ['month', '30'],
    ]);
  });

  it('shows the every-month row in the every-month fields, and as the placeholder of a month without one', () => {
    const form = new FormState(stateOf());
    expect(form.fields().team.revenue).toBe('');
    const placeholder = inheritedPlaceholder(form.outlook(), form.fields(), 'revenue', 'en_US');
    expect(value(placeholder)).toBe(200000);
    form.fields().team.revenue = '5';
    expect(inheritedPlaceholder(form.outlook(), form.fields(), 'revenue', 'en_US')).toBe('');
    form.every = true;
    expect(form.periodKey()).toBe('*month');
    expect(value(form.fields().team.revenue)).toBe(200000);
  });

  it('adds up the rep fields that read as numbers, against the inherited team target', () => {
    const form = new FormState(stateOf());
    form.fields().reps.revenue.Anna = '1,000';
    form.fields().reps.revenue.Boris = '500.5';
    expect(repSum(form.outlook(), form.fields(), 'revenue', 'en_US')).toEqual({
      sum: 1500.5,
      count: 2,
      team: 200000,
    });
    form.fields().reps.revenue.Boris = 'lots';
    form.fields().team.revenue = '2,000';
    expect(repSum(form.outlook(), form.fields(), 'revenue', 'en_US')).toEqual({
      sum: 1000,
      count: 1,
      team: 2000,
    });
  });

  it('warns of rep targets that do not add up to the team target, as typed', () => {
    const form = new FormState(stateOf([]));
    form.fields().team.revenue = '2000';
    form.fields().reps.revenue.Anna = '1000';
    form.fields().reps.revenue.Boris = '500';
    expect(mismatchesOf(form.outlook())).toMatchObject([{ kpi: 'revenue', team: 2000, repsSum: 1500 }]);
    form.fields().reps.revenue.Boris = '1000';
    expect(mismatchesOf(form.outlook())).toEqual([]);
  });

  it('keeps a target error in its period only, and a settings error whatever the period', () => {
    const form = new FormState(stateOf());
    expect(form.checkTarget(['team', 'revenue'], 'revenue', 'abc')).not.toBeNull();
    expect(form.errors.get(['team', 'revenue'], '2026-11')).not.toBeNull();
    expect(form.errors.get(['team', 'revenue'], '2026-12')).toBeNull();
    form.settings.atRisk = '150';
    expect(form.checkField('atRisk')).not.toBeNull();
    form.targetsPeriod = '2026-12';
    expect(form.errors.get(['atRisk'], form.periodKey())).not.toBeNull();
    form.settings.atRisk = '90';
    expect(form.checkField('atRisk')).toBeNull();
  });

  it('copies the previous period into the one shown, dropping its errors, and says when there is nothing', () => {
    const form = new FormState(stateOf());
    expect(form.copyFrom('2026-10')).toBe(false);
    form.targetsPeriod = '2026-10';
    form.fields().team.revenue = '7';
    form.checkTarget(['team', 'orders'], 'orders', 'x');
    form.targetsPeriod = '2026-11';
    form.checkTarget(['team', 'revenue'], 'revenue', 'x');
    expect(form.copyFrom('2026-10')).toBe(true);
    expect(form.fields().team.revenue).toBe('7');
    expect(form.fields().reps.revenue).toEqual({ Anna: '', Boris: '' });
    expect(form.errors.get(['team', 'revenue'], '2026-11')).toBeNull();
    expect(form.errors.get(['team', 'orders'], '2026-10')).not.toBeNull();
  });

  it('keeps what was typed for a rep when the log brings new reps, and drops column errors', () => {
    const form = new FormState(stateOf());
    form.fields().reps.revenue.Anna = '100';
    form.errors.set(['columns', 'date'], form.periodKey(), 'wrong');
    form.setData({ ...form.state.data, reps: ['Anna', 'Boris', 'Carl'] });
    expect(form.fields().reps.revenue).toEqual({ Anna: '100', Boris: '', Carl: '' });
    expect(form.errors.get(['columns', 'date'], form.periodKey())).toBeNull();
  });

  it('fills a rep new to an edited form with the rep’s saved target, as the log spells the name', () => {
    // The targets sheet says "carl"; the log, read again, says "Carl": the same rep, with his saved target.
    const form = new FormState(stateOf([{ kpi: 'revenue', period: '2026-11', rep: 'carl', value: 300 }]));
    form.fields().reps.revenue.Anna = '100';
    form.setData({ ...form.state.data, reps: ['Anna', 'Boris', 'Carl'] });
    expect(Object.keys(form.fields().reps.revenue)).toEqual(['Anna', 'Boris', 'Carl']);
    expect(value(form.fields().reps.revenue.Carl)).toBe(300);
    expect(form.fields().reps.revenue.Anna).toBe('100');
  });

  it('takes the errors of a save, showing the period, rep KPI and fold of the first', () => {
    const form = new FormState(stateOf());
    const where = form.takeErrors([
      { field: 'rep.orders.A. Smith', code: 'negative', period: '2026-12' },
      { field: 'columns.date', code: 'required' },
    ]);
    expect(form.targetsPeriod).toBe('2026-12');
    expect(form.repKpi).toBe('orders');
    expect(form.open.columns).toBe(true);
    expect(where).toEqual([
      { path: ['rep', 'orders', 'A. Smith'], periodKey: '2026-12' },
      { path: ['columns', 'date'], periodKey: '2026-12' },
    ]);
    expect(form.errors.get(['rep', 'orders', 'A. Smith'], '2026-12')).not.toBeNull();

    form.takeErrors([{ field: 'team.romi', code: 'negative', period: 'month' }]);
    expect(form.every).toBe(true);
    expect(form.open.more).toBe(true);
    expect(form.errors.get(['team', 'romi'], '*month')).not.toBeNull();
    expect(form.errors.get(['rep', 'orders', 'A. Smith'], '2026-12')).toBeNull();
  });

  it('starts again from a saved state, keeping the period shown when it is of the type', () => {
    const form = new FormState(stateOf());
    form.targetsPeriod = '2026-09';
    form.fields().team.revenue = '1';
    form.checkTarget(['team', 'orders'], 'orders', 'x');
    form.load(stateOf([{ kpi: 'revenue', period: '2026-09', rep: null, value: 1 }]));
    expect(form.targetsPeriod).toBe('2026-09');
    expect(form.isDirty()).toBe(false);
    expect(form.errors.get(['team', 'orders'], '2026-09')).toBeNull();
    form.load(stateOf(undefined, { periodType: 'quarter' }));
    expect(form.targetsPeriod).toBe('2026-Q4');
  });
});
