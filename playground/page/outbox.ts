// The Outbox: the e-mail the add-on sent from the emulator (the schedule's digest and alerts), each rendered in a
// sandboxed frame (no scripts, no same-origin access: the HTML is the add-on's, made from the user's data), with
// the emulated clock and controls to run the schedule now or move the clock a day or a week.

import { outboxMessages } from '../../src/kpi/i18n/schedule.js';
import type { OutboxMail, OutboxView } from '../shared/outboxProtocol.js';

let panel: HTMLElement | null = null;
let button: HTMLButtonElement | null = null;
let changed: () => Promise<void> = async () => {};
// What the mails' list shows, oldest first (see `showMails`).
let shownMails: string[] = [];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') element.textContent = value;
    else element.setAttribute(key, value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** `2026-11-30 14:05` on the spreadsheet's clock. */
function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

async function call(body?: unknown): Promise<OutboxView> {
  const response = await fetch(
    '/api/outbox',
    body === undefined
      ? { cache: 'no-store' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) throw new Error(`/api/outbox: ${response.status} ${await response.text()}`);
  return (await response.json()) as OutboxView;
}

function mailView(mail: OutboxMail, timeZone: string): HTMLElement {
  const sender = mail.name === '' ? mail.from : `${mail.name} <${mail.from}>`;
  const body =
    mail.html === null
      ? el('pre', { class: 'outbox-text', text: mail.text })
      : el('iframe', { class: 'outbox-frame', sandbox: '', title: mail.subject, srcdoc: mail.html });
  return el(
    'article',
    { class: 'outbox-mail' },
    el('h3', { text: mail.subject }),
    el('p', {
      class: 'outbox-meta',
      text: `${when(mail.sentAt, timeZone)} · ${sender} → ${mail.to.join(', ')}`,
    }),
    body,
  );
}

/** What tells a mail from the others, with the zone its time is shown in. */
function mailKey(mail: OutboxMail, timeZone: string): string {
  return JSON.stringify([mail.sentAt, mail.subject, timeZone]);
}

/**
 * Puts new mails at the top of the list and leaves the ones shown where they are: the page redraws the outbox after
 * everything the add-on does, and a mail's frame taken out of the page loads again (its scroll lost, a blank flash).
 * The list is drawn anew only when it no longer begins with the mails shown (the emulator started over).
 */
function showMails(list: Element, mails: readonly OutboxMail[], timeZone: string): void {
  const keys = mails.map((mail) => mailKey(mail, timeZone));
  const extended = shownMails.length <= keys.length && shownMails.every((key, i) => key === keys[i]);
  if (!extended) {
    list.replaceChildren();
    shownMails = [];
  }
  for (let i = shownMails.length; i < mails.length; i++) list.prepend(mailView(mails[i], timeZone));
  shownMails = keys;
}

function render(view: OutboxView): void {
  const t = outboxMessages[view.lang];
  if (button !== null) button.textContent = t.outbox(view.mails.length);
  if (panel === null) return;
  panel.querySelector('#outbox-title')!.textContent = t.outbox(null);
  panel.querySelector('header button')?.setAttribute('aria-label', t.close);
  const list = panel.querySelector('.outbox-status')!;
  const action = (text: string, body: unknown) => {
    const b = el('button', { type: 'button', class: 'outbox-button', text });
    b.addEventListener('click', () => void act(body));
    return b;
  };
  const triggers =
    view.triggers.length === 0
      ? el('p', { class: 'outbox-note', text: t.noSchedule })
      : el(
          'ul',
          { class: 'outbox-triggers' },
          ...view.triggers.map((trigger) =>
            el('li', {
              text: `${trigger.handler}: ${t.trigger({
                ...trigger,
                next: trigger.next === null ? null : when(trigger.next, view.timeZone),
              })}`,
            }),
          ),
        );
  const failed = view.runs.filter((run) => !run.ok);
  list.replaceChildren(
    el('p', { class: 'outbox-clock', text: t.clock(when(view.now, view.timeZone), view.timeZone) }),
    el(
      'div',
      { class: 'outbox-actions' },
      action(t.runNow, { action: 'run-now' }),
      action(t.plusDay, { action: 'advance', step: 'day' }),
      action(t.plusWeek, { action: 'advance', step: 'week' }),
    ),
    triggers,
    ...(failed.length === 0
      ? []
      : [el('p', { class: 'outbox-note', text: t.lastFailed(failed.at(-1)?.error ?? '') })]),
    el('p', { class: 'outbox-note', text: t.sent(view.mails.length, view.quota) }),
  );
  showMails(panel.querySelector('.outbox-mails')!, view.mails, view.timeZone);
}

async function act(body: unknown): Promise<void> {
  document.body.style.cursor = 'progress';
  try {
    render(await call(body));
    await changed();
  } finally {
    document.body.style.cursor = '';
  }
}

/** Reads the Outbox again (after anything the add-on did). */
export async function refreshOutbox(): Promise<void> {
  render(await call());
}

function toggle(open?: boolean): void {
  if (panel === null) return;
  panel.hidden = !(open ?? panel.hidden);
  button?.setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) void refreshOutbox();
}

/**
 * Puts the Outbox's button into the top bar and its panel next to the sidebar.
 *
 * @param onChange Redraws the workbook after the clock fired a trigger (the report was rebuilt).
 */
export function initOutbox(onChange: () => Promise<void>): void {
  changed = onChange;
  button = el('button', {
    type: 'button',
    id: 'outbox-open',
    class: 'button outbox-open',
    'aria-expanded': 'false',
  });
  button.textContent = 'Outbox';
  button.setAttribute('aria-controls', 'outbox');
  button.addEventListener('click', () => toggle());
  document.querySelector('.topbar .actions')?.prepend(button);
  const close = el('button', {
    type: 'button',
    class: 'outbox-button',
    'aria-label': 'Close outbox',
    text: '×',
  });
  close.addEventListener('click', () => toggle(false));
  panel = el(
    'aside',
    { class: 'outbox', id: 'outbox', 'aria-labelledby': 'outbox-title' },
    el('header', {}, el('span', { id: 'outbox-title', text: 'Outbox' }), close),
    el(
      'div',
      { class: 'outbox-body' },
      el('div', { class: 'outbox-status' }),
      el('div', { class: 'outbox-mails' }),
    ),
  );
  panel.hidden = true;
  document.querySelector('.workspace')?.append(panel);
  void refreshOutbox();
}
