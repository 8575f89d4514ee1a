import { describe, expect, it } from 'vitest';
import { reportMessages } from '../../../src/kpi/i18n/report';
import { layoutReport, type ReportGrid, type SectionKey } from '../../../src/kpi/report/layoutReport';
import { type Column, REPORT_TABLES, type ReportTables } from '../../../src/kpi/report/reportColumns';
import { model } from './_model';

const { scorecard: SCORECARD_COLUMNS, trend: TREND_COLUMNS } = REPORT_TABLES;

const place = (grid: ReportGrid, key: SectionKey) => grid.sections.find((s) => s.key === key)!;
/** A1 letter of a 1-based column. */
const letter = (column: number) => String.fromCharCode(64 + column);
/** The declarations of a table in the order of `keys`. */
function reorder<R>(columns: readonly Column<R>[], keys: string[]): Column<R>[] {
  expect([...keys].sort()).toEqual(columns.map((c) => c.key).sort());
  return keys.map((key) => columns.find((c) => c.key === key)!);
}
const STATUS_FIRST = [
  'status',
  'kpi',
  'forecast',
  'target',
  'actual',
  'attainment',
  'deltaYear',
  'deltaPrevious',
  'neededPace',
];

describe('report columns', () => {
  const base = layoutReport(model());

  it('gives every column of a table its own key, and a header word in English and Russian', () => {
    for (const [table, columns] of Object.entries(REPORT_TABLES) as [string, readonly Column<never>[]][]) {
      const keys = columns.map((c) => c.key);
      expect(new Set(keys).size, table).toBe(keys.length);
      for (const column of columns) {
        if (column.header !== undefined) continue;
        for (const lang of ['en', 'ru'] as const)
          expect(typeof reportMessages[lang][column.key], `${table}.${column.key} ${lang}`).toBe('string');
      }
    }
  });

  it('moves the status colours, the header, the formats and the alignment with a reordered scorecard column', () => {
    const grid = layoutReport(model(), {
      ...REPORT_TABLES,
      scorecard: reorder(SCORECARD_COLUMNS, STATUS_FIRST),
    });
    const sc = place(grid, 'scorecard');
    const reps = place(grid, 'leaderboard');
    const statusCells = [`A${sc.firstRow}:A${sc.lastRow}`, `J${reps.firstRow}:J${reps.lastRow}`];
    const statusRules = grid.conditionalRules.filter((rule) => rule.kind !== 'gradient');
    expect(statusRules.map((rule) => rule.a1)).toEqual([statusCells, statusCells, statusCells, statusCells]);
    expect(grid.values[sc.headerRow - 1].slice(0, 3)).toEqual(['Status', 'KPI', 'Forecast']);
    // Every row moved whole: the same figures under the same headers as in the declared order.
    const baseSc = place(base, 'scorecard');
    const baseHeader = base.values[baseSc.headerRow - 1];
    STATUS_FIRST.forEach((key, c) => {
      const from = SCORECARD_COLUMNS.findIndex((column) => column.key === key);
      expect(grid.values[sc.headerRow - 1][c], key).toBe(baseHeader[from]);
      for (let r = sc.headerRow - 1; r < sc.lastRow; r++) {
        expect(grid.values[r][c], `${key} ${letter(c + 1)}${r + 1}`).toEqual(base.values[r][from]);
        expect(grid.numberFormats[r][c]).toBe(base.numberFormats[r][from]);
        expect(grid.horizontalAlignments[r][c]).toBe(base.horizontalAlignments[r][from]);
        expect(grid.fontColors[r][c]).toBe(base.fontColors[r][from]);
      }
    });
    for (let r = sc.firstRow; r <= sc.lastRow; r++)
      expect(grid.values[r - 1][0]).toMatch(/^(✓|⚠|✗|—|No data)/);
    expect(grid.horizontalAlignments[sc.firstRow - 1][0]).toBe('center');
    // The rest of the report does not move.
    expect(grid.chart).toEqual(base.chart);
    expect(grid.values.slice(sc.lastRow)).toEqual(base.values.slice(sc.lastRow));
  });

  it('colours the leaderboard status wherever its column is, and nothing there without one', () => {
    const keys = REPORT_TABLES.leaderboard.map((c) => c.key);
    const moved = ['rep', 'status', ...keys.filter((k) => k !== 'rep' && k !== 'status')];
    const grid = layoutReport(model(), {
      ...REPORT_TABLES,
      leaderboard: reorder(REPORT_TABLES.leaderboard, moved),
    });
    const sc = place(grid, 'scorecard');
    const reps = place(grid, 'leaderboard');
    expect(grid.conditionalRules[0].a1).toEqual([
      `E${sc.firstRow}:E${sc.lastRow}`,
      `B${reps.firstRow}:B${reps.lastRow}`,
    ]);
    expect(grid.values.slice(reps.firstRow - 1, reps.lastRow).map((r) => r[1])).toEqual([
      '✓ On track',
      '⚠ At risk',
      '✗ Behind',
      '— No target',
    ]);
    const without = layoutReport(model(), {
      ...REPORT_TABLES,
      leaderboard: REPORT_TABLES.leaderboard.filter((c) => c.role !== 'status'),
    });
    expect(without.conditionalRules[0].a1).toEqual([`E${sc.firstRow}:E${sc.lastRow}`]);
  });

  it('takes the chart data from the trend columns marked for it, labels first, series in column order', () => {
    const tables = (keys: string[]): ReportTables => ({
      ...REPORT_TABLES,
      trend: reorder(TREND_COLUMNS, keys),
    });
    // Target before sales volume: one range still, the line series first.
    const swapped = layoutReport(
      model(),
      tables(['orders', 'period', 'target', 'revenue', 'average_check', 'conversion']),
    );
    const t = place(swapped, 'trend');
    expect(swapped.values[t.headerRow - 1].slice(0, 4)).toEqual([
      'Orders',
      'Period',
      'Target',
      'Sales volume',
    ]);
    expect(swapped.chart).toMatchObject({
      a1Ranges: [`B${t.headerRow}:D${t.lastRow}`],
      series: ['line', 'bars'],
    });
    // Apart: one range per run of adjacent columns, the labels' range first.
    const apart = layoutReport(
      model(),
      tables(['orders', 'revenue', 'average_check', 'target', 'conversion', 'period']),
    );
    const a = place(apart, 'trend');
    expect(apart.chart).toMatchObject({
      a1Ranges: [
        `F${a.headerRow}:F${a.lastRow}`,
        `B${a.headerRow}:B${a.lastRow}`,
        `D${a.headerRow}:D${a.lastRow}`,
      ],
      series: ['bars', 'line'],
    });
    // The ranges hold the period labels, the sales volumes and the targets, whatever their place.
    const column = (grid: ReportGrid, row: number, header: string) =>
      grid.values[row - 1][grid.values[t.headerRow - 1].indexOf(header)];
    expect(column(apart, a.lastRow, 'Period')).toBe('2026-11');
    expect(column(apart, a.lastRow, 'Sales volume')).toBe(
      column(base, place(base, 'trend').lastRow, 'Sales volume'),
    );
  });
});
