import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import type { Target } from '../../src/kpi/plan/targets';
import { emptyTargetsForm } from '../../src/kpi/targets/targetsForm';
import {
  inheritedTarget,
  monthsFactor,
  multiplyTargetInput,
  targetsOutlook,
} from '../../src/sidebar/targetsEdits';

const AS_OF = dayFromCivil(2026, 11, 20);
const rows: Target[] = [
  { kpi: 'revenue', period: 'month', rep: null, value: 76_000 },
  { kpi: 'conversion', period: 'month', rep: null, value: 0.25 },
  { kpi: 'orders', period: '2026-11', rep: null, value: 40 },
];
const outlookOf = (key: string, type: 'month' | 'quarter') =>
  targetsOutlook(rows, key, emptyTargetsForm([]), type, AS_OF, 'en_US');

describe('inheritedTarget', () => {
  it('says an empty month field takes the target of every month', () => {
    expect(inheritedTarget(outlookOf('2026-12', 'month'), emptyTargetsForm([]), 'revenue')).toEqual({
      value: 76_000,
      from: 'month',
    });
  });

  it('says a quarter’s sales volume is the sum of its months, and its conversion every month’s', () => {
    const outlook = outlookOf('2026-Q4', 'quarter');
    expect(inheritedTarget(outlook, emptyTargetsForm([]), 'revenue')).toEqual({
      value: 228_000,
      from: 'months',
    });
    expect(inheritedTarget(outlook, emptyTargetsForm([]), 'conversion')).toEqual({
      value: 0.25,
      from: 'month',
    });
  });

  it('says nothing for a period’s own target, a typed field, or no target at all', () => {
    const outlook = outlookOf('2026-11', 'month');
    expect(inheritedTarget(outlook, emptyTargetsForm([]), 'orders')).toBeNull(); // its own row
    expect(inheritedTarget(outlook, emptyTargetsForm([]), 'win_rate')).toBeNull();
    const typed = emptyTargetsForm([]);
    typed.team.revenue = '80,000';
    expect(inheritedTarget(outlook, typed, 'revenue')).toBeNull();
  });
});

describe('monthsFactor', () => {
  it('multiplies by 3 in a quarter and 12 in a year where the months are summed, nowhere else', () => {
    expect(monthsFactor('quarter', 'revenue')).toBe(3);
    expect(monthsFactor('year', 'orders')).toBe(12);
    expect(monthsFactor('month', 'revenue')).toBeNull();
    expect(monthsFactor('quarter', 'conversion')).toBeNull(); // a rate is not summed
    expect(monthsFactor('quarter', 'deals')).toBeNull(); // set per period type (spec)
  });
});

describe('multiplyTargetInput', () => {
  it('multiplies the figure typed, written as the field writes numbers in the locale', () => {
    expect(multiplyTargetInput('76,000', 'revenue', 3, 'en_US')).toBe('228,000');
    expect(multiplyTargetInput('76 000,5', 'revenue', 3, 'ru_RU')).toBe('228 001,5');
    expect(multiplyTargetInput('0.1', 'revenue', 3, 'en_US')).toBe('0.3');
  });

  it('gives null for an empty or unreadable field', () => {
    expect(multiplyTargetInput('', 'revenue', 3, 'en_US')).toBeNull();
    expect(multiplyTargetInput('lots', 'revenue', 3, 'en_US')).toBeNull();
  });
});
