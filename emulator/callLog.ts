import { fail, messages, ServiceError } from './errors.js';
import type { AuthModeName } from './state.js';

/**
 * Counts every service method call by `Class.method` (`Range.setValues`, `Sheet.getRange`, …), in call order.
 *
 * @example
 * env.calls.reset();
 * bundle.call('buildReport');
 * expect(env.calls.get('Range.setValues')).toBe(1);
 */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];
  private paused = 0;
  private fault: { left: number; only: (name: string) => boolean; message: string } | null = null;

  /** Records one call. Services call this; tests read. Throws when an injected fault is due (see `failAt`). */
  record(name: string): void {
    if (this.paused > 0) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
    const fault = this.fault;
    if (fault?.only(name) && --fault.left === 0) {
      this.fault = null;
      throw new ServiceError(fault.message);
    }
  }

  /**
   * Fault injection: the `n`-th call from now (1-based) that `only` accepts (default: every call) throws Apps
   * Script's service error instead of running, as a real call can fail at any point (a quota, a timeout, a
   * concurrent edit). Once thrown, the fault is gone. Run an operation once to count its calls, then make each
   * position fail in turn.
   *
   * @example
   * env.calls.failAt(3); // the third service call from now throws `Exception: Service Spreadsheets failed …`
   */
  failAt(n: number, options: { only?: (name: string) => boolean; message?: string } = {}): void {
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`failAt: n must be a whole number ≥ 1, got ${n}.`);
    this.fault = {
      left: n,
      only: options.only ?? (() => true),
      message: options.message ?? messages.serviceFailed,
    };
  }

  /** Whether an injected fault is still waiting for its call (false once it fired or was cleared). */
  faultPending(): boolean {
    return this.fault !== null;
  }

  /** Removes an injected fault that has not fired. */
  clearFault(): void {
    this.fault = null;
  }

  /** Calls of one method, e.g. `get('Range.setValues')`. */
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls, or those whose name starts with `prefix` (`total('Range.')`). */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, count] of this.counts) if (name.startsWith(prefix)) sum += count;
    return sum;
  }

  /**
   * Calls that reach the spreadsheet: all calls but those on builder objects (conditional-format rule and chart
   * builders), which only assemble a value in the script before one `setConditionalFormatRules` or `insertChart`
   * carries it to the document. This is the count a report's service-call budget is about.
   */
  documentCalls(): number {
    let sum = 0;
    for (const [name, count] of this.counts) if (!isBuilderCall(name)) sum += count;
    return sum;
  }

  /** Every call's name, in the order they happened. */
  sequence(): readonly string[] {
    return [...this.order];
  }

  /** Counts by name, sorted by name: handy for inline snapshots. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Forgets all calls. */
  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }

  /** Runs `read` without counting, e.g. a test reading cells back after the code under test ran. */
  untracked<T>(read: () => T): T {
    this.paused += 1;
    try {
      return read();
    } finally {
      this.paused -= 1;
    }
  }
}

const BUILDERS = ['ConditionalFormatRuleBuilder.', 'EmbeddedChartBuilder.'];

/** Whether a call is on a builder object (see {@link CallLog.documentCalls}). */
export function isBuilderCall(name: string): boolean {
  return BUILDERS.some((prefix) => name.startsWith(prefix));
}

/** What a service object needs for {@link instrument}: the world it counts into. */
export interface Instrumented {
  readonly world: { readonly calls: CallLog; readonly authMode: AuthModeName };
}

/** Which calls a custom function may make: Apps Script lets it read the document but not change it. */
const READ_ONLY = /^(get|is|has|can|flush$|toString$)/;

/**
 * Wraps every method of a service class so each call is counted as `service.method`. With
 * `documentData`, a call that changes the document throws as in a custom function
 * (`You do not have permission to call setValue`). Service classes therefore keep only API methods on their
 * prototype; their helpers are module functions, so one API call is one count.
 */
export function instrument(
  serviceClass: { prototype: object },
  service: string,
  options: { documentData?: boolean } = {},
): void {
  const prototype = serviceClass.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[key];
    if (key === 'constructor' || typeof method !== 'function') continue;
    const name = `${service}.${key}`;
    const guarded = options.documentData === true && !READ_ONLY.test(key);
    prototype[key] = function (this: Instrumented, ...args: unknown[]) {
      this.world.calls.record(name);
      if (guarded && this.world.authMode === 'CUSTOM_FUNCTION') fail(messages.noPermission(key));
      return method.apply(this, args);
    };
  }
}
