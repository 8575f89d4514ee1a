import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import {
  type Period,
  parsePeriodLabel,
  periodDays,
  periodEnd,
  periodStart,
} from '../../../src/kpi/calendar/periods';
import { KPIS } from '../../../src/kpi/kpis';
import { FLOW_KPIS, forecast } from '../../../src/kpi/plan/forecast';

const at = (label: string): Period => parsePeriodLabel(label)!;
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
};
// The flow KPIs of spec §3 v2 that exist in the registry: forecast by run rate.
const SPEC_FLOW = [
  'revenue',
  'gross',
  'returns_amount',
  'orders',
  'units',
  'customers',
  'new_customers',
  'returning_customers',
  'spend',
];
const ADDITIVE = KPIS.map((k) => k.key).filter((key) => SPEC_FLOW.includes(key));

describe('forecast', () => {
  it('runs an additive KPI at its pace to the end of the period', () => {
    // 2026-11 has 30 days; on the 10th, 10 have elapsed: 300 000 × 30 / 10
    expect(forecast('revenue', 300_000, at('2026-11'), day('2026-11-10'))).toBe(900_000);
    // 12 orders in the first 6 days of a 30-day month: 12 × 30 / 6
    expect(forecast('orders', 12, at('2026-11'), day('2026-11-06'))).toBe(60);
    // returns are additive too
    expect(forecast('returns_amount', 50, at('2026-11'), day('2026-11-15'))).toBe(100);
  });

  it('counts the as-of day as elapsed', () => {
    // first day of the month: 1 day elapsed of 30
    expect(forecast('revenue', 1000, at('2026-11'), day('2026-11-01'))).toBe(30_000);
    // a quarter: 2026-Q4 has 92 days; on 2026-10-31, 31 have elapsed
    expect(forecast('revenue', 3100, at('2026-Q4'), day('2026-10-31'))).toBe(9200);
  });

  it('is the actual on the last day of the period and after it', () => {
    expect(forecast('revenue', 1234.56, at('2026-11'), day('2026-11-30'))).toBe(1234.56);
    expect(forecast('revenue', 1234.56, at('2026-11'), day('2026-12-01'))).toBe(1234.56);
    expect(forecast('orders', 7, at('2026'), day('2031-06-01'))).toBe(7);
  });

  it('forecasts the sales cycle and the open pipeline by their actual (spec §3)', () => {
    expect(forecast('sales_cycle', 19.5, at('2026-11'), day('2026-11-10'))).toBe(19.5);
    expect(forecast('open_pipeline', 64_849.99, at('2026-11'), day('2026-11-10'))).toBe(64_849.99);
  });

  it('runs exactly the registry entries marked flow, which are the spec §3 list', () => {
    expect(FLOW_KPIS).toEqual(new Set(KPIS.filter((k) => k.flow).map((k) => k.key)));
    expect([...FLOW_KPIS].sort()).toEqual([...SPEC_FLOW].sort());
  });

  it('keeps ratio and other non-additive KPIs as they are', () => {
    expect(forecast('conversion', 0.25, at('2026-11'), day('2026-11-10'))).toBe(0.25);
    expect(forecast('average_check', 900, at('2026-11'), day('2026-11-10'))).toBe(900);
    expect(forecast('cac', 120, at('2026-11'), day('2026-11-01'))).toBe(120);
  });

  describe('edge cases', () => {
    it('is blank when the actual is blank', () => {
      expect(forecast('units', null, at('2026-11'), day('2026-11-10'))).toBeNull();
      expect(forecast('conversion', null, at('2026-11'), day('2026-11-10'))).toBeNull();
    });

    it('is blank before the period starts: nothing has elapsed', () => {
      expect(forecast('revenue', 0, at('2026-11'), day('2026-10-31'))).toBeNull();
      expect(forecast('revenue', 500, at('2026-11'), day('2026-01-01'))).toBeNull();
    });

    it('forecasts zero as zero', () => {
      expect(forecast('revenue', 0, at('2026-11'), day('2026-11-10'))).toBe(0);
    });

    it('keeps the sign of a negative sales volume (more returns than sales)', () => {
      expect(forecast('revenue', -100, at('2026-11'), day('2026-11-10'))).toBe(-300);
    });

    it('uses 29 days in a leap February and 28 otherwise', () => {
      // 2028-02: 29 days; on the 10th: 1000 × 29 / 10
      expect(forecast('revenue', 1000, at('2028-02'), day('2028-02-10'))).toBe(2900);
      // 2026-02: 28 days
      expect(forecast('revenue', 1000, at('2026-02'), day('2026-02-10'))).toBe(2800);
      expect(forecast('revenue', 1000, at('2028-02'), day('2028-02-29'))).toBe(1000);
    });

    it('runs ISO week 53 across the new year', () => {
      // 2026-W53 = Mon 2026-12-28 … Sun 2027-01-03; on Fri 2027-01-01, 5 days elapsed: 500 × 7 / 5
      expect(forecast('revenue', 500, at('2026-W53'), day('2027-01-01'))).toBe(700);
      expect(forecast('revenue', 500, at('2026-W53'), day('2027-01-03'))).toBe(500);
      expect(forecast('revenue', 500, at('2026-W53'), day('2026-12-27'))).toBeNull();
    });

    it('uses 366 days in a leap year', () => {
      // 2028: on 2028-03-01, 31 + 29 + 1 = 61 days elapsed: 61 × 366 / 61
      expect(forecast('orders', 61, at('2028'), day('2028-03-01'))).toBe(366);
    });
  });

  describe('properties', () => {
    const periods = fc
      .record({
        type: fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const),
        year: fc.integer({ min: 1990, max: 2100 }),
        offset: fc.integer({ min: 0, max: 52 }),
      })
      .map(({ type, year, offset }): Period => {
        if (type === 'year') return { type, index: year };
        if (type === 'quarter') return { type, index: year * 4 + (offset % 4) };
        if (type === 'month') return { type, index: year * 12 + (offset % 12) };
        return { type, index: Math.floor((dayFromCivil(year, 1, 1) - 4) / 7) + offset };
      });
    const amounts = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const keys = fc.constantFrom(...ADDITIVE);

    it('equals the actual on the last day and any day after', () => {
      fc.assert(
        fc.property(keys, amounts, periods, fc.nat(1000), (key, actual, period, after) => {
          expect(forecast(key, actual, period, periodEnd(period) - 1 + after)).toBe(actual);
        }),
      );
    });

    it('gives back the actual when scaled to the days elapsed', () => {
      fc.assert(
        fc.property(
          keys,
          amounts,
          periods,
          fc.double({ min: 0, max: 1, noNaN: true }),
          (key, actual, period, f) => {
            const days = periodDays(period);
            const elapsed = 1 + Math.floor(f * (days - 1));
            const result = forecast(key, actual, period, periodStart(period) + elapsed - 1)!;
            expect(result * (elapsed / days)).toBeCloseTo(actual, 3);
            if (actual >= 0) expect(result).toBeGreaterThanOrEqual(actual);
          },
        ),
      );
    });
  });
});

describe('forecast of the flow KPIs of spec §3 v2', () => {
  it('run-rates marketing spend, customers and new customers like sales', () => {
    // 2026-11 has 30 days; on the 10th: × 3
    expect(forecast('spend', 90_000, at('2026-11'), day('2026-11-10'))).toBe(270_000);
    expect(forecast('customers', 8, at('2026-11'), day('2026-11-10'))).toBe(24);
    expect(forecast('new_customers', 2, at('2026-11'), day('2026-11-10'))).toBe(6);
    expect(forecast('gross', 100, at('2026-11'), day('2026-11-10'))).toBe(300);
    expect(forecast('units', 5, at('2026-11'), day('2026-11-10'))).toBe(15);
  });
});

describe('forecast of deals', () => {
  it('is every deal row dated in the period, also those dated after the as-of day', () => {
    // 12 deals dated up to the 10th, 15 in the whole month (3 open deals expected to close later)
    expect(forecast('deals', 12, at('2026-11'), day('2026-11-10'), 15)).toBe(15);
    // never a run rate: 12 × 3 = 36 would invent deals
    expect(forecast('deals', 12, at('2026-11'), day('2026-11-10'))).toBe(12);
    expect(forecast('deals', 12, at('2026-11'), day('2026-11-10'), null)).toBe(12);
  });

  it('counts the known deals of a period that has not started yet', () => {
    expect(forecast('deals', 0, at('2026-12'), day('2026-11-10'), 4)).toBe(4);
  });

  it('is blank when the actual is blank (no status column)', () => {
    expect(forecast('deals', null, at('2026-11'), day('2026-11-10'), 4)).toBeNull();
  });
});
