import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/kpi/calendar/day';
import { parseDate } from '../../../src/kpi/log/parseDate';

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
    expect(read('2026.11.05')).toBe('2026-11-05');
  });

  it('reads dotted dates day first, with a time', () => {
    expect(read('05.11.2026')).toBe('2026-11-05');
    expect(read('04.06.2025 10:56:00')).toBe('2025-06-04');
    expect(read(' 5.1.2026 14:32 ')).toBe('2026-01-05');
    expect(read('04.06.2025', 'en_US')).toBe('2025-06-04'); // dots are day first in every locale
  });

  it('reads slashes and dashes month first only in en_US', () => {
    expect(read('11/05/2026', 'en_US')).toBe('2026-11-05');
    expect(read('11/05/2026', 'en_GB')).toBe('2026-05-11');
    expect(read('11/05/2026', 'ru_RU')).toBe('2026-05-11');
    expect(read('11/05/2026 3:04 PM', 'en_US')).toBe('2026-11-05');
    expect(read('11-05-2026', 'en_US')).toBe('2026-11-05');
    expect(read('11-05-2026', 'de_DE')).toBe('2026-05-11');
  });

  describe('month names', () => {
    // Every spelling of 5 November 2026 (or of the 5th of another month, to catch a wrong month table row).
    it.each([
      ['Nov 5, 2026', 'en_US', '2026-11-05'],
      ['November 5, 2026', 'en_US', '2026-11-05'],
      ['5 Nov 2026', 'en_GB', '2026-11-05'],
      ['05-Nov-2026', 'en_US', '2026-11-05'],
      ['05-NOV-26', 'en_US', '2026-11-05'],
      ['05NOV2026', 'en_US', '2026-11-05'],
      ['5th November 2026', 'en_GB', '2026-11-05'],
      ['November 5th, 2026', 'en_US', '2026-11-05'],
      ['Sept. 5, 2026', 'en_US', '2026-09-05'],
      ['Sep 5 2026', 'en_US', '2026-09-05'],
      ['5 Jan 2026', 'en_US', '2026-01-05'],
      ['Feb 5, 2026', 'en_US', '2026-02-05'],
      ['5 March 2026', 'en_US', '2026-03-05'],
      ['Apr 5, 2026', 'en_US', '2026-04-05'],
      ['May 5, 2026', 'en_US', '2026-05-05'],
      ['June 5, 2026', 'en_US', '2026-06-05'],
      ['Jul 5, 2026', 'en_US', '2026-07-05'],
      ['Aug 5, 2026', 'en_US', '2026-08-05'],
      ['Oct 5, 2026', 'en_US', '2026-10-05'],
      ['Dec 5, 2026', 'en_US', '2026-12-05'],
      ['Thu, 05 Nov 2026 14:32:10 +0000', 'en_US', '2026-11-05'], // RFC 2822 (e-mail, APIs)
      ['Thursday, November 5, 2026', 'en_US', '2026-11-05'],
      ['Thu Nov 05 2026 10:00:00 GMT+0300 (Moscow Standard Time)', 'en_US', '2026-11-05'], // a pasted JS date
      ['5 ноября 2026', 'ru_RU', '2026-11-05'],
      ['5 ноября 2026 г.', 'ru_RU', '2026-11-05'],
      ['5 ноября 2026г', 'ru_RU', '2026-11-05'],
      ['5 ноября 2026 года', 'ru_RU', '2026-11-05'],
      ['5 ноя 2026', 'ru_RU', '2026-11-05'],
      ['5 ноя. 2026', 'ru_RU', '2026-11-05'],
      ['5 нояб. 2026', 'ru_RU', '2026-11-05'],
      ['5-ноя-2026', 'ru_RU', '2026-11-05'],
      ['5 Ноябрь 2026', 'ru_RU', '2026-11-05'],
      ['ноябрь 5, 2026', 'ru_RU', '2026-11-05'],
      ['чт, 5 ноября 2026', 'ru_RU', '2026-11-05'],
      ['5 ноября 2026 в 14:32', 'ru_RU', '2026-11-05'],
      ['5 января 2026', 'ru_RU', '2026-01-05'],
      ['5 февраля 2026', 'ru_RU', '2026-02-05'],
      ['5 фев 2026', 'ru_RU', '2026-02-05'],
      ['5 марта 2026', 'ru_RU', '2026-03-05'],
      ['5 апреля 2026', 'ru_RU', '2026-04-05'],
      ['5 мая 2026', 'ru_RU', '2026-05-05'],
      ['5 май 2026', 'ru_RU', '2026-05-05'],
      ['5 июня 2026', 'ru_RU', '2026-06-05'],
      ['5 июля 2026', 'ru_RU', '2026-07-05'],
      ['5 августа 2026', 'ru_RU', '2026-08-05'],
      ['5 сентября 2026', 'ru_RU', '2026-09-05'],
      ['5 сент. 2026', 'ru_RU', '2026-09-05'],
      ['5 октября 2026', 'ru_RU', '2026-10-05'],
      ['5 декабря 2026', 'ru_RU', '2026-12-05'],
      ['5 дек 26', 'ru_RU', '2026-12-05'],
    ])('reads %j (%s) as %s', (text, locale, day) => {
      expect(read(text, locale)).toBe(day);
    });

    it('reads a month name the same in every locale', () => {
      for (const locale of ['en_US', 'ru_RU', 'de_DE', '']) {
        expect(read('5 Nov 2026', locale)).toBe('2026-11-05');
        expect(read('5 ноября 2026', locale)).toBe('2026-11-05');
      }
    });
  });

  describe('two-digit years', () => {
    it.each([
      ['11/5/26', 'en_US', '2026-11-05'],
      ['11/5/26', 'ru_RU', '2026-05-11'],
      ['05.11.26', 'ru_RU', '2026-11-05'],
      ['05.11.26', 'en_US', '2026-11-05'],
      ['01.01.70', 'ru_RU', '2070-01-01'], // always 20yy, never 1970
      ['31.12.99', 'ru_RU', '2099-12-31'],
      ['05.11.00', 'ru_RU', '2000-11-05'],
      ['11/5/26 2:30 PM', 'en_US', '2026-11-05'],
    ])('reads %j (%s) as %s', (text, locale, day) => {
      expect(read(text, locale)).toBe(day);
    });

    it('refuses a two-digit year between dashes, which could be year first', () => {
      expect(read('05-11-26')).toBeNull();
      expect(read('26-11-05', 'en_US')).toBeNull();
    });
  });

  describe('times', () => {
    it.each([
      ['2026-03-05 14:32:10 -0500', 'en_US', '2026-03-05'], // Shopify
      ['2026-03-05 14:32:10', 'en_US', '2026-03-05'], // WooCommerce
      ['2026-03-05 14:32:10+03:00', 'ru_RU', '2026-03-05'],
      ['2026-11-05T10:00:00.000Z', 'en_US', '2026-11-05'],
      ['2026-11-05T10:00:00Z', 'en_US', '2026-11-05'],
      ['2026-11-05 10:00 UTC', 'en_US', '2026-11-05'],
      ['05.11.2026 14:32', 'ru_RU', '2026-11-05'], // МойСклад
      ['05.11.2026 14:32:00', 'ru_RU', '2026-11-05'], // Bitrix24
      ['05.11.2026 0:00:00', 'ru_RU', '2026-11-05'], // 1C
      ['05.11.2026 г. 14:32', 'ru_RU', '2026-11-05'],
      ['11/5/2026 2:30 PM', 'en_US', '2026-11-05'],
      ['11/5/2026 2:30PM', 'en_US', '2026-11-05'],
      ['11/5/2026 2:30 p.m.', 'en_US', '2026-11-05'],
      ['11/5/2026, 2:30:00 PM', 'en_US', '2026-11-05'], // Intl en-US
      ['Nov 5, 2026 10:00 AM', 'en_US', '2026-11-05'], // Zoho
      ['Nov 5, 2026, 10:00 AM', 'en_US', '2026-11-05'],
      ['11/05/2026 12:00 AM', 'en_US', '2026-11-05'], // Salesforce, midnight
    ])('reads %j (%s) as %s, ignoring the time', (text, locale, day) => {
      expect(read(text, locale)).toBe(day);
    });

    it.each([
      '05.11.2026 25:00',
      '05.11.2026 14:60',
      '05.11.2026 14:32:61',
      '11/5/2026 13:30 PM',
      '11/5/2026 0:30 AM',
      '05.11.2026 14',
      '05.11.2026 foo',
      '05.11.2026 14:32 later',
    ])('refuses %j: what follows the date is no time', (text) => {
      expect(read(text, 'en_US')).toBeNull();
    });
  });

  describe('real exports', () => {
    // How each system writes 5 November 2026 (or 5 March for the Shopify example of the spec), from their
    // import/export help pages; en_US for the US systems, ru_RU for the Russian ones.
    it.each([
      ['Salesforce', '11/5/2026', 'en_US'],
      ['Salesforce (date-time)', '11/5/2026, 2:30 PM', 'en_US'],
      ['Zoho CRM (report)', 'Nov 5, 2026 10:00 AM', 'en_US'],
      ['Zoho CRM (import format)', '11/05/2026 10:00:00', 'en_US'],
      ['Zoho CRM (API)', '2026-11-05T10:00:00+05:30', 'en_US'],
      ['HubSpot', '2026-11-05 14:32', 'en_US'],
      ['Pipedrive', '2026-11-05 14:32:10', 'en_US'],
      ['Shopify', '2026-11-05 14:32:10 -0500', 'en_US'],
      ['WooCommerce', '2026-11-05 14:32:10', 'en_US'],
      ['Excel / Oracle', '05-Nov-26', 'en_US'],
      ['Go / API dumps', '2026-11-05 14:32:10.123456 +0000 UTC', 'en_US'],
      ['1C', '05.11.2026 0:00:00', 'ru_RU'],
      ['Bitrix24', '05.11.2026 14:32:00', 'ru_RU'],
      ['МойСклад', '05.11.2026 14:32', 'ru_RU'],
      ['amoCRM', '05.11.2026 14:32:10', 'ru_RU'],
      ['a Russian document', '5 ноября 2026 г.', 'ru_RU'],
    ])('reads %s: %j', (_, text, locale) => {
      expect(read(text, locale)).toBe('2026-11-05');
    });
  });

  it('refuses a long text quickly, whatever its spaces', () => {
    const start = Date.now();
    expect(read(`05.11.2026 14:32${' '.repeat(100)}x`)).toBeNull();
    expect(read(`05.11.2026 14:32${' \t'.repeat(40)}x`)).toBeNull();
    expect(read(`05.11.2026 14:32${' '.repeat(200)}x`)).toBeNull(); // longer than any date text
    expect(read(`05.11.2026 14:32${' '.repeat(10_000)}`)).toBe('2026-11-05'); // trailing spaces are trimmed
    expect(Date.now() - start).toBeLessThan(500);
  });

  it('reads a date without any plausibility check (that is the cell reader’s)', () => {
    expect(read('05.11.1926')).toBe('1926-11-05');
    expect(read('05.11.0226')).toBe('0226-11-05');
    expect(read('2226-11-05')).toBe('2226-11-05');
    expect(read('5 Nov 1969', 'en_US')).toBe('1969-11-05');
  });

  describe('edge cases', () => {
    it.each([
      '31.02.2026',
      '2026-13-01',
      '00.01.2026',
      '2026-11',
      'Nov 2026',
      'ноябрь 2026',
      'yesterday',
      '',
      '   ',
      '13/13/2026',
      '32 Nov 2026',
      '5 Foo 2026',
      'Foo 5, 2026',
      'Mon 5 2026',
      '5 Mon 2026',
      '05.11.226',
      '05.11.20266',
      '1.234.567',
      '20261105',
      '46331',
      '5 ноября',
      'Nov 5',
      '2026-11-05-01',
      '05/11.2026',
    ])('rejects %j', (text) => {
      expect(read(text)).toBeNull();
      expect(read(text, 'en_US')).toBeNull();
    });
  });
});
