import { describe, expect, it } from 'vitest';
import {
  createDateCellReader,
  IMPLAUSIBLE_DATE,
  isPlausibleDay,
  NO_DATE,
  UNREADABLE_DATE,
} from '../../../src/kpi/_lib/createDateCellReader';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { createDayOfDate } from '../../../src/kpi/calendar/dayOfDate';

const MOSCOW = 'Europe/Moscow';
const readRu = () => createDateCellReader('ru_RU', createDayOfDate(MOSCOW));
// Sheets hands a date cell over as the instant of its midnight in the spreadsheet zone (UTC+3 for Moscow).
const moscowMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3 * 3_600_000);
const serialOf = (y: number, m: number, d: number) => dayFromCivil(y, m, d) + 25569;

describe('createDateCellReader', () => {
  it('keeps the sentinels distinct and below every plausible day', () => {
    expect(new Set([NO_DATE, IMPLAUSIBLE_DATE, UNREADABLE_DATE]).size).toBe(3);
    for (const s of [NO_DATE, IMPLAUSIBLE_DATE, UNREADABLE_DATE]) expect(s).toBeLessThan(0);
  });

  it('reads the same plausible day from a Date cell, a serial number and text', () => {
    const read = readRu();
    const day = dayFromCivil(2026, 11, 5);
    expect(read(moscowMidnight(2026, 11, 5))).toBe(day);
    expect(read(serialOf(2026, 11, 5))).toBe(day);
    expect(read(serialOf(2026, 11, 5) + 0.6)).toBe(day); // 14:24, the time is ignored
    expect(read('05.11.2026')).toBe(day);
    expect(read('5 ноября 2026 г.')).toBe(day);
    expect(read('2026-11-05 14:32:10 -0500')).toBe(day);
  });

  it('is NO_DATE for a blank cell and a no-date text', () => {
    const read = readRu();
    for (const cell of ['', '   ', null, undefined, 'не закрыта', 'нет', 'n/a', '—', '-', 'not closed']) {
      expect(read(cell)).toBe(NO_DATE);
    }
  });

  it('is NO_DATE for the empty dates that 1C, MySQL, .NET and Go write', () => {
    const read = readRu();
    for (const cell of [
      '01.01.0001 0:00:00', // 1C
      '01.01.0001',
      '0001-01-01T00:00:00Z', // .NET, Go
      '0001-01-01 00:00:00 +0000 UTC', // Go's zero time
      '0000-00-00 00:00:00', // MySQL
      '00.00.0000',
    ]) {
      expect(read(cell)).toBe(NO_DATE);
    }
    expect(read('02.01.0001')).toBe(IMPLAUSIBLE_DATE); // any other day of year 1 is a typo
    expect(read('01.01.1900')).toBe(IMPLAUSIBLE_DATE);
  });

  describe('implausible dates', () => {
    // The first and last plausible days, and their neighbours outside, in every form a cell can take.
    const first = { y: 1970, m: 1, d: 1 };
    const last = { y: 2099, m: 12, d: 31 };
    const before = { y: 1969, m: 12, d: 31 };
    const after = { y: 2100, m: 1, d: 1 };
    const forms = {
      'a Date cell': ({ y, m, d }: typeof first) => moscowMidnight(y, m, d),
      'a serial number': ({ y, m, d }: typeof first) => serialOf(y, m, d),
      'ISO text': ({ y, m, d }: typeof first) => `${y}-${m}-${d}`,
      'dotted text': ({ y, m, d }: typeof first) => `${d}.${m}.${y}`,
      'text with a month name': ({ y, m, d }: typeof first) =>
        `${d} ${m === 1 ? 'января' : 'декабря'} ${y} г.`,
    };

    it.each(Object.entries(forms))('reads the edges of the range in %s', (_, make) => {
      const read = readRu();
      expect(read(make(first))).toBe(0);
      expect(read(make(last))).toBe(47481);
      expect(read(make(before))).toBe(IMPLAUSIBLE_DATE);
      expect(read(make(after))).toBe(IMPLAUSIBLE_DATE);
    });

    it.each([
      ['05.11.0226', 'a typo year'],
      ['05.11.2226', 'a typo year'],
      ['0226-11-05', 'a typo year'],
      ['5 Nov 1926', 'a year in the past'],
      ['Nov 5, 2126', 'a year far ahead'],
    ])('is IMPLAUSIBLE_DATE for %j (%s)', (text) => {
      expect(readRu()(text)).toBe(IMPLAUSIBLE_DATE);
    });

    it('reads a stray number in a date column as an implausible serial date, not a day', () => {
      const read = readRu();
      expect(read(2026)).toBe(IMPLAUSIBLE_DATE); // 1905-07-18
      expect(read(15)).toBe(IMPLAUSIBLE_DATE);
      expect(read(0)).toBe(IMPLAUSIBLE_DATE);
      expect(read(-5)).toBe(IMPLAUSIBLE_DATE);
      expect(read(1e9)).toBe(IMPLAUSIBLE_DATE);
    });
  });

  it('is UNREADABLE_DATE for anything else', () => {
    const read = readRu();
    for (const cell of [
      'вчера',
      '31.02.2026',
      '05.11.2026 foo',
      true,
      false,
      Number.NaN,
      Infinity,
      {},
      [1],
    ]) {
      expect(read(cell)).toBe(UNREADABLE_DATE);
    }
    expect(read(new Date(Number.NaN))).toBe(UNREADABLE_DATE);
  });

  it('reads slashes in the locale it was made for', () => {
    const dayOf = createDayOfDate(MOSCOW);
    expect(createDateCellReader('en_US', dayOf)('11/05/2026')).toBe(dayFromCivil(2026, 11, 5));
    expect(createDateCellReader('ru_RU', dayOf)('11/05/2026')).toBe(dayFromCivil(2026, 5, 11));
  });

  it('gives the same answer for a cached text as for a fresh one', () => {
    const read = readRu();
    for (let i = 0; i < 3; i++) {
      expect(read('05.11.2026 14:32')).toBe(dayFromCivil(2026, 11, 5));
      expect(read('05.11.1926')).toBe(IMPLAUSIBLE_DATE);
      expect(read('не закрыта')).toBe(NO_DATE);
      expect(read('вчера')).toBe(UNREADABLE_DATE);
    }
  });
});

describe('isPlausibleDay', () => {
  it('accepts 1970-01-01 … 2099-12-31 only', () => {
    expect(isPlausibleDay(0)).toBe(true);
    expect(isPlausibleDay(dayFromCivil(2099, 12, 31))).toBe(true);
    expect(isPlausibleDay(-1)).toBe(false);
    expect(isPlausibleDay(dayFromCivil(2100, 1, 1))).toBe(false);
    expect(isPlausibleDay(Number.NaN)).toBe(false);
  });
});
