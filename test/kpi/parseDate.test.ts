import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/kpi/day';
import { parseDate } from '../../src/kpi/parseDate';

const read = (text: string, locale = 'ru_RU') => {
  const day = parseDate(text, locale);
  return day === null ? null : formatDay(day);
};

describe('parseDate', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(read('2026-11-05')).toBe('2026-11-05');
    expect(read('2026-10-16 00:00')).toBe('2026-10-16');
    expect(read('2026-10-16T23:59:59.000Z')).toBe('2026-10-16'); // the time is ignored, whatever its zone
    expect(read('2026/1/5')).toBe('2026-01-05');
  });

  it('reads dotted dates day first, with a time', () => {
    expect(read('05.11.2026')).toBe('2026-11-05');
    expect(read('04.06.2025 10:56:00')).toBe('2025-06-04');
    expect(read(' 5.1.2026 14:32 ')).toBe('2026-01-05');
  });

  it('reads slashes month first only in en_US', () => {
    expect(read('11/05/2026', 'en_US')).toBe('2026-11-05');
    expect(read('11/05/2026', 'en_GB')).toBe('2026-05-11');
    expect(read('11/05/2026', 'ru_RU')).toBe('2026-05-11');
    expect(read('11/05/2026 3:04 PM', 'en_US')).toBe('2026-11-05');
  });

  describe('edge cases', () => {
    it.each(['31.02.2026', '2026-13-01', '00.01.2026', '2026-11', 'yesterday', '', '05.11.26', '13/13/2026'])(
      'rejects %j',
      (text) => {
        expect(read(text)).toBeNull();
        expect(read(text, 'en_US')).toBeNull();
      },
    );
  });
});
