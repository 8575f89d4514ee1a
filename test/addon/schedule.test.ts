// The schedule (issue 14) through the built bundle in the emulator: the sidebar's Schedule section turns it on and
// off (saveSchedule), the emulated clock fires its trigger (runScheduledReport), and the sidebar's next load shows
// what the last run came to.

import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  createEnvironment,
  EmulatedClock,
  type Environment,
  loadBundle,
} from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import type { ScheduleForm, ScheduleSaveResult, ScheduleView } from '../../src/kpi/schedule/scheduleProtocol';
import type { SidebarStateResult } from '../../src/kpi/sidebar/sidebarProtocol';
import { readCsv } from '../_support/readCsv';
import { code } from '../bundle/_bundle';

const DAY = 86_400_000;
const WEEKLY: ScheduleForm = {
  enabled: true,
  frequency: 'weekly',
  weekday: 1,
  hour: 9,
  mode: 'always',
  recipients: '',
};

/** The English sample with a revenue target, on Monday 2026-11-16 at 06:00 in New York; Anna runs the add-on. */
function scheduledBook(revenueTarget = 1) {
  // 2026-11-16 06:00 in New York (UTC−5).
  const clock = new EmulatedClock(new Date('2026-11-16T11:00:00Z'));
  const env = createEnvironment({
    now: clock.now,
    timeZone: 'America/New_York',
    userEmail: 'anna@example.com',
    effectiveUserEmail: 'anna@example.com',
    sheets: {
      Deals: readCsv('hubspot-deals-en.csv'),
      'KPI Targets': [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['2026-11', '', 'Sales volume', String(revenueTarget)],
      ],
    },
  });
  env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify({ asOf: '2026-11-20' }) });
  const bundle = loadBundle(code, env);
  return { clock, env, bundle };
}

function save(bundle: Bundle, form: Partial<ScheduleForm> = {}): ScheduleSaveResult {
  return bundle.call('saveSchedule', { ...WEEKLY, ...form }) as ScheduleSaveResult;
}

/** The Schedule section as the sidebar's next load shows it. */
function sidebarSchedule(bundle: Bundle): ScheduleView {
  const result = bundle.call('getSidebarState', null) as SidebarStateResult;
  if (!result.ok) throw new Error(result.message);
  if (result.state.schedule == null) throw new Error('no schedule in the sidebar state');
  return result.state.schedule;
}

function ourTriggers(env: Environment) {
  return env.triggers.list.filter((t) => t.handler === 'runScheduledReport');
}

function setTarget(env: Environment, revenue: number): void {
  env.addSheet('KPI Targets', [
    ['Period', 'Rep', 'KPI', 'Target'],
    ['2026-11', '', 'Sales volume', String(revenue)],
  ]);
}

describe('the schedule, turned on and off in the sidebar', () => {
  it('installs one weekly trigger at the hour on the spreadsheet clock, for the user, and says so in the sidebar', () => {
    const { env, bundle } = scheduledBook();
    const result = save(bundle);
    expect(result.ok).toBe(true);
    expect(ourTriggers(env)).toHaveLength(1);
    expect(ourTriggers(env)[0]).toMatchObject({
      owner: 'anna@example.com',
      documentId: env.book.id,
      timeZone: 'America/New_York',
      schedule: { kind: 'weeks', every: 1, weekday: 1, hour: 9 },
    });
    const view = sidebarSchedule(bundle);
    expect(view.form).toEqual({ ...WEEKLY, recipients: 'anna@example.com' });
    expect(view).toMatchObject({ defaultRecipient: 'anna@example.com', status: null, lastRun: null });
  });

  it('deletes the trigger and the settings when turned off', () => {
    const { env, bundle } = scheduledBook();
    save(bundle);
    expect(save(bundle, { enabled: false }).ok).toBe(true);
    expect(ourTriggers(env)).toEqual([]);
    expect(env.properties.user.keys().filter((k) => k.startsWith('SALES_KPI_SCHEDULE:'))).toEqual([]);
    expect(sidebarSchedule(bundle).form.enabled).toBe(false);
  });

  it('refuses a bad address and changes nothing', () => {
    const { env, bundle } = scheduledBook();
    expect(save(bundle, { recipients: 'boss@example.com, nobody' })).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ field: 'recipients', code: 'bad_address', value: 'nobody' }],
    });
    expect(ourTriggers(env)).toEqual([]);
  });

  it('asks for an address when Google does not tell the user’s own', () => {
    const { env, bundle } = scheduledBook();
    env.userEmail = '';
    env.effectiveUserEmail = '';
    const result = save(bundle);
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'recipients', code: 'no_recipient' }] });
  });

  it('is refused while another save or build holds the document', () => {
    const { env, bundle } = scheduledBook();
    env.locks.holdElsewhere('document');
    expect(save(bundle)).toEqual({ ok: false, reason: 'busy' });
    expect(ourTriggers(env)).toEqual([]);
  });
});

describe('no duplicate triggers', () => {
  it('leaves one trigger after two saves', () => {
    const { env, bundle } = scheduledBook();
    save(bundle);
    save(bundle, { frequency: 'daily', hour: 7 });
    expect(ourTriggers(env)).toHaveLength(1);
    expect(ourTriggers(env)[0].schedule).toMatchObject({ kind: 'days', hour: 7 });
  });

  it('deletes a trigger left from before a reinstall when saving, even where more than one is allowed', () => {
    const { env, bundle } = scheduledBook();
    env.triggers.limitPerDocument = 20; // a test deployment: the limit of a plain script
    env.globals.ScriptApp.newTrigger('runScheduledReport').timeBased().everyDays(1).atHour(3).create();
    env.globals.ScriptApp.newTrigger('runScheduledReport').timeBased().everyDays(1).atHour(4).create();
    save(bundle);
    expect(ourTriggers(env)).toHaveLength(1);
    expect(ourTriggers(env)[0].schedule).toMatchObject({ kind: 'weeks', hour: 9 });
  });

  it('a leftover trigger that fires deletes itself without building or sending', () => {
    const { clock, env, bundle } = scheduledBook();
    env.triggers.limitPerDocument = 20;
    save(bundle);
    // A second execution that did not take the lock installed one more (a race Google's add-on limit would refuse).
    env.globals.ScriptApp.newTrigger('runScheduledReport').timeBased().everyDays(1).atHour(8).create();
    advanceClock(bundle, clock, 7 * DAY);
    expect(ourTriggers(env)).toHaveLength(1);
    expect(env.mail.sent).toHaveLength(1);
  });
});

describe('a scheduled run', () => {
  it('runs once per firing: one report build, one e-mail with HTML and text, one status', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    const runs = advanceClock(bundle, clock, 7 * DAY);
    expect(runs.map((r) => [r.at.toISOString(), r.ok])).toEqual([['2026-11-16T14:00:00.000Z', true]]);
    expect(env.mail.sent).toHaveLength(1);
    const mail = env.mail.sent[0];
    expect(mail).toMatchObject({ from: 'anna@example.com', name: 'Sales KPI', to: ['anna@example.com'] });
    expect(mail.subject).toContain('2026-11');
    expect(mail.htmlBody).toContain('<table');
    expect(mail.body).not.toBe('');
    const view = sidebarSchedule(bundle);
    expect(view.status).toMatchObject({ outcome: 'sent', recipients: 1, at: '2026-11-16T14:00:00.000Z' });
    expect(view.lastRun).toBe('2026-11-16 09:00');
    advanceClock(bundle, clock, 14 * DAY);
    expect(env.mail.sent).toHaveLength(3);
  });

  it('records a skipped send when the day’s mail quota is spent, and sends nothing', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    clock.set(new Date('2026-11-16T13:30:00Z'));
    env.mail.exhaust(env.now());
    advanceClock(bundle, clock, DAY);
    expect(env.mail.sent).toEqual([]);
    expect(sidebarSchedule(bundle).status?.outcome).toBe('quota');
  });

  it('stops for good when its settings were removed: the trigger is deleted and the sidebar says so', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    env.properties.user.delete(`SALES_KPI_SCHEDULE:${env.book.id}`);
    advanceClock(bundle, clock, 7 * DAY);
    expect(ourTriggers(env)).toEqual([]);
    expect(env.mail.sent).toEqual([]);
    expect(sidebarSchedule(bundle).status?.outcome).toBe('settings_gone');
  });

  it('records a build error with its reason and sends nothing', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    env.properties.document.setAll({
      SALES_KPI_SETTINGS: JSON.stringify({ salesSheet: 'Gone', asOf: '2026-11-20' }),
    });
    advanceClock(bundle, clock, 7 * DAY);
    expect(env.mail.sent).toEqual([]);
    const status = sidebarSchedule(bundle).status;
    expect(status?.outcome).toBe('build_failed');
    expect(status?.detail).toContain('Gone');
    expect(ourTriggers(env)).toHaveLength(1); // the next run tries again
  });

  it('stops cleanly when its authorisation is lost, and the sidebar asks for it', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    env.authorizationRequired = true;
    const runs = advanceClock(bundle, clock, 7 * DAY);
    expect(runs.map((r) => r.ok)).toEqual([true]);
    expect(env.mail.sent).toEqual([]);
    const view = sidebarSchedule(bundle);
    expect(view.status?.outcome).toBe('authorization');
    expect(view.authorizationRequired).toBe(true);
    expect(save(bundle)).toEqual({ ok: false, reason: 'authorization' });
  });

  it('skips a run while another build or save holds the spreadsheet, and runs the next time', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle, { frequency: 'daily' });
    env.locks.holdElsewhere('document');
    advanceClock(bundle, clock, DAY);
    expect(env.mail.sent).toEqual([]);
    expect(sidebarSchedule(bundle).status?.outcome).toBe('busy');
    env.locks.releaseElsewhere('document');
    advanceClock(bundle, clock, DAY);
    expect(env.mail.sent).toHaveLength(1);
  });

  it('deletes its trigger when the spreadsheet is gone', () => {
    const { clock, env, bundle } = scheduledBook();
    save(bundle);
    env.documentGone = true;
    advanceClock(bundle, clock, 7 * DAY);
    expect(env.triggers.list).toEqual([]);
    expect(env.mail.sent).toEqual([]);
  });
});

describe('alerts', () => {
  it('come when a KPI slips to ⚠ and not again for the same slip', () => {
    // A target of 1 is met by the sample's November revenue.
    const { clock, env, bundle } = scheduledBook(1);
    save(bundle, { mode: 'alerts', frequency: 'daily' });
    advanceClock(bundle, clock, DAY); // crosses 100 % of the target: an alert
    expect(env.mail.sent).toHaveLength(1);
    advanceClock(bundle, clock, DAY); // nothing new
    expect(env.mail.sent).toHaveLength(1);
    expect(sidebarSchedule(bundle).status?.outcome).toBe('no_alert');
    // The revenue forecast of the runs so far, as the history recorded it; a target it reaches 95 % of: ⚠ at risk.
    const revenue = env.sheetValues('KPI History').find((row) => row[2] === 'revenue');
    setTarget(env, Math.round(Number(revenue?.[4]) / 0.95));
    advanceClock(bundle, clock, DAY);
    expect(env.mail.sent).toHaveLength(2);
    expect(env.mail.sent[1].subject).toContain('⚠');
    advanceClock(bundle, clock, 3 * DAY); // the same slip: no more mail
    expect(env.mail.sent).toHaveLength(2);
  });
});

describe('the forecast history', () => {
  it('gets one row per KPI per build, in a hidden sheet the add-on marked, and none for the same figures again', () => {
    const { env, bundle } = scheduledBook();
    bundle.call('buildKpiReport');
    const sheet = env.book.sheets.find((s) => s.name === 'KPI History');
    expect(sheet?.hidden).toBe(true);
    const rows = env.sheetValues('KPI History');
    expect(rows[0]).toEqual(['As of', 'Period', 'KPI', 'Actual', 'Forecast', 'Target']);
    expect(rows.slice(1).map((r) => r[2])).toContain('revenue');
    expect(rows.slice(1).every((r) => r[0] === '2026-11-20' && r[1] === '2026-11')).toBe(true);
    const count = rows.length;
    expect(new Set(rows.slice(1).map((r) => r[2])).size).toBe(count - 1); // one row per KPI
    bundle.call('buildKpiReport');
    expect(env.sheetValues('KPI History')).toHaveLength(count);
    const marks = env.spreadsheet
      .getSheetByName('KPI History')
      ?.getDeveloperMetadata()
      .map((m) => m.getKey());
    expect(marks).toEqual(['salesKpi.history']);
    // Not a sheet to choose as data in the sidebar.
    const state = bundle.call('getSidebarState', null) as SidebarStateResult;
    if (!state.ok) throw new Error(state.message);
    expect(state.state.sheets).toContain('Deals');
    expect(state.state.sheets).not.toContain('KPI History');
  });

  it('gets a scheduled build’s rows once', () => {
    const { clock, env, bundle } = scheduledBook();
    bundle.call('buildKpiReport');
    const before = env.sheetValues('KPI History').length;
    setTarget(env, 50_000); // new figures (the target) for the same day
    save(bundle);
    advanceClock(bundle, clock, 7 * DAY);
    const after = env.sheetValues('KPI History');
    expect(after.length - before).toBe(1); // only the revenue row changed (its target)
    expect(after.at(-1)?.slice(2)).toEqual(['revenue', expect.any(Number), expect.any(Number), 50_000]);
  });
});
