import { describe, expect, it } from 'vitest';
import { outboxMessages, scheduleMessages } from '../../../src/kpi/i18n/schedule';
import type { ScheduleForm } from '../../../src/kpi/schedule/scheduleProtocol';
import {
  isEmailAddress,
  MAX_RECIPIENTS,
  parseScheduleSettings,
  splitRecipients,
} from '../../../src/kpi/schedule/scheduleSettings';
import { parseScheduleStatus } from '../../../src/kpi/schedule/scheduleStatus';
import { validateScheduleForm } from '../../../src/kpi/schedule/validateScheduleForm';

const FORM: ScheduleForm = {
  enabled: true,
  frequency: 'weekly',
  weekday: 5,
  hour: 8,
  mode: 'alerts',
  recipients: 'boss@example.com; team@example.com',
};

describe('validateScheduleForm', () => {
  it('keeps a good form and splits the recipients', () => {
    expect(validateScheduleForm(FORM, 'anna@example.com')).toEqual({
      ok: true,
      value: {
        v: 1,
        frequency: 'weekly',
        weekday: 5,
        hour: 8,
        mode: 'alerts',
        recipients: ['boss@example.com', 'team@example.com'],
      },
    });
  });

  it('sends to the user when no address is typed, and asks for one when the user’s is unknown', () => {
    const empty = { ...FORM, recipients: '  ' };
    expect(validateScheduleForm(empty, 'anna@example.com')).toMatchObject({
      ok: true,
      value: { recipients: ['anna@example.com'] },
    });
    expect(validateScheduleForm(empty, '')).toEqual({
      ok: false,
      errors: [{ field: 'recipients', code: 'no_recipient' }],
    });
  });

  it('names every bad choice, whatever arrives', () => {
    const result = validateScheduleForm(
      { enabled: true, frequency: 'hourly', weekday: 8, hour: '25', mode: 'never', recipients: 'x' },
      '',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'frequency', code: 'bad_choice', value: 'hourly' },
        { field: 'weekday', code: 'bad_choice', value: '8' },
        { field: 'hour', code: 'bad_choice', value: '25' },
        { field: 'mode', code: 'bad_choice', value: 'never' },
        { field: 'recipients', code: 'bad_address', value: 'x' },
      ],
    });
    expect(validateScheduleForm(null, 'a@b.io')).toMatchObject({ ok: false });
  });

  it('refuses more recipients than the limit', () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `u${i}@example.com`).join(',');
    expect(validateScheduleForm({ ...FORM, recipients: many }, '')).toEqual({
      ok: false,
      errors: [{ field: 'recipients', code: 'too_many', value: String(MAX_RECIPIENTS + 1) }],
    });
  });
});

describe('recipients', () => {
  it('are split on commas, semicolons and spaces, duplicates in any case dropped', () => {
    expect(splitRecipients('a@x.io; b@x.io,A@x.io\nc@x.io')).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
  });

  it('look like addresses or not', () => {
    expect(['anna@example.com', 'a.b+c@mail.co.uk'].map(isEmailAddress)).toEqual([true, true]);
    expect(['anna', 'anna@', '@example.com', 'a b@example.com', 'anna@example'].map(isEmailAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('stored schedule and status', () => {
  it('are read leniently: anything else is none', () => {
    const stored = {
      v: 1,
      frequency: 'daily',
      weekday: 1,
      hour: 0,
      mode: 'always',
      recipients: ['a@x.io'],
      triggerId: '7',
      since: '2026-11-16T06:00:00.000Z',
    };
    expect(parseScheduleSettings(JSON.stringify(stored))).toEqual(stored);
    expect(parseScheduleSettings(JSON.stringify({ ...stored, hour: 24 }))).toBeNull();
    expect(parseScheduleSettings('{')).toBeNull();
    expect(parseScheduleSettings(null)).toBeNull();
    expect(parseScheduleStatus('{"at":"2026-11-16T06:00:00.000Z","outcome":"quota"}')).toEqual({
      at: '2026-11-16T06:00:00.000Z',
      outcome: 'quota',
      detail: null,
      recipients: 0,
    });
    expect(parseScheduleStatus('{"at":"x","outcome":"exploded"}')).toBeNull();
  });
});

describe('schedule words', () => {
  it('say the saved schedule and the last run in both languages', () => {
    expect(scheduleMessages.en.on(FORM)).toBe('On: every Friday at 08:00.');
    expect(scheduleMessages.ru.on({ ...FORM, frequency: 'daily' })).toBe('Включено: каждый день в 08:00.');
    const status = { at: '2026-11-16T06:00:00.000Z', outcome: 'sent' as const, detail: null, recipients: 2 };
    expect(scheduleMessages.en.lastRun('2026-11-16 09:00', status)).toBe(
      'Last run 2026-11-16 09:00: ✓ report rebuilt, e-mail sent to 2 addresses.',
    );
    expect(
      scheduleMessages.ru.lastRun('16.11.2026 09:00', {
        ...status,
        outcome: 'build_failed',
        detail: 'Нет листа.',
      }),
    ).toBe('Последний запуск 16.11.2026 09:00: ✗ отчёт не удалось построить: Нет листа.');
  });

  it('say the playground Outbox’s trigger line in both languages', () => {
    const weekly = {
      kind: 'weeks' as const,
      weekday: 5,
      hour: 7,
      timeZone: 'Europe/Moscow',
      next: '2026-12-04 07:00',
    };
    expect(outboxMessages.en.trigger(weekly)).toBe(
      'Every Friday at 07:00 (Europe/Moscow); next run 2026-12-04 07:00',
    );
    expect(outboxMessages.ru.trigger({ ...weekly, kind: 'days', next: null })).toBe(
      'Каждый день в 07:00 (Europe/Moscow)',
    );
  });
});
