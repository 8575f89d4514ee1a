import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { enumName, SandboxMode, XFrameOptionsMode } from './enums.js';
import { fail, messages } from './errors.js';
import { Service } from './service.js';
import type { World } from './world.js';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type HtmlOutputApi = Pick<
  GasHtmlOutput,
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
>;
export type HtmlServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile'
>;

/** What an HtmlOutput holds; `Ui.showSidebar` records it. */
export interface HtmlState {
  content: string;
  title: string;
  /** 0 until set. */
  width: number;
  height: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: { name: string; content: string }[];
}

/** The state behind an HtmlOutput argument (e.g. of `showSidebar`). */
export function htmlStateOf(value: unknown): HtmlState {
  if (value instanceof HtmlOutput) return value.state;
  return fail(messages.badParameters('Object', 'Ui.showSidebar'));
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** `HtmlService.HtmlOutput`. */
export class HtmlOutput extends Service implements HtmlOutputApi {
  readonly state: HtmlState;

  constructor(world: World, content: string) {
    super(world);
    this.state = {
      content,
      title: '',
      width: 0,
      height: 0,
      sandboxMode: 'IFRAME',
      xFrameOptionsMode: 'DEFAULT',
      metaTags: [],
    };
  }

  getContent(): string {
    return this.state.content;
  }
  setContent(content: string): GasHtmlOutput {
    this.state.content = String(content);
    return asApi(this);
  }
  append(addedContent: string): GasHtmlOutput {
    this.state.content += String(addedContent);
    return asApi(this);
  }
  appendUntrusted(addedContent: string): GasHtmlOutput {
    this.state.content += escapeHtml(String(addedContent));
    return asApi(this);
  }
  clear(): GasHtmlOutput {
    this.state.content = '';
    return asApi(this);
  }
  getTitle(): string {
    return this.state.title;
  }
  setTitle(title: string): GasHtmlOutput {
    this.state.title = String(title);
    return asApi(this);
  }
  getWidth(): number {
    return this.state.width;
  }
  setWidth(width: number): GasHtmlOutput {
    this.state.width = width;
    return asApi(this);
  }
  getHeight(): number {
    return this.state.height;
  }
  setHeight(height: number): GasHtmlOutput {
    this.state.height = height;
    return asApi(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.state.sandboxMode = enumName(mode);
    return asApi(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.state.xFrameOptionsMode = enumName(mode);
    return asApi(this);
  }
  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.state.metaTags.push({ name: String(name), content: String(content) });
    return asApi(this);
  }
}

/** The `HtmlService` global; files come from `createEnvironment({ htmlFiles })`. */
export class HtmlService extends Service implements HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    return asApi(new HtmlOutput(this.world, typeof html === 'string' ? html : ''));
  }
  /** Reads a project HTML file by name; `Sidebar` and `Sidebar.html` both find `Sidebar`. */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    const name = String(filename);
    const content = this.world.htmlFiles[name] ?? this.world.htmlFiles[name.replace(/\.html$/, '')];
    if (content === undefined) fail(messages.noHtmlFile(name));
    return asApi(new HtmlOutput(this.world, content));
  }
}

instrument(HtmlOutput, 'HtmlOutput');
instrument(HtmlService, 'HtmlService');
