// What the last scheduled run came to, kept in the user's properties for the sidebar to show
// (`scheduleStatusKey`). Codes, not words: the sidebar says them in the user's language (i18n/schedule.ts).

/**
 * How a scheduled run ended:
 * - `sent`: the report was rebuilt and the e-mail sent;
 * - `no_alert`: rebuilt; in alerts mode nothing had changed enough to write about;
 * - `quota`: rebuilt, but MailApp's daily quota was spent, so no e-mail (the alert is tried again next run);
 * - `build_failed`: the report could not be built (`detail` says why); no e-mail;
 * - `mail_failed`: rebuilt, but sending failed (`detail`);
 * - `busy`: another build or save held the document; the next run tries again;
 * - `settings_gone`: the schedule was removed (or turned off elsewhere): the trigger deleted itself;
 * - `authorization`: the add-on needs the user's permission again; nothing ran.
 */
export type ScheduleOutcome =
  | 'sent'
  | 'no_alert'
  | 'quota'
  | 'build_failed'
  | 'mail_failed'
  | 'busy'
  | 'settings_gone'
  | 'authorization';

/** The last run's record. */
export interface ScheduleStatus {
  /** When it ran, ISO instant. */
  at: string;
  outcome: ScheduleOutcome;
  /** The error's own message (build_failed, mail_failed), or null. */
  detail: string | null;
  /** How many addresses the e-mail went to (sent). */
  recipients: number;
}

const OUTCOMES: ReadonlySet<string> = new Set([
  'sent',
  'no_alert',
  'quota',
  'build_failed',
  'mail_failed',
  'busy',
  'settings_gone',
  'authorization',
]);

/**
 * Reads a stored status leniently (null when it is not one).
 *
 * @example
 * parseScheduleStatus('{"at":"2026-11-16T06:00:00.000Z","outcome":"sent","detail":null,"recipients":1}')?.outcome //=> 'sent'
 */
export function parseScheduleStatus(json: string | null | undefined): ScheduleStatus | null {
  if (typeof json !== 'string' || json === '') return null;
  try {
    const value = JSON.parse(json) as Record<string, unknown> | null;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.at !== 'string' || typeof value.outcome !== 'string' || !OUTCOMES.has(value.outcome))
      return null;
    return {
      at: value.at,
      outcome: value.outcome as ScheduleOutcome,
      detail: typeof value.detail === 'string' ? value.detail : null,
      recipients: typeof value.recipients === 'number' ? value.recipients : 0,
    };
  } catch {
    return null;
  }
}
