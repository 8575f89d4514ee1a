// The schedule of one user in one spreadsheet (issue 14): when the report is rebuilt by a time-driven trigger, and
// who gets the e-mail. Stored as JSON in that user's properties under `scheduleKey(spreadsheetId)`.

/** How often the report is rebuilt. */
export type ScheduleFrequency = 'daily' | 'weekly';

/** What is sent after a scheduled build: the digest every time, or only alerts (`decideAlert`). */
export type ScheduleMode = 'always' | 'alerts';

/** The most addresses one schedule sends to (each counts against MailApp's daily quota). */
export const MAX_RECIPIENTS = 20;

/** A saved schedule (only an enabled one is stored; turning it off deletes it). */
export interface ScheduleSettings {
  v: 1;
  frequency: ScheduleFrequency;
  /** ISO weekday, 1 = Monday … 7 = Sunday (weekly only; kept for daily so switching back keeps it). */
  weekday: number;
  /** Hour of the day, 0–23, in the spreadsheet's time zone. */
  hour: number;
  mode: ScheduleMode;
  recipients: string[];
  /** The trigger's `getUniqueId()`. */
  triggerId: string;
  /** When it was turned on, ISO instant. */
  since: string;
}

/** The user property that holds a spreadsheet's schedule. @example scheduleKey('1AbC') //=> 'SALES_KPI_SCHEDULE:1AbC' */
export function scheduleKey(spreadsheetId: string): string {
  return `SALES_KPI_SCHEDULE:${spreadsheetId}`;
}

/** The user property of the last scheduled run's status. */
export function scheduleStatusKey(spreadsheetId: string): string {
  return `SALES_KPI_SCHEDULE_STATUS:${spreadsheetId}`;
}

/** The user property of the alert memory (`AlertMemory`). */
export function alertMemoryKey(spreadsheetId: string): string {
  return `SALES_KPI_ALERTS:${spreadsheetId}`;
}

const ADDRESS = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[^\s@,;<>()"']+$/;

/**
 * Whether a text looks like one e-mail address (what MailApp accepts; it is not a proof the mailbox exists).
 *
 * @example
 * isEmailAddress('anna@example.com') //=> true
 * isEmailAddress('anna') //=> false
 */
export function isEmailAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/**
 * The addresses of a recipients field: separated by commas, semicolons, spaces or new lines, duplicates (any
 * case) dropped.
 *
 * @example
 * splitRecipients('a@x.io; b@x.io,A@x.io') //=> ['a@x.io', 'b@x.io']
 */
export function splitRecipients(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '' || seen.has(part.toLowerCase())) continue;
    seen.add(part.toLowerCase());
    out.push(part);
  }
  return out;
}

/**
 * Reads a stored schedule leniently: anything that is not a schedule of this version is null (no schedule).
 *
 * @example
 * parseScheduleSettings('oops') //=> null
 */
export function parseScheduleSettings(json: string | null | undefined): ScheduleSettings | null {
  if (typeof json !== 'string' || json === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  const ok =
    s.v === 1 &&
    (s.frequency === 'daily' || s.frequency === 'weekly') &&
    isWhole(s.weekday, 1, 7) &&
    isWhole(s.hour, 0, 23) &&
    (s.mode === 'always' || s.mode === 'alerts') &&
    Array.isArray(s.recipients) &&
    s.recipients.every((r) => typeof r === 'string') &&
    typeof s.triggerId === 'string' &&
    typeof s.since === 'string';
  return ok ? (s as unknown as ScheduleSettings) : null;
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
