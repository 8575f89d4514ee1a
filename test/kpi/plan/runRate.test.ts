import { describe, expect, it } from 'vitest';
import { runRate } from '../../../src/kpi/plan/runRate';

describe('runRate', () => {
  it('projects the pace so far over the whole period', () => {
    expect(runRate(300_000, 10, 30)).toBe(900_000); // 10 of November's 30 days
    expect(runRate(7, 7, 28)).toBe(28);
  });

  it('is the actual once the period is over', () => {
    expect(runRate(1_000, 30, 30)).toBe(1_000);
    expect(runRate(1_000, 45, 30)).toBe(1_000);
  });

  describe('edge cases', () => {
    it('is null when no day has elapsed', () => {
      expect(runRate(100, 0, 30)).toBeNull();
      expect(runRate(100, 0, 0)).toBeNull();
    });

    it('keeps a negative actual negative (returns exceeding sales)', () => {
      expect(runRate(-50, 5, 10)).toBe(-100);
    });

    it('is the actual for a zero-day period once a day has elapsed', () => {
      expect(runRate(100, 1, 0)).toBe(100);
    });

    it('refuses negative days: a programmer mistake', () => {
      expect(() => runRate(1, -1, 30)).toThrow(RangeError);
      expect(() => runRate(1, 1, -30)).toThrow(/cannot be negative/);
    });
  });
});
