import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import type { Target } from '../../../src/kpi/plan/targets';
import { periodChoices } from '../../../src/kpi/settings/periodChoices';
import { knownReps } from '../../../src/kpi/targets/knownReps';
import {
  emptyTargetsForm,
  REP_KPIS,
  sameTargetsForm,
  targetsFormOf,
  targetsInputOf,
  targetsWithForm,
} from '../../../src/kpi/targets/targetsForm';

const ROWS: Target[] = [
  { kpi: 'revenue', period: '2026-11', rep: null, value: 150_000 },
  { kpi: 'revenue', period: '2026-11', rep: 'anna', value: 90_000 },
  { kpi: 'conversion', period: null, rep: null, value: 0.35 },
  { kpi: 'revenue', period: '2026-10', rep: null, value: 140_000 },
];

describe('targetsFormOf', () => {
  it("fills the fields with the period's own rows, reps matched ignoring case", () => {
    const form = targetsFormOf(ROWS, '2026-11', ['Anna', 'Boris'], 'en_US');
    expect(form.team.revenue).toBe('150,000');
    expect(form.team.conversion).toBe(''); // inherited from every period, not the period's own
    expect(form.reps.revenue).toEqual({ Anna: '90,000', Boris: '' });
    expect(targetsFormOf(ROWS, null, [], 'ru_RU').team.conversion).toBe('35');
  });

  it('fills an every-period form from its type word; every month also from blank-period rows', () => {
    const rows: Target[] = [
      ...ROWS,
      { kpi: 'orders', period: 'Месяц', rep: null, value: 12 },
      { kpi: 'orders', period: 'quarter', rep: null, value: 30 },
      { kpi: 'revenue', period: 'week', rep: 'Anna', value: 5000 },
    ];
    const month = targetsFormOf(rows, 'month', ['Anna'], 'en_US');
    expect(month.team.conversion).toBe('35'); // a blank period is every month
    expect(month.team.orders).toBe('12');
    expect(month.team.revenue).toBe('');
    const quarter = targetsFormOf(rows, 'quarter', ['Anna'], 'en_US');
    expect(quarter.team.orders).toBe('30');
    expect(quarter.team.conversion).toBe('');
    expect(targetsFormOf(rows, 'week', ['Anna'], 'en_US').reps.revenue.Anna).toBe('5,000');
    // Saving the every-month form replaces the blank and the `Месяц` rows, and keeps the quarter's.
    const saved = targetsWithForm(rows, 'month', month, 'en_US').filter((r) => r.kpi !== 'revenue');
    expect(saved).toEqual([
      { kpi: 'orders', period: 'quarter', rep: null, value: 30 },
      { kpi: 'orders', period: 'month', rep: null, value: 12 }, // the fields come back in registry order
      { kpi: 'conversion', period: 'month', rep: null, value: 0.35 },
    ]);
  });

  it('has rep fields for the additive KPIs only', () => {
    expect(REP_KPIS).toEqual([
      'revenue',
      'gross',
      'returns_amount',
      'orders',
      'units',
      'deals',
      'customers',
      'new_customers',
      'spend',
      'returning_customers',
      'open_pipeline', // a sum of amounts: it adds up over reps
    ]);
    expect(Object.keys(emptyTargetsForm(['Anna']).reps)).toEqual(REP_KPIS);
  });
});

describe('targetsWithForm', () => {
  it("replaces the period's rows with the fields that read as numbers", () => {
    const form = targetsFormOf(ROWS, '2026-11', ['Anna'], 'en_US');
    form.team.revenue = '160000';
    form.reps.revenue.Anna = '';
    form.team.orders = 'abc';
    expect(targetsWithForm(ROWS, '2026-11', form, 'en_US')).toEqual([
      { kpi: 'conversion', period: null, rep: null, value: 0.35 },
      { kpi: 'revenue', period: '2026-10', rep: null, value: 140_000 },
      { kpi: 'revenue', period: '2026-11', rep: null, value: 160_000 },
    ]);
  });
});

describe('sameTargetsForm and targetsInputOf', () => {
  it('compares fields as typed, ignoring surrounding spaces', () => {
    const a = targetsFormOf(ROWS, '2026-11', ['Anna'], 'en_US');
    const b = targetsFormOf(ROWS, '2026-11', ['Anna'], 'en_US');
    b.team.revenue = ' 150,000 ';
    expect(sameTargetsForm(a, b)).toBe(true);
    b.reps.orders.Anna = '3';
    expect(sameTargetsForm(a, b)).toBe(false);
    expect(targetsInputOf('2026-11', b).reps.orders).toEqual({ Anna: '3' });
  });
});

describe('knownReps', () => {
  it("lists the log's reps, then those only the targets name, each once", () => {
    expect(knownReps(['Anna', 'Boris'], [null, 'anna ', 'Вера  Ё', 'вера е'])).toEqual([
      'Anna',
      'Boris',
      'Вера Ё',
    ]);
  });
});

describe('periodChoices', () => {
  it('offers the periods around the current one and those with targets, latest first', () => {
    const today = dayFromCivil(2026, 11, 20);
    const months = periodChoices('month', today, ['2020-01', '2026-Q4', null, 'junk']);
    expect(months[0]).toBe('2027-11');
    expect(months.at(-2)).toBe('2025-11');
    expect(months.at(-1)).toBe('2020-01');
    expect(months).toHaveLength(26);
    expect(periodChoices('quarter', today)).toContain('2026-Q4');
    expect(periodChoices('week', today)).toContain('2026-W47');
    expect(periodChoices('year', today)).toEqual([
      '2031',
      '2030',
      '2029',
      '2028',
      '2027',
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
      '2021',
    ]);
  });
});
