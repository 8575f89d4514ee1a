import { ratio } from './ratio';

/**
 * Growth: the relative change from a previous value (KPI-SPEC §5 `GROWTH`). Dividing by `|previous|` keeps the
 * sign meaningful when the previous value is negative: going from −100 to −50 is +50 %, an improvement.
 *
 * @param current The value now.
 * @param previous The value to compare with.
 * @returns `(current − previous) / |previous|`, or null when the previous value is 0.
 * @example
 * growth(120, 100) //=> 0.2
 */
export function growth(current: number, previous: number): number | null {
  return ratio(current - previous, Math.abs(previous));
}
