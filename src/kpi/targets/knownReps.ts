import { normalizeKey } from '../_lib/normalizeKey';

/**
 * The reps a target may name: those of the sales log, then those only the targets sheet names (a rep who left,
 * or who has no sales yet), each once, compared as the report compares reps (trimmed, any case, `ё` = `е`).
 *
 * @param logReps The reps of the log, in the order to show them.
 * @param targetReps The reps of the target rows (null for team rows).
 * @returns The names, as the log spells them where it has them.
 * @example
 * knownReps(['Anna'], ['anna ', 'Boris', null]) //=> ['Anna', 'Boris']
 */
export function knownReps(logReps: readonly string[], targetReps: readonly (string | null)[]): string[] {
  const reps: string[] = [];
  const keys = new Set<string>();
  for (const rep of [...logReps, ...targetReps]) {
    if (rep === null) continue;
    const key = normalizeKey(rep);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    reps.push(rep.trim().replace(/\s+/g, ' '));
  }
  return reps;
}
