// The installable triggers the emulator keeps (per user and document) and when a time-driven one runs next;
// ScriptApp (scriptApp.ts) creates them, triggerRuns.ts runs them as the clock advances.
import { fail } from './errors.js';
import { instantOf, utcOfFields, wallClock } from './timeZone.js';

/** Apps Script's messages for triggers and authorisation (as its log prints them after `Exception: `). */
export const triggerMessages = {
  /** An editor add-on may have one trigger of each type per user per document. */
  addonLimit:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  /** A script (not an add-on) may have 20 triggers per user. */
  scriptLimit:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  noSchedule:
    'The trigger has no schedule: call everyDays, everyWeeks, onWeekDay, everyHours, everyMinutes, at or after.',
  invalid: (what: string) => `Invalid argument: ${what}`,
  authorization: 'Authorization is required to perform that action.',
  notInAuthMode: (mode: string) =>
    `You do not have permission to call ScriptApp.newTrigger in AuthMode ${mode}.`,
} as const;

/** When a time-driven trigger runs. Hours, weekdays and days are on the wall clock of `timeZone`. */
export type TriggerSchedule =
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekday: number; hour: number; minute: number }
  | { kind: 'interval'; everyMs: number }
  | { kind: 'once'; at: number };

/** An installable trigger as the emulator keeps it. */
export interface TriggerRecord {
  readonly uniqueId: string;
  readonly handler: string;
  /** Whose trigger it is (the effective user, or the active user, when it was created). */
  readonly owner: string;
  /** The document the add-on was running in when it created the trigger. */
  readonly documentId: string;
  readonly schedule: TriggerSchedule;
  readonly timeZone: string;
  /** When it was created, epoch ms. */
  readonly created: number;
  /** When it last fired, epoch ms; null before its first run. */
  lastRun: number | null;
}

/**
 * The triggers of the emulated script project. `limitPerDocument` is 1 as for an editor add-on (one time-driven
 * trigger per user per document); a test of what happens when two executions both got theirs set it higher, as a
 * test deployment of a plain script allows (20 per user).
 */
export class TriggerTable {
  readonly list: TriggerRecord[] = [];
  limitPerDocument = 1;
  private next = 1;

  /** The user's triggers (all documents), oldest first. */
  ofUser(owner: string): TriggerRecord[] {
    return this.list.filter((t) => t.owner === owner);
  }
  add(record: Omit<TriggerRecord, 'uniqueId' | 'lastRun'>): TriggerRecord {
    const sameDocument = this.list.filter(
      (t) => t.owner === record.owner && t.documentId === record.documentId,
    );
    if (sameDocument.length >= this.limitPerDocument) {
      fail(this.limitPerDocument === 1 ? triggerMessages.addonLimit : triggerMessages.scriptLimit);
    }
    const trigger: TriggerRecord = { ...record, uniqueId: String(this.next++), lastRun: null };
    this.list.push(trigger);
    return trigger;
  }
  remove(uniqueId: string): void {
    const at = this.list.findIndex((t) => t.uniqueId === uniqueId);
    if (at !== -1) this.list.splice(at, 1);
  }
  find(uniqueId: string): TriggerRecord | undefined {
    return this.list.find((t) => t.uniqueId === uniqueId);
  }
  /** The first time after `after` (epoch ms) at which a trigger runs, or null when it never runs again. */
  nextRun(trigger: TriggerRecord, after: number): number | null {
    return nextRunOf(trigger, after);
  }
}

export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * See {@link TriggerTable.nextRun}. A daily or weekly trigger runs at the start of its hour (Apps Script picks a
 * minute within it and keeps it); a trigger fired by hand (`fireTrigger`) keeps its cadence.
 */
export function nextRunOf(trigger: TriggerRecord, after: number): number | null {
  const { schedule, timeZone } = trigger;
  const since = trigger.lastRun ?? trigger.created;
  switch (schedule.kind) {
    case 'once':
      return trigger.lastRun === null && schedule.at > after ? schedule.at : null;
    case 'interval': {
      const steps = Math.floor((after - since) / schedule.everyMs) + 1;
      return since + Math.max(1, steps) * schedule.everyMs;
    }
    case 'days':
    case 'weeks': {
      // The first wall-clock day from `after`'s on whose hour (after `after`) the trigger is due: its weekday for a
      // weekly one, and every n days or weeks counted from the day it was created.
      const start = wallClock(after, timeZone);
      const created = wallClock(trigger.created, timeZone);
      const anchor = Math.floor(utcOfFields(created.year, created.month, created.day) / DAY_MS);
      for (let offset = 0; offset <= 7 * schedule.every + 1; offset++) {
        const day = Math.floor(utcOfFields(start.year, start.month, start.day + offset) / DAY_MS);
        const weekday = (((day % 7) + 7 + 4) % 7) as number; // 1970-01-01 was a Thursday (4)
        if (schedule.kind === 'weeks') {
          if (weekday !== schedule.weekday) continue;
          if (Math.floor((day - anchor) / 7) % schedule.every !== 0) continue;
        } else if ((day - anchor) % schedule.every !== 0) continue;
        const instant = instantOf(
          utcOfFields(start.year, start.month, start.day + offset, schedule.hour, schedule.minute),
          timeZone,
        );
        if (instant > after) return instant;
      }
      return null;
    }
  }
}
