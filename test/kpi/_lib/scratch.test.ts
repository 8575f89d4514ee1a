import { describe, expect, it } from 'vitest';
import { borrowFloat64, borrowInt32, borrowUint8, giveBack } from '../../../src/kpi/_lib/scratch';

describe('borrowInt32', () => {
  it('lends an array of the length asked, every element the fill value', () => {
    const a = borrowInt32(100, -1);
    expect(a.length).toBe(100);
    expect(a.every((x) => x === -1)).toBe(true);
    giveBack(a);
  });

  it('lends a given-back array again, filled afresh', () => {
    const a = borrowInt32(5000, 0);
    a.fill(7);
    giveBack(a);
    const b = borrowInt32(4000, -1);
    expect(b.buffer).toBe(a.buffer);
    expect(b.every((x) => x === -1)).toBe(true);
    giveBack(b);
  });

  it('never lends one memory to two borrowers at once', () => {
    const a = borrowInt32(3000, 0);
    const b = borrowInt32(3000, 0);
    a.fill(1);
    expect(b.every((x) => x === 0)).toBe(true);
    expect(b.buffer).not.toBe(a.buffer);
    giveBack(a, b);
  });

  describe('edge cases', () => {
    it('skips null when giving back', () => {
      expect(() => giveBack(null)).not.toThrow();
      expect(borrowInt32(0, 0).length).toBe(0);
    });
  });
});

describe('borrowFloat64 and borrowUint8', () => {
  it('lend the memory an Int32Array gave back, with the length asked', () => {
    // Larger than any array the tests above gave back, so the pool's best fit is `a`'s memory.
    const a = borrowInt32(250_000, 0);
    giveBack(a);
    const f = borrowFloat64(120_000);
    expect(f.length).toBe(120_000);
    expect(f.buffer).toBe(a.buffer);
    giveBack(f);
    const u = borrowUint8(1_000_000);
    expect(u.length).toBe(1_000_000);
    expect(u.buffer).toBe(a.buffer);
    giveBack(u);
  });

  it('lend one memory once even when it was given back twice', () => {
    const a = borrowFloat64(200_000);
    giveBack(a, a.subarray(0, 10));
    const b = borrowFloat64(200_000);
    const c = borrowFloat64(200_000);
    expect(b.buffer).toBe(a.buffer);
    expect(c.buffer).not.toBe(b.buffer);
    giveBack(b, c);
  });
});
