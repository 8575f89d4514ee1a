// The playground page: draws the workbook the server holds, and runs the add-on's menu items and sidebar calls
// there. Everything the add-on does happens in the server's emulator; this page only shows it.

import { decimalSeparatorOf } from '../../src/kpi/_lib/decimalSeparatorOf.js';
import { langOf } from '../../src/kpi/i18n/lang.js';
import { playgroundMessages } from '../../src/kpi/i18n/playground.js';
import { fromLocaleFormula, toLocaleFormula } from '../shared/formulaLocale.js';
import type { CellView, RunResult, UiEvents, WorkbookView } from '../shared/protocol.js';
import { type EditEnd, openCellEditor } from './cellEditor.js';
import { renderGrid } from './grid.js';
import { closeMenus, renderMenus } from './menus.js';
import { initOutbox, refreshOutbox } from './outbox.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let workbook: WorkbookView | null = null;
/** The selected cell (A1), kept across redraws of the same sheet. */
let selected = 'A1';
/** The playground's own words, in the spreadsheet's language. */
let words = playgroundMessages.en;
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

/** The latest `refresh` started: an earlier one whose answer comes later is stale and draws nothing. */
let refreshSerial = 0;

/** Fetches the workbook and redraws everything that changed. */
async function refresh(view?: WorkbookView): Promise<void> {
  const serial = ++refreshSerial;
  const next = view ?? (await api<WorkbookView>('/api/workbook'));
  // A slow answer must not undo what a later one drew (a tab clicked while the page was still refreshing).
  if (serial !== refreshSerial) return;
  const sheetChanged = workbook?.active.name !== next.active.name;
  workbook = next;
  words = playgroundMessages[langOf(next.locale)];
  showWords(next);
  document.documentElement.lang = next.locale.slice(0, 2);
  $('doc-name').textContent = next.name;
  renderMenus($('menubar'), next.menus, { words, run: (fn) => void runFunction(fn) });
  renderTabs(next);
  const wrap = $('grid-wrap');
  const scroll = { top: wrap.scrollTop, left: wrap.scrollLeft };
  renderGrid(wrap, next.active, select, words);
  if (!sheetChanged) {
    wrap.scrollTop = scroll.top;
    wrap.scrollLeft = scroll.left;
    selectAt(selected);
  } else {
    wrap.scrollTop = 0;
    selectAt('A1');
  }
  syncSidebar(next.sidebar);
  void refreshOutbox();
}

function select(cell: CellView | null, a1: string): void {
  selected = a1;
  $('name-box').textContent = a1;
  const input = $<HTMLInputElement>('formula');
  input.value = textOf(cell);
  input.title = cell?.error ?? '';
}

/** The page's own words (static HTML included), in the spreadsheet's language. */
function showWords(view: WorkbookView): void {
  document.title = words.pageTitle(view.name);
  $('download').textContent = words.download;
  const badge = document.querySelector<HTMLElement>('.badge');
  if (badge !== null) {
    badge.textContent = words.badge;
    badge.title = words.badgeTitle;
  }
  $('menubar').setAttribute('aria-label', words.menu);
  $('name-box').setAttribute('aria-label', words.selectedCell);
  $('formula').setAttribute('aria-label', words.formulaBar);
  $('sidebar-close').setAttribute('aria-label', words.closeSidebar);
  $('sidebar-frame').title = words.sidebarFrame;
  $('tabs').setAttribute('aria-label', words.sheets);
  const ok = document.querySelector<HTMLElement>('#alert button');
  if (ok !== null) ok.textContent = words.ok;
}

/** Whether the spreadsheet writes decimals with a comma: its formulas then separate arguments with `;`. */
function decimalComma(): boolean {
  return decimalSeparatorOf(workbook?.locale ?? 'en_US') === ',';
}

/** What a cell shows for editing: its formula in the locale's notation, else its value as displayed. */
function textOf(cell: CellView | null): string {
  if (cell === null) return '';
  return cell.formula === undefined ? cell.display : toLocaleFormula(cell.formula, decimalComma());
}

/** Selects a cell by its A1 (marks it, fills the name box and the formula bar). */
function selectAt(a1: string): void {
  const wrap = $('grid-wrap');
  wrap.querySelector('td.selected')?.classList.remove('selected');
  const td = wrap.querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);
  td?.classList.add('selected');
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  select(workbook?.active.cells.find((c) => c.a1 === a1) ?? null, a1);
}

/** The cell `rows` down and `columns` right of A1 (never above row 1 or left of column A). */
function moveFrom(a1: string, rows: number, columns: number): string {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1) ?? ['', 'A', '1'];
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  column = Math.max(1, column + columns);
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${Math.max(1, Number(digits) + rows)}`;
}

/** Writes what was typed into the selected cell (in the server's spreadsheet), redraws, moves as Sheets does. */
async function commitEdit(a1: string, end: EditEnd): Promise<void> {
  const view = workbook;
  if (end === null || view === null) {
    selectAt(a1);
    return;
  }
  const cell = view.active.cells.find((c) => c.a1 === a1) ?? null;
  if (end.text === textOf(cell)) {
    selectAt(moveFrom(a1, end.move === 'down' ? 1 : 0, end.move === 'right' ? 1 : 0));
    return;
  }
  const text = end.text.startsWith('=') ? fromLocaleFormula(end.text, decimalComma()) : end.text;
  try {
    const next = await api<WorkbookView>('/api/edit', { sheet: view.active.name, a1, text });
    selected = moveFrom(a1, end.move === 'down' ? 1 : 0, end.move === 'right' ? 1 : 0);
    await refresh(next);
  } catch (error) {
    showAlert(words.scriptError, words.editFailed(error instanceof Error ? error.message : String(error)));
  }
}

/** Edits the selected cell in place, starting with its text (or with the key that started the edit). */
function editSelected(initial?: string): void {
  const a1 = selected;
  const td = $('grid-wrap').querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);
  if (td === null || workbook === null) return;
  const cell = workbook.active.cells.find((c) => c.a1 === a1) ?? null;
  openCellEditor($('grid-wrap'), td, initial ?? textOf(cell), a1, (end) => void commitEdit(a1, end));
}

// Keys on the grid, as in Sheets: Enter or F2 edits the selected cell, typing replaces it, Delete clears it,
// the arrows, Tab and Enter move.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (target !== null && target.closest('input, textarea, select, dialog, iframe, .outbox') !== null) return;
  if (workbook === null || event.ctrlKey || event.metaKey || event.altKey) return;
  const moves: Record<string, [number, number]> = {
    ArrowDown: [1, 0],
    ArrowUp: [-1, 0],
    ArrowRight: [0, 1],
    ArrowLeft: [0, -1],
    Tab: [0, event.shiftKey ? -1 : 1],
  };
  const move = moves[event.key];
  if (move !== undefined) {
    event.preventDefault();
    selectAt(moveFrom(selected, move[0], move[1]));
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    editSelected();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void commitEdit(selected, { text: '', move: 'none' });
  } else if (event.key.length === 1) {
    event.preventDefault();
    editSelected(event.key);
  }
});
$('grid-wrap').addEventListener('dblclick', (event) => {
  const td = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-a1]');
  if (td === null) return;
  selectAt(td.dataset.a1 ?? 'A1');
  editSelected();
});

// The formula bar edits the selected cell too: Enter and Tab commit, Esc puts the cell's text back.
$<HTMLInputElement>('formula').addEventListener('keydown', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  if (event.key === 'Enter' || event.key === 'Tab') {
    event.preventDefault();
    void commitEdit(selected, { text: input.value, move: event.key === 'Enter' ? 'down' : 'right' });
    input.blur();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    selectAt(selected);
    input.blur();
  }
});

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
  if (!result.ok) showAlert(words.scriptError, result.message);
}

const pendingAlerts: { title: string; prompt: string }[] = [];

function showUi(ui: UiEvents): void {
  // A question (Yes / No…) was answered by the emulator with its first button before the page could ask: it is
  // shown with the answer it got.
  for (const alert of ui.alerts) {
    showAlert(
      alert.title,
      alert.buttons === 'OK' ? alert.prompt : `${alert.prompt}\n\n${words.answered(alert.answer)}`,
    );
  }
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

initOutbox(() => refresh());
void refresh().catch((error: unknown) => showAlert(words.cannotLoad, String(error)));
