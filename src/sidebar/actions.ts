import { validateSidebarSave } from '../kpi/settings/validateSidebarSave';
import type { FieldError, SidebarState } from '../kpi/sidebar/sidebarProtocol';
import type { Footer } from './footerView';
import type { FormState } from './formState';
import { serverCall } from './gasRun';
import { periodName } from './periodName';
import type { Messages, Section } from './viewHost';

// What the sidebar asks the server: save, build the report, reload, read the log again. Each goes through
// `busyCall`: the page busy while it runs, a thrown error said in the user's words.

/** What an action needs of the page (app.ts). */
export interface ActionHost {
  readonly form: FormState;
  readonly t: Messages;
  readonly footer: Footer;
  readonly sections: Record<Section | 'footer', HTMLElement>;
  /** A save, build or reload runs (the buttons are off). */
  readonly busy: boolean;
  setBusy(busy: boolean): void;
  /** Takes a fresh state from the server: the form starts from it. */
  load(state: SidebarState): void;
  /** Shows errors next to their fields (and in the status line), the first in view. */
  showFieldErrors(errors: readonly FieldError[]): void;
  rerender(...sections: Section[]): void;
  updateStatus(): void;
}

/**
 * Runs one server call with the page marked busy: `begin` says what runs, `fail` says why it threw.
 *
 * @param mark Marks the page (or a part) busy, then not.
 * @param begin Shows that the call runs (once marked busy).
 * @param call The call.
 * @param fail Shows the error's message (once no longer busy).
 * @returns The call's result, or null when it threw.
 */
export async function busyCall<T>(
  mark: (busy: boolean) => void,
  begin: () => void,
  call: () => Promise<T>,
  fail: (reason: string) => void,
): Promise<T | null> {
  mark(true);
  begin();
  try {
    const result = await call();
    mark(false);
    return result;
  } catch (error) {
    mark(false);
    fail(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Checks the form here, then saves it; true when saved. */
export async function save(host: ActionHost): Promise<boolean> {
  const { form, footer, t } = host;
  if (host.busy) return false;
  const payload = form.payload();
  const checked = validateSidebarSave(payload, form.context());
  if (!checked.ok) {
    host.showFieldErrors(checked.errors);
    return false;
  }
  const result = await busyCall(
    (busy) => host.setBusy(busy),
    () => footer.say(t.saving, 'muted'),
    () => serverCall('saveSidebarState', payload),
    (reason) => footer.say(t.saveFailed(reason), 'error'),
  );
  if (result === null) return false;
  if (result.ok) {
    host.load(result.state);
    footer.say(t.saved, 'ok');
    return true;
  }
  switch (result.reason) {
    case 'invalid':
      host.showFieldErrors(result.errors);
      break;
    case 'conflict':
      footer.sayWithReload(t.conflict);
      break;
    case 'busy':
      footer.say(t.busy, 'error');
      break;
    case 'targets_sheet':
      footer.say(t.saveFailed(t.targetsSheetColumn(result.sheet, result.column)), 'error');
      break;
    case 'failed':
      footer.say((result.saved === 'pending' ? t.savePending : t.saveFailed)(result.message), 'error');
      break;
  }
  return false;
}

/** Saves what is unsaved, then builds the report as the menu does. */
export async function build(host: ActionHost): Promise<void> {
  const { form, footer, t } = host;
  if (host.busy) return;
  footer.clearResult();
  if (form.isDirty() && !(await save(host))) return;
  if (form.state.data.problem !== null) {
    footer.showResult(t.buildFailed(form.state.data.problem), 'error');
    return;
  }
  const result = await busyCall(
    (busy) => host.setBusy(busy),
    () => {
      footer.say('', 'muted');
      footer.showProgress(t.building);
    },
    () => serverCall('buildReportFromSidebar'),
    (reason) => footer.showResult(t.buildFailed(reason), 'error'),
  );
  if (result === null) return;
  if (result.ok) {
    const period = form.settings.reportPeriod ?? form.currentLabel();
    const notice = result.notice === undefined ? '' : ` ${result.notice.message}`;
    footer.showResult(`✓ ${t.built(result.sheet, periodName(period, form.lang))}${notice}`, 'ok');
  } else footer.showResult(t.buildFailed(result.message), 'error');
}

/** Loads the spreadsheet's state again, dropping unsaved edits. */
export async function reload(host: ActionHost): Promise<void> {
  const { footer, t } = host;
  const result = await busyCall(
    (busy) => host.setBusy(busy),
    () => footer.say(t.loading, 'muted'),
    () => serverCall('getSidebarState', null),
    (reason) => footer.say(t.loadFailed(reason), 'error'),
  );
  if (result === null) return;
  if (result.ok) {
    host.load(result.state);
    footer.say('', 'muted');
  } else footer.say(t.loadFailed(result.message), 'error');
}

/** Reads the sales log again with the sheet and columns the form chooses (before they are saved). */
export async function refreshData(host: ActionHost): Promise<void> {
  const { form, footer, t } = host;
  const section = host.sections.data;
  const columns = form.settings.columns;
  const result = await busyCall(
    (busy) => (busy ? section.setAttribute('aria-busy', 'true') : section.removeAttribute('aria-busy')),
    () => footer.say(t.refreshing, 'muted'),
    () =>
      serverCall('getSidebarState', {
        salesSheet: form.settings.salesSheet,
        columns: Object.keys(columns).length === 0 ? null : columns,
      }),
    (reason) => footer.say(t.loadFailed(reason), 'error'),
  );
  if (result === null) return;
  if (!result.ok) {
    footer.say(t.loadFailed(result.message), 'error');
    return;
  }
  form.setData(result.state.data);
  host.rerender('data', 'targets');
  host.updateStatus();
}
