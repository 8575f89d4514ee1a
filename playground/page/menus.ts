// The playground's menu bar: the menus `onOpen` registered, an add-on's under Extensions as in Sheets, with their
// drop-downs and submenus. A menu item runs its function through the page (main.ts).
import type { playgroundMessages } from '../../src/kpi/i18n/playground.js';
import type { MenuEntryView, MenuView } from '../shared/protocol.js';

/** What the menus need from the page: its words and how to run a menu item's function. */
export interface MenuContext {
  readonly words: Pick<(typeof playgroundMessages)['en'], 'extensions' | 'noAddonMenu'>;
  readonly run: (functionName: string) => void;
}

/** The menus as `onOpen` registered them: an add-on menu sits under Extensions, as in Sheets. */
export function renderMenus(bar: HTMLElement, menus: MenuView[], context: MenuContext): void {
  const addon = menus.filter((m) => m.addon);
  const own = menus.filter((m) => !m.addon);
  const top: { caption: string; entries: MenuEntryView[] }[] = [
    ...own,
    {
      caption: context.words.extensions,
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
          wrapper.append(dropdown(menu.entries, context));
        }
      });
      wrapper.append(button);
      return wrapper;
    }),
  );
}

function dropdown(entries: MenuEntryView[], context: MenuContext): HTMLElement {
  const list = document.createElement('div');
  list.className = 'dropdown';
  list.setAttribute('role', 'menu');
  if (entries.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = context.words.noAddonMenu;
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
        context.run(entry.functionName);
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
        wrapper.append(dropdown(entry.entries, context));
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

/** Closes every open menu (a click anywhere else, a menu item run). */
export function closeMenus(): void {
  for (const open of Array.from(document.querySelectorAll('.menubar .menu.open'))) {
    open.classList.remove('open');
    open.querySelector('.dropdown')?.remove();
  }
}
