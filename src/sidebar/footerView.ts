import { h, replaceChildren } from './dom';
import type { Messages } from './viewHost';

// The footer: the status line (unsaved, saving, errors, with a Reload link after a conflict), the Save and Build
// report buttons, and the build's result.

/** What the footer's buttons do. */
export interface FooterActions {
  save(): void;
  build(): void;
  reload(): void;
}

/** The footer of the sidebar; `render` makes it anew (the status and result start empty). */
export class Footer {
  private status!: HTMLElement;
  private result!: HTMLElement;
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly section: HTMLElement,
    private readonly t: Messages,
    private readonly actions: FooterActions,
  ) {}

  render(): void {
    const { t } = this;
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.result = h('div', { class: 'result', 'aria-live': 'polite' });
    const save = h('button', {
      type: 'button',
      class: 'primary',
      text: t.save,
      onclick: () => this.actions.save(),
    });
    const build = h('button', { type: 'button', text: t.build, onclick: () => this.actions.build() });
    this.buttons = [save, build];
    replaceChildren(this.section, this.status, h('div', { class: 'buttons' }, save, build), this.result);
  }

  /** The status line's text. */
  statusText(): string {
    return this.status.textContent ?? '';
  }

  /** Puts a text back in the status line as it was (after a render). */
  restoreStatus(text: string): void {
    this.status.textContent = text;
  }

  say(text: string, kind: 'muted' | 'error' | 'ok'): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
  }

  /** An error in the status line, with a link that reloads the form. */
  sayWithReload(text: string): void {
    this.say(text, 'error');
    this.status.appendChild(document.createTextNode(' '));
    this.status.appendChild(
      h('button', {
        type: 'button',
        class: 'link',
        text: this.t.reload,
        onclick: () => this.actions.reload(),
      }),
    );
  }

  /** The buttons can be used (or not, while the page is busy). */
  enable(enabled: boolean): void {
    for (const button of this.buttons) button.disabled = !enabled;
  }

  clearResult(): void {
    replaceChildren(this.result);
  }

  /** A progress bar under the buttons. */
  showProgress(text: string): void {
    replaceChildren(
      this.result,
      h('p', { class: 'progress-text', text }),
      h('progress', { 'aria-label': text }),
    );
  }

  showResult(text: string, kind: 'ok' | 'error'): void {
    replaceChildren(
      this.result,
      h('p', {
        class: `notice ${kind === 'ok' ? 'ok-box' : 'error-box'}`,
        role: kind === 'error' ? 'alert' : 'status',
        text,
      }),
    );
  }
}
