import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  createEnvironment,
  EmulatedClock,
  fireTrigger,
  loadBundle,
  triggerMessages,
} from '../../emulator/index.js';

// Installable time-driven triggers (ScriptApp), authorisation info, and the clock that fires them through a script.

/** Monday 2026-11-16 06:00 in Moscow (UTC+3). */
const MONDAY_6AM = new Date('2026-11-16T03:00:00Z');

const SCRIPT = `
function install(kind) {
  var b = ScriptApp.newTrigger('tick').timeBased();
  if (kind === 'weekly') b = b.onWeekDay(ScriptApp.WeekDay.WEDNESDAY).atHour(9);
  else b = b.everyDays(1).atHour(9);
  return b.create().getUniqueId();
}
function list() {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) {
    return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()), t.getUniqueId()];
  });
}
function removeAll() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
}
function tick(e) {
  var p = PropertiesService.getDocumentProperties();
  var runs = JSON.parse(p.getProperty('runs') || '[]');
  runs.push({ at: new Date().toISOString(), uid: e.triggerUid, dow: e['day-of-week'], hour: e.hour, mode: String(e.authMode) });
  p.setProperty('runs', JSON.stringify(runs));
}
function status() {
  return String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus());
}
function today() { return new Date().toISOString(); }
`;

function world(start = MONDAY_6AM) {
  const clock = new EmulatedClock(start);
  const env = createEnvironment({
    now: clock.now,
    userEmail: 'anna@example.com',
    effectiveUserEmail: 'anna@example.com',
  });
  const bundle = loadBundle(SCRIPT, env);
  const runs = () =>
    JSON.parse(env.properties.document.get('runs') ?? '[]') as {
      at: string;
      uid: string;
      dow: number;
      hour: number;
      mode: string;
    }[];
  return { clock, env, bundle, runs };
}

describe('ScriptApp triggers', () => {
  it('creates a time-driven trigger the user sees in this spreadsheet', () => {
    const { env, bundle } = world();
    const id = bundle.call('install', 'daily');
    expect(bundle.call('list')).toEqual([['tick', 'CLOCK', 'CLOCK', id]]);
    expect(env.triggers.list[0]).toMatchObject({
      owner: 'anna@example.com',
      documentId: env.book.id,
      timeZone: 'Europe/Moscow',
    });
  });

  it('allows an add-on one time-driven trigger per user per document, with Apps Script message', () => {
    const { env, bundle } = world();
    bundle.call('install', 'daily');
    expect(() => bundle.call('install', 'weekly')).toThrow(triggerMessages.addonLimit);
    env.triggers.limitPerDocument = 20;
    bundle.call('install', 'weekly');
    expect(bundle.call('list')).toHaveLength(2);
  });

  it('deletes triggers; a deleted one is gone from both lists', () => {
    const { bundle } = world();
    bundle.call('install', 'daily');
    bundle.call('removeAll');
    expect(bundle.call('list')).toEqual([]);
  });

  it('refuses a trigger without a schedule and an hour out of range', () => {
    const { env } = world();
    const app = env.globals.ScriptApp;
    expect(() => app.newTrigger('tick').timeBased().create()).toThrow(triggerMessages.noSchedule);
    expect(() => app.newTrigger('tick').timeBased().everyDays(1).atHour(24)).toThrow(
      'Invalid argument: hour',
    );
    expect(() => app.newTrigger('tick').timeBased().everyHours(3)).toThrow('Invalid argument: hours');
  });
});

describe('the emulated clock', () => {
  it('fires a daily trigger once a day at its hour in the script time zone, with the time-driven event', () => {
    const { clock, bundle, runs } = world();
    const id = bundle.call('install', 'daily');
    const fired = advanceClock(bundle, clock, 3 * 86_400_000);
    expect(fired.map((r) => r.ok)).toEqual([true, true, true]);
    expect(runs().map((r) => r.at)).toEqual([
      '2026-11-16T06:00:00.000Z',
      '2026-11-17T06:00:00.000Z',
      '2026-11-18T06:00:00.000Z',
    ]);
    expect(runs()[0]).toMatchObject({ uid: id, dow: 1, hour: 6, mode: 'FULL' });
    expect(clock.now().toISOString()).toBe('2026-11-19T03:00:00.000Z');
  });

  it('fires a weekly trigger on its weekday only', () => {
    const { clock, bundle, runs } = world();
    bundle.call('install', 'weekly');
    advanceClock(bundle, clock, 14 * 86_400_000);
    expect(runs().map((r) => r.at)).toEqual(['2026-11-18T06:00:00.000Z', '2026-11-25T06:00:00.000Z']);
    expect(runs().map((r) => r.dow)).toEqual([3, 3]);
  });

  it('keeps a weekly trigger on its day after a run by hand', () => {
    const { clock, env, bundle, runs } = world();
    bundle.call('install', 'weekly');
    clock.set(new Date('2026-11-19T09:00:00Z')); // Thursday
    fireTrigger(bundle, env.triggers.list[0]);
    advanceClock(bundle, clock, 7 * 86_400_000);
    expect(runs().map((r) => r.at)).toEqual(['2026-11-19T09:00:00.000Z', '2026-11-25T06:00:00.000Z']);
  });

  it('stops firing a deleted trigger', () => {
    const { clock, bundle, runs } = world();
    bundle.call('install', 'daily');
    advanceClock(bundle, clock, 86_400_000);
    bundle.call('removeAll');
    advanceClock(bundle, clock, 5 * 86_400_000);
    expect(runs()).toHaveLength(1);
  });

  it("is the script's own clock: new Date() reads it", () => {
    const { clock, bundle } = world();
    expect(bundle.call('today')).toBe(MONDAY_6AM.toISOString());
    clock.set(new Date('2027-01-01T00:00:00Z'));
    expect(bundle.call('today')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('records a run whose function throws, and one whose function is missing', () => {
    const { clock, env, bundle } = world();
    env.globals.ScriptApp.newTrigger('nowhere').timeBased().everyDays(1).atHour(9).create();
    const [run] = advanceClock(bundle, clock, 86_400_000);
    expect(run).toMatchObject({ ok: false, error: 'Script function not found: nowhere' });
    expect(env.triggerRuns).toEqual([run]);
  });
});

describe('authorisation info', () => {
  it('says REQUIRED once the user must authorise again, and new triggers fail then', () => {
    const { env, bundle } = world();
    expect(bundle.call('status')).toBe('NOT_REQUIRED');
    env.authorizationRequired = true;
    expect(bundle.call('status')).toBe('REQUIRED');
    expect(() => bundle.call('install', 'daily')).toThrow(triggerMessages.authorization);
  });
});
