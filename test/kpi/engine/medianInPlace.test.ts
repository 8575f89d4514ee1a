import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace } from '../../../src/kpi/engine/medianInPlace';

/** The median by sorting a copy: the reference. */
function sortedMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

describe('medianInPlace', () => {
  it('is the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(medianInPlace(Int32Array.of(30, 3, 10))).toBe(10);
    expect(medianInPlace(Int32Array.of(30, 3, 10, 4))).toBe(7);
    expect(medianInPlace(Int32Array.of(5))).toBe(5);
    expect(medianInPlace(Int32Array.of(0, 1))).toBe(0.5);
  });

  it('agrees with sorting on any integers, runs of equal values included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 47481 })), {
          minLength: 1,
          maxLength: 200,
        }),
        (values) => {
          expect(medianInPlace(Int32Array.from(values))).toBe(sortedMedian(values));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays fast on sorted and constant runs', () => {
    const n = 200_001;
    expect(medianInPlace(Int32Array.from({ length: n }, (_, i) => i))).toBe(100_000);
    expect(medianInPlace(new Int32Array(n).fill(7))).toBe(7);
    expect(medianInPlace(Int32Array.from({ length: n }, (_, i) => n - i))).toBe(100_001);
  });
});
