import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../src/kpi/_lib/normalizeKey';
import { normalizeKeyFast } from '../../../src/kpi/_lib/normalizeKeyFast';

// Characters where the fast path could go wrong: every kind of whitespace, ё and Ё, letters whose lower case
// differs (İ lowers to two code units).
const TRICKY = [...'  \t\n\u00a0\u2003\u3000\ufeffёЁİAяЯx1', '  '];

describe('normalizeKeyFast', () => {
  it('lowers a plain text and hands anything else to normalizeKey', () => {
    expect(normalizeKeyFast('Customer 12')).toBe('customer 12');
    expect(normalizeKeyFast(' ООО  «Ёлка»\t')).toBe('ооо «елка»');
    expect(normalizeKeyFast('a\u00a0b')).toBe('a b');
    expect(normalizeKeyFast('')).toBe('');
  });

  it('always equals normalizeKey (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.constantFrom(...TRICKY), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeKeyFast(t)).toBe(normalizeKey(t));
      }),
      { numRuns: 2000 },
    );
  });
});
