import { langOf } from '../kpi/i18n/lang';
import { sidebarMessages } from '../kpi/i18n/sidebar';
import { Sidebar } from './app';
import { h, replaceChildren } from './dom';
import { hasScriptHost, serverCall } from './gasRun';

// The sidebar's entry: asks the server for everything it shows, then hands over to `Sidebar`.

/** Loads the state and shows the sidebar, or what went wrong with a way to try again. */
async function start(root: HTMLElement): Promise<void> {
  // Until the state says the user's language, the browser's guess.
  const t = sidebarMessages[langOf(navigator.language)];
  root.setAttribute('aria-busy', 'true');
  replaceChildren(root, h('p', { class: 'status', role: 'status', text: t.loading }));
  if (!hasScriptHost()) {
    replaceChildren(root, h('p', { class: 'notice error-box', role: 'alert', text: t.noHost }));
    return;
  }
  let failure: string;
  try {
    const result = await serverCall('getSidebarState', null);
    if (result.ok) {
      new Sidebar(root, result.state, root.dataset.open === 'targets' ? 'targets' : null);
      return;
    }
    failure = result.message;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  root.removeAttribute('aria-busy');
  replaceChildren(
    root,
    h('p', { class: 'notice error-box', role: 'alert', text: t.loadFailed(failure) }),
    h('button', { type: 'button', text: t.retry, onclick: () => void start(root) }),
  );
}

const root = document.getElementById('app');
if (root !== null) void start(root);
