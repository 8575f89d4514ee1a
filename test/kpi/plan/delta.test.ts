import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KPIS } from '../../../src/kpi/kpis';
import { delta } from '../../../src/kpi/plan/delta';

describe('delta', () => {
  it('is a relative change for amounts', () => {
    expect(delta('revenue', 120, 100)).toEqual({ value: 0.2, kind: 'relative' });
    expect(delta('gross', 80, 100)).toEqual({ value: -0.2, kind: 'relative' });
    expect(delta('average_check', 1100, 1000)).toEqual({ value: 0.1, kind: 'relative' });
    expect(delta('cac', 45, 50)).toEqual({ value: -0.1, kind: 'relative' });
  });

  it('is a relative change for counts', () => {
    expect(delta('orders', 11, 10)).toEqual({ value: 0.1, kind: 'relative' });
    expect(delta('customers', 30, 20)).toEqual({ value: 0.5, kind: 'relative' });
  });

  it('is percentage points, as a fraction, for ratios', () => {
    // 30 % vs 25 % = +5 pp, without float noise
    expect(delta('conversion', 0.3, 0.25)).toEqual({ value: 0.05, kind: 'points' });
    expect(delta('refusal_rate', 0.1, 0.3)).toEqual({ value: -0.2, kind: 'points' });
    expect(delta('romi', 2.5, 1.5)).toEqual({ value: 1, kind: 'points' });
  });

  it('divides by the size of a negative previous value', () => {
    // sales volume from −100 (more returns than sales) to −50: +50 %
    expect(delta('revenue', -50, -100)).toEqual({ value: 0.5, kind: 'relative' });
  });

  it('gives every KPI the kind of its unit', () => {
    for (const k of KPIS) {
      expect(delta(k.key, 1, 1).kind).toBe(k.unit === 'ratio' ? 'points' : 'relative');
    }
  });

  describe('edge cases', () => {
    it('is blank when either value is blank', () => {
      expect(delta('revenue', null, 100)).toEqual({ value: null, kind: 'relative' });
      expect(delta('conversion', 0.3, null)).toEqual({ value: null, kind: 'points' });
    });

    it('is blank for a relative change from zero', () => {
      expect(delta('revenue', 100, 0)).toEqual({ value: null, kind: 'relative' });
      expect(delta('orders', 0, 0)).toEqual({ value: null, kind: 'relative' });
    });

    it('measures points from a zero ratio', () => {
      expect(delta('conversion', 0.1, 0)).toEqual({ value: 0.1, kind: 'points' });
    });

    it('is 0, not −0, for no change', () => {
      expect(Object.is(delta('revenue', 100, 100).value, 0)).toBe(true);
      expect(Object.is(delta('conversion', 0.2, 0.2).value, 0)).toBe(true);
    });

    it('drops float noise', () => {
      // (1.1 − 1) / 1 is 0.10000000000000009 in binary floating point
      expect(delta('revenue', 1.1, 1).value).toBe(0.1);
    });
  });

  describe('properties', () => {
    const money = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100);

    it('moves the previous value to the current one, to a millionth of the previous value', () => {
      fc.assert(
        fc.property(money, money, (current, previous) => {
          fc.pre(previous !== 0);
          const { value } = delta('revenue', current, previous);
          const error = previous + value! * Math.abs(previous) - current;
          expect(Math.abs(error)).toBeLessThanOrEqual(0.5e-6 * Math.abs(previous) * (1 + 1e-9));
        }),
      );
    });

    it('makes points antisymmetric', () => {
      const rate = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
      fc.assert(
        fc.property(rate, rate, (a, b) => {
          expect(delta('conversion', a, b).value! + delta('conversion', b, a).value!).toBeCloseTo(0, 9);
        }),
      );
    });
  });
});
