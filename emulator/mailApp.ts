import { utf8Length } from './_lib/utf8Length.js';
import { instrument } from './callLog.js';
import { fail } from './errors.js';
import { currentUser } from './scriptApp.js';
import { Service } from './service.js';

export type MailAppApi = Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;

/** Apps Script's messages for `MailApp` (its log prints them after `Exception: `). */
export const mailMessages = {
  quota: 'Service invoked too many times for one day: email.',
  noRecipient: 'Failed to send email: no recipient',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  bodySize: 'Limit Exceeded: Email Body Size.',
  recipientsPerMessage: 'Limit Exceeded: Email Recipients Per Message.',
  authorization: 'Authorization is required to perform that action.',
  noPermission:
    'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
} as const;

/** A consumer account's daily recipients (Workspace accounts have 1,500). */
export const DEFAULT_MAIL_QUOTA = 100;
/** Apps Script's limits per message. */
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

/** One e-mail `MailApp.sendEmail` sent. */
export interface SentMail {
  /** Who sent it (the user the script ran as). */
  from: string;
  /** The sender's name (`name`), or '' for the account's own. */
  name: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  noReply: boolean;
  subject: string;
  /** The plain-text body. */
  body: string;
  /** The HTML body, or null for a plain-text message. */
  htmlBody: string | null;
  sentAt: Date;
}

/**
 * The mail the emulated script sent, and its daily quota: every recipient (to, cc and bcc) counts one, and the
 * quota starts again each UTC day of the world's clock.
 */
export class Mailbox {
  readonly sent: SentMail[] = [];
  /** Recipients a day. @default 100 */
  dailyQuota = DEFAULT_MAIL_QUOTA;
  private usedOn = '';
  private used = 0;

  /** Recipients left today at `now`. */
  remaining(now: Date): number {
    return Math.max(0, this.dailyQuota - this.usedAt(now));
  }
  /** Uses up the quota of the day (a test of the "quota exhausted" path). */
  exhaust(now: Date): void {
    this.usedAt(now);
    this.used = this.dailyQuota;
  }
  record(mail: SentMail): void {
    this.usedAt(mail.sentAt);
    this.used += mail.to.length + mail.cc.length + mail.bcc.length;
    this.sent.push(mail);
  }
  private usedAt(now: Date): number {
    const day = now.toISOString().slice(0, 10);
    if (day !== this.usedOn) {
      this.usedOn = day;
      this.used = 0;
    }
    return this.used;
  }
}

const ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;

/** A comma-separated list of addresses; each must look like an address. */
function addresses(list: unknown): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const part of String(list).split(',')) {
    const address = part.trim();
    if (address === '') continue;
    if (!ADDRESS.test(address)) fail(mailMessages.invalidEmail(address));
    out.push(address);
  }
  return out;
}

/** The `MailApp` global: sends (records) e-mail under Apps Script's quota and limits. */
export class MailApp extends Service implements MailAppApi {
  getRemainingDailyQuota(): number {
    return this.world.mail.remaining(this.world.now());
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options: GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    const world = this.world;
    if (world.authMode !== 'FULL') fail(mailMessages.noPermission);
    if (world.authorizationRequired) fail(mailMessages.authorization);
    const m = messageOf(args);
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) fail(mailMessages.noRecipient);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) fail(mailMessages.recipientsPerMessage);
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    const htmlBody = m.htmlBody === undefined || m.htmlBody === null ? null : String(m.htmlBody);
    if (utf8Length(body) + utf8Length(htmlBody ?? '') > MAX_BODY_BYTES) fail(mailMessages.bodySize);
    const now = world.now();
    if (world.mail.remaining(now) < count) fail(mailMessages.quota);
    world.mail.record({
      from: currentUser(world),
      name: m.name === undefined ? '' : String(m.name),
      to,
      cc,
      bcc,
      replyTo: m.replyTo === undefined ? '' : String(m.replyTo),
      noReply: m.noReply === true,
      subject: m.subject === undefined || m.subject === null ? '' : String(m.subject),
      body,
      htmlBody,
      sentAt: new Date(now.getTime()),
    });
  }
}

/** The four overloads as one message. */
function messageOf(args: unknown[]): GoogleAppsScript.Mail.MailAdvancedParameters {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    return args[0] as GoogleAppsScript.Mail.MailAdvancedParameters;
  }
  const text = args.map((arg) => (arg === undefined || arg === null ? '' : String(arg)));
  if (args.length === 4 && (typeof args[3] !== 'object' || args[3] === null)) {
    const [to, replyTo, subject, body] = text;
    return { to, replyTo, subject, body };
  }
  const [to, subject, body] = text;
  const options = (args[3] ?? {}) as GoogleAppsScript.Mail.MailAdvancedParameters;
  return { ...options, to, subject, body };
}

instrument(MailApp, 'MailApp');
