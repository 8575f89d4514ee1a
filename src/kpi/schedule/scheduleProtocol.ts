import type { ScheduleFrequency, ScheduleMode } from './scheduleSettings';
import type { ScheduleStatus } from './scheduleStatus';

// What the sidebar's Schedule section and its server function (`saveSchedule`, src/addon/schedule/) send each
// other. Plain JSON; failures carry codes, the sidebar says them (src/kpi/i18n/schedule.ts).

/** The Schedule section as the form edits it. */
export interface ScheduleForm {
  enabled: boolean;
  frequency: ScheduleFrequency;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 0–23, in the spreadsheet's time zone. */
  hour: number;
  mode: ScheduleMode;
  /** As typed: addresses separated by commas. */
  recipients: string;
}

/** What the sidebar shows of the user's schedule in this spreadsheet. */
export interface ScheduleView {
  /** The saved schedule (`enabled: false` and defaults when there is none). */
  form: ScheduleForm;
  /** The address of the user who turns it on (the default recipient), or '' when Google does not tell it. */
  defaultRecipient: string;
  /** The spreadsheet's time zone, in which the hour is. */
  timeZone: string;
  /** The last scheduled run, or null before the first. */
  status: ScheduleStatus | null;
  /** When it ran, on the spreadsheet's clock in the user's format (`2026-11-16 09:00`, `16.11.2026 09:00`). */
  lastRun: string | null;
  /** The user must authorise the add-on again before a schedule can run. */
  authorizationRequired: boolean;
  /** Where they give it (`AuthorizationInfo.getAuthorizationUrl()`), or null. */
  authorizationUrl: string | null;
}

/** A problem with one field of the schedule form. */
export interface ScheduleFieldError {
  field: 'frequency' | 'weekday' | 'hour' | 'mode' | 'recipients';
  code: 'bad_choice' | 'no_recipient' | 'bad_address' | 'too_many';
  /** The offending text. */
  value?: string;
}

/** The answer of `saveSchedule`. */
export type ScheduleSaveResult =
  | { ok: true; schedule: ScheduleView }
  | { ok: false; reason: 'invalid'; errors: ScheduleFieldError[] }
  /** Another save, build or scheduled run holds the document lock; nothing changed. */
  | { ok: false; reason: 'busy' }
  /** The add-on must be authorised again (its new permissions: triggers and mail). */
  | { ok: false; reason: 'authorization' }
  | { ok: false; reason: 'failed'; message: string };
