import { decideAlert, readAlertMemory } from '../../kpi/digest/alertRules';
import { digestOf } from '../../kpi/digest/digestOf';
import { renderDigest } from '../../kpi/digest/renderDigest';
import { reportMessages } from '../../kpi/i18n/report';
import type { ReportModel } from '../../kpi/report/reportModel';
import {
  alertMemoryKey,
  parseScheduleSettings,
  type ScheduleSettings,
  scheduleKey,
  scheduleStatusKey,
} from '../../kpi/schedule/scheduleSettings';
import type { ScheduleOutcome, ScheduleStatus } from '../../kpi/schedule/scheduleStatus';
import { type ReportBuildOutcome, runReportBuild } from '../buildKpiReport';
import { finishInterruptedSave } from '../sidebarSaveJournal';
import { authorizationUrl, deleteScheduleTriggers, deleteTriggerById } from './scheduleTriggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sender's name in the user's mailbox (the address is the user's own: the trigger runs as them). */
const SENDER_NAME = 'Sales KPI';

// A scheduled run: what the time-driven trigger of `saveSchedule` calls. It runs as the user who turned the
// schedule on, with no one watching, so it never throws for a reason it can name: it records what happened in the
// user's properties (the sidebar shows it on its next load) and stops.
/**
 * Schedule: rebuilds the report, records its figures, and e-mails the digest or an alert (time-driven trigger).
 *
 * @param event The time-driven trigger's event (its `triggerUid`).
 */
export function runScheduledReport(event?: { triggerUid?: unknown } | null): void {
  runScheduledReportWith(event, runReportBuild);
}

/** How a scheduled run builds the report: the add-on's build from the sheets, or a flavour's (src/bigquery/). */
export type ScheduledBuild = (onBuilt: (model: ReportModel) => void) => ReportBuildOutcome;

/**
 * `runScheduledReport` with the build a flavour chooses (the BigQuery flavour's builds from its table).
 *
 * @param event The time-driven trigger's event.
 * @param build What builds the report and hands its model on.
 */
export function runScheduledReportWith(
  event: { triggerUid?: unknown } | null | undefined,
  build: ScheduledBuild,
): void {
  const uid = typeof event?.triggerUid === 'string' ? event.triggerUid : null;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet === null) {
    // The spreadsheet was deleted: nothing to build, no one to tell there. The trigger removes itself.
    console.warn('Sales KPI schedule: the spreadsheet is gone; the trigger deletes itself.');
    if (uid !== null) deleteTriggerById(uid);
    return;
  }
  const id = spreadsheet.getId();
  const properties = PropertiesService.getUserProperties();
  const stored = properties.getProperties();
  const settings = parseScheduleSettings(stored[scheduleKey(id)]);
  const record = (
    outcome: ScheduleOutcome,
    extra: Partial<ScheduleStatus> = {},
    more: Record<string, string> = {},
  ) =>
    properties.setProperties({
      ...more,
      [scheduleStatusKey(id)]: JSON.stringify({
        at: new Date().toISOString(),
        outcome,
        detail: null,
        recipients: 0,
        ...extra,
      } satisfies ScheduleStatus),
    });
  if (settings === null) {
    // Turned off elsewhere, or its settings removed: stop for good and say so.
    deleteScheduleTriggers(spreadsheet, null);
    if (uid !== null) deleteTriggerById(uid);
    record('settings_gone');
    return;
  }
  if (uid !== null && uid !== settings.triggerId) {
    // A leftover of an earlier schedule (a reinstall, a save that lost a race): only the saved trigger runs.
    deleteTriggerById(uid);
    return;
  }
  if (authorizationUrl() !== null) {
    record('authorization');
    return;
  }
  runAndSend(spreadsheet, settings, stored, record, build);
}

function runAndSend(
  spreadsheet: Spreadsheet,
  settings: ScheduleSettings,
  stored: Record<string, string>,
  record: (outcome: ScheduleOutcome, extra?: Partial<ScheduleStatus>, more?: Record<string, string>) => void,
  build: ScheduledBuild,
): void {
  let model: ReportModel | null = null;
  let outcome: ReportBuildOutcome;
  try {
    finishInterruptedSave();
    outcome = build((built) => {
      model = built;
    });
  } catch (error) {
    record('build_failed', { detail: messageOf(error) });
    return;
  }
  if (!outcome.ok || model === null) {
    const message = outcome.ok ? '' : outcome.message;
    const busy = message === reportMessages.en.busy || message === reportMessages.ru.busy;
    record(busy ? 'busy' : 'build_failed', { detail: busy ? null : message });
    return;
  }
  const built: ReportModel = model;
  const memoryKey = alertMemoryKey(spreadsheet.getId());
  const decision = decideAlert(built, readAlertMemory(stored[memoryKey]), settings.mode);
  const memory = { [memoryKey]: JSON.stringify(decision.memory) };
  if (!decision.send) {
    record('no_alert', {}, memory);
    return;
  }
  // The memory is kept only once the mail is sent: an alert that could not go out is tried again next run.
  if (MailApp.getRemainingDailyQuota() < settings.recipients.length) {
    record('quota');
    return;
  }
  try {
    const url = spreadsheet.getUrl();
    const report = spreadsheet.getSheetByName(outcome.sheet);
    const digest = digestOf(
      built,
      {
        spreadsheetUrl: url,
        reportUrl: report === null ? url : `${url}#gid=${report.getSheetId()}`,
        spreadsheetName: spreadsheet.getName(),
      },
      decision.reasons,
    );
    const mail = renderDigest(digest);
    MailApp.sendEmail({
      to: settings.recipients.join(','),
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: SENDER_NAME,
    });
  } catch (error) {
    record('mail_failed', { detail: messageOf(error) });
    return;
  }
  record('sent', { recipients: settings.recipients.length }, memory);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
