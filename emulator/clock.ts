/**
 * A clock a test or the playground moves by hand. Give it to `createEnvironment({ now: clock.now })`: the services
 * (`MailApp`'s quota day, a trigger's creation time) and the script's own `new Date()` / `Date.now()` then read it,
 * and `advanceClock` (triggerRuns.ts) fires the triggers that fall due on the way.
 *
 * @example
 * const clock = new EmulatedClock(new Date('2026-11-16T06:00:00Z'));
 * const env = createEnvironment({ now: clock.now });
 */
export class EmulatedClock {
  private time: number;

  constructor(start: Date | number = Date.now()) {
    this.time = typeof start === 'number' ? start : start.getTime();
  }

  /** The time now (a new Date each call); bound, so it can be passed as `now`. */
  readonly now = (): Date => new Date(this.time);

  /** Moves the clock to an instant (never back: time in Apps Script only goes forward). */
  set(to: Date | number): void {
    const ms = typeof to === 'number' ? to : to.getTime();
    if (ms < this.time) throw new RangeError('EmulatedClock: the clock cannot go back');
    this.time = ms;
  }
}

/**
 * Makes a script context's `Date` read the emulated clock: `new Date()` and `Date.now()` give `now()`, everything
 * else is the context's own `Date` (so `instanceof Date`, `Date.UTC` and dates built from values are unchanged).
 *
 * @param runInContext Evaluates code in the script's context and returns its value.
 * @param now Epoch milliseconds now.
 */
export function installScriptClock(runInContext: (code: string) => unknown, now: () => number): void {
  const install = runInContext(`(function (now) {
  var RealDate = Date;
  var Clocked = new Proxy(RealDate, {
    construct: function (target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget === Clocked ? target : newTarget);
    },
    apply: function () { return new RealDate(now()).toString(); },
    get: function (target, key) { return key === 'now' ? function now_() { return now(); } : Reflect.get(target, key); }
  });
  Object.defineProperty(globalThis, 'Date', { value: Clocked, writable: true, configurable: true, enumerable: false });
})`) as (now: () => number) => void;
  install(now);
}
