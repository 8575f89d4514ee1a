/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine, so
 * the sample data and their tests are reproducible.
 *
 * @param seed Any integer.
 * @returns `() => number` in [0, 1).
 * @example
 * const next = seededRandom(42); next() === seededRandom(42)() //=> true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks an index by weight.
 *
 * @example
 * pickWeighted([0, 1], Math.random) //=> 1
 */
export function pickWeighted(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let x = random() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}
