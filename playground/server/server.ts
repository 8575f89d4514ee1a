import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeWorkbook } from '../../tools/report/writeWorkbook.js';
import type { RunResult, UiEvents } from '../shared/protocol.js';
import type { Workbook } from './demoWorkbook.js';
import { cellEditOf, editCell } from './editCell.js';
import { outboxAction, outboxView } from './outbox.js';
import { workbookView } from './sheetView.js';

/** Only loopback: the playground runs the add-on with the user's files and answers anyone who can reach it. */
export const HOST = '127.0.0.1';

/** The largest request body read (the sidebar's calls send a few KB); a larger one is answered 413 unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What is read and dropped after a 413 so that a client still sending gets the answer; past it, it is cut off. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

export interface PlaygroundServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const STATIC: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/page.js': ['page.js', 'text/javascript; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
};

/**
 * Serves the playground on 127.0.0.1: the page (from `assets`, dist/playground/), the workbook as JSON, the
 * bundle's functions (`POST /api/run`), the sidebar with its `google.script.run` bridge, and the .xlsx download.
 *
 * @param workbook The spreadsheet and the loaded add-on; it lives as long as the server.
 * @param assets The built page's folder.
 * @param port 0 for any free port.
 */
export async function startServer(
  workbook: Workbook,
  assets: string,
  port: number,
): Promise<PlaygroundServer> {
  const files = new Map(
    Object.entries(STATIC).map(([route, [file, type]]) => [
      route,
      { body: readFileSync(path.join(assets, file)), type },
    ]),
  );
  const shim = readFileSync(path.join(assets, 'gasShim.js'), 'utf8');
  const state = { sidebarSerial: 0 };
  const { env, bundle } = workbook;
  // As google.script.run: only the functions the script itself defines at its top level (own properties of its
  // global object), not one ending in "_" (Apps Script hides them), never an inherited `constructor` or `toString`.
  const scriptFunctions = new Set(bundle.functionNames().filter((name) => !name.endsWith('_')));

  const run = (fn: string, args: unknown[]): RunResult => {
    const before = {
      alerts: env.ui.alerts.length,
      toasts: env.ui.toasts.length,
      dialogs: env.ui.dialogs.length,
      sidebars: env.ui.sidebars.length,
    };
    const ui = (): UiEvents => {
      const sidebarOpened = env.ui.sidebars.length > before.sidebars;
      if (sidebarOpened) state.sidebarSerial += 1;
      return {
        alerts: env.ui.alerts
          .slice(before.alerts)
          .map(({ title, prompt, buttons, answer }) => ({ title, prompt, buttons, answer })),
        toasts: env.ui.toasts.slice(before.toasts).map(({ title, message }) => ({ title, message })),
        dialogs: env.ui.dialogs.slice(before.dialogs).map(({ title, modal }) => ({ title, modal })),
        sidebarOpened,
      };
    };
    if (!scriptFunctions.has(fn)) return { ok: false, message: `Script function not found: ${fn}`, ui: ui() };
    try {
      const value = bundle.call(fn, ...args);
      return { ok: true, value: value === undefined ? null : value, ui: ui() };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error), ui: ui() };
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, port: number): Promise<void> => {
    // A page on another site must not drive the playground: the Host must be ours (no DNS rebinding), and POSTs
    // must be JSON (a cross-site form cannot send that without a CORS preflight, which is never answered).
    const host = request.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`)
      return send(response, 403, 'text/plain', 'Forbidden host');
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (request.method === 'GET') {
      const file = files.get(url.pathname);
      if (file !== undefined) return send(response, 200, file.type, file.body);
      if (url.pathname === '/api/workbook')
        return json(response, workbookView(workbook, state.sidebarSerial));
      if (url.pathname === '/sidebar') return sidebarPage(response);
      if (url.pathname === '/api/outbox') return json(response, outboxView(workbook));
      if (url.pathname === '/download.xlsx') return download(response);
      if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
      return send(response, 404, 'text/plain', 'Not found');
    }
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'text/plain', 'JSON only');
    }
    const text = await readBody(request);
    if (text === null) return tooLarge(request, response);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return send(response, 400, 'text/plain', 'Bad JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return send(response, 400, 'text/plain', 'The body must be a JSON object');
    }
    const body = parsed as Record<string, unknown>;
    if (url.pathname === '/api/run') {
      if (typeof body.fn !== 'string') return send(response, 400, 'text/plain', '"fn" must be a string');
      if (body.args !== undefined && !Array.isArray(body.args))
        return send(response, 400, 'text/plain', '"args" must be an array');
      return json(response, run(body.fn, (body.args as unknown[] | undefined) ?? []));
    }
    if (url.pathname === '/api/activate') {
      const sheet = env.book.sheets.find((s) => s.name === body.sheet);
      if (sheet === undefined) return send(response, 404, 'text/plain', 'No such sheet');
      env.book.activeSheetId = sheet.id; // the user clicked a tab: not a script's service call
      return json(response, workbookView(workbook, state.sidebarSerial));
    }
    if (url.pathname === '/api/outbox') {
      const answer = outboxAction(workbook, body);
      return typeof answer === 'string' ? send(response, 400, 'text/plain', answer) : json(response, answer);
    }
    if (url.pathname === '/api/edit') {
      const edit = cellEditOf(body);
      if (typeof edit === 'string') return send(response, 400, 'text/plain', edit);
      const problem = editCell(workbook, edit);
      if (problem !== null) return send(response, 404, 'text/plain', problem);
      return json(response, workbookView(workbook, state.sidebarSerial));
    }
    if (url.pathname === '/api/close-sidebar') {
      state.sidebarSerial = 0;
      return json(response, { ok: true });
    }
    return send(response, 404, 'text/plain', 'Not found');
  };

  /** The sidebar the add-on showed last, with the google.script.run bridge put in before its own script. */
  const sidebarPage = (response: ServerResponse): void => {
    const record = env.ui.sidebars.at(-1);
    if (record === undefined) {
      send(response, 404, 'text/plain', 'No sidebar is open');
      return;
    }
    const script = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
    const html = /<head[^>]*>/i.test(record.content)
      ? record.content.replace(/<head[^>]*>/i, (head) => `${head}${script}`)
      : `${script}${record.content}`;
    send(response, 200, 'text/html; charset=utf-8', html);
  };

  const download = async (response: ServerResponse): Promise<void> => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sales-kpi-playground-'));
    const file = path.join(folder, 'workbook.xlsx');
    try {
      await writeWorkbook(env.snapshot(), file);
      const name = `${env.book.name}.xlsx`;
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
      response.end(await readFile(file));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };

  const server = createServer((request, response) => {
    const { port: bound } = server.address() as AddressInfo;
    handle(request, response, bound).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', String(error));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${HOST}:${bound}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function json(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * The request's body as text, or null as soon as it passes {@link MAX_BODY_BYTES} (a `Content-Length` over it is
 * refused before a byte is read): what came so far is dropped, and no more is read.
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.pause();
      chunks.length = 0;
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * 413 at once. A client still sending its body would lose the answer if the connection were closed under it (its
 * next write fails), so what it still sends is read and dropped, never kept, up to {@link MAX_DRAIN_BYTES}; past that
 * (or when the declared length is beyond it) the connection is cut.
 */
function tooLarge(request: IncomingMessage, response: ServerResponse): void {
  send(response, 413, 'text/plain', `Request body over ${MAX_BODY_BYTES} bytes`);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES + MAX_DRAIN_BYTES) {
    response.once('finish', () => request.socket.destroy());
    return;
  }
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) request.socket.destroy();
  });
  request.resume();
}
