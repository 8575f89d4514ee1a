import type { Lang } from '../../kpi/i18n/lang';
import type { ScheduleForm, ScheduleView } from '../../kpi/schedule/scheduleProtocol';
import { parseScheduleSettings, scheduleKey, scheduleStatusKey } from '../../kpi/schedule/scheduleSettings';
import { parseScheduleStatus } from '../../kpi/schedule/scheduleStatus';
import { clockIn } from '../_lib/clock';
import { authorizationUrl, userAddress } from './scheduleTriggers';

/** The form of a spreadsheet without a schedule: weekly on Monday at 9, the digest, to the user. */
export const DEFAULT_SCHEDULE_FORM: Readonly<ScheduleForm> = Object.freeze({
  enabled: false,
  frequency: 'weekly',
  weekday: 1,
  hour: 9,
  mode: 'always',
  recipients: '',
});

/**
 * What the sidebar shows of the user's schedule in this spreadsheet: the saved form, the last run's status, and
 * whether the add-on needs the user's permission again. Reads the user's properties once.
 *
 * @param spreadsheet The active spreadsheet.
 * @param lang The user's language (the last run's time is written in its format).
 * @returns The view.
 */
export function scheduleViewOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): ScheduleView {
  const id = spreadsheet.getId();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const properties = PropertiesService.getUserProperties().getProperties();
  const settings = parseScheduleSettings(properties[scheduleKey(id)]);
  const status = parseScheduleStatus(properties[scheduleStatusKey(id)]);
  const me = userAddress();
  const form: ScheduleForm =
    settings === null
      ? { ...DEFAULT_SCHEDULE_FORM }
      : {
          enabled: true,
          frequency: settings.frequency,
          weekday: settings.weekday,
          hour: settings.hour,
          mode: settings.mode,
          recipients: settings.recipients.join(', '),
        };
  const url = authorizationUrl();
  return {
    form,
    defaultRecipient: me,
    timeZone,
    status,
    lastRun: status === null ? null : clockIn(timeZone, lang, new Date(status.at)).text,
    authorizationRequired: url !== null,
    authorizationUrl: url === '' ? null : url,
  };
}
