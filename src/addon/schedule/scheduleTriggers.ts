import type { CheckedSchedule } from '../../kpi/schedule/validateScheduleForm';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The global a schedule's trigger runs (src/index.ts exports it). */
export const SCHEDULE_HANDLER = 'runScheduledReport';

/** ISO weekday (1 = Monday) → `ScriptApp.WeekDay`'s name. */
const WEEKDAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/**
 * Installs the user's time-driven trigger of a schedule in this spreadsheet: daily, or weekly on a day, at the hour
 * on the spreadsheet's clock (not the script project's, which is Moscow's).
 *
 * @param spreadsheet The active spreadsheet (the trigger belongs to it and to the user).
 * @param schedule The checked schedule.
 * @returns The trigger.
 */
export function installScheduleTrigger(
  spreadsheet: Spreadsheet,
  schedule: CheckedSchedule,
): GoogleAppsScript.Script.Trigger {
  const builder = ScriptApp.newTrigger(SCHEDULE_HANDLER)
    .timeBased()
    .inTimezone(spreadsheet.getSpreadsheetTimeZone())
    .atHour(schedule.hour);
  const timed =
    schedule.frequency === 'daily'
      ? builder.everyDays(1)
      : builder.onWeekDay(ScriptApp.WeekDay[WEEKDAY_NAMES[schedule.weekday - 1]]);
  return timed.create();
}

/**
 * Deletes the user's schedule triggers in this spreadsheet but `keep`: after a reinstall of the add-on, or two saves
 * that each installed one, at most one is left.
 *
 * @param spreadsheet The active spreadsheet.
 * @param keep The id of the trigger to keep, or null to delete them all.
 * @returns How many were deleted.
 */
export function deleteScheduleTriggers(spreadsheet: Spreadsheet, keep: string | null): number {
  let deleted = 0;
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet)) {
    if (trigger.getHandlerFunction() !== SCHEDULE_HANDLER || trigger.getUniqueId() === keep) continue;
    ScriptApp.deleteTrigger(trigger);
    deleted++;
  }
  return deleted;
}

/**
 * Deletes one trigger of the user by its id, in any document (a trigger whose spreadsheet is gone deletes itself).
 *
 * @param uniqueId The event's `triggerUid`.
 */
export function deleteTriggerById(uniqueId: string): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === uniqueId) ScriptApp.deleteTrigger(trigger);
  }
}

/** Whether the user must authorise the add-on again (its scopes changed since they allowed it). */
export function authorizationUrl(): string | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED
    ? (info.getAuthorizationUrl() ?? '')
    : null;
}

/** The address of the user running the add-on, or '' when Google does not tell it (Session's rules). */
export function userAddress(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
