import { targetPeriodOf } from '../kpi/plan/targets';

// Where a field of the form is, as a path: `['team', 'revenue']`, `['rep', 'revenue', 'Anna B.']`,
// `['columns', 'date']`, `['status', 'contract sent']`, `['asOf']`. Errors and controls are keyed by paths, never by
// dotted strings read back: a rep or status text may hold any character, dots included.

/** A field's path (see above). */
export type FieldPath = readonly string[];

/** The key of "every period" in the targets' period keys: `*month` is every month. */
export const EVERY = '*';

/** Heads whose path has one more part, the rest of the text (`columns.date`, `team.revenue`). */
const TWO_PARTS: ReadonlySet<string> = new Set(['team', 'columns', 'statuses', 'status']);

/**
 * The path of a field as the save protocol names it (`FieldError.field`): the one place a dotted name is read.
 *
 * @param field `asOf`, `columns.date`, `team.revenue`, `rep.revenue.Anna B.` …
 * @returns Its path; a rep's name is kept whole, dots and all.
 * @example
 * pathOfField('rep.revenue.A. Smith') //=> ['rep', 'revenue', 'A. Smith']
 */
export function pathOfField(field: string): FieldPath {
  const dot = field.indexOf('.');
  if (dot < 0) return [field];
  const head = field.slice(0, dot);
  const rest = field.slice(dot + 1);
  if (TWO_PARTS.has(head)) return [head, rest];
  if (head !== 'rep') return [field];
  const second = rest.indexOf('.');
  return second < 0 ? [head, rest] : [head, rest.slice(0, second), rest.slice(second + 1)];
}

/**
 * The protocol's name of a field (also a control's `data-key`).
 *
 * @example
 * fieldOfPath(['rep', 'revenue', 'Anna']) //=> 'rep.revenue.Anna'
 */
export function fieldOfPath(path: FieldPath): string {
  return path.join('.');
}

/**
 * Whether a path is under a head: `['columns', 'date']` is under `columns`, `['columns']` is not.
 *
 * @example
 * isUnder(['team', 'revenue'], 'team') //=> true
 */
export function isUnder(path: FieldPath, head: string): boolean {
  return path.length > 1 && path[0] === head;
}

/** Whether the field is a target (its value, and so its error, belongs to a period). */
export function isTargetPath(path: FieldPath): boolean {
  return isUnder(path, 'team') || isUnder(path, 'rep');
}

/**
 * The targets' period key an error names: its period (a label), or `*<type>` for every period of a type.
 *
 * @param period The error's period (undefined: the period shown, `current`).
 * @param current The period key shown.
 * @example
 * periodKeyOf('month', '2026-11') //=> '*month'
 */
export function periodKeyOf(period: string | null | undefined, current: string): string {
  if (period === undefined) return current;
  const every = targetPeriodOf(period)?.every;
  return every !== undefined ? EVERY + every : (period as string);
}

/**
 * The map key of a field: its path, and for a target the period key too (each period has its own fields).
 *
 * @example
 * slotKey(['team', 'revenue'], '2026-11') === slotKey(['team', 'revenue'], '2026-12') //=> false
 */
export function slotKey(path: FieldPath, periodKey: string): string {
  return JSON.stringify(isTargetPath(path) ? [periodKey, ...path] : [null, ...path]);
}

/** Field errors by path (and, for targets, period key). */
export class FieldErrors {
  private readonly entries = new Map<string, { path: FieldPath; periodKey: string; message: string }>();

  /** The error of a field, or null. */
  get(path: FieldPath, periodKey: string): string | null {
    return this.entries.get(slotKey(path, periodKey))?.message ?? null;
  }

  /** The error kept under a `slotKey`, or null. */
  at(key: string): string | null {
    return this.entries.get(key)?.message ?? null;
  }

  /** Sets (or with null, clears) the error of a field. */
  set(path: FieldPath, periodKey: string, message: string | null): void {
    const key = slotKey(path, periodKey);
    if (message === null) this.entries.delete(key);
    else this.entries.set(key, { path, periodKey, message });
  }

  /** Clears the errors whose path starts with `head`, in that period when given (targets). */
  clearUnder(head: string, periodKey?: string): void {
    for (const [key, error] of this.entries)
      if (
        isUnder(error.path, head) &&
        (periodKey === undefined || (isTargetPath(error.path) && error.periodKey === periodKey))
      )
        this.entries.delete(key);
  }

  /** Clears the errors of every target field of a period. */
  clearTargets(periodKey: string): void {
    this.clearUnder('team', periodKey);
    this.clearUnder('rep', periodKey);
  }

  clear(): void {
    this.entries.clear();
  }
}
