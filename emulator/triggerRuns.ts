import type { EmulatedClock } from './clock.js';
import type { Bundle } from './runner.js';
import { WEEKDAYS } from './scriptApp.js';
import { wallClock } from './timeZone.js';
import { nextRunOf, type TriggerRecord } from './triggerTable.js';

/** One firing of a trigger: when, which, and how its function ended (Apps Script e-mails the owner a failure). */
export interface TriggerRun {
  at: Date;
  uniqueId: string;
  handler: string;
  ok: boolean;
  /** The error's message when the function threw. */
  error?: string;
}

/**
 * The event object a time-driven trigger passes its function (`GoogleAppsScript.Events.TimeDriven`): the time it
 * fires in UTC fields, `day-of-week` 1 (Monday) – 7 (Sunday), and the trigger's id.
 */
export function timeDrivenEvent(trigger: TriggerRecord, at: number): GoogleAppsScript.Events.TimeDriven {
  const wall = wallClock(at, 'UTC');
  const start = Date.UTC(wall.year, 0, 1);
  return {
    authMode: 'FULL' as unknown as GoogleAppsScript.Script.AuthMode,
    year: wall.year,
    month: wall.month,
    'week-of-year': Math.floor((at - start) / (7 * 86_400_000)) + 1,
    'day-of-month': wall.day,
    'day-of-week': wall.weekday === 0 ? 7 : wall.weekday,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    timezone: 'UTC',
    triggerUid: trigger.uniqueId,
  };
}

/**
 * Runs one trigger's function now, as Apps Script does when it fires: one execution in `AuthMode.FULL`, as the
 * trigger's owner, with the time-driven event. A function that throws is recorded, not rethrown (Apps Script
 * logs it and tells the owner by e-mail). A missing function fails the same way (`Script function not found`).
 */
export function fireTrigger(bundle: Bundle, trigger: TriggerRecord): TriggerRun {
  const env = bundle.env;
  const at = env.now().getTime();
  trigger.lastRun = at;
  const previous = { authMode: env.authMode, effective: env.effectiveUserEmail };
  env.authMode = 'FULL';
  env.effectiveUserEmail = trigger.owner === 'user' ? env.effectiveUserEmail : trigger.owner;
  const gone = env.documentGone;
  env.documentGone = gone || trigger.documentId !== env.book.id;
  const run: TriggerRun = {
    at: new Date(at),
    uniqueId: trigger.uniqueId,
    handler: trigger.handler,
    ok: true,
  };
  try {
    bundle.call(trigger.handler, timeDrivenEvent(trigger, at));
  } catch (error) {
    run.ok = false;
    run.error = error instanceof Error ? error.message : String(error);
  } finally {
    env.authMode = previous.authMode;
    env.effectiveUserEmail = previous.effective;
    env.documentGone = gone;
  }
  env.triggerRuns.push(run);
  return run;
}

/**
 * Moves the clock forward by `ms`, firing on the way every trigger that falls due, in time order, each at its own
 * time (the clock shows it while its function runs). A trigger created or deleted by a run counts from then on.
 *
 * @returns The runs, oldest first.
 * @example
 * advanceClock(bundle, clock, 7 * 86_400_000) // a week: a weekly trigger fires once
 */
export function advanceClock(bundle: Bundle, clock: EmulatedClock, ms: number): TriggerRun[] {
  const until = clock.now().getTime() + ms;
  const runs: TriggerRun[] = [];
  for (;;) {
    const now = clock.now().getTime();
    let due: { trigger: TriggerRecord; at: number } | null = null;
    for (const trigger of bundle.env.triggers.list) {
      const at = nextRunOf(trigger, now);
      if (at !== null && at <= until && (due === null || at < due.at)) due = { trigger, at };
    }
    if (due === null) break;
    clock.set(due.at);
    runs.push(fireTrigger(bundle, due.trigger));
  }
  clock.set(until);
  return runs;
}

/** The next time a trigger fires after now, or null (for the playground's "next run" line). */
export function nextRunTime(bundle: Bundle, trigger: TriggerRecord): Date | null {
  const at = nextRunOf(trigger, bundle.env.now().getTime());
  return at === null ? null : new Date(at);
}

/** A trigger's schedule in words (English, for the emulator's own views): `every day at 09:00 Europe/Moscow`. */
export function describeSchedule(trigger: TriggerRecord): string {
  const s = trigger.schedule;
  const time = (hour: number, minute: number) =>
    `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${trigger.timeZone}`;
  switch (s.kind) {
    case 'days':
      return `every ${s.every === 1 ? 'day' : `${s.every} days`} at ${time(s.hour, s.minute)}`;
    case 'weeks':
      return `every ${s.every === 1 ? '' : `${s.every} weeks on `}${WEEKDAYS[s.weekday].toLowerCase()} at ${time(s.hour, s.minute)}`;
    case 'interval':
      return `every ${s.everyMs / 60_000} minutes`;
    case 'once':
      return `once at ${new Date(s.at).toISOString()}`;
  }
}
