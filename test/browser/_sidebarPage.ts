/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code run in the page (page.evaluate, the google.script.run shim) uses the DOM.
// The sidebar in headless Chromium, talking to the built bundle in the Apps Script emulator.
//
// dist/Sidebar.html is served as it is from 127.0.0.1; before its script runs, a `google.script.run` shim is put
// in the page (addInitScript) which forwards each call — name and JSON arguments — to Node through
// `page.exposeFunction`, where `bundle.call(name, ...args)` runs it as a new Apps Script execution. Results and
// errors come back as JSON, as google.script.run carries them. Any other request the page makes is refused and
// recorded: the sidebar must be self-contained.

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium, type Dialog, type Page } from 'playwright-core';
import { createEnvironment, type Environment, loadBundle } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import type { ReportSettings } from '../../src/kpi/settings/reportSettings';
import { code, ROOT } from '../bundle/_bundle';
import { findChromium } from './_chromium';

const SIDEBAR_PATH = path.join(ROOT, 'dist/Sidebar.html');
/** The Sheets sidebar's width. */
export const SIDEBAR_WIDTH = 300;

/** Starts headless Chromium as the tests use it (see `findChromium`: never skips, never downloads). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args: [...args] });
}

/**
 * Serves dist/Sidebar.html at http://127.0.0.1:<port>/Sidebar.html, or the page as given (what the add-on shows:
 * `env.ui.sidebars[0].content`).
 */
export async function serveSidebar(page?: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(SIDEBAR_PATH)) throw new Error('dist/Sidebar.html is missing: run `npm run build`.');
  const html = page ?? readFileSync(SIDEBAR_PATH);
  const server: Server = createServer((request, response) => {
    if (request.url === '/Sidebar.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/Sidebar.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a test spreadsheet holds. */
export interface SheetOptions {
  locale?: string;
  userLocale?: string;
  timeZone?: string;
  sheets: Record<string, unknown[][]>;
  settings?: ReportSettings;
}

/** A spreadsheet in the emulator with the bundle, and the sidebar open on it. */
export interface SidebarPage {
  env: Environment;
  bundle: Bundle;
  page: Page;
  /** Every server call the sidebar made, in order. */
  calls: string[];
  /** Alerts, confirms and prompts the page opened (each dismissed). */
  dialogs: Dialog[];
  /** Requests the page tried beyond the sidebar itself (refused). */
  foreignRequests: string[];
}

/** The shim: google.script.run → window.__gasCall (exposed by Node) → the emulator. Runs before the page's script. */
function shim(): void {
  type Handler = ((value: unknown) => void) | null;
  const call = (window as unknown as { __gasCall: (name: string, args: string) => Promise<string> })
    .__gasCall;
  const run = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (fn: Handler) => run(fn, failure);
          if (name === 'withFailureHandler') return (fn: Handler) => run(success, fn);
          if (name === 'withUserObject') return () => run(success, failure);
          if (typeof name !== 'string') return undefined;
          return (...args: unknown[]) => {
            void call(name, JSON.stringify(args)).then((text) => {
              const answer = JSON.parse(text) as { ok: boolean; value?: unknown; message?: string };
              if (answer.ok) success?.(answer.value);
              else failure?.(new Error(answer.message));
            });
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: run(null, null), host: {} } };
}

/**
 * Fills a spreadsheet, loads the bundle, and opens the sidebar on it in a new page 300 px wide.
 *
 * @param browser From `launchChromium`.
 * @param url From `serveSidebar`.
 * @param options The spreadsheet.
 * @returns The page, the emulator and what the page did.
 */
export async function openSidebar(
  browser: Browser,
  url: string,
  options: SheetOptions,
): Promise<SidebarPage> {
  const env = createEnvironment({
    spreadsheetLocale: options.locale ?? 'en_US',
    userLocale: options.userLocale ?? 'en',
    timeZone: options.timeZone ?? 'Europe/Moscow',
    sheets: options.sheets,
    htmlFiles: { Sidebar: readFileSync(SIDEBAR_PATH, 'utf8') },
  });
  if (options.settings)
    env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify(options.settings) });
  const bundle = loadBundle(code, env);
  const page = await browser.newPage({
    viewport: { width: SIDEBAR_WIDTH, height: 900 },
    locale: options.userLocale === 'ru' ? 'ru-RU' : 'en-US',
  });
  const result: SidebarPage = { env, bundle, page, calls: [], dialogs: [], foreignRequests: [] };
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog);
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    result.foreignRequests.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    result.calls.push(name);
    try {
      const value = bundle.call(name, ...(JSON.parse(args) as unknown[]));
      // google.script.run carries what JSON can (undefined becomes null).
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(shim);
  await page.goto(url);
  await page.locator('footer.actions').waitFor();
  return result;
}
