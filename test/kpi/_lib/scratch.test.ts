import { describe, expect, it } from 'vitest';
import { borrowInt32, giveBack } from '../../../src/kpi/_lib/scratch';

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
