import vm from 'node:vm';
import { installScriptClock } from './clock.js';
import { AuthMode } from './enums.js';
import type { Environment, RangeReference } from './environment.js';
import { messages, ServiceError } from './errors.js';
import { scriptConsole } from './logger.js';
import { Membrane, type Realm } from './membrane.js';
import { readValues } from './rangeOps.js';
import { recalculate } from './recalc.js';
import type { AuthModeName, CellValue } from './state.js';
import { type BlockBuilder, blockBuilder } from './valueBlock.js';

/** A script bundle loaded against an environment. */
export interface Bundle {
  readonly env: Environment;
  /** The context the bundle was first evaluated in (each call gets a fresh one, see {@link loadBundle}). */
  readonly context: vm.Context;
  /** True when the script defines a global function of that name. */
  has(name: string): boolean;
  /** Names of the script's global functions. */
  functionNames(): string[];
  /**
   * Runs a global function as one Apps Script execution (in `env.authMode`, `FULL` by default) and returns its
   * result as host values. A missing function throws `Script function not found: name`; an error thrown by
   * the script is rethrown as a host `Error` with the same name and message.
   */
  call(name: string, ...args: unknown[]): unknown;
}

export interface LoadOptions {
  /** File name in stack traces. @default 'Code.js' */
  filename?: string;
}

/** The names a script sees besides the JavaScript built-ins. */
export const SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Session',
  'Utilities',
  'ScriptApp',
  'Charts',
  'Logger',
  'MailApp',
  'console',
] as const;

/**
 * Loads a classic Apps Script bundle (e.g. `dist/Code.js`) into `node:vm`. As in Apps Script, every
 * execution starts a fresh global scope and re-runs the script's top level, so nothing survives between calls
 * but what the services store. The context's globals are the Apps Script services and the JavaScript
 * built-ins only: no `require`, `process`, `module`, `Buffer` or timers.
 *
 * @example
 * const bundle = loadBundle(readFileSync('dist/Code.js', 'utf8'), env);
 * bundle.call('onOpen', openEvent(env));
 */
export function loadBundle(code: string, env: Environment, options: LoadOptions = {}): Bundle {
  const script = new vm.Script(code, { filename: options.filename ?? 'Code.js' });
  const newContext = () => {
    // An ordinary global object (no Node interceptors in front of it): a global name costs the script what it
    // costs in Apps Script's V8, not a call into Node on every use (~100× slower in a hot loop).
    const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as vm.Context;
    const realm = vm.runInContext(
      '({ Array, Date, Object, Error, TypeError, RangeError })',
      context,
    ) as Realm;
    // getValues builds its rows and Dates in the context (see valueBlock.ts): no second copy by the membrane.
    const realmBuilder = vm.runInContext(`(${blockBuilder.toString()})()`, context) as BlockBuilder;
    const membrane = new Membrane(realm, realmBuilder);
    if (env.clocked)
      installScriptClock(
        (code) => vm.runInContext(code, context),
        () => env.now().getTime(),
      );
    for (const [name, service] of Object.entries(env.globals)) context[name] = membrane.toScript(service);
    context.console = scriptConsole(env);
    script.runInContext(context);
    return { context, membrane };
  };
  const first = env.runExecution(env.authMode, newContext);
  const isFunction = (name: string) => typeof first.context[name] === 'function';
  return {
    env,
    context: first.context,
    has: isFunction,
    functionNames: () => Object.keys(first.context).filter((name) => isFunction(name) && !isGlobal(name)),
    call(name: string, ...args: unknown[]): unknown {
      return env.runExecution(env.authMode, () => {
        const { context, membrane } = newContext();
        const fn: unknown = context[name];
        if (typeof fn !== 'function') throw new ServiceError(messages.functionNotFound(name));
        try {
          return membrane.toHost(fn(...args.map((arg) => membrane.toScript(arg))));
        } catch (error) {
          throw hostError(error);
        }
      });
    },
  };
}

function isGlobal(name: string): boolean {
  return (SCRIPT_GLOBALS as readonly string[]).includes(name);
}

/** An error from the script's realm as a host error (a `ServiceError` when Apps Script threw it). */
function hostError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (Object.prototype.toString.call(error) !== '[object Error]') return new Error(String(error));
  const { name, message, stack } = error as Error;
  const copy = name === 'Exception' ? new ServiceError(message) : new Error(message);
  copy.name = name;
  if (stack !== undefined) copy.stack = stack;
  return copy;
}

/** An argument of a custom function: a value, a 2-D array, or cells from `env.ref('Sales!B2:B')`. */
export type CustomFunctionArgument = CellValue | CellValue[][] | RangeReference | null | undefined;

/**
 * Calls a custom function as Sheets does: in `AuthMode.CUSTOM_FUNCTION` (reading works, writing throws), with
 * arguments as Sheets passes them — one cell as a scalar, a range as a 2-D array, blanks as `''`. An error
 * thrown by the function surfaces as a thrown `Error` with its message (Sheets shows it in the cell).
 *
 * @example
 * runCustomFunction(bundle, 'CONVERSION', [env.ref('Sales!C2:C'), env.ref('Sales!D2:D')]) //=> 0.25
 */
export function runCustomFunction(
  bundle: Bundle,
  name: string,
  args: CustomFunctionArgument[] = [],
): unknown {
  const env = bundle.env;
  const values = args.map((arg) => sheetsArgument(env, arg));
  const previous = env.authMode;
  env.authMode = 'CUSTOM_FUNCTION';
  try {
    const result = bundle.call(name, ...values);
    return result === undefined || result === null ? '' : result;
  } finally {
    env.authMode = previous;
  }
}

function sheetsArgument(env: Environment, arg: CustomFunctionArgument): CellValue | CellValue[][] {
  if (arg === null || arg === undefined) return '';
  if (typeof arg === 'object' && !(arg instanceof Date) && !Array.isArray(arg)) {
    const { sheet, area } = env.resolve(arg.a1);
    recalculate(env);
    return scalarIfSingle(readValues({ world: env, sheet, area }));
  }
  if (Array.isArray(arg)) {
    return scalarIfSingle(arg.map((row) => (Array.isArray(row) ? row : [row]).map((v) => v ?? '')));
  }
  return arg;
}

function scalarIfSingle(values: CellValue[][]): CellValue | CellValue[][] {
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

/** The event object of a simple `onOpen(e)` trigger. */
export function openEvent(
  env: Environment,
  authMode: AuthModeName = 'LIMITED',
): { authMode: GoogleAppsScript.Script.AuthMode; source: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  return { authMode: AuthMode[authMode], source: env.spreadsheet };
}
