import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { AuthMode } from './enums.js';
import { fail } from './errors.js';
import { Service } from './service.js';
import { isTimeZone } from './timeZone.js';
import { HOUR_MS, type TriggerRecord, type TriggerSchedule, triggerMessages } from './triggerTable.js';
import type { World } from './world.js';

export type ScriptAppApi = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay'
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getProjectTriggers'
  | 'getScriptId'
  | 'getUserTriggers'
  | 'newTrigger'
>;

function namesEnum<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as T;
}

export const AuthorizationStatus = namesEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>(
  'REQUIRED',
  'NOT_REQUIRED',
);
export const EventType = namesEnum<typeof GoogleAppsScript.Script.EventType>(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = namesEnum<typeof GoogleAppsScript.Script.TriggerSource>(
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
);
/** `ScriptApp.WeekDay` (the same values as `Base.Weekday`), Sunday first as `WallClock.weekday` counts. */
export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;
export const WeekDay = namesEnum<typeof GoogleAppsScript.Base.Weekday>(...WEEKDAYS);

/** `ScriptApp.getAuthorizationInfo(authMode)`'s answer. */
export class AuthorizationInfo
  extends Service
  implements Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'>
{
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return this.world.authorizationRequired ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  /** A link to the consent screen when authorisation is required, else null (as in Apps Script). */
  getAuthorizationUrl(): string {
    return (this.world.authorizationRequired
      ? 'https://script.google.com/macros/d/emulated-script-id/authorize'
      : null) as unknown as string;
  }
}

/** One installable trigger, as `create()` and `getUserTriggers` return it. */
export class Trigger
  extends Service
  implements
    Pick<
      GoogleAppsScript.Script.Trigger,
      'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'
    >
{
  constructor(
    world: World,
    readonly record: TriggerRecord,
  ) {
    super(world);
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType.CLOCK;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource.CLOCK;
  }
  /** A time-driven trigger has no source id (Apps Script returns null). */
  getTriggerSourceId(): string {
    return null as unknown as string;
  }
  getUniqueId(): string {
    return this.record.uniqueId;
  }
}

/** `ScriptApp.newTrigger(name)`: only time-based triggers are emulated. */
export class TriggerBuilder
  extends Service
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'>
{
  constructor(
    world: World,
    readonly handler: string,
  ) {
    super(world);
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return asApi(new ClockTriggerBuilder(this.world, this.handler));
  }
}

type ClockApi = GoogleAppsScript.Script.ClockTriggerBuilder;

/** The builder of a time-driven trigger; `create()` checks it and installs the trigger for the user. */
export class ClockTriggerBuilder
  extends Service
  implements
    Pick<
      ClockApi,
      | 'after'
      | 'at'
      | 'atHour'
      | 'create'
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyWeeks'
      | 'inTimezone'
      | 'nearMinute'
      | 'onWeekDay'
    >
{
  private days: number | null = null;
  private weeks: number | null = null;
  private weekday: number | null = null;
  private hour: number | null = null;
  private minute = 0;
  private intervalMs: number | null = null;
  private once: number | null = null;
  private zone: string | null = null;

  constructor(
    world: World,
    readonly handler: string,
  ) {
    super(world);
  }

  everyDays(n: number): ClockApi {
    this.days = whole(n, 1, 'n', Number.MAX_SAFE_INTEGER);
    return asApi(this);
  }
  everyWeeks(n: number): ClockApi {
    this.weeks = whole(n, 1, 'n', Number.MAX_SAFE_INTEGER);
    return asApi(this);
  }
  /** Apps Script accepts 1, 2, 4, 6, 8 or 12 hours. */
  everyHours(n: number): ClockApi {
    if (![1, 2, 4, 6, 8, 12].includes(n)) fail(triggerMessages.invalid('hours'));
    this.intervalMs = n * HOUR_MS;
    return asApi(this);
  }
  /** Apps Script accepts 1, 5, 10, 15 or 30 minutes (an add-on's trigger may not run more than hourly). */
  everyMinutes(n: number): ClockApi {
    if (![1, 5, 10, 15, 30].includes(n)) fail(triggerMessages.invalid('minutes'));
    this.intervalMs = n * 60_000;
    return asApi(this);
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockApi {
    const at = (WEEKDAYS as readonly string[]).indexOf(String(day));
    if (at === -1) fail(triggerMessages.invalid('day'));
    this.weekday = at;
    this.weeks ??= 1;
    return asApi(this);
  }
  atHour(hour: number): ClockApi {
    this.hour = whole(hour, 0, 'hour', 23);
    return asApi(this);
  }
  nearMinute(minute: number): ClockApi {
    this.minute = whole(minute, 0, 'minute', 59);
    return asApi(this);
  }
  inTimezone(timezone: string): ClockApi {
    if (!isTimeZone(String(timezone))) fail(triggerMessages.invalid('timezone'));
    this.zone = String(timezone);
    return asApi(this);
  }
  after(durationMilliseconds: number): ClockApi {
    this.once = this.world.now().getTime() + Math.max(0, Number(durationMilliseconds));
    return asApi(this);
  }
  at(date: GoogleAppsScript.Base.Date): ClockApi {
    this.once = (date as unknown as Date).getTime();
    return asApi(this);
  }

  create(): GoogleAppsScript.Script.Trigger {
    const world = this.world;
    if (world.authMode !== 'FULL') fail(triggerMessages.notInAuthMode(world.authMode));
    if (world.authorizationRequired) fail(triggerMessages.authorization);
    const schedule = this.schedule();
    const record = world.triggers.add({
      handler: this.handler,
      owner: currentUser(world),
      documentId: world.book.id,
      schedule,
      timeZone: this.zone ?? world.scriptTimeZone,
      created: world.now().getTime(),
    });
    return asApi(new Trigger(world, record));
  }

  private schedule(): TriggerSchedule {
    if (this.once !== null) return { kind: 'once', at: this.once };
    if (this.intervalMs !== null) return { kind: 'interval', everyMs: this.intervalMs };
    const hour = this.hour ?? 0;
    if (this.weekday !== null || this.weeks !== null) {
      return { kind: 'weeks', every: this.weeks ?? 1, weekday: this.weekday ?? 1, hour, minute: this.minute };
    }
    if (this.days !== null) return { kind: 'days', every: this.days, hour, minute: this.minute };
    return fail(triggerMessages.noSchedule);
  }
}

function whole(value: number, min: number, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(triggerMessages.invalid(what));
  }
  return value;
}

/** Who runs: the effective user (a trigger runs as its owner), else the active user. */
export function currentUser(world: World): string {
  return world.effectiveUserEmail || world.userEmail || 'user';
}

/** The `ScriptApp` global: `AuthMode` and the other enums, the script id, time-driven triggers, authorisation. */
export class ScriptApp extends Service implements ScriptAppApi {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  getScriptId(): string {
    return 'emulated-script-id';
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return asApi(new TriggerBuilder(this.world, String(functionName)));
  }
  /** The user's triggers of this script in the spreadsheet (the ones the add-on created while in it). */
  getUserTriggers(document: GoogleAppsScript.Document.Document): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(file: unknown): GoogleAppsScript.Script.Trigger[] {
    const id = (file as { getId(): string }).getId();
    return this.world.triggers
      .ofUser(currentUser(this.world))
      .filter((t) => t.documentId === id)
      .map((t) => asApi(new Trigger(this.world, t)));
  }
  /** The user's triggers of this script, in every document. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.world.triggers.ofUser(currentUser(this.world)).map((t) => asApi(new Trigger(this.world, t)));
  }
  /** Deletes a trigger; one already deleted (or of another user) is left alone, as in Apps Script. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    if (!(trigger instanceof Trigger)) fail(triggerMessages.invalid('trigger'));
    const record = (trigger as Trigger).record;
    if (record.owner === currentUser(this.world)) this.world.triggers.remove(record.uniqueId);
  }
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    if (!Object.values(AuthMode).includes(authMode)) fail(triggerMessages.invalid('authMode'));
    return asApi(new AuthorizationInfo(this.world));
  }
}

instrument(ScriptApp, 'ScriptApp');
instrument(Trigger, 'Trigger');
instrument(TriggerBuilder, 'TriggerBuilder');
instrument(ClockTriggerBuilder, 'ClockTriggerBuilder');
instrument(AuthorizationInfo, 'AuthorizationInfo');
