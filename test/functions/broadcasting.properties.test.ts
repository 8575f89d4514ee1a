import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellInput, CellResult, CellValue } from '../../src/functions/_lib/cells';
import type { ArgKind } from '../../src/functions/_lib/coerceArg';
import { ATTAINMENT } from '../../src/functions/attainment';
import { AVERAGE_CHECK } from '../../src/functions/averageCheck';
import { CAC } from '../../src/functions/cac';
import { CONVERSION } from '../../src/functions/conversion';
import { GROWTH } from '../../src/functions/growth';
import { KPI_STATUS } from '../../src/functions/kpiStatus';
import { REFUSAL_RATE } from '../../src/functions/refusalRate';
import { RETENTION } from '../../src/functions/retention';
import { RETURN_RATE } from '../../src/functions/returnRate';
import { ROMI } from '../../src/functions/romi';
import { RUN_RATE } from '../../src/functions/runRate';
import { errorIn, filled, inSheet } from './_helpers';

type Fn = (...args: CellInput[]) => CellResult;

// Every custom function with the kind of each argument, in the spec's order.
const FUNCTIONS: readonly { name: string; fn: Fn; kinds: readonly ArgKind[] }[] = [
  { name: 'CONVERSION', fn: CONVERSION as Fn, kinds: ['count', 'count'] },
  { name: 'RETENTION', fn: RETENTION as Fn, kinds: ['count', 'count', 'count'] },
  { name: 'AVERAGE_CHECK', fn: AVERAGE_CHECK as Fn, kinds: ['number', 'count'] },
  { name: 'RETURN_RATE', fn: RETURN_RATE as Fn, kinds: ['count', 'count'] },
  { name: 'REFUSAL_RATE', fn: REFUSAL_RATE as Fn, kinds: ['count', 'count'] },
  { name: 'ROMI', fn: ROMI as Fn, kinds: ['number', 'number'] },
  { name: 'CAC', fn: CAC as Fn, kinds: ['number', 'count'] },
  { name: 'GROWTH', fn: GROWTH as Fn, kinds: ['number', 'number'] },
  { name: 'ATTAINMENT', fn: ATTAINMENT as Fn, kinds: ['number', 'number', 'flag'] },
  { name: 'KPI_STATUS', fn: KPI_STATUS as Fn, kinds: ['number', 'number', 'flag', 'fraction'] },
  { name: 'RUN_RATE', fn: RUN_RATE as Fn, kinds: ['number', 'count', 'count'] },
];

// Valid cell values of each kind, blanks and zeros included, some typed as Russian text.
const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, '', null),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => `${n},5`), // '12,5' in a ru sheet
);
const count = fc.oneof(
  fc.nat({ max: 10_000 }),
  fc.double({ min: 0, max: 1e4, noNaN: true }),
  fc.constantFrom(0, ''),
  fc.nat({ max: 999 }).map((n) => `${n}`),
);
const flag = fc.constantFrom<CellValue>(true, false, 1, 0, 'TRUE', 'ложь', '');
const fraction = fc.oneof(
  fc.double({ min: 0.01, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
  fc.constant(''),
);
const VALUE: Record<ArgKind, fc.Arbitrary<CellValue>> = { number: amount, count, flag, fraction };

/** An argument: a single value, or a range of the given shape. */
const argOf = (kind: ArgKind, rows: number, columns: number): fc.Arbitrary<CellInput> =>
  fc.oneof<fc.Arbitrary<CellInput>[]>(
    VALUE[kind],
    fc.array(fc.array(VALUE[kind], { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

const shape = fc.record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) });
const isRange = (a: CellInput): a is readonly (readonly CellValue[])[] => Array.isArray(a);
const at = (a: CellInput, r: number, c: number): CellInput => (isRange(a) ? a[r][c] : a);

describe.each(FUNCTIONS)('$name broadcasting', ({ fn, kinds }) => {
  it('gives, for ranges, the element-wise results of single values', () => {
    fc.assert(
      fc.property(
        shape.chain(({ rows, columns }) =>
          fc.tuple(fc.constant({ rows, columns }), fc.tuple(...kinds.map((k) => argOf(k, rows, columns)))),
        ),
        ([{ rows, columns }, args]) => {
          const result = inSheet('ru_RU', () => fn(...args));
          if (!args.some(isRange)) {
            expect(result).not.toBeInstanceOf(Array);
            return;
          }
          const expected = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) =>
              inSheet('ru_RU', () => fn(...args.map((a) => at(a, r, c)))),
            ),
          );
          expect(result).toEqual(expected);
        },
      ),
    );
  });

  it('gives the same for a single value as for a range filled with it', () => {
    fc.assert(
      fc.property(
        shape,
        fc.integer({ min: 0, max: kinds.length - 1 }),
        fc.tuple(...kinds.map((k) => VALUE[k])),
        fc.tuple(...kinds.map((k) => VALUE[k])),
        ({ rows, columns }, spread, scalars, fillers) => {
          // One argument is a range (so the result is a range); argument `spread` is a single value or filled.
          const ranged = spread === 0 ? 1 : 0;
          const base = scalars.map((s, i) => (i === ranged ? filled(rows, columns, fillers[i]) : s));
          const asFilled = base.map((a, i) => (i === spread ? filled(rows, columns, scalars[i]) : a));
          expect(inSheet('ru_RU', () => fn(...base))).toEqual(inSheet('ru_RU', () => fn(...asFilled)));
        },
      ),
    );
  });

  it('names the row and column of a bad value inside a range', () => {
    fc.assert(
      fc.property(
        shape,
        fc.integer({ min: 0, max: kinds.length - 1 }),
        fc.nat(),
        fc.nat(),
        ({ rows, columns }, bad, r0, c0) => {
          const r = r0 % rows;
          const c = c0 % columns;
          if (rows * columns === 1) return;
          const args: CellInput[] = kinds.map((k, i) => {
            const range = filled(rows, columns, k === 'flag' ? true : 1);
            if (i === bad) range[r][c] = 'oops';
            return range;
          });
          expect(errorIn('en_US', () => fn(...args))).toContain(
            `, row ${r + 1}, column ${c + 1} of the range: "oops"`,
          );
        },
      ),
    );
  });
});
