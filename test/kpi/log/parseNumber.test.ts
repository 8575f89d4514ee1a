import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/kpi/log/parseNumber';

const value = (text: string, locale: string) => {
  const r = parseNumber(text, locale);
  return r.ok ? r.value : r.reason;
};

describe('parseNumber', () => {
  it('reads the locale decimal separator first', () => {
    expect(value('12,5', 'ru_RU')).toBe(12.5);
    expect(value('12.5', 'en_US')).toBe(12.5);
    expect(value('1,234', 'ru_RU')).toBe(1.234); // comma is the Russian decimal mark
    expect(value('1,234', 'en_US')).toBe(1234); // and the English thousands mark
  });

  it('reads CRM amounts with spaces, currency signs and groups', () => {
    expect(value('1 234,56 ₽', 'ru_RU')).toBe(1234.56);
    expect(value('12\u00a0500', 'ru_RU')).toBe(12500);
    expect(value('26 000', 'ru_RU')).toBe(26000);
    expect(value('$1,234.56', 'en_US')).toBe(1234.56);
    expect(value('$1,234.56', 'ru_RU')).toBe(1234.56); // both separators: unambiguous
    expect(value('1.234,56 €', 'en_US')).toBe(1234.56);
    expect(value('2558.15', 'ru_RU')).toBe(2558.15);
    expect(value('1 000 000 руб.', 'ru_RU')).toBe(1000000);
    expect(value('1,234,567', 'en_US')).toBe(1234567);
    expect(value('1.234.567', 'ru_RU')).toBe(1234567);
  });

  it('accepts the other separator when the reading is unambiguous', () => {
    expect(value('12,5', 'en_US')).toBe(12.5);
    expect(value('0,25', 'en_US')).toBe(0.25);
    expect(value('1234.5', 'ru_RU')).toBe(1234.5);
  });

  it('refuses to guess a single separator followed by exactly three digits in the other convention', () => {
    expect(value('1.234', 'ru_RU')).toBe('ambiguous_number');
    expect(value('-1.500', 'ru_RU')).toBe('ambiguous_number');
  });

  it('reads percent text as a fraction', () => {
    expect(value('12,5%', 'ru_RU')).toBe(0.125);
    expect(value('25%', 'en_US')).toBe(0.25);
    expect(value('25 %', 'ru_RU')).toBe(0.25);
  });

  it('reads signs, unicode minus and accounting parentheses', () => {
    expect(value('-120,5', 'ru_RU')).toBe(-120.5);
    expect(value('−120', 'ru_RU')).toBe(-120);
    expect(value('(1,200.00)', 'en_US')).toBe(-1200);
    expect(value('-$12', 'en_US')).toBe(-12);
    expect(value('+7', 'en_US')).toBe(7);
    expect(value('-0', 'en_US')).toBe(0);
    expect(Object.is(value('-0', 'en_US'), -0)).toBe(false);
  });

  it('reads both separators the same in every locale', () => {
    for (const locale of ['ru_RU', 'en_US', 'de_DE', 'fr_FR', '']) {
      expect(value('1.234,56', locale)).toBe(1234.56);
      expect(value('1,234.56', locale)).toBe(1234.56);
    }
  });

  it('accepts spaces only between groups of three digits', () => {
    expect(value('1 234 567,50', 'ru_RU')).toBe(1234567.5);
    expect(value('1\u202f234\u2009567', 'ru_RU')).toBe(1234567);
    expect(value('1 2 3', 'ru_RU')).toBe('not_a_number');
    expect(value('12 34', 'en_US')).toBe('not_a_number');
    expect(value('1234 567', 'ru_RU')).toBe('not_a_number');
  });

  it('accepts a currency only before or after the number', () => {
    expect(value('RUB 1 234', 'ru_RU')).toBe(1234);
    expect(value('1 234 EUR', 'de_DE')).toBe(1234);
    expect(value('$-12', 'en_US')).toBe(-12);
    expect(value('1rub2', 'ru_RU')).toBe('not_a_number');
    expect(value('1 $ 2', 'en_US')).toBe('not_a_number');
  });

  it('scales percent text without binary noise', () => {
    expect(value('0,7%', 'ru_RU')).toBe(0.007);
    expect(value('33.3%', 'en_US')).toBe(0.333);
  });

  it('never returns a number that is not finite', () => {
    expect(value('Infinity', 'en_US')).toBe('not_a_number');
    expect(value('1e999', 'en_US')).toBe('not_a_number');
    expect(value('9'.repeat(309), 'en_US')).toBe('not_a_number');
    expect(value('9'.repeat(308), 'en_US')).toBe(Number('9'.repeat(308)));
  });

  describe('edge cases', () => {
    it.each(['', ' ', 'abc', '12abc', '1,2,3', '1..2', '.', ',', '-', '%', '1 2,3,4', '12-5', 'e5', '1e5'])(
      'rejects %j',
      (text) => {
        expect(value(text, 'ru_RU')).toBe('not_a_number');
        expect(value(text, 'en_US')).toBe('not_a_number');
      },
    );

    it('reads a leading decimal separator', () => {
      expect(value(',5', 'ru_RU')).toBe(0.5);
      expect(value('.5', 'en_US')).toBe(0.5);
    });

    it('treats an empty locale as en_US', () => {
      expect(value('1,234', '')).toBe(1234);
    });
  });
});
