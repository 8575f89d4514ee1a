import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { growth } from '../formulas/growth';
import { type KpiKey, kpiDefinition } from '../kpis';

/**
 * How a delta is expressed: `relative` change (a fraction: 0.2 = +20 %) for money and counts, `points` for ratio
 * KPIs (a fraction difference: 0.05 = +5 percentage points).
 */
export type DeltaKind = 'relative' | 'points';

/** A change between two values of a KPI. */
export interface Delta {
  /** The change; null when it cannot be computed (a blank value, or a relative change from 0). */
  value: number | null;
  kind: DeltaKind;
}

/**
 * The change of a KPI from a previous value (KPI-SPEC §3 "Deltas"): relative `(current − previous) / |previous|`
 * for money and counts (as `GROWTH`), percentage points `current − previous` for ratios;
 * both rounded to a millionth to drop float noise.
 *
 * @param key The KPI; its unit picks the kind.
 * @param current The value now; null when blank.
 * @param previous The value compared with (previous period, same period last year); null when blank.
 * @returns `{ value, kind }`; value null when either value is blank or, for a relative change, `previous` is 0.
 * @example
 * delta('revenue', 120, 100) //=> { value: 0.2, kind: 'relative' }
 * delta('conversion', 0.3, 0.25) //=> { value: 0.05, kind: 'points' }
 */
export function delta(key: KpiKey, current: number | null, previous: number | null): Delta {
  const kind: DeltaKind = kpiDefinition(key).unit === 'ratio' ? 'points' : 'relative';
  if (current === null || previous === null) return { value: null, kind };
  const value = kind === 'relative' ? growth(current, previous) : current - previous;
  // Float noise only: 0.3 − 0.25 reads 0.05, not 0.04999999999999999; a millionth is far below any shown digit.
  return { value: value === null ? null : dropFloatNoise(value), kind };
}
