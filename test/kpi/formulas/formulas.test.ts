import { describe, expect, it } from 'vitest';
import { averageCheck } from '../../../src/kpi/formulas/averageCheck';
import { cac } from '../../../src/kpi/formulas/cac';
import { conversionRate } from '../../../src/kpi/formulas/conversionRate';
import { growth } from '../../../src/kpi/formulas/growth';
import { ratio } from '../../../src/kpi/formulas/ratio';
import { refusalRate } from '../../../src/kpi/formulas/refusalRate';
import { retentionRate } from '../../../src/kpi/formulas/retentionRate';
import { returningCustomers } from '../../../src/kpi/formulas/returningCustomers';
import { returnRate } from '../../../src/kpi/formulas/returnRate';
import { romi } from '../../../src/kpi/formulas/romi';
import { salesVolume } from '../../../src/kpi/formulas/salesVolume';

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(25, 100)).toBe(0.25);
  });

  describe('edge cases', () => {
    it('is null for a zero denominator, and never -0', () => {
      expect(ratio(5, 0)).toBeNull();
      expect(ratio(0, 0)).toBeNull();
      expect(Object.is(ratio(0, -4), 0)).toBe(true);
    });
  });
});

describe('the KPI formulas of spec §5', () => {
  it('conversion = conversions / opportunities', () => {
    expect(conversionRate(25, 100)).toBe(0.25);
    expect(conversionRate(3, 0)).toBeNull();
  });

  it('retention = (customers_end − new_customers) / customers_start', () => {
    expect(retentionRate(120, 30, 100)).toBe(0.9);
    expect(retentionRate(10, 10, 0)).toBeNull();
  });

  it('average check = revenue / orders', () => {
    expect(averageCheck(150_000, 60)).toBe(2_500);
    expect(averageCheck(100, 0)).toBeNull();
  });

  it('return rate = returns / sales', () => {
    expect(returnRate(3, 60)).toBe(0.05);
    expect(returnRate(1, 0)).toBeNull();
  });

  it('refusal rate = refusals / total', () => {
    expect(refusalRate(12, 80)).toBe(0.15);
    expect(refusalRate(0, 0)).toBeNull();
  });

  it('ROMI = (revenue − marketing cost) / marketing cost', () => {
    expect(romi(150_000, 50_000)).toBe(2);
    expect(romi(30_000, 50_000)).toBe(-0.4);
    expect(romi(1, 0)).toBeNull();
  });

  it('CAC = marketing cost / new customers', () => {
    expect(cac(50_000, 40)).toBe(1_250);
    expect(cac(50_000, 0)).toBeNull();
  });

  it('growth = (current − previous) / |previous|', () => {
    expect(growth(120, 100)).toBe(0.2);
    expect(growth(80, 100)).toBe(-0.2);
    expect(growth(-50, -100)).toBe(0.5); // a smaller loss is growth
    expect(growth(-150, -100)).toBe(-0.5);
    expect(growth(5, 0)).toBeNull();
  });
});

describe('the KPI formulas of spec §2', () => {
  it('sales volume = gross − returns', () => {
    expect(salesVolume(1200, 200)).toBe(1000);
    expect(salesVolume(0, 50)).toBe(-50); // more returned than sold in the period
  });

  it('returning customers = customers − new customers', () => {
    expect(returningCustomers(120, 30)).toBe(90);
    expect(returningCustomers(4, 4)).toBe(0);
  });
});
