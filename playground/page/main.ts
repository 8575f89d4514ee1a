// The playground page: draws the workbook the server holds, and runs the add-on's menu items and sidebar calls
// there. Everything the add-on does happens in the server's emulator; this page only shows it.

import type {
  CellView,
  MenuEntryView,
  MenuView,
  RunResult,
  UiEvents,
  WorkbookView,
} from '../shared/protocol.js';
import { renderGrid } from './grid.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let workbook: WorkbookView | null = null;
let sidebarSerial = 0;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? { cache: 'no-store' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Fetches the workbook and redraws everything that changed. */
async function refresh(view?: WorkbookView): Promise<void> {
  const next = view ?? (await api<WorkbookView>('/api/workbook'));
  const sheetChanged = workbook?.active.name !== next.active.name;
  workbook = next;
  document.title = `${next.name} — Sales KPI playground`;
  document.documentElement.lang = next.locale.slice(0, 2);
  $('doc-name').textContent = next.name;
  renderMenus(next.menus);
  renderTabs(next);
  const wrap = $('grid-wrap');
  const scroll = { top: wrap.scrollTop, left: wrap.scrollLeft };
  renderGrid(wrap, next.active, select);
  if (!sheetChanged) {
    wrap.scrollTop = scroll.top;
    wrap.scrollLeft = scroll.left;
  } else {
    wrap.scrollTop = 0;
    select(next.active.cells.find((c) => c.a1 === 'A1') ?? null, 'A1');
  }
  syncSidebar(next.sidebar);
}

function select(cell: CellView | null, a1: string): void {
  $('name-box').textContent = a1;
  const input = $<HTMLInputElement>('formula');
  input.value = cell === null ? '' : (cell.formula ?? cell.display);
  input.title = cell?.error ?? '';
}

function renderTabs(view: WorkbookView): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...view.tabs
      .filter((tab) => !tab.hidden)
      .map((tab) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('role', 'tab');
        button.textContent = tab.name;
        button.setAttribute('aria-selected', String(tab.name === view.active.name));
        if (tab.tabColor !== null) button.style.boxShadow = `inset 0 -3px 0 ${tab.tabColor}`;
        button.addEventListener('click', async () => {
          await refresh(await api<WorkbookView>('/api/activate', { sheet: tab.name }));
        });
        return button;
      }),
  );
}

/** The menus as `onOpen` registered them: an add-on menu sits under Extensions, as in Sheets. */
function renderMenus(menus: MenuView[]): void {
  const bar = $('menubar');
  const addon = menus.filter((m) => m.addon);
  const own = menus.filter((m) => !m.addon);
  const top: { caption: string; entries: MenuEntryView[] }[] = [
    ...own,
    {
      caption: 'Extensions',
      entries: addon.map((m) => ({ kind: 'submenu' as const, caption: m.caption, entries: m.entries })),
    },
  ];
  bar.replaceChildren(
    ...top.map((menu) => {
      const wrapper = document.createElement('div');
      wrapper.className = 'menu';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = menu.caption;
      button.setAttribute('aria-haspopup', 'menu');
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        const open = wrapper.classList.contains('open');
        closeMenus();
        if (!open) {
          wrapper.classList.add('open');
          wrapper.append(dropdown(menu.entries));
        }
      });
      wrapper.append(button);
      return wrapper;
    }),
  );
}

function dropdown(entries: MenuEntryView[]): HTMLElement {
  const list = document.createElement('div');
  list.className = 'dropdown';
  list.setAttribute('role', 'menu');
  if (entries.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = 'No add-on menu (onOpen added none)';
    list.append(empty);
  }
  for (const entry of entries) {
    if (entry.kind === 'separator') {
      list.append(document.createElement('hr'));
      continue;
    }
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.textContent = entry.caption;
    if (entry.kind === 'item') {
      item.dataset.function = entry.functionName;
      item.addEventListener('click', (event) => {
        event.stopPropagation();
        closeMenus();
        void runFunction(entry.functionName);
      });
      list.append(item);
    } else {
      const wrapper = document.createElement('div');
      wrapper.className = 'submenu';
      const arrow = Object.assign(document.createElement('span'), { textContent: '▸' });
      arrow.setAttribute('aria-hidden', 'true');
      item.append(arrow);
      const open = () => {
        for (const other of Array.from(list.querySelectorAll(':scope > .submenu.open'))) {
          other.classList.remove('open');
          other.querySelector('.dropdown')?.remove();
        }
        wrapper.classList.add('open');
        wrapper.append(dropdown(entry.entries));
      };
      item.addEventListener('mouseenter', () => {
        if (!wrapper.classList.contains('open')) open();
      });
      item.addEventListener('click', (event) => {
        event.stopPropagation();
        if (!wrapper.classList.contains('open')) open();
      });
      wrapper.append(item);
      list.append(wrapper);
    }
  }
  return list;
}

function closeMenus(): void {
  for (const open of Array.from(document.querySelectorAll('.menubar .menu.open'))) {
    open.classList.remove('open');
    open.querySelector('.dropdown')?.remove();
  }
}

/** Runs a global of the bundle (a menu item) in the server's emulator, then shows what it showed. */
async function runFunction(fn: string): Promise<void> {
  document.body.style.cursor = 'progress';
  try {
    const result = await api<RunResult>('/api/run', { fn, args: [] });
    await afterRun(result);
  } finally {
    document.body.style.cursor = '';
  }
}

async function afterRun(result: RunResult): Promise<void> {
  await refresh();
  showUi(result.ui);
  // In Sheets an uncaught error of a menu function shows as a message at the top of the page.
  if (!result.ok) showAlert('Script error', result.message);
}

const pendingAlerts: { title: string; prompt: string }[] = [];

function showUi(ui: UiEvents): void {
  for (const alert of ui.alerts) showAlert(alert.title, alert.prompt);
  for (const toast of ui.toasts) showToast(toast.title, toast.message);
}

function showAlert(title: string, prompt: string): void {
  const dialog = $<HTMLDialogElement>('alert');
  if (dialog.open) {
    pendingAlerts.push({ title, prompt });
    return;
  }
  $('alert-title').textContent = title;
  $('alert-prompt').textContent = prompt;
  dialog.showModal();
}

$<HTMLDialogElement>('alert').addEventListener('close', () => {
  const next = pendingAlerts.shift();
  if (next !== undefined) showAlert(next.title, next.prompt);
});

function showToast(title: string, message: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.textContent = title === '' ? message : `${title}: ${message}`;
  $('toasts').append(toast);
  setTimeout(() => toast.remove(), 5000);
}

/** Opens (or reloads, when the add-on showed it again) the sidebar panel, or hides it. */
function syncSidebar(sidebar: WorkbookView['sidebar']): void {
  const panel = $('sidebar');
  if (sidebar === null) {
    panel.hidden = true;
    sidebarSerial = 0;
    return;
  }
  $('sidebar-title').textContent = sidebar.title;
  if (sidebar.serial !== sidebarSerial) {
    sidebarSerial = sidebar.serial;
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?serial=${sidebar.serial}`;
  }
  panel.hidden = false;
}

async function closeSidebar(): Promise<void> {
  await api('/api/close-sidebar', {});
  $('sidebar').hidden = true;
  $<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
  sidebarSerial = 0;
}

$('sidebar-close').addEventListener('click', () => void closeSidebar());
document.addEventListener('click', closeMenus);

// The sidebar's google.script.run calls: redraw after each, show what the add-on showed.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  const data = event.data as { type?: string; result?: RunResult };
  if (data.type === 'gas-close') void closeSidebar();
  if (data.type === 'gas-run' && data.result !== undefined) {
    const result = data.result;
    void refresh().then(() => showUi(result.ui));
  }
});

void refresh().catch((error: unknown) => showAlert('The playground cannot load the workbook', String(error)));
