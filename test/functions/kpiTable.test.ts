import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../src/functions/_lib/cells';
import { KPI_TABLE } from '../../src/functions/kpiTable';
import { errorIn, inSheet } from './_helpers';

const HEADER = ['Date', 'Amount', 'Status'];
const SALES = [HEADER, [new Date(2026, 10, 3), 100, 'won'], [new Date(2026, 10, 4), 50, 'won']];

describe('KPI_TABLE', () => {
  it('reads a rectangular log', () => {
    const table = inSheet('en_US', () => KPI_TABLE(SALES, 'month')) as unknown[][];
    expect(table[0][0]).toBe('Period');
    expect(table).toHaveLength(2);
  });

  describe('ragged ranges', () => {
    it('refuses a sales log whose rows differ in length, naming the row, in English and Russian', () => {
      const ragged = [HEADER, [new Date(2026, 10, 3), 100, 'won'], [new Date(2026, 10, 4), 50]];
      expect(errorIn('en_US', () => KPI_TABLE(ragged))).toBe(
        'KPI_TABLE: argument "sales" is not a rectangular range: row 3 has 2 cells, but row 1 has 3; ' +
          'every row must have the same number of cells.',
      );
      expect(errorIn('ru_RU', () => KPI_TABLE(ragged))).toMatch(
        /^KPI_TABLE: аргумент «sales» — не прямоугольный диапазон: в строке 3 2 ячейки, а в строке 1 — 3;/,
      );
    });

    it('refuses ragged spend, columns and statuses ranges too', () => {
      const spend = [
        ['Date', 'Channel', 'Spend'],
        [new Date(2026, 10, 1), 'ads'],
      ];
      expect(errorIn('en_US', () => KPI_TABLE(SALES, '', '', spend))).toMatch(/"spend" .* row 2 has 2 cells/);
      expect(errorIn('en_US', () => KPI_TABLE(SALES, '', '', '', [['date', 'Date'], ['amount']]))).toMatch(
        /"columns" .* row 2 has 1 cell,/,
      );
      expect(
        errorIn('en_US', () =>
          KPI_TABLE(SALES, '', '', '', '', [['won', 'won'], 'x'] as unknown as CellInput),
        ),
      ).toMatch(/"statuses" .* row 2 is not a row of cells/);
    });
  });
});
