// Put into the sidebar's HTML before its own script: `google.script.run` as Apps Script gives it to an HtmlService
// page, carried by `POST /api/run` to the bundle in the playground's server. The parent page hears of every call
// (to redraw the grid and show alerts) and of `google.script.host.close()`.

import type { RunResult } from '../shared/protocol.js';

type Handler = ((value: unknown, userObject?: unknown) => void) | null;

function runner(success: Handler, failure: Handler, userObject: unknown): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
        if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
        if (name === 'withUserObject') return (object: unknown) => runner(success, failure, object);
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args: unknown[]) => {
          fetch('/api/run', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            // google.script.run carries what JSON can: functions and DOM nodes are not sent.
            body: JSON.stringify({ fn: name, args }),
          })
            .then((response) => {
              if (!response.ok) throw new Error(`The playground's server answered ${response.status}`);
              return response.json() as Promise<RunResult>;
            })
            .then((result) => {
              window.parent.postMessage({ type: 'gas-run', fn: name, result }, window.location.origin);
              if (result.ok) success?.(result.value, userObject);
              else failure?.(new Error(result.message), userObject);
            })
            .catch((error: unknown) =>
              failure?.(error instanceof Error ? error : new Error(String(error)), userObject),
            );
        };
      },
    },
  );
}

const host = {
  close: () => window.parent.postMessage({ type: 'gas-close' }, window.location.origin),
  setHeight: () => {},
  setWidth: () => {},
  editor: { focus: () => {} },
};

(window as unknown as { google: unknown }).google = { script: { run: runner(null, null, undefined), host } };
