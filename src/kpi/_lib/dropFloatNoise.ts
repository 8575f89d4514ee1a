const SCALE = 1e6;
const LIMIT = 1e9; // beyond this, × 1e6 would leave the range where doubles hold every integer

/**
 * Removes binary floating-point noise from a sum of decimal amounts, so 0.1 + 0.2 shows as 0.3 and a revenue of
 * 1 234,56 stays 1234.56 to the cent. Rounds to a millionth: well below a cent, well above the noise of a sum of
 * a million amounts.
 *
 * @example
 * dropFloatNoise(0.1 + 0.2) //=> 0.3
 */
export function dropFloatNoise(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= LIMIT) return x;
  const rounded = Math.round(x * SCALE) / SCALE;
  return rounded === 0 ? 0 : rounded;
}
