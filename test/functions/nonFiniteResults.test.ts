// KPI-SPEC §1.1: a number that is not finite is never shown; a custom function gives a blank instead.
import { describe, expect, it } from 'vitest';
import { ATTAINMENT } from '../../src/functions/attainment';
import { AVERAGE_CHECK } from '../../src/functions/averageCheck';
import { CAC } from '../../src/functions/cac';
import { GROWTH } from '../../src/functions/growth';
import { ROMI } from '../../src/functions/romi';
import { RUN_RATE } from '../../src/functions/runRate';
import { column, inSheet } from './_helpers';

const MAX = Number.MAX_VALUE; // 1.7976931348623157e308

describe('custom functions with results too large to be finite', () => {
  it.each([
    ['RUN_RATE(1e308, 1, 10)', () => RUN_RATE(1e308, 1, 10)], // 1e309 overflows
    ['GROWTH(max, −max)', () => GROWTH(MAX, -MAX)], // 2 × max overflows
    ['ROMI(max, −max)', () => ROMI(MAX, -MAX)],
    ['ROMI(1e308, 1e-308)', () => ROMI(1e308, 1e-308)],
    ['ATTAINMENT(1e308, 1e-10)', () => ATTAINMENT(1e308, 1e-10)],
    ['ATTAINMENT(1e-10, 1e308, TRUE)', () => ATTAINMENT(1e-10, 1e308, true)],
    ['AVERAGE_CHECK(1e308, 1e-10)', () => AVERAGE_CHECK(1e308, 1e-10)],
    ['CAC(1e308, 0.001)', () => CAC(1e308, 0.001)],
  ])('%s is blank, not Infinity', (_, call) => {
    expect(call()).toBe('');
  });

  it('blanks only the overflowing elements of a range', () => {
    expect(RUN_RATE(column(1e308, 300, -1e308), 1, 10)).toEqual(column('', 3000, ''));
    expect(GROWTH(column(MAX, 120), column(-MAX, 100))).toEqual(column('', 0.2));
  });

  it('blanks the result of number text at the edge of the finite range', () => {
    const text = `${'9'.repeat(308)}`; // 1e308, read from text
    expect(inSheet('en_US', () => RUN_RATE(text, 1, 10))).toBe('');
    expect(inSheet('en_US', () => RUN_RATE(text, 1, 1))).toBe(Number(text)); // the period is over: the actual
  });
});
