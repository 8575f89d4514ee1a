import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/kpi/day';
import { createDayOfDate } from '../../src/kpi/dayOfDate';

// Sheets passes a date cell as the instant of its midnight in the spreadsheet's zone. The test process runs in
// Pacific/Kiritimati (UTC+14), so reading these instants in the machine's zone would give other days.
describe('createDayOfDate', () => {
  it('reads a Moscow midnight as that Moscow day', () => {
    const dayOf = createDayOfDate('Europe/Moscow');
    expect(formatDay(dayOf(new Date('2026-11-04T21:00:00Z'))!)).toBe('2026-11-05');
    expect(formatDay(dayOf(new Date('2026-12-31T21:00:00Z'))!)).toBe('2027-01-01'); // a year boundary
    expect(formatDay(dayOf(new Date('2026-11-05T20:59:59Z'))!)).toBe('2026-11-05');
  });

  it('follows daylight saving in Los Angeles', () => {
    const dayOf = createDayOfDate('America/Los_Angeles');
    // 2026-03-08 is the spring-forward day (PST −8 → PDT −7); midnights are 08:00Z before and 07:00Z after.
    expect(formatDay(dayOf(new Date('2026-03-08T08:00:00Z'))!)).toBe('2026-03-08');
    expect(formatDay(dayOf(new Date('2026-03-09T07:00:00Z'))!)).toBe('2026-03-09');
    // 2026-11-01 is the fall-back day: its midnight is 07:00Z, the next one 08:00Z.
    expect(formatDay(dayOf(new Date('2026-11-01T07:00:00Z'))!)).toBe('2026-11-01');
    expect(formatDay(dayOf(new Date('2026-11-02T08:00:00Z'))!)).toBe('2026-11-02');
    expect(formatDay(dayOf(new Date('2026-11-02T07:59:59Z'))!)).toBe('2026-11-01');
  });

  it('handles zones with quarter-hour offsets', () => {
    const dayOf = createDayOfDate('Asia/Kathmandu'); // UTC+5:45
    expect(formatDay(dayOf(new Date('2026-11-04T18:15:00Z'))!)).toBe('2026-11-05');
    expect(formatDay(dayOf(new Date('2026-11-04T18:14:59Z'))!)).toBe('2026-11-04');
  });

  it('gives the same days as a direct Intl reading for random instants', () => {
    const zones = ['Europe/Moscow', 'America/Los_Angeles', 'Australia/Lord_Howe', 'UTC'];
    for (const zone of zones) {
      const dayOf = createDayOfDate(zone);
      const direct = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      for (let i = 0; i < 2000; i++) {
        const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 8 * 365 * 86_400_000));
        expect(formatDay(dayOf(d)!)).toBe(direct.format(d));
      }
    }
  });

  describe('edge cases', () => {
    it('gives null for an invalid Date', () => {
      expect(createDayOfDate('UTC')(new Date(Number.NaN))).toBeNull();
    });

    it('throws at once for an unknown zone', () => {
      expect(() => createDayOfDate('Mars/Olympus')).toThrow(RangeError);
    });
  });
});
