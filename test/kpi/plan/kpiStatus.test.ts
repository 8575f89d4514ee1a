import { describe, expect, it } from 'vitest';
import { DEFAULT_AT_RISK, kpiStatus } from '../../../src/kpi/plan/kpiStatus';

describe('kpiStatus', () => {
  it('is on track from attainment 1 up', () => {
    expect(kpiStatus(100, 100)).toBe('on_track');
    expect(kpiStatus(130, 100)).toBe('on_track');
  });

  it('is at risk from the threshold (0.9 by default) up to 1', () => {
    expect(DEFAULT_AT_RISK).toBe(0.9);
    expect(kpiStatus(90, 100)).toBe('at_risk'); // exactly 0.9
    expect(kpiStatus(99.99, 100)).toBe('at_risk');
  });

  it('is behind below the threshold', () => {
    expect(kpiStatus(89.99, 100)).toBe('behind');
    expect(kpiStatus(-10, 100)).toBe('behind');
  });

  it('takes another threshold', () => {
    expect(kpiStatus(80, 100, { atRisk: 0.8 })).toBe('at_risk');
    expect(kpiStatus(85, 100, { atRisk: 0.9 })).toBe('behind');
    expect(kpiStatus(99, 100, { atRisk: 1 })).toBe('behind'); // no at-risk band at all
  });

  it('compares the other way when lower is better', () => {
    // Refusal rate: target 10%.
    expect(kpiStatus(0.08, 0.1, { lowerIsBetter: true })).toBe('on_track');
    expect(kpiStatus(0.105, 0.1, { lowerIsBetter: true })).toBe('at_risk'); // 0.952
    expect(kpiStatus(0.2, 0.1, { lowerIsBetter: true })).toBe('behind'); // 0.5
  });

  it('has no status without a target, and no data without an actual', () => {
    expect(kpiStatus(50, null)).toBe('no_target');
    expect(kpiStatus(null, 100)).toBe('no_data');
    expect(kpiStatus(null, null)).toBe('no_target'); // nothing to measure against comes first
  });

  describe('edge cases', () => {
    it('higher is better with a target of 0: any actual of 0 or more meets it', () => {
      expect(kpiStatus(0, 0)).toBe('on_track');
      expect(kpiStatus(5, 0)).toBe('on_track');
      expect(kpiStatus(-5, 0)).toBe('behind'); // e.g. net revenue below a break-even target
    });

    it('lower is better with an actual of 0: on track against any target of 0 or more', () => {
      expect(kpiStatus(0, 3, { lowerIsBetter: true })).toBe('on_track'); // no refusals at all
      expect(kpiStatus(0, 0, { lowerIsBetter: true })).toBe('on_track');
      expect(kpiStatus(0, -1, { lowerIsBetter: true })).toBe('behind');
    });

    it('lower is better with a target of 0 and some actual: behind', () => {
      expect(kpiStatus(2, 0, { lowerIsBetter: true })).toBe('behind'); // attainment 0
    });

    it('higher is better with a negative target: the actual is compared with it directly', () => {
      // ROMI target −20% (a planned loss): −10% beats it although −0.1 / −0.2 = 0.5.
      expect(kpiStatus(-0.1, -0.2)).toBe('on_track');
      expect(kpiStatus(-0.2, -0.2)).toBe('on_track');
      expect(kpiStatus(0.05, -0.2)).toBe('on_track'); // the signs differ
      expect(kpiStatus(-0.21, -0.2)).toBe('behind'); // no at-risk band: no ratio measures how far off
      expect(kpiStatus(-0.5, -0.2)).toBe('behind'); // ratio 2.5 would have said on track
    });

    it('lower is better with a negative target: mirrored', () => {
      expect(kpiStatus(-0.3, -0.2, { lowerIsBetter: true })).toBe('on_track');
      expect(kpiStatus(-0.1, -0.2, { lowerIsBetter: true })).toBe('behind');
      expect(kpiStatus(-1, 3, { lowerIsBetter: true })).toBe('on_track'); // actual below 0, target above
    });

    it('higher is better with an actual below 0 and a target above: behind, never at risk', () => {
      expect(kpiStatus(-1, 100, { atRisk: 0.01 })).toBe('behind');
    });

    it('refuses a threshold outside (0, 1]: a programmer mistake', () => {
      expect(() => kpiStatus(1, 1, { atRisk: 0 })).toThrow(RangeError);
      expect(() => kpiStatus(1, 1, { atRisk: 90 })).toThrow(/atRisk must be in \(0, 1\]/);
      expect(() => kpiStatus(1, 1, { atRisk: Number.NaN })).toThrow(RangeError);
    });
  });
});
