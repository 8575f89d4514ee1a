import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING, StringCodes } from '../../../src/kpi/_lib/StringCodes';

describe('StringCodes', () => {
  it('gives back the code stored for each string and MISSING for others', () => {
    const codes = new StringCodes();
    codes.set('Customer 7', 0);
    codes.set('customer 7', 1);
    codes.set('', -1);
    expect(codes.get('Customer 7')).toBe(0);
    expect(codes.get('customer 7')).toBe(1);
    expect(codes.get('')).toBe(-1);
    expect(codes.get('Customer 77')).toBe(MISSING);
    expect(codes.get('Customer ')).toBe(MISSING);
  });

  it('agrees with a Map on any strings, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 3000 }), (texts) => {
        const codes = new StringCodes();
        const reference = new Map<string, number>();
        for (const text of texts) {
          if (!reference.has(text)) {
            expect(codes.get(text)).toBe(MISSING);
            reference.set(text, reference.size);
            codes.set(text, reference.size - 1);
          }
        }
        for (const [text, code] of reference) expect(codes.get(text)).toBe(code);
        expect(codes.size).toBe(reference.size);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps 200,000 strings apart', () => {
    const codes = new StringCodes();
    for (let i = 0; i < 200_000; i++) codes.set(`Deal ${i}`, i);
    for (let i = 0; i < 200_000; i += 997) expect(codes.get(`Deal ${i}`)).toBe(i);
    expect(codes.get('Deal 200000')).toBe(MISSING);
  });

  describe('edge cases', () => {
    it('keeps a long string and Cyrillic text', () => {
      const codes = new StringCodes();
      const long = 'x'.repeat(10_000);
      codes.set(long, 3);
      codes.set('ООО «Ромашка»', 4);
      expect(codes.get(long)).toBe(3);
      expect(codes.get(`${long}y`)).toBe(MISSING);
      expect(codes.get('ООО «Ромашка»')).toBe(4);
    });
  });
});
