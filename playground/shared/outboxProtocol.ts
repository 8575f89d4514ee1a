// The JSON of the playground's Outbox: the mail the add-on sent (MailApp in the emulator), the emulated clock, and
// the installed triggers. Plain data only.

/** One sent e-mail. */
export interface OutboxMail {
  /** ISO instant on the emulated clock. */
  sentAt: string;
  from: string;
  name: string;
  to: string[];
  subject: string;
  /** The plain-text body. */
  text: string;
  /** The HTML body (shown in a sandboxed frame), or null. */
  html: string | null;
}

/** A time-driven trigger the add-on installed. */
export interface OutboxTrigger {
  id: string;
  handler: string;
  /** Daily, weekly, or another schedule (hourly, once). */
  kind: 'days' | 'weeks' | 'other';
  /** ISO weekday, 1 = Monday (weekly). */
  weekday: number;
  hour: number;
  timeZone: string;
  /** ISO instant of its next run, or null. */
  next: string | null;
}

/** One firing of a trigger. */
export interface OutboxRun {
  at: string;
  handler: string;
  ok: boolean;
  error?: string;
}

/** `GET /api/outbox`, and the answer of its actions. */
export interface OutboxView {
  /** The spreadsheet's language: the Outbox speaks it. */
  lang: 'en' | 'ru';
  /** The emulated clock, ISO instant. */
  now: string;
  timeZone: string;
  mails: OutboxMail[];
  triggers: OutboxTrigger[];
  /** Every trigger run so far, oldest first. */
  runs: OutboxRun[];
  /** MailApp's recipients left today. */
  quota: number;
}
