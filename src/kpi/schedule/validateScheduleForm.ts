import type { ScheduleFieldError, ScheduleForm } from './scheduleProtocol';
import { isEmailAddress, MAX_RECIPIENTS, type ScheduleSettings, splitRecipients } from './scheduleSettings';

/** A checked form: what to store (without the trigger's id and time, which the server adds). */
export type CheckedSchedule = Omit<ScheduleSettings, 'triggerId' | 'since'>;

/**
 * Checks the Schedule form, as the sidebar sends it (anything may arrive): the frequency, weekday and hour are
 * choices, the mode one of two, and the recipients addresses (none typed = the default recipient, when known).
 *
 * @param form The form as sent.
 * @param defaultRecipient The user's own address, or ''.
 * @returns The settings to store, or the errors.
 * @example
 * validateScheduleForm({ enabled: true, frequency: 'weekly', weekday: 1, hour: 9, mode: 'always', recipients: '' }, 'anna@x.io')
 * //=> { ok: true, value: { v: 1, frequency: 'weekly', weekday: 1, hour: 9, mode: 'always', recipients: ['anna@x.io'] } }
 */
export function validateScheduleForm(
  form: unknown,
  defaultRecipient: string,
): { ok: true; value: CheckedSchedule } | { ok: false; errors: ScheduleFieldError[] } {
  const f = (typeof form === 'object' && form !== null ? form : {}) as Partial<
    Record<keyof ScheduleForm, unknown>
  >;
  const errors: ScheduleFieldError[] = [];
  const frequency = f.frequency === 'daily' || f.frequency === 'weekly' ? f.frequency : null;
  if (frequency === null) errors.push({ field: 'frequency', code: 'bad_choice', value: String(f.frequency) });
  const weekday = wholeIn(f.weekday, 1, 7);
  if (weekday === null) errors.push({ field: 'weekday', code: 'bad_choice', value: String(f.weekday) });
  const hour = wholeIn(f.hour, 0, 23);
  if (hour === null) errors.push({ field: 'hour', code: 'bad_choice', value: String(f.hour) });
  const mode = f.mode === 'always' || f.mode === 'alerts' ? f.mode : null;
  if (mode === null) errors.push({ field: 'mode', code: 'bad_choice', value: String(f.mode) });
  const typed = splitRecipients(typeof f.recipients === 'string' ? f.recipients : '');
  const recipients = typed.length === 0 && defaultRecipient !== '' ? [defaultRecipient] : typed;
  const bad = recipients.find((address) => !isEmailAddress(address));
  if (recipients.length === 0) errors.push({ field: 'recipients', code: 'no_recipient' });
  else if (bad !== undefined) errors.push({ field: 'recipients', code: 'bad_address', value: bad });
  else if (recipients.length > MAX_RECIPIENTS)
    errors.push({ field: 'recipients', code: 'too_many', value: String(recipients.length) });
  if (errors.length > 0 || frequency === null || weekday === null || hour === null || mode === null) {
    return { ok: false, errors };
  }
  return { ok: true, value: { v: 1, frequency, weekday, hour, mode, recipients } };
}

function wholeIn(value: unknown, min: number, max: number): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}
