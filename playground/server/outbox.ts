import { advanceClock, fireTrigger, nextRunTime } from '../../emulator/index.js';
import { langOf } from '../../src/kpi/i18n/lang.js';
import type { OutboxView } from '../shared/outboxProtocol.js';
import type { Workbook } from './demoWorkbook.js';

const DAY = 86_400_000;

/** How far the Outbox's buttons move the clock. */
export const CLOCK_STEPS: Readonly<Record<string, number>> = Object.freeze({
  hour: 3_600_000,
  day: DAY,
  week: 7 * DAY,
});

/**
 * The Outbox: the mail the add-on sent, the clock and the triggers.
 *
 * @param workbook The playground's spreadsheet and add-on.
 */
export function outboxView(workbook: Workbook): OutboxView {
  const { env, bundle } = workbook;
  return {
    lang: langOf(env.spreadsheetLocale),
    now: env.now().toISOString(),
    timeZone: env.timeZone,
    mails: env.mail.sent.map((mail) => ({
      sentAt: mail.sentAt.toISOString(),
      from: mail.from,
      name: mail.name,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
      html: mail.htmlBody,
    })),
    triggers: env.triggers.list.map((trigger) => {
      const s = trigger.schedule;
      return {
        id: trigger.uniqueId,
        handler: trigger.handler,
        kind: s.kind === 'days' || s.kind === 'weeks' ? s.kind : 'other',
        // The emulator counts weekdays from Sunday (0); the Outbox from Monday (1), as the schedule does.
        weekday: s.kind === 'weeks' ? ((s.weekday + 6) % 7) + 1 : 1,
        hour: s.kind === 'days' || s.kind === 'weeks' ? s.hour : 0,
        timeZone: trigger.timeZone,
        next: nextRunTime(bundle, trigger)?.toISOString() ?? null,
      };
    }),
    runs: env.triggerRuns.map((run) => ({
      at: run.at.toISOString(),
      handler: run.handler,
      ok: run.ok,
      ...(run.error === undefined ? {} : { error: run.error }),
    })),
    quota: env.mail.remaining(env.now()),
  };
}

/**
 * `POST /api/outbox` `{ action: 'advance', step: 'hour' | 'day' | 'week' }` moves the clock, firing the triggers
 * that fall due on the way; `{ action: 'run-now' }` fires every installed trigger now, as if its hour had come.
 *
 * @returns The Outbox after it, or a message for a bad request.
 */
export function outboxAction(workbook: Workbook, body: Record<string, unknown>): OutboxView | string {
  const { bundle, clock, env } = workbook;
  if (body.action === 'advance') {
    const ms =
      typeof body.step === 'string' && Object.hasOwn(CLOCK_STEPS, body.step) ? CLOCK_STEPS[body.step] : null;
    if (ms === null) return '"step" must be hour, day or week';
    advanceClock(bundle, clock, ms);
    return outboxView(workbook);
  }
  if (body.action === 'run-now') {
    for (const trigger of [...env.triggers.list]) fireTrigger(bundle, trigger);
    return outboxView(workbook);
  }
  return '"action" must be advance or run-now';
}
