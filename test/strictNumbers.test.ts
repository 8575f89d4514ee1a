// Strict number text (KPI-SPEC §1.1 "Cell values", v2), one table run through every reader of number text the
// user meets: parseNumber (sales logs), a spend table, the custom functions' arguments and the sidebar's targets.
import { describe, expect, it } from 'vitest';
import { CONVERSION } from '../src/functions/conversion';
import { RUN_RATE } from '../src/functions/runRate';
import { parseNumber } from '../src/kpi/log/parseNumber';
import { readSpend } from '../src/kpi/log/readSpend';
import { readTargetInput } from '../src/kpi/targets/readTargetInput';
import { errorIn, inSheet } from './functions/_helpers';

type Expected = number | 'not_a_number' | 'ambiguous_number';
const LOCALES = ['en_US', 'ru_RU', 'de_DE'] as const;
type Locale = (typeof LOCALES)[number];

/** Texts read the same in every locale. */
const SAME_EVERYWHERE: readonly (readonly [string, Expected])[] = [
  // spaces between groups of exactly three digits, of every kind Sheets and CRMs write
  ['1 234 567,50', 1234567.5],
  ['1\u00a0234\u00a0567,50', 1234567.5], // no-break space
  ['1\u202f234,5', 1234.5], // narrow no-break space
  ['1\u2009234', 1234], // thin space
  ['12 500', 12500],
  ['1 234.5', 1234.5],
  // both separators: unambiguous in every locale
  ['1.234,56', 1234.56],
  ['1,234.56', 1234.56],
  ['1,234,567.89', 1234567.89],
  ['1.234.567,89', 1234567.89],
  // one separator repeated: thousands
  ['1.234.567', 1234567],
  ['1,234,567', 1234567],
  // a separator followed by other than three digits: the decimal one
  ['2558.15', 2558.15],
  ['12,5', 12.5],
  ['1.5', 1.5],
  ['0', 0],
  ['-0', 0],
  // currency before or after, also between the sign and the digits
  ['$1,234.56', 1234.56],
  ['1 234,56 ₽', 1234.56],
  ['1 234,56 руб.', 1234.56],
  ['1 234 руб', 1234],
  ['500 р.', 500],
  ['500р.', 500],
  ['€1.234,56', 1234.56],
  ['1.234,56 €', 1234.56],
  ['USD 1,234.56', 1234.56],
  ['1 234 RUB', 1234],
  ['100 EUR', 100],
  ['100 usd', 100],
  ['£99', 99],
  ['$10.00 USD', 10],
  ['-$12', -12],
  ['$-12', -12],
  ['- 12', -12],
  // negative forms, percent
  ['(12)', -12],
  ['($1,200.00)', -1200],
  ['(12 ₽)', -12],
  ['−12', -12], // U+2212 minus
  ['–12', -12], // en dash, as some exports write a minus
  ['+7', 7],
  ['12,5%', 0.125],
  ['25 %', 0.25],
  ['0,7%', 0.007],
  ['-5%', -0.05],
  // not numbers: spaces that do not group thousands
  ['1 2 3', 'not_a_number'],
  ['12 34', 'not_a_number'],
  ['1 23', 'not_a_number'],
  ['1234 567', 'not_a_number'],
  ['1  234', 'not_a_number'],
  ['1 234,567.8', 'not_a_number'],
  ['1,234 567', 'not_a_number'],
  // a currency inside, line breaks, letters, non-finite values
  ['1rub2', 'not_a_number'],
  ['12$34', 'not_a_number'],
  ['1₽234', 'not_a_number'],
  ['12 $ $', 'not_a_number'],
  ['1\n2', 'not_a_number'],
  ['1\t234', 'not_a_number'],
  ['Infinity', 'not_a_number'],
  ['-Infinity', 'not_a_number'],
  ['NaN', 'not_a_number'],
  ['1e999', 'not_a_number'],
  ['1e5', 'not_a_number'],
  ['0x10', 'not_a_number'],
  ['1_000', 'not_a_number'],
  [`1${'0'.repeat(400)}`, 'not_a_number'], // overflows to Infinity
  ['12abc', 'not_a_number'],
  ['abc', 'not_a_number'],
  // signs, brackets and separators that make no number
  ['-', 'not_a_number'],
  ['$', 'not_a_number'],
  ['%', 'not_a_number'],
  ['--12', 'not_a_number'],
  ['+-12', 'not_a_number'],
  ['-(12)', 'not_a_number'],
  ['(12', 'not_a_number'],
  ['12)', 'not_a_number'],
  ['12%%', 'not_a_number'],
  ['1,2,3', 'not_a_number'],
  ['1..2', 'not_a_number'],
  ['1,23.4', 'not_a_number'],
  ['12-5', 'not_a_number'],
];

/** Texts whose reading depends on the locale's decimal separator. */
const BY_LOCALE: readonly (readonly [string, Record<Locale, Expected>])[] = [
  ['1.234', { en_US: 1.234, ru_RU: 'ambiguous_number', de_DE: 'ambiguous_number' }],
  ['-1.500', { en_US: -1.5, ru_RU: 'ambiguous_number', de_DE: 'ambiguous_number' }],
  ['1,234', { en_US: 1234, ru_RU: 1.234, de_DE: 1.234 }],
  ['1234.567', { en_US: 1234.567, ru_RU: 'ambiguous_number', de_DE: 'ambiguous_number' }],
  ['1234,567', { en_US: 'ambiguous_number', ru_RU: 1234.567, de_DE: 1234.567 }],
];

const CASES: readonly (readonly [Locale, string, Expected])[] = LOCALES.flatMap((locale) => [
  ...SAME_EVERYWHERE.map(([text, expected]) => [locale, text, expected] as const),
  ...BY_LOCALE.map(([text, byLocale]) => [locale, text, byLocale[locale]] as const),
]);
const ACCEPTED = CASES.filter((c): c is readonly [Locale, string, number] => typeof c[2] === 'number');
const REFUSED = CASES.filter(
  (c): c is readonly [Locale, string, 'not_a_number' | 'ambiguous_number'] => typeof c[2] === 'string',
);

describe('strict number text', () => {
  describe('parseNumber (sales logs)', () => {
    it.each(ACCEPTED)('reads %s %j as %d', (locale, text, value) => {
      expect(parseNumber(text, locale)).toEqual({ ok: true, value });
    });

    it.each(REFUSED)('refuses %s %j: %s', (locale, text, reason) => {
      expect(parseNumber(text, locale)).toEqual({ ok: false, reason });
    });
  });

  describe('a spend table', () => {
    it.each(LOCALES)('keeps the accepted and skips the refused texts in %s', (locale) => {
      const mine = CASES.filter((c) => c[0] === locale);
      const result = readSpend([['Date', 'Spend'], ...mine.map(([, text]) => ['2026-11-05', text])], {
        locale,
        timeZone: 'UTC',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(Array.from(result.table.spend)).toEqual(
        mine.flatMap(([, , expected]) => (typeof expected === 'number' ? [expected] : [])),
      );
      expect(result.quality.skipped.map((s) => [s.value, s.code])).toEqual(
        mine.flatMap(([, text, expected]) =>
          typeof expected === 'number'
            ? []
            : [[text, expected === 'ambiguous_number' ? 'ambiguous_amount' : 'unreadable_amount']],
        ),
      );
    });
  });

  describe('custom function arguments', () => {
    // RUN_RATE(x, 1, 1) is x itself, of any sign (ATTAINMENT is blank for a negative actual).
    it.each(ACCEPTED)('RUN_RATE reads %s %j as %d', (locale, text, value) => {
      expect(inSheet(locale, () => RUN_RATE(text, 1, 1))).toBe(value);
    });

    it.each(REFUSED)('CONVERSION throws for %s %j (%s)', (locale, text) => {
      const message = errorIn(locale, () => CONVERSION(text, 10));
      expect(message).toMatch(/^CONVERSION: /);
      expect(message).toContain('conversions');
    });

    it('names the refused text and says why, in the user language', () => {
      expect(errorIn('en_US', () => CONVERSION('1 2 3', 10))).toBe(
        'CONVERSION: argument "conversions": "1 2 3" is not a number.',
      );
      expect(errorIn('ru_RU', () => CONVERSION('1.234', 10))).toMatch(
        /^CONVERSION: .*«1\.234» — неоднозначное число/,
      );
    });
  });

  describe('sidebar targets', () => {
    it.each(ACCEPTED.filter(([, text, value]) => value >= 0 && !text.includes('%')))(
      'reads a revenue target %s %j as %d',
      (locale, text, value) => {
        expect(readTargetInput(text, 'revenue', locale)).toEqual({ ok: true, value });
      },
    );

    it.each(REFUSED.filter(([, text]) => !text.trim().endsWith('%')))(
      'refuses a revenue target %s %j: %s',
      (locale, text, reason) => {
        expect(readTargetInput(text, 'revenue', locale)).toEqual({
          ok: false,
          code: reason,
          value: text.trim(),
        });
      },
    );
  });
});
