import { describe, expect, it } from 'vitest';
import { attainment } from '../../../src/kpi/plan/attainment';

describe('attainment', () => {
  it('is actual / target when higher is better', () => {
    expect(attainment(90, 100)).toBe(0.9);
    expect(attainment(120, 100)).toBe(1.2);
    expect(attainment(90, 100, { lowerIsBetter: false })).toBe(0.9);
  });

  it('is target / actual when lower is better', () => {
    expect(attainment(0.05, 0.04, { lowerIsBetter: true })).toBeCloseTo(0.8, 12); // refusal rate 5% vs 4% target
    expect(attainment(800, 1000, { lowerIsBetter: true })).toBe(1.25); // CAC 800 against 1000: 25% better
  });

  describe('edge cases', () => {
    it('is null when the denominator is 0', () => {
      expect(attainment(50, 0)).toBeNull(); // higher is better, no target amount
      expect(attainment(0, 3, { lowerIsBetter: true })).toBeNull(); // lower is better, a perfect 0
    });

    it('is 0, never -0, for a zero numerator', () => {
      expect(Object.is(attainment(-0, 5), 0)).toBe(true);
      expect(Object.is(attainment(0, 5), 0)).toBe(true);
    });

    it('is null for a target of 0 or below: a ratio of two negatives reads backwards', () => {
      expect(attainment(-0.1, -0.2)).toBeNull(); // ROMI −10% against a loss-making target of −20%
      expect(attainment(-0.3, -0.2)).toBeNull();
      expect(attainment(0.1, -0.2)).toBeNull(); // the signs differ
      expect(attainment(5, -2, { lowerIsBetter: true })).toBeNull();
      expect(attainment(5, 0, { lowerIsBetter: true })).toBeNull();
    });

    it('is null for an actual below 0, whichever the direction', () => {
      expect(attainment(-10, 100)).toBeNull();
      expect(attainment(-1, 3, { lowerIsBetter: true })).toBeNull();
    });
  });
});
