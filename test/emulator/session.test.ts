import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('Session', () => {
  it('reports the configured locale, time zone and users (e-mail "" by default)', () => {
    const { env } = setup({
      userLocale: 'ru',
      timeZone: 'Asia/Novosibirsk',
      effectiveUserEmail: 'owner@example.com',
    });
    const session = env.globals.Session;
    expect(session.getActiveUserLocale()).toBe('ru');
    expect(session.getScriptTimeZone()).toBe('Asia/Novosibirsk');
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    env.userLocale = 'en';
    expect(session.getActiveUserLocale()).toBe('en');
  });
});

describe('Utilities.formatDate', () => {
  const date = new Date('2026-11-05T09:07:03.045Z');

  it.each([
    ['yyyy-MM-dd HH:mm:ss', 'Europe/Moscow', '2026-11-05 12:07:03'],
    ['yyyy-MM-dd', 'Pacific/Kiritimati', '2026-11-05'],
    ['dd.MM.yy', 'America/Los_Angeles', '05.11.26'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'Europe/Moscow', '2026-11-05T12:07:03.045+03:00'],
    ['EEE, d MMM yyyy h:mm a', 'UTC', 'Thu, 5 Nov 2026 9:07 AM'],
    ['EEEE MMMM', 'UTC', 'Thursday November'],
    ["'week' w, 'day' D, Z", 'Asia/Kolkata', 'week 45, day 309, +0530'],
    ["h 'o''clock'", 'UTC', "9 o'clock"],
  ])('formats with %j in %s as %j', (pattern, zone, expected) => {
    const { env } = setup();
    expect(env.globals.Utilities.formatDate(date, zone, pattern)).toBe(expected);
  });

  it('crosses the date line by the given zone, not the machine’s', () => {
    const { env } = setup();
    const late = new Date('2026-11-05T20:00:00Z');
    expect(env.globals.Utilities.formatDate(late, 'Europe/Moscow', 'yyyy-MM-dd')).toBe('2026-11-05');
    expect(env.globals.Utilities.formatDate(late, 'Pacific/Kiritimati', 'yyyy-MM-dd')).toBe('2026-11-06');
  });
});

describe('other utilities and logging', () => {
  it('makes UUIDs (configurable), formats strings and does not sleep', () => {
    let n = 0;
    const { env } = setup({ uuid: () => `id-${++n}` });
    const utilities = env.globals.Utilities;
    expect([utilities.getUuid(), utilities.getUuid()]).toEqual(['id-1', 'id-2']);
    expect(utilities.formatString('%s has %d deals (%.1f%%)', 'Ann', 3.7, 41.25)).toBe(
      'Ann has 3 deals (41.3%)',
    );
    const started = Date.now();
    utilities.sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('collects Logger lines', () => {
    const { env } = setup();
    env.globals.Logger.log('rows: %s', 12).log({ ok: true });
    expect(env.globals.Logger.getLog()).toBe('rows: 12\n{"ok":true}');
    expect(env.logs.map((l) => l.message)).toEqual(['rows: 12', '{"ok":true}']);
  });

  it('offers ScriptApp.AuthMode', () => {
    const { env } = setup();
    expect(String(env.globals.ScriptApp.AuthMode.CUSTOM_FUNCTION)).toBe('CUSTOM_FUNCTION');
  });
});
