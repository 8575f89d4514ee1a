import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { Lang } from '../i18n/lang';

/** How many movers up and how many down are named (spec §7). */
export const MOVERS_SHOWN = 3;

/** A group's sales volume in P-1 and P (null = blank: no data for the group in that period). */
export interface GroupRevenue {
  name: string;
  previous: number | null;
  current: number | null;
}

/** One group that moved the sales volume. */
export interface Mover {
  /** The group as the log spells it (`—` for rows without a value). */
  name: string;
  /** Sales volume in P-1 and in P (0 for a period without the group's rows). */
  previous: number;
  current: number;
  /** `current − previous`. */
  change: number;
  /** `change / total change`: its part of the team's change (negative when it moved against it); null when the total did not change. */
  share: number | null;
}

/** The groups with the largest rises and falls of sales volume. */
export interface TopMovers {
  /** Largest rise first. */
  up: Mover[];
  /** Largest fall first. */
  down: Mover[];
}

/**
 * The top movers (spec §7): the groups (reps, channels) with the largest rise and the largest fall of sales volume
 * from P-1 to P, up to `limit` each, ties by name (the language's collation: `Anna` before `Boris`), each with its
 * share of the team's change. A group without rows in a period counts 0 there (a rep with no deals last period
 * rose by all they sold); a group that did not change is neither.
 *
 * @param groups Every group's sales volume in P-1 and P.
 * @param totalChange The team's Δ sales volume (the bridge's `change`).
 * @param lang Orders names that tie.
 * @param limit How many up and down. @default 3
 * @example
 * topMoversOf([{ name: 'Anna', previous: 100, current: 40 }, { name: 'Boris', previous: 0, current: 20 }], -40, 'en')
 * //=> { up: [{ name: 'Boris', change: 20, share: -0.5, … }], down: [{ name: 'Anna', change: -60, share: 1.5, … }] }
 */
export function topMoversOf(
  groups: readonly GroupRevenue[],
  totalChange: number,
  lang: Lang,
  limit = MOVERS_SHOWN,
): TopMovers {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const movers = groups.map((g): Mover => {
    const previous = g.previous ?? 0;
    const current = g.current ?? 0;
    const change = dropFloatNoise(current - previous);
    return {
      name: g.name,
      previous,
      current,
      change,
      share: totalChange === 0 ? null : change / totalChange,
    };
  });
  const byName = (a: Mover, b: Mover) => collator.compare(a.name, b.name);
  return {
    up: movers
      .filter((m) => m.change > 0)
      .sort((a, b) => b.change - a.change || byName(a, b))
      .slice(0, limit),
    down: movers
      .filter((m) => m.change < 0)
      .sort((a, b) => a.change - b.change || byName(a, b))
      .slice(0, limit),
  };
}
