import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/kpi/calendar/day';
import { createDayOfDate } from '../../../src/kpi/calendar/dayOfDate';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The day an instant shows in a zone, read directly by Intl (the reference). */
function intlDay(zone: string, date: Date): string {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(zone, format);
  }
  return format.format(date);
}

/** The day `createDayOfDate` reads for an ISO instant. */
function dayIn(zone: string, iso: string): string {
  return formatDay(createDayOfDate(zone)(new Date(iso))!);
}

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

  it('follows Moscow from UTC+3 to UTC+4 in 2011 and back to UTC+3 in 2014', () => {
    // 2011-03-27 02:00 became 03:00 for good; 2014-10-26 02:00 became 01:00 for good.
    expect(dayIn('Europe/Moscow', '2010-06-01T19:59:59Z')).toBe('2010-06-01'); // summer time, UTC+4
    expect(dayIn('Europe/Moscow', '2010-06-01T20:00:00Z')).toBe('2010-06-02');
    expect(dayIn('Europe/Moscow', '2010-12-01T20:59:59Z')).toBe('2010-12-01');
    expect(dayIn('Europe/Moscow', '2010-12-01T21:00:00Z')).toBe('2010-12-02'); // winter time, UTC+3
    expect(dayIn('Europe/Moscow', '2012-12-01T19:59:59Z')).toBe('2012-12-01'); // UTC+4 all year
    expect(dayIn('Europe/Moscow', '2012-12-01T20:00:00Z')).toBe('2012-12-02');
    expect(dayIn('Europe/Moscow', '2014-10-25T20:00:00Z')).toBe('2014-10-26'); // the last midnight at UTC+4
    expect(dayIn('Europe/Moscow', '2014-10-26T20:59:59Z')).toBe('2014-10-26'); // the first day at UTC+3 is 25 h
    expect(dayIn('Europe/Moscow', '2014-10-26T21:00:00Z')).toBe('2014-10-27');
  });

  it('reads the hour before and after each Los Angeles switch and the midnights around them', () => {
    // Spring forward 2026-03-08 at 10:00Z (01:59:59 PST → 03:00 PDT); fall back 2026-11-01 at 09:00Z.
    expect(dayIn('America/Los_Angeles', '2026-03-08T09:59:59Z')).toBe('2026-03-08');
    expect(dayIn('America/Los_Angeles', '2026-03-08T10:00:00Z')).toBe('2026-03-08');
    expect(dayIn('America/Los_Angeles', '2026-03-08T07:59:59Z')).toBe('2026-03-07'); // 23:59:59 PST
    expect(dayIn('America/Los_Angeles', '2026-03-09T06:59:59Z')).toBe('2026-03-08'); // 23:59:59 PDT
    expect(dayIn('America/Los_Angeles', '2026-11-01T08:59:59Z')).toBe('2026-11-01');
    expect(dayIn('America/Los_Angeles', '2026-11-01T09:00:00Z')).toBe('2026-11-01');
    expect(dayIn('America/Los_Angeles', '2026-11-01T06:59:59Z')).toBe('2026-10-31'); // 23:59:59 PDT
    expect(dayIn('America/Los_Angeles', '2026-11-02T08:00:00Z')).toBe('2026-11-02'); // 00:00 PST
  });

  it('reads Kathmandu at +05:30 before 1986 and +05:45 after', () => {
    expect(dayIn('Asia/Kathmandu', '1985-12-30T18:30:00Z')).toBe('1985-12-31');
    expect(dayIn('Asia/Kathmandu', '1985-12-30T18:29:59Z')).toBe('1985-12-30');
    expect(dayIn('Asia/Kathmandu', '2026-11-04T18:15:00Z')).toBe('2026-11-05');
  });

  it('follows the half-hour daylight saving of Lord Howe Island', () => {
    // +11 until 2026-04-05 02:00 local (15:00Z the day before), then +10:30; back to +11 on 2026-10-04.
    expect(dayIn('Australia/Lord_Howe', '2026-04-04T13:00:00Z')).toBe('2026-04-05'); // midnight at +11
    expect(dayIn('Australia/Lord_Howe', '2026-04-04T12:59:59Z')).toBe('2026-04-04');
    expect(dayIn('Australia/Lord_Howe', '2026-04-05T13:30:00Z')).toBe('2026-04-06'); // midnight at +10:30
    expect(dayIn('Australia/Lord_Howe', '2026-04-05T13:29:59Z')).toBe('2026-04-05');
    expect(dayIn('Australia/Lord_Howe', '2026-10-04T13:00:00Z')).toBe('2026-10-05'); // midnight at +11 again
  });

  it('skips 2011-12-30 in Samoa, which moved from −10 to +14', () => {
    expect(dayIn('Pacific/Apia', '2011-12-30T09:59:59Z')).toBe('2011-12-29');
    expect(dayIn('Pacific/Apia', '2011-12-30T10:00:00Z')).toBe('2011-12-31');
    expect(dayIn('Pacific/Apia', '2011-12-29T10:59:59Z')).toBe('2011-12-29'); // 00:59:59 at −10
  });

  it("reads UTC as the instant's UTC day", () => {
    expect(dayIn('UTC', '2026-11-05T23:59:59.999Z')).toBe('2026-11-05');
    expect(dayIn('UTC', '1970-01-01T00:00:00Z')).toBe('1970-01-01');
  });

  it('agrees with a direct Intl reading on random instants of 1970–2099', () => {
    const zones = [
      'Europe/Moscow',
      'America/Los_Angeles',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'America/Sao_Paulo',
      'Africa/Casablanca',
      'UTC',
    ];
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) - 1 });
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, ms) => {
        const date = new Date(ms);
        expect(formatDay(createDayOfDate(zone)(date)!)).toBe(intlDay(zone, date));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees with a direct Intl reading within a minute of every switch of a zone', () => {
    // The instants that matter most: around each change of offset, where a wrong transition shows first.
    for (const zone of ['America/Los_Angeles', 'Australia/Lord_Howe', 'Europe/Moscow']) {
      const dayOf = createDayOfDate(zone);
      const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      const offset = (ms: number) => format.formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value;
      for (let ms = Date.UTC(2008, 0, 1); ms < Date.UTC(2016, 0, 1); ms += 86_400_000) {
        if (offset(ms) === offset(ms + 86_400_000)) continue;
        let low = ms;
        let high = ms + 86_400_000;
        while (high - low > 1000) {
          const mid = low + Math.floor((high - low) / 2000) * 1000;
          if (offset(mid) === offset(low)) low = mid;
          else high = mid;
        }
        for (let t = high - 60_000; t <= high + 60_000; t += 250) {
          expect(formatDay(dayOf(new Date(t))!)).toBe(intlDay(zone, new Date(t)));
        }
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
