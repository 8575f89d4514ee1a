import { describe, expect, it } from 'vitest';
import { plural } from '../../../../src/kpi/_lib/plural';
import { isLang } from '../../../../src/kpi/i18n/lang';
import {
  conventionsOf,
  joinOr,
  localeParts,
  moneyPositionOf,
  quoted,
  readsMonthFirst,
  regionOf,
} from '../../../../src/kpi/i18n/locales';

describe('conventionsOf', () => {
  it('quotes a value in each language’s quotes', () => {
    expect(quoted('en', 'Sales')).toBe('“Sales”');
    expect(quoted('ru', 'Продажи')).toBe('«Продажи»');
  });

  it('picks Russian plural forms by the last two digits', () => {
    const forms = ['строка', 'строки', 'строк'] as const;
    const cases: [number, string][] = [
      [1, 'строка'],
      [2, 'строки'],
      [4, 'строки'],
      [5, 'строк'],
      [11, 'строк'],
      [12, 'строк'],
      [14, 'строк'],
      [21, 'строка'],
      [22, 'строки'],
      [111, 'строк'],
      [0, 'строк'],
    ];
    for (const [n, form] of cases) expect(plural('ru', n, forms), String(n)).toBe(form);
  });

  it('uses the second form for "many" when a Russian word has two forms only', () => {
    expect(plural('ru', 5, ['раз', 'раза'])).toBe('раза');
  });

  it('picks English one/other', () => {
    expect([0, 1, 2, 21].map((n) => plural('en', n, ['row', 'rows']))).toEqual([
      'rows',
      'row',
      'rows',
      'rows',
    ]);
  });

  it('writes days and quarters as each language reads them', () => {
    expect(conventionsOf('en').dayText(2026, 3, 5)).toBe('2026-03-05');
    expect(conventionsOf('ru').dayText(2026, 3, 5)).toBe('05.03.2026');
    expect(conventionsOf('en').quarterName(4, 2026)).toBe('Q4 2026');
    expect(conventionsOf('ru').quarterName(4, 2026)).toBe('4 кв. 2026');
  });

  it('joins alternatives with the language’s "or"', () => {
    expect(joinOr('en', ['a', 'b', 'c'])).toBe('a, b or c');
    expect(joinOr('ru', ['a', 'b'])).toBe('a или b');
    expect(joinOr('ru', ['a'])).toBe('a');
    expect(joinOr('en', [])).toBe('');
  });
});

describe('locale conventions of a spreadsheet locale', () => {
  it('splits a locale into language and region, any case, dash or underscore', () => {
    expect(localeParts(' EN-gb ')).toEqual({ language: 'en', region: 'GB', parts: 2 });
    expect(localeParts('ru')).toEqual({ language: 'ru', region: '', parts: 1 });
  });

  it('places the currency symbol by the locale’s own language: before in English, after elsewhere', () => {
    expect(moneyPositionOf('en_US')).toBe('before');
    expect(moneyPositionOf('en_IE')).toBe('before');
    expect(moneyPositionOf('ru_RU')).toBe('after');
    expect(moneyPositionOf('de_DE')).toBe('after');
    expect(moneyPositionOf('')).toBe('after');
  });

  it('reads dates month first in en_US only', () => {
    expect(readsMonthFirst('en_US')).toBe(true);
    expect(readsMonthFirst('en-us')).toBe(true);
    expect(readsMonthFirst('en_GB')).toBe(false);
    expect(readsMonthFirst('en')).toBe(false);
    expect(readsMonthFirst('ru_RU')).toBe(false);
    expect(readsMonthFirst('en_US_POSIX')).toBe(false);
  });

  it('gives a bare language code its own locale’s country and names none for a language without a file', () => {
    expect(regionOf('es-mx')).toBe('MX');
    expect(regionOf('en_GB')).toBe('GB');
    expect(regionOf('en')).toBe('US');
    expect(regionOf('RU')).toBe('RU');
    expect(regionOf('de')).toBe('');
    expect(regionOf('')).toBe('');
  });
});

describe('what a new spreadsheet in a language gets (the CLI, the playground)', () => {
  it('gives each language its Sheets locale, time zone and old files’ code page', () => {
    const of = (lang: 'en' | 'ru') => {
      const { sheetsLocale, timeZone, legacyEncoding } = conventionsOf(lang);
      return { sheetsLocale, timeZone, legacyEncoding };
    };
    expect(of('en')).toEqual({
      sheetsLocale: 'en_US',
      timeZone: 'America/New_York',
      legacyEncoding: 'windows-1252',
    });
    expect(of('ru')).toEqual({
      sheetsLocale: 'ru_RU',
      timeZone: 'Europe/Moscow',
      legacyEncoding: 'windows-1251',
    });
  });

  it('accepts only the languages of the texts as a language', () => {
    expect(['en', 'ru', 'EN', 'de', '', undefined].map(isLang)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
