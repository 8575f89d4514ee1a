import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { Button, ButtonSet, enumName } from './enums.js';
import { fail, messages } from './errors.js';
import { htmlStateOf } from './html.js';
import { Service } from './service.js';
import type { World } from './world.js';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

/** A menu entry as recorded by `Menu.addToUi()`. */
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  /** The add-on menu is captioned with the add-on's name, as under Extensions in Sheets. */
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface DialogRequest {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}
export interface AlertRecord extends DialogRequest {
  answer: ButtonName;
}
export interface PromptRecord extends DialogRequest {
  answer: { button: ButtonName; text: string };
}
export interface HtmlRecord {
  title: string;
  content: string;
  width: number;
  height: number;
}
export interface DialogRecord extends HtmlRecord {
  modal: boolean;
}
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

const FIRST_BUTTON: Record<ButtonSetName, ButtonName> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

/**
 * Everything the script showed the user, and how the emulated user answers. Read it in tests:
 * `env.ui.menus`, `env.ui.alerts`, `env.ui.sidebars`; steer it with `env.ui.answerAlert = () => 'NO'`.
 */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Answers each alert; by default the set's first button (OK, or YES). */
  answerAlert: (alert: DialogRequest) => ButtonName = (alert) => FIRST_BUTTON[alert.buttons];
  /** Answers each prompt; by default OK (or YES) with empty text. */
  answerPrompt: (prompt: DialogRequest) => { button: ButtonName; text: string } = (prompt) => ({
    button: FIRST_BUTTON[prompt.buttons],
    text: '',
  });

  constructor(readonly addonName: string) {}

  /** The first menu item with this caption, in any menu or submenu. */
  findItem(caption: string): { caption: string; functionName: string } | undefined {
    const search = (entries: MenuEntry[]): { caption: string; functionName: string } | undefined => {
      for (const entry of entries) {
        if (entry.kind === 'item' && entry.caption === caption) return entry;
        if (entry.kind === 'submenu') {
          const found = search(entry.entries);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const menu of this.menus) {
      const found = search(menu.entries);
      if (found) return found;
    }
    return undefined;
  }
}

export type UiApi = Pick<
  GasUi,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar'
>;
export type MenuApi = Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>;

/** The user interface, as `SpreadsheetApp.getUi()` returns it. */
export function uiApi(world: World): GasUi {
  return asApi<GasUi>(new Ui(world));
}

/** Reads `alert`/`prompt` arguments: `(prompt)`, `(prompt, buttons)` or `(title, prompt, buttons)`. */
function dialogRequest(
  a: string,
  b?: string | GoogleAppsScript.Base.ButtonSet,
  c?: GoogleAppsScript.Base.ButtonSet,
) {
  const [title, prompt, buttons] = c !== undefined ? [a, b, c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
  return { title: String(title), prompt: String(prompt), buttons: enumName(buttons) as ButtonSetName };
}

/** `SpreadsheetApp.getUi()`. */
export class Ui extends Service implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  createAddonMenu(): GasMenu {
    return asApi(new Menu(this.world, this.world.ui.addonName, true));
  }
  createMenu(caption: string): GasMenu {
    return asApi(new Menu(this.world, String(caption), false));
  }
  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    const request = dialogRequest(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.world.ui.answerAlert(request);
    this.world.ui.alerts.push({ ...request, answer });
    return Button[answer];
  }
  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    const request = dialogRequest(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.world.ui.answerPrompt(request);
    this.world.ui.prompts.push({ ...request, answer });
    return asApi(new PromptResponse(this.world, answer));
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const html = htmlStateOf(userInterface);
    this.world.ui.sidebars.push({
      title: html.title,
      content: html.content,
      width: html.width,
      height: html.height,
    });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const html = htmlStateOf(userInterface);
    this.world.ui.dialogs.push({
      title: String(title),
      content: html.content,
      width: html.width,
      height: html.height,
      modal: true,
    });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const html = htmlStateOf(userInterface);
    this.world.ui.dialogs.push({
      title: String(title),
      content: html.content,
      width: html.width,
      height: html.height,
      modal: false,
    });
  }
}

/** `Ui.Menu`: collects entries; `addToUi()` records the menu (replacing an earlier one of the same caption). */
export class Menu extends Service implements MenuApi {
  readonly entries: MenuEntry[] = [];

  constructor(
    world: World,
    readonly caption: string,
    readonly addon: boolean,
  ) {
    super(world);
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return asApi(this);
  }
  addSeparator(): GasMenu {
    this.entries.push({ kind: 'separator' });
    return asApi(this);
  }
  addSubMenu(menu: GasMenu): GasMenu {
    if (!(menu instanceof Menu)) fail(messages.badParameters('Object', 'Menu.addSubMenu'));
    this.entries.push({ kind: 'submenu', caption: menu.caption, entries: structuredClone(menu.entries) });
    return asApi(this);
  }
  addToUi(): void {
    const menus = this.world.ui.menus;
    const record = { caption: this.caption, addon: this.addon, entries: structuredClone(this.entries) };
    const at = menus.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
    if (at >= 0) menus[at] = record;
    else menus.push(record);
  }
}

/** `Ui.PromptResponse`. */
export class PromptResponse
  extends Service
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    world: World,
    readonly answer: { button: ButtonName; text: string },
  ) {
    super(world);
  }

  getResponseText(): string {
    return this.answer.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this.answer.button];
  }
}

instrument(Ui, 'Ui');
instrument(Menu, 'Menu');
instrument(PromptResponse, 'PromptResponse');
