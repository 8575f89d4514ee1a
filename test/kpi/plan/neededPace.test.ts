import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { type Period, parsePeriodLabel, periodEnd, periodStart } from '../../../src/kpi/calendar/periods';
import { neededPace } from '../../../src/kpi/plan/neededPace';

const at = (label: string): Period => parsePeriodLabel(label)!;
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
};

describe('neededPace', () => {
  it('spreads what is still missing over the days after the as-of day', () => {
    // 2026-11-10: days 11…30 are left, 20 days: (1 000 000 − 300 000) / 20
    expect(neededPace('revenue', 300_000, 1_000_000, at('2026-11'), day('2026-11-10'))).toBe(35_000);
    // 2026-Q4 on 2026-11-30: the 31 December days are left: (62 − 0) / 31
    expect(neededPace('orders', 0, 62, at('2026-Q4'), day('2026-11-30'))).toBe(2);
  });

  it('counts the as-of day as done, as the forecast does', () => {
    // first day: 29 days left of 30
    expect(neededPace('revenue', 100, 3000, at('2026-11'), day('2026-11-01'))).toBe(100);
  });

  it('is 0 once the target is reached', () => {
    expect(neededPace('revenue', 1_200_000, 1_000_000, at('2026-11'), day('2026-11-10'))).toBe(0);
    expect(neededPace('revenue', 1_000_000, 1_000_000, at('2026-11'), day('2026-11-10'))).toBe(0);
  });

  it('is the allowance per day left for lower-is-better KPIs and budgets', () => {
    // returns capped at 3000, 1000 used by the 10th: (3000 − 1000) / 20 may still come back per day
    expect(neededPace('returns_amount', 1000, 3000, at('2026-11'), day('2026-11-10'))).toBe(100);
    // cap already exceeded: no allowance left
    expect(neededPace('returns_amount', 3500, 3000, at('2026-11'), day('2026-11-10'))).toBe(0);
    // marketing budget 10 000, 4000 spent: (10 000 − 4000) / 20
    expect(neededPace('spend', 4000, 10_000, at('2026-11'), day('2026-11-10'))).toBe(300);
  });

  it('has no pace for ratios and other non-additive KPIs', () => {
    expect(neededPace('conversion', 0.2, 0.3, at('2026-11'), day('2026-11-10'))).toBeNull();
    expect(neededPace('average_check', 900, 1000, at('2026-11'), day('2026-11-10'))).toBeNull();
    expect(neededPace('cac', 50, 40, at('2026-11'), day('2026-11-10'))).toBeNull();
  });

  describe('edge cases', () => {
    it('is blank without an actual or a target', () => {
      expect(neededPace('units', null, 100, at('2026-11'), day('2026-11-10'))).toBeNull();
      expect(neededPace('revenue', 100, null, at('2026-11'), day('2026-11-10'))).toBeNull();
    });

    it('is blank on the last day and after the period: no day is left', () => {
      expect(neededPace('revenue', 100, 3000, at('2026-11'), day('2026-11-30'))).toBeNull();
      expect(neededPace('revenue', 100, 3000, at('2026-11'), day('2026-12-15'))).toBeNull();
      expect(neededPace('revenue', 5000, 3000, at('2026-11'), day('2026-11-30'))).toBeNull();
    });

    it('spreads the whole target over the whole period before it starts', () => {
      // 2026-11 seen from October: all 30 days are left
      expect(neededPace('revenue', 0, 3000, at('2026-11'), day('2026-10-15'))).toBe(100);
    });

    it('is 0 for a target of 0', () => {
      expect(neededPace('orders', 0, 0, at('2026-11'), day('2026-11-10'))).toBe(0);
    });

    it('uses a leap February', () => {
      // 2028-02-09: 20 days left (10…29): (2900 − 900) / 20
      expect(neededPace('revenue', 900, 2900, at('2028-02'), day('2028-02-09'))).toBe(100);
      // 2026-02-09: 19 days left (10…28): (2800 − 900) / 19
      expect(neededPace('revenue', 900, 2800, at('2026-02'), day('2026-02-09'))).toBe(100);
    });

    it('runs ISO week 53 across the new year', () => {
      // 2026-W53 ends Sun 2027-01-03; on Thu 2026-12-31, Fri, Sat and Sun are left: (700 − 400) / 3
      expect(neededPace('revenue', 400, 700, at('2026-W53'), day('2026-12-31'))).toBe(100);
    });
  });

  describe('properties', () => {
    it('reaches the target exactly when kept every day left', () => {
      const november = at('2026-11');
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1e7 }),
          fc.integer({ min: 1, max: 1e7 }),
          fc.integer({ min: -10, max: 28 }),
          (actual, missing, offset) => {
            const asOf = periodStart(november) + offset;
            const daysLeft = Math.min(periodEnd(november) - asOf - 1, 30);
            const pace = neededPace('revenue', actual, actual + missing, november, asOf)!;
            expect(actual + pace * daysLeft).toBeCloseTo(actual + missing, 6);
          },
        ),
      );
    });
  });
});
