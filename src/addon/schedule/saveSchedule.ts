import type { Lang } from '../../kpi/i18n/lang';
import type { ScheduleSaveResult } from '../../kpi/schedule/scheduleProtocol';
import { type ScheduleSettings, scheduleKey } from '../../kpi/schedule/scheduleSettings';
import { validateScheduleForm } from '../../kpi/schedule/validateScheduleForm';
import { userLanguage } from '../_lib/userLanguage';
import { LOCK_WAIT_MS, release } from '../sidebarSaveJournal';
import {
  authorizationUrl,
  deleteScheduleTriggers,
  installScheduleTrigger,
  userAddress,
} from './scheduleTriggers';
import { scheduleViewOf } from './scheduleView';

// Turning the schedule on, changing it, or off, from the sidebar's Schedule section. Under the document lock (the
// one every save and build takes), so two saves — two tabs, two clicks — run one after the other. At most one
// trigger per user per document, as Google requires of an editor add-on: every trigger of ours the user has here
// is deleted before the new one is installed, and any other found after it (a save that ran without the lock, a
// trigger left over from before a reinstall) is deleted too.
/**
 * Sidebar: saves the user's schedule in this spreadsheet (installs, replaces or deletes its trigger).
 *
 * @param form The Schedule section as typed.
 */
export function saveSchedule(form: unknown): ScheduleSaveResult {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  let lang: Lang = 'en';
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    lang = userLanguage(() => spreadsheet.getSpreadsheetLocale());
    const enabled =
      typeof form === 'object' && form !== null && (form as { enabled?: unknown }).enabled === true;
    const checked = enabled ? validateScheduleForm(form, userAddress()) : null;
    if (checked !== null && !checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    if (checked !== null && authorizationUrl() !== null) return { ok: false, reason: 'authorization' };
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      lock = null;
      return { ok: false, reason: 'busy' };
    }
    const properties = PropertiesService.getUserProperties();
    const key = scheduleKey(spreadsheet.getId());
    deleteScheduleTriggers(spreadsheet, null);
    if (checked === null) {
      properties.deleteProperty(key);
    } else {
      const trigger = installScheduleTrigger(spreadsheet, checked.value);
      const settings: ScheduleSettings = {
        ...checked.value,
        triggerId: trigger.getUniqueId(),
        since: new Date().toISOString(),
      };
      properties.setProperty(key, JSON.stringify(settings));
      deleteScheduleTriggers(spreadsheet, settings.triggerId);
    }
    return { ok: true, schedule: scheduleViewOf(spreadsheet, lang) };
  } catch (error) {
    console.error(error);
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    release(lock);
  }
}
