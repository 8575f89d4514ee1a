/** A colour scale with its points resolved to numbers over the values of its ranges (the page only paints it). */
export interface ResolvedGradient {
  points: { color: string; value: number }[];
}

/** A colour scale as the emulator's snapshot holds it (`type`: an `InterpolationType` name). */
export interface GradientPoints {
  min: { color: string; type: string; value: string } | null;
  mid: { color: string; type: string; value: string } | null;
  max: { color: string; type: string; value: string } | null;
}

/**
 * Resolves a colour scale's points against the numbers of its ranges, as Sheets does: `MIN`/`MAX` the lowest and
 * highest number, `NUMBER` the value, `PERCENT` that share of the way from lowest to highest, `PERCENTILE` that
 * percentile. Null when the ranges hold no number (nothing to paint).
 *
 * @example
 * resolveGradient({ min: { color: '#ffffff', type: 'NUMBER', value: '0' }, mid: null,
 *   max: { color: '#57bb8a', type: 'MAX', value: '' } }, [0.2, 0.5])
 * //=> { points: [{ color: '#ffffff', value: 0 }, { color: '#57bb8a', value: 0.5 }] }
 */
export function resolveGradient(
  gradient: GradientPoints,
  numbers: readonly number[],
): ResolvedGradient | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const at = (p: { type: string; value: string }, fallback: number): number => {
    const v = Number(p.value);
    if (p.type === 'MIN') return low;
    if (p.type === 'MAX') return high;
    if (!Number.isFinite(v) || p.value.trim() === '') return fallback;
    if (p.type === 'PERCENT') return low + ((high - low) * v) / 100;
    if (p.type === 'PERCENTILE')
      return sorted[Math.min(sorted.length - 1, Math.round(((sorted.length - 1) * v) / 100))];
    return v;
  };
  const points = [
    { color: gradient.min?.color ?? '#ffffff', value: gradient.min ? at(gradient.min, low) : low },
    ...(gradient.mid ? [{ color: gradient.mid.color, value: at(gradient.mid, (low + high) / 2) }] : []),
    { color: gradient.max?.color ?? '#ffffff', value: gradient.max ? at(gradient.max, high) : high },
  ];
  return { points };
}

/**
 * The colour of a number on a resolved scale: linear between the two points around it, the end colour beyond.
 *
 * @example
 * gradientColorAt({ points: [{ color: '#000000', value: 0 }, { color: '#ffffff', value: 1 }] }, 0.5) //=> '#808080'
 */
export function gradientColorAt(gradient: ResolvedGradient, value: number): string {
  const { points } = gradient;
  if (value <= points[0].value) return points[0].color;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (value <= b.value) {
      const t = b.value === a.value ? 1 : (value - a.value) / (b.value - a.value);
      return mix(a.color, b.color, t);
    }
  }
  return points[points.length - 1].color;
}

function mix(from: string, to: string, t: number): string {
  const rgb = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
  const [a, b] = [rgb(from), rgb(to)];
  return `#${a
    .map((x, i) =>
      Math.round(x + (b[i] - x) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
