import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allReady } from '../../../src/functions/_lib/broadcast';
import type { CellValue } from '../../../src/functions/_lib/cells';
import { countArg, fractionArg, numberArg } from '../../../src/functions/_lib/coerceArg';
import { AVERAGE_CHECK } from '../../../src/functions/averageCheck';
import { CONVERSION } from '../../../src/functions/conversion';
import { KPI_STATUS } from '../../../src/functions/kpiStatus';
import { ROMI } from '../../../src/functions/romi';
import { errorIn, inSheet } from '../_helpers';

// The fast path (issue 11): a range whose cells are all finite numbers within the argument's bounds is read as it
// is, without the per-cell coercion. Its results must be those of the generic path, which reads the same numbers
// typed as text (a cell of number text always goes through `coerceArg`).

const cents = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);
const counts = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10);
const grid = (cell: fc.Arbitrary<number>) =>
  fc
    .record({ rows: fc.integer({ min: 2, max: 8 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
const asText = (rows: readonly (readonly number[])[]): CellValue[][] =>
  rows.map((row) => row.map((v) => String(v)));
const sameShape = (rows: readonly (readonly number[])[], cell: fc.Arbitrary<number>) =>
  fc.array(fc.array(cell, { minLength: rows[0].length, maxLength: rows[0].length }), {
    minLength: rows.length,
    maxLength: rows.length,
  });

describe('the fast path for all-number ranges', () => {
  it('gives the results of the generic path (number text) for any numbers, negatives and zeros included', () => {
    fc.assert(
      fc.property(
        grid(cents).chain((a) => fc.tuple(fc.constant(a), sameShape(a, cents))),
        ([revenue, cost]) => {
          expect(allReady(revenue, numberArg('revenue'))).toBe(true);
          const fast = inSheet('en_US', () => ROMI(revenue, cost));
          expect(inSheet('en_US', () => ROMI(asText(revenue), asText(cost)))).toEqual(fast);
          expect(inSheet('en_US', () => ROMI(asText(revenue), cost))).toEqual(fast);
        },
      ),
    );
  });

  it('gives the same results for counts, and for statuses against negative targets', () => {
    fc.assert(
      fc.property(
        grid(counts).chain((a) => fc.tuple(fc.constant(a), sameShape(a, counts), sameShape(a, cents))),
        ([conversions, opportunities, targets]) => {
          expect(inSheet('en_US', () => CONVERSION(conversions, opportunities))).toEqual(
            inSheet('en_US', () => CONVERSION(asText(conversions), asText(opportunities))),
          );
          expect(inSheet('en_US', () => AVERAGE_CHECK(targets, opportunities))).toEqual(
            inSheet('en_US', () => AVERAGE_CHECK(asText(targets), asText(opportunities))),
          );
          expect(
            inSheet('en_US', () =>
              KPI_STATUS(
                targets,
                targets.map((row) => row.map((v) => -v)),
              ),
            ),
          ).toEqual(
            inSheet('en_US', () =>
              KPI_STATUS(asText(targets), asText(targets.map((row) => row.map((v) => -v)))),
            ),
          );
        },
      ),
    );
  });

  it('falls back to the generic path when a blank, a text number or a bad cell is anywhere', () => {
    fc.assert(
      fc.property(
        grid(counts).chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.nat({ max: a.length - 1 }),
            fc.nat({ max: a[0].length - 1 }),
            fc.constantFrom<CellValue>(
              '',
              null,
              '12',
              ' 7 ',
              'abc',
              -1,
              Number.NaN,
              Number.POSITIVE_INFINITY,
              true,
            ),
          ),
        ),
        ([opportunities, r, c, odd]) => {
          const mixed: CellValue[][] = opportunities.map((row) => [...row]);
          mixed[r][c] = odd;
          expect(allReady(mixed, countArg('opportunities'))).toBe(false);
          // Cell by cell, the range gives what the single values give (those always take the generic path).
          const run = (x: CellValue[][]) => inSheet('en_US', () => CONVERSION(1, x));
          const bad =
            typeof odd === 'boolean' ||
            odd === 'abc' ||
            odd === -1 ||
            (typeof odd === 'number' && !Number.isFinite(odd));
          if (bad) {
            expect(errorIn('en_US', () => CONVERSION(1, mixed))).toContain(
              `row ${r + 1}, column ${c + 1} of the range`,
            );
          } else {
            expect(run(mixed)).toEqual(
              mixed.map((row) => row.map((v) => inSheet('en_US', () => CONVERSION(1, v)))),
            );
          }
        },
      ),
    );
  });

  it('checks the bounds of the kind: a count below 0 or a fraction outside (0, 1] is not ready', () => {
    expect(allReady([[0], [2.5]], countArg('orders'))).toBe(true);
    expect(allReady([[0], [-0.5]], countArg('orders'))).toBe(false);
    expect(allReady([[0.9], [1]], fractionArg('at_risk', 0.9))).toBe(true);
    expect(allReady([[0.9], [0]], fractionArg('at_risk', 0.9))).toBe(false);
    expect(allReady([[0.9], [1.01]], fractionArg('at_risk', 0.9))).toBe(false);
    expect(allReady([[-1e300], [1e300]], numberArg('actual'))).toBe(true);
  });
});
