import { describe, expect, it } from 'vitest';
import { ZoneOffsets, zoneOffsetsOf } from '../../../src/kpi/_lib/ZoneOffsets';

const HOUR = 3_600_000;

describe('ZoneOffsets', () => {
  it('gives the offset on each side of a switch to the second', () => {
    const la = new ZoneOffsets('America/Los_Angeles');
    expect(la.offsetAt(Date.UTC(2026, 2, 8, 9, 59, 59, 999))).toBe(-8 * HOUR);
    expect(la.offsetAt(Date.UTC(2026, 2, 8, 10))).toBe(-7 * HOUR);
    expect(la.offsetAt(Date.UTC(2026, 10, 1, 8, 59, 59))).toBe(-7 * HOUR);
    expect(la.offsetAt(Date.UTC(2026, 10, 1, 9))).toBe(-8 * HOUR);
    const lordHowe = new ZoneOffsets('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(Date.UTC(2026, 3, 4, 14, 59, 59))).toBe(11 * HOUR);
    expect(lordHowe.offsetAt(Date.UTC(2026, 3, 4, 15))).toBe(10.5 * HOUR);
  });

  it('asks Intl a number of times that grows with the years met, not with the cells', () => {
    const moscow = new ZoneOffsets('Europe/Moscow');
    const from = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 100_000; i++)
      moscow.offsetAt(from + ((i * 7919) % 1096) * 86_400_000 + (i % 86_400) * 1000);
    const threeYears = moscow.intlCalls;
    expect(threeYears).toBeLessThanOrEqual(3 * 100);
    for (let i = 0; i < 100_000; i++) moscow.offsetAt(from + ((i * 104_729) % 1096) * 86_400_000);
    expect(moscow.intlCalls).toBe(threeYears); // the same years again: no more Intl readings
  });

  it('covers earlier and later years when they are met after the first', () => {
    const moscow = new ZoneOffsets('Europe/Moscow');
    expect(moscow.offsetAt(Date.UTC(2026, 5, 1))).toBe(3 * HOUR);
    expect(moscow.offsetAt(Date.UTC(2010, 5, 1))).toBe(4 * HOUR); // summer time before 2011
    expect(moscow.offsetAt(Date.UTC(2010, 0, 1))).toBe(3 * HOUR);
    expect(moscow.offsetAt(Date.UTC(2013, 0, 1))).toBe(4 * HOUR); // UTC+4 all year 2011–2014
    expect(moscow.offsetAt(Date.UTC(2031, 0, 1))).toBe(3 * HOUR);
  });

  describe('edge cases', () => {
    it('reads an instant far outside 1900–2199 directly', () => {
      expect(new ZoneOffsets('Asia/Kathmandu').offsetAt(Date.UTC(2500, 0, 1))).toBe(5.75 * HOUR);
    });

    it('keeps one ZoneOffsets per zone', () => {
      expect(zoneOffsetsOf('Asia/Tokyo')).toBe(zoneOffsetsOf('Asia/Tokyo'));
      expect(zoneOffsetsOf('Asia/Tokyo')).not.toBe(zoneOffsetsOf('UTC'));
    });
  });
});
