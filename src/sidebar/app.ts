import { sidebarMessages } from '../kpi/i18n/sidebar';
import type { FieldError, SidebarState } from '../kpi/sidebar/sidebarProtocol';
import * as actions from './actions';
import { renderData } from './dataView';
import { h, replaceChildren } from './dom';
import { type FieldPath, fieldOfPath, slotKey } from './fieldPath';
import { type FieldRowOptions, type FieldSlot, fieldRow, showFieldError } from './fieldRow';
import { Footer } from './footerView';
import { FormState } from './formState';
import { ScheduleSection } from './scheduleView';
import { renderSettings } from './settingsView';
import { renderTargets } from './targetsView';
import type { Messages, Section, ViewHost } from './viewHost';

// The page: four sections (views in dataView, settingsView, targetsView, footerView) over one FormState (the form
// without the DOM), the fields' error slots, and the actions (actions.ts). One instance per page.

const RENDER: Record<Section, (host: ViewHost) => void> = {
  data: renderData,
  settings: renderSettings,
  targets: renderTargets,
};

/**
 * The sidebar: renders the state, keeps the form, checks it as you type, saves and builds.
 */
export class Sidebar implements ViewHost, actions.ActionHost {
  readonly form: FormState;
  readonly t: Messages;
  readonly sections: Record<Section | 'footer', HTMLElement>;
  readonly footer: Footer;
  /** The Schedule section: its own form and Save (the user's schedule, not the spreadsheet's settings). */
  readonly schedule: ScheduleSection;
  private running = false;
  /** The fields on the page by `slotKey` (path, and period for targets): where their errors show. */
  private readonly slots = new Map<string, FieldSlot>();
  /** The path of each field's control (to keep the focus on it when its section is made anew). */
  private readonly paths = new WeakMap<Element, FieldPath>();
  private formulaUpdate: (() => void) | null = null;

  /**
   * @param root The page's root element.
   * @param state The server's state.
   * @param openAt The section shown first, scrolled to ("Set targets…" opens at the targets), or null: the top.
   */
  constructor(
    private readonly root: HTMLElement,
    state: SidebarState,
    openAt: Section | null = null,
  ) {
    this.form = new FormState(state);
    this.t = sidebarMessages[state.lang];
    this.sections = {
      data: h('section', { 'aria-labelledby': 'h-data' }),
      settings: h('section', { 'aria-labelledby': 'h-settings' }),
      targets: h('section', { 'aria-labelledby': 'h-targets' }),
      footer: h('footer', { class: 'actions' }),
    };
    this.footer = new Footer(this.sections.footer, this.t, {
      save: () => void this.save(),
      build: () => void this.build(),
      reload: () => void this.reload(),
    });
    document.documentElement.lang = state.lang;
    this.schedule = new ScheduleSection(state.lang, state.schedule ?? null);
    const { footer, ...sections } = this.sections;
    replaceChildren(root, Object.values(sections), this.schedule.element, footer);
    root.removeAttribute('aria-busy');
    this.renderAll();
    if (openAt !== null) this.sections[openAt].scrollIntoView({ block: 'start' });
  }

  /** Checks the form here, then saves it; true when saved. */
  save(): Promise<boolean> {
    return actions.save(this);
  }

  /** Saves what is unsaved, then builds the report as the menu does. */
  build(): Promise<void> {
    return actions.build(this);
  }

  /** Loads the spreadsheet's state again, dropping unsaved edits. */
  reload(): Promise<void> {
    return actions.reload(this);
  }

  refreshData(): void {
    void actions.refreshData(this);
  }

  private renderAll(): void {
    this.slots.clear();
    for (const section of Object.keys(RENDER) as Section[]) RENDER[section](this);
    this.footer.render();
    this.updateStatus();
    this.showErrors();
  }

  rerender(...sections: Section[]): void {
    const focused = this.focusedPath();
    for (const section of sections) RENDER[section](this);
    this.showErrors();
    if (focused !== null) this.slots.get(slotKey(focused, this.form.periodKey()))?.control.focus();
  }

  changed(...sections: Section[]): void {
    if (sections.length > 0) this.rerender(...sections);
    this.updateStatus();
  }

  row(path: FieldPath, label: string, control: HTMLElement, options: FieldRowOptions = {}): HTMLElement {
    const { element, slot } = fieldRow(fieldOfPath(path), label, control, options);
    this.slots.set(slotKey(path, this.form.periodKey()), slot);
    this.paths.set(control, path);
    return element;
  }

  private focusedPath(): FieldPath | null {
    const active = document.activeElement;
    return active === null ? null : (this.paths.get(active) ?? null);
  }

  showError(path: FieldPath): void {
    const key = this.form.periodKey();
    const slot = this.slots.get(slotKey(path, key));
    if (slot !== undefined) showFieldError(slot, this.form.errors.get(path, key));
  }

  showErrors(): void {
    for (const [key, slot] of this.slots) showFieldError(slot, this.form.errors.at(key));
  }

  setFormulaUpdate(update: (() => void) | null): void {
    this.formulaUpdate = update;
  }

  updateStatus(): void {
    this.formulaUpdate?.();
    if (this.busy) return;
    this.footer.say(this.form.isDirty() ? this.t.unsaved : '', 'muted');
  }

  /** A save, build or reload runs (its buttons are off). */
  get busy(): boolean {
    return this.running;
  }

  setBusy(busy: boolean): void {
    this.running = busy;
    this.footer.enable(!busy);
    this.root.setAttribute('aria-busy', String(busy));
  }

  showFieldErrors(errors: readonly FieldError[]): void {
    const where = this.form.takeErrors(errors);
    this.renderAll();
    const first = where[0];
    if (first !== undefined) this.slots.get(slotKey(first.path, first.periodKey))?.control.focus();
    const general = errors.filter((_, i) => !this.slots.has(slotKey(where[i].path, where[i].periodKey)));
    this.footer.say(
      [this.t.fixErrors(errors.length), ...general.map((e) => this.form.message(e))].join(' '),
      'error',
    );
  }

  load(state: SidebarState): void {
    this.form.load(state);
    if (state.schedule != null) this.schedule.load(state.schedule);
    const focused = this.focusedPath();
    const status = this.footer.statusText();
    this.renderAll();
    this.footer.restoreStatus(status);
    if (focused !== null) this.slots.get(slotKey(focused, this.form.periodKey()))?.control.focus();
  }
}
