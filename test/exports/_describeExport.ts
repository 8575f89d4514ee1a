import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  buildReport,
  type Figure,
  figureMismatches,
  kpiTable,
  kpiTableRow,
  loadExpected,
  loadFixture,
  reportMonth,
  shuffleColumns,
  tablePeriods,
} from './_exports';

/**
 * The checks every export fixture gets (inside the caller's `describe`): the hand-computed figures of every month
 * through `KPI_TABLE` with no mapping, a skipped-rows note only where the export has unreadable rows, the report's
 * scorecard of the report month, and the same table whatever the order of the columns.
 *
 * @param system A system id of test/fixtures/exports/.
 * @param options `totalsLabel`: the export ends with a totals line that has this label in its first cell and the
 *   sums in their columns (1C's «Итого»); a re-export with its columns in another order keeps the label first.
 * @returns A function that runs `KPI_TABLE` on the fixture once and keeps the table (for the caller's own tests).
 * @example
 * describe('the Zoho CRM export', () => { exportFixtureTests('zoho'); });
 */
export function exportFixtureTests(system: string, options: { totalsLabel?: string } = {}): () => Figure[][] {
  const expected = loadExpected(system);
  let table: Figure[][] | undefined;
  const tableOnce = () => {
    table ??= kpiTable(system);
    return table;
  };

  it('gives the hand-computed figures of every month in KPI_TABLE, with no mapping', () => {
    const rows = tableOnce();
    const mismatches = Object.entries(expected.months).flatMap(([month, figures]) =>
      figureMismatches(kpiTableRow(rows, month), figures, `${system} ${month} KPI_TABLE`),
    );
    expect(tablePeriods(rows)).toEqual(Object.keys(expected.months).sort());
    expect(mismatches).toEqual([]);
  });

  it('reports skipped rows only where the export has unreadable ones', () => {
    const last = String(tableOnce().at(-1)![0]);
    if ((expected.skipped ?? 0) === 0) expect(last).toMatch(/^\d{4}-\d\d$/);
    else expect(last).toMatch(new RegExp(`^${expected.skipped}\\D`));
  });

  it('shows the same figures on the report of its report month', () => {
    const month = reportMonth(expected);
    const report = buildReport(system, month);
    expect(report.alerts).toEqual([]);
    expect(report.actuals.size).toBeGreaterThan(0);
    expect(figureMismatches(report.actuals, expected.months[month], `${system} ${month} report`)).toEqual([]);
  });

  it('gives the same KPI_TABLE whatever the order of the columns', () => {
    const rows = loadFixture(system);
    const width = rows[0].length;
    const reference = tableOnce();
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }),
        (order) => {
          expect(kpiTable(system, reorderColumns(rows, order, options.totalsLabel))).toEqual(reference);
        },
      ),
      { numRuns: 4 },
    );
  });

  return tableOnce;
}

/**
 * The export with its columns in another order (see `shuffleColumns`), a totals line's label kept in the first
 * cell as the system writes it: a column whose total is a number never moves to the first place.
 *
 * @param rows The export, header first.
 * @param order A permutation of the column indexes.
 * @param totalsLabel The first cell of the totals line, if the export has one.
 * @example
 * reorderColumns([['a', 'n'], ['x', '1'], ['Итого', '1']], [1, 0], 'Итого') //=> [['a', 'n'], ['x', '1'], ['Итого', '1']]
 */
export function reorderColumns(rows: string[][], order: readonly number[], totalsLabel?: string): string[][] {
  const totals = rows.findIndex((row, i) => i > 0 && row[0] === totalsLabel);
  if (totalsLabel === undefined || totals === -1) return shuffleColumns(rows, order);
  const fixed = [...order];
  if ((rows[totals][fixed[0]] ?? '') !== '') {
    const label = fixed.indexOf(0);
    [fixed[0], fixed[label]] = [fixed[label], fixed[0]];
  }
  const moved = shuffleColumns(rows, fixed);
  const line = moved[totals].map((cell) => (cell === totalsLabel ? '' : cell));
  line[0] = totalsLabel;
  moved[totals] = line;
  return moved;
}

/**
 * The header of a system's fixture and those of its data rows that pass a test, as a user pasting only them.
 *
 * @param system A system id.
 * @param keep Whether to keep a data row (its cells by header text).
 * @returns The header row, then the kept rows in their order.
 * @example
 * fixtureRows('zoho', (cell) => cell('Stage') === 'Closed Won')[0][0] //=> 'Record Id'
 */
export function fixtureRows(system: string, keep: (cell: (header: string) => string) => boolean): string[][] {
  const [header, ...rows] = loadFixture(system);
  const column = (text: string) => {
    const i = header.indexOf(text);
    if (i === -1) throw new Error(`${system}: no column "${text}"`);
    return i;
  };
  return [header, ...rows.filter((row) => keep((text) => row[column(text)] ?? ''))];
}

/** One period's row of a KPI_TABLE by KPI key; throws when the table has no such row. */
export function periodRow(table: Figure[][], period: string): Map<string, Figure> {
  const row = kpiTableRow(table, period);
  if (row === undefined) throw new Error(`no ${period} row in ${JSON.stringify(table.map((r) => r[0]))}`);
  return row;
}
