/**
 * `numerator / denominator`, or null ("cannot compute", a blank cell) when the denominator is 0. Never `-0`.
 *
 * @param numerator Any number.
 * @param denominator Any number; 0 gives null.
 * @returns The quotient, or null.
 * @example
 * ratio(25, 100) //=> 0.25
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const q = numerator / denominator;
  return q === 0 ? 0 : q;
}
