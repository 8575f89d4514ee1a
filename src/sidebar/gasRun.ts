import type { SidebarServerApi } from '../kpi/sidebar/sidebarProtocol';

// Why not `gas-client` (npm)? It does this same job — a promise per `google.script.run` call, typed by a map of
// server functions — but it is ~19 KB minified with a `uuid` dependency, and most of it is a postMessage proxy
// for developing the UI on a local dev server, which we do not need: our local runs use the Apps Script emulator
// behind a `google.script.run` shim instead. Its typing also promises `ReturnType<F>` while what arrives is what
// JSON can carry. The part we need is the ~25 lines below, typed by `SidebarServerApi`, the protocol the
// server's globals are checked against.

/** `google.script.run`, the part we use (https://developers.google.com/apps-script/guides/html/reference/run). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } } | undefined;

/** A server call that failed in the transport or threw on the server. */
export class ServerCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerCallError';
  }
}

/** Whether the page runs where `google.script.run` exists (the sidebar in Sheets, or a test's shim). */
export function hasScriptHost(): boolean {
  return typeof google !== 'undefined' && typeof google?.script?.run === 'object';
}

/**
 * Calls a server function of the bundle through `google.script.run`.
 *
 * @param name The global's name.
 * @param args Its arguments (plain JSON).
 * @returns A promise of its result; rejected with `ServerCallError` when it throws or the call fails.
 * @example
 * const result = await serverCall('getSidebarState', null);
 */
export function serverCall<K extends keyof SidebarServerApi>(
  name: K,
  ...args: Parameters<SidebarServerApi[K]>
): Promise<ReturnType<SidebarServerApi[K]>> {
  return new Promise((resolve, reject) => {
    if (!hasScriptHost()) {
      reject(new ServerCallError('google.script.run is not available'));
      return;
    }
    const runner = google!.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarServerApi[K]>))
      .withFailureHandler((error) =>
        reject(new ServerCallError(error instanceof Error ? error.message : String(error))),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
