import { describe, expect, it } from 'vitest';
import { createEnvironment, EmulatedClock, loadBundle, mailMessages } from '../../emulator/index.js';

const SCRIPT = `
function send(message) { MailApp.sendEmail(message); return MailApp.getRemainingDailyQuota(); }
function sendPlain(to, subject, body) { MailApp.sendEmail(to, subject, body); }
function left() { return MailApp.getRemainingDailyQuota(); }
`;

function world() {
  const clock = new EmulatedClock(new Date('2026-11-16T10:00:00Z'));
  const env = createEnvironment({ now: clock.now, effectiveUserEmail: 'anna@example.com' });
  return { clock, env, bundle: loadBundle(SCRIPT, env) };
}

describe('MailApp', () => {
  it('records a message with its HTML and text bodies, and counts each recipient against the quota', () => {
    const { env, bundle } = world();
    const left = bundle.call('send', {
      to: 'boss@example.com, team@example.com',
      subject: 'KPI digest',
      body: 'plain',
      htmlBody: '<p>html</p>',
      name: 'Sales KPI',
    });
    expect(left).toBe(98);
    expect(env.mail.sent).toHaveLength(1);
    expect(env.mail.sent[0]).toMatchObject({
      from: 'anna@example.com',
      name: 'Sales KPI',
      to: ['boss@example.com', 'team@example.com'],
      subject: 'KPI digest',
      body: 'plain',
      htmlBody: '<p>html</p>',
    });
  });

  it('takes the (recipient, subject, body) form', () => {
    const { env, bundle } = world();
    bundle.call('sendPlain', 'boss@example.com', 'Hi', 'text');
    expect(env.mail.sent[0]).toMatchObject({
      to: ['boss@example.com'],
      subject: 'Hi',
      body: 'text',
      htmlBody: null,
    });
  });

  it('throws as Apps Script does: no recipient, a bad address, the day quota spent', () => {
    const { env, bundle } = world();
    expect(() => bundle.call('send', { subject: 's', body: 'b' })).toThrow(mailMessages.noRecipient);
    expect(() => bundle.call('send', { to: 'not an address', subject: 's', body: 'b' })).toThrow(
      'Invalid email: not an address',
    );
    env.mail.exhaust(env.now());
    expect(bundle.call('left')).toBe(0);
    expect(() => bundle.call('send', { to: 'a@example.com', subject: 's', body: 'b' })).toThrow(
      mailMessages.quota,
    );
    expect(env.mail.sent).toEqual([]);
  });

  it('starts a new quota the next day', () => {
    const { clock, env, bundle } = world();
    env.mail.exhaust(env.now());
    clock.set(new Date('2026-11-17T10:00:00Z'));
    expect(bundle.call('left')).toBe(100);
  });

  it('fails without authorisation', () => {
    const { env, bundle } = world();
    env.authorizationRequired = true;
    expect(() => bundle.call('send', { to: 'a@example.com', subject: 's', body: 'b' })).toThrow(
      mailMessages.authorization,
    );
  });
});
