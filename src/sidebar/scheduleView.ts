import type { Lang } from '../kpi/i18n/lang';
import { scheduleMessages } from '../kpi/i18n/schedule';
import type {
  ScheduleFieldError,
  ScheduleForm,
  ScheduleSaveResult,
  ScheduleView,
} from '../kpi/schedule/scheduleProtocol';
import { option, selectControl } from './controls';
import { h, replaceChildren, uid } from './dom';
import { type FieldSlot, fieldRow, showFieldError } from './fieldRow';
import { serverCall } from './gasRun';

// The Schedule section («Расписание»): opt-in rebuilds of the report by a time-driven trigger, and who gets the
// digest or the alerts. Its own small form with its own Save button (the schedule is the user's own, kept in their
// properties, not part of the spreadsheet's settings that the footer's Save writes), and the last run's status as
// the server recorded it.

type Messages = (typeof scheduleMessages)['en'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The Schedule section; `element` goes on the page, `load` takes a new view from the server. */
export class ScheduleSection {
  readonly element: HTMLElement;
  private readonly t: Messages;
  private view: ScheduleView | null;
  private form: ScheduleForm | null;
  private slots = new Map<ScheduleFieldError['field'], FieldSlot>();
  private status: HTMLElement = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private saving = false;

  constructor(lang: Lang, view: ScheduleView | null) {
    this.t = scheduleMessages[lang];
    this.view = view;
    this.form = view === null ? null : { ...view.form };
    this.element = h('section', { 'aria-labelledby': 'h-schedule', class: 'schedule' });
    this.render();
  }

  /** A fresh view from the server (after a reload): the form starts from it. */
  load(view: ScheduleView): void {
    this.view = view;
    this.form = { ...view.form };
    this.render();
  }

  private render(): void {
    const { t, view, form } = this;
    this.slots.clear();
    if (view === null || form === null) {
      this.element.hidden = true;
      replaceChildren(this.element);
      return;
    }
    this.element.hidden = false;
    const enabledId = uid('schedule-on');
    const enabled = h('input', {
      type: 'checkbox',
      id: enabledId,
      checked: form.enabled,
      'data-key': 'schedule.enabled',
      onchange: (event: Event) => {
        form.enabled = (event.currentTarget as HTMLInputElement).checked;
        this.render();
      },
    });
    const fields = form.enabled ? this.fields(form, view) : [];
    const save = h('button', {
      type: 'button',
      class: 'primary',
      text: t.save,
      disabled: this.saving,
      'data-key': 'schedule.save',
      onclick: () => void this.save(),
    });
    const saved = view.form.enabled ? t.on(view.form) : t.off;
    const last =
      view.status === null || view.lastRun === null
        ? view.form.enabled
          ? t.neverRun
          : null
        : t.lastRun(view.lastRun, view.status);
    const bad = view.status !== null && /^[✗⚠]/u.test(t.outcome(view.status));
    replaceChildren(
      this.element,
      h('h2', { id: 'h-schedule', text: t.title }),
      h('div', { class: 'check' }, enabled, h('label', { for: enabledId, text: t.enabled })),
      fields,
      h('div', { class: 'buttons' }, save),
      this.status,
      h('p', { class: 'hint', 'data-key': 'schedule.saved', text: saved }),
      last === null
        ? null
        : h('p', {
            class: `notice ${bad ? 'warn-box' : 'ok-box'}`,
            'data-key': 'schedule.lastRun',
            text: last,
          }),
      view.authorizationRequired
        ? h(
            'p',
            { class: 'notice error-box', role: 'alert' },
            t.authorizationNeeded,
            view.authorizationUrl === null
              ? null
              : h('a', {
                  href: view.authorizationUrl,
                  target: '_blank',
                  rel: 'noopener',
                  text: ` ${t.authorize}`,
                }),
          )
        : null,
    );
  }

  /** The rows of an enabled schedule: how often, the day, the hour, what to send, to whom. */
  private fields(form: ScheduleForm, view: ScheduleView): HTMLElement[] {
    const { t } = this;
    const row = (field: ScheduleFieldError['field'], label: string, control: HTMLElement, hint?: string) => {
      const { element, slot } = fieldRow(
        `schedule.${field}`,
        label,
        control,
        hint === undefined ? {} : { hint },
      );
      this.slots.set(field, slot);
      return element;
    };
    const frequency = selectControl(
      'schedule.frequency',
      [
        option('daily', t.daily, form.frequency === 'daily'),
        option('weekly', t.weekly, form.frequency === 'weekly'),
      ],
      (value) => {
        form.frequency = value === 'daily' ? 'daily' : 'weekly';
        this.render();
      },
    );
    const weekday = selectControl(
      'schedule.weekday',
      t.weekdays.map((name, i) => option(String(i + 1), name, form.weekday === i + 1)),
      (value) => {
        form.weekday = Number(value);
      },
    );
    const hour = selectControl(
      'schedule.hour',
      HOURS.map((h24) => option(String(h24), `${String(h24).padStart(2, '0')}:00`, form.hour === h24)),
      (value) => {
        form.hour = Number(value);
      },
    );
    const mode = selectControl(
      'schedule.mode',
      [
        option('always', t.always, form.mode === 'always'),
        option('alerts', t.alerts, form.mode === 'alerts'),
      ],
      (value) => {
        form.mode = value === 'alerts' ? 'alerts' : 'always';
      },
    );
    const recipients = h('input', {
      type: 'email',
      multiple: true,
      value: form.recipients,
      placeholder: view.defaultRecipient,
      autocomplete: 'email',
      oninput: (event: Event) => {
        form.recipients = (event.currentTarget as HTMLInputElement).value;
      },
    });
    return [
      h(
        'div',
        { class: 'pair' },
        row('frequency', t.frequency, frequency),
        form.frequency === 'weekly' ? row('weekday', t.weekday, weekday) : null,
      ),
      row('hour', t.hour, hour, t.hourHint(view.timeZone)),
      row('mode', t.mode, mode),
      row('recipients', t.recipients, recipients, t.recipientsHint(view.defaultRecipient)),
    ];
  }

  private say(text: string, kind: 'muted' | 'error' | 'ok'): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
  }

  /** Sends the form; shows the new view, the fields' errors, or why it failed. */
  async save(): Promise<void> {
    const { t, form, view } = this;
    if (form === null || view === null || this.saving) return;
    this.saving = true;
    this.say(t.saving, 'muted');
    let result: ScheduleSaveResult;
    try {
      result = await serverCall('saveSchedule', { ...form });
    } catch (error) {
      result = {
        ok: false,
        reason: 'failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    this.saving = false;
    if (result.ok) {
      this.load(result.schedule);
      this.say(result.schedule.form.enabled ? t.savedOn : t.savedOff, 'ok');
      return;
    }
    this.render();
    switch (result.reason) {
      case 'invalid': {
        for (const error of result.errors) {
          const slot = this.slots.get(error.field);
          if (slot !== undefined) showFieldError(slot, t.error(error, view.defaultRecipient));
        }
        const first = result.errors[0];
        if (first !== undefined) this.slots.get(first.field)?.control.focus();
        this.say(result.errors.map((e) => t.error(e, view.defaultRecipient)).join(' '), 'error');
        break;
      }
      case 'busy':
        this.say(t.busy, 'error');
        break;
      case 'authorization':
        this.say(t.authorizationNeeded, 'error');
        break;
      case 'failed':
        this.say(t.failed(result.message), 'error');
        break;
    }
  }
}
