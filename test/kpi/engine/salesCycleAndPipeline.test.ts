import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis, kpiValues } from '../../../src/kpi/engine/computeKpis';
import { kpiTableCells } from '../../../src/kpi/engine/kpiTableCells';
import { readLog } from '../../../src/kpi/log/readLog';
import { expectKpiRow } from '../../_support/expectKpiRow';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const NOV = parsePeriodLabel('2026-11')!.index;
const OCT = parsePeriodLabel('2026-10')!.index;

/** The month values of a hand-made log. */
function valuesOf(rows: LogRow[], index = NOV, options: { status?: boolean } = {}) {
  return kpiValues(computeKpis(makeLog(rows, options), { period: 'month' }), index);
}

describe('sales_cycle (spec v2 §2)', () => {
  it('is the middle cycle of an odd count of won deals', () => {
    const v = valuesOf([
      { date: '2026-11-11', kind: 'won', amount: 1, created: '2026-11-01' }, // 10 days
      { date: '2026-11-04', kind: 'won', amount: 1, created: '2026-11-01' }, // 3
      { date: '2026-11-30', kind: 'won', amount: 1, created: '2026-10-31' }, // 30
      { date: '2026-11-20', kind: 'lost', amount: 1, created: '2026-01-01' }, // not won: no cycle
      { date: '2026-11-21', kind: 'open', amount: 1, created: '2026-01-01' },
    ]);
    expect(v.sales_cycle).toBe(10); // 3, 10, 30
  });

  it('is the mean of the two middle cycles of an even count', () => {
    const v = valuesOf([
      { date: '2026-11-11', kind: 'won', amount: 1, created: '2026-11-01' }, // 10
      { date: '2026-11-04', kind: 'won', amount: 1, created: '2026-11-01' }, // 3
      { date: '2026-11-30', kind: 'won', amount: 1, created: '2026-10-31' }, // 30
      { date: '2026-11-02', kind: 'won', amount: 1, created: '2026-10-29' }, // 4
    ]);
    expect(v.sales_cycle).toBe(7); // 3, 4 | 10, 30 → (4 + 10) / 2
  });

  it('counts a deal with an id once, at its first won row', () => {
    const rows: LogRow[] = [
      { date: '2026-10-20', kind: 'won', amount: 1, id: 'D1', created: '2026-10-01' }, // D1: 19 days, in October
      { date: '2026-11-03', kind: 'won', amount: 1, id: 'D1', created: '2026-10-01' }, // D1 again: not a cycle
      { date: '2026-11-05', kind: 'won', amount: 1, id: 'D2', created: '2026-11-01' }, // D2: 4 days
      { date: '2026-11-09', kind: 'won', amount: 1, id: 'D2', created: '2026-11-01' }, // D2's second line: no
      { date: '2026-11-10', kind: 'won', amount: 1, id: 'D3', created: '2026-10-31' }, // D3: 10 days
    ];
    const table = computeKpis(makeLog(rows), { period: 'month' });
    expect(kpiValues(table, OCT).sales_cycle).toBe(19);
    expect(kpiValues(table, NOV).sales_cycle).toBe(7); // D2 4, D3 10; D1 counted in October only
  });

  it('takes a deal’s earliest won row in a month, whatever the order of the rows', () => {
    const later: LogRow = { date: '2026-11-20', kind: 'won', amount: 1, id: 'D1', created: '2026-11-01' }; // 19
    const earlier: LogRow = { date: '2026-11-06', kind: 'won', amount: 1, id: 'D1', created: '2026-11-01' }; // 5
    const other: LogRow = { date: '2026-11-09', kind: 'won', amount: 1, id: 'D2', created: '2026-11-02' }; // 7
    expect(valuesOf([later, other, earlier]).sales_cycle).toBe(6); // 5 and 7
    expect(valuesOf([earlier, other, later]).sales_cycle).toBe(6);
    expect(valuesOf([other, later, earlier]).sales_cycle).toBe(6);
  });

  it('never changes when the rows are reordered (property)', () => {
    const day = (n: number) =>
      `2026-${String(10 + Math.floor(n / 28)).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    const row = fc.record({
      at: fc.integer({ min: 0, max: 55 }), // October and November
      took: fc.integer({ min: -3, max: 40 }), // days from created; below 0 is a typo
      id: fc.constantFrom('A', 'B', 'C', undefined),
      kind: fc.constantFrom('won' as const, 'won' as const, 'lost' as const),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer(), (specs, seed) => {
        const rows: LogRow[] = specs.map((r) => ({
          date: day(r.at),
          kind: r.kind,
          amount: 1,
          id: r.id ?? '',
          created: r.at - r.took >= 0 ? day(r.at - r.took) : day(0),
        }));
        const shuffled = [...rows].sort(
          (a, b) => ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7),
        );
        const of = (log: LogRow[]) => [valuesOf(log, OCT).sales_cycle, valuesOf(log).sales_cycle];
        expect(of(shuffled)).toEqual(of(rows));
        expect(of([...rows].reverse())).toEqual(of(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('counts the first won row of a deal in each group (spec §2: a group’s rows alone)', () => {
    const rows: LogRow[] = [
      { date: '2026-10-20', kind: 'won', amount: 1, id: 'D1', rep: 'Ann', created: '2026-10-10' }, // Ann: 10
      { date: '2026-11-05', kind: 'won', amount: 1, id: 'D1', rep: 'Bob', created: '2026-11-01' }, // Bob: 4
    ];
    const table = computeKpis(makeLog(rows), { period: 'month', groups: groupBy(rows, 'rep') });
    expect(kpiValues(table, OCT, 0).sales_cycle).toBe(10);
    expect(kpiValues(table, NOV, 1).sales_cycle).toBe(4);
    expect(kpiValues(table, NOV, 0).sales_cycle).toBeNull(); // Ann won nothing in November
  });

  it('keeps a deal’s first won row per group when its rows alternate between groups', () => {
    const rows: LogRow[] = [
      { date: '2026-11-20', kind: 'won', amount: 1, id: 'D1', rep: 'Ann', created: '2026-11-10' }, // Ann: 10, later
      { date: '2026-11-15', kind: 'won', amount: 1, id: 'D1', rep: 'Bob', created: '2026-11-14' }, // Bob: 1
      { date: '2026-11-05', kind: 'won', amount: 1, id: 'D1', rep: 'Ann', created: '2026-11-03' }, // Ann: 2, first
      { date: '2026-10-30', kind: 'won', amount: 1, id: 'D1', rep: 'Bob', created: '2026-10-01' }, // Bob: 29, first
      { date: '2026-11-06', kind: 'won', amount: 1, id: 'D2', rep: 'Bob', created: '2026-11-01' }, // Bob: 5
    ];
    const table = computeKpis(makeLog(rows), { period: 'month', groups: groupBy(rows, 'rep') });
    expect(kpiValues(table, NOV, 0).sales_cycle).toBe(2); // Ann: D1 once, at its earliest row
    expect(kpiValues(table, OCT, 1).sales_cycle).toBe(29); // Bob: D1 in October
    expect(kpiValues(table, NOV, 1).sales_cycle).toBe(5); // Bob in November: D2 only (D1 was won in October)
  });

  it('is blank without a created column, and with no won deal that has a created day', () => {
    expect(valuesOf([{ date: '2026-11-11', kind: 'won', amount: 1 }]).sales_cycle).toBeNull();
    const v = valuesOf([
      { date: '2026-11-11', kind: 'won', amount: 1 }, // blank created
      { date: '2026-11-12', kind: 'won', amount: 1, created: '2026-11-20' }, // created after it closed: a typo
      { date: '2026-11-13', kind: 'open', amount: 1, created: '2026-11-01' },
    ]);
    expect(v.sales_cycle).toBeNull();
    expect(
      valuesOf([{ date: '2026-11-12', kind: 'won', amount: 1, created: '2026-11-12' }]).sales_cycle,
    ).toBe(0);
  });

  it('reads the created column of a sheet: text and dates, won rows only, through KPI_TABLE', () => {
    const result = kpiTableCells(
      [
        ['Deal', 'Close date', 'Created', 'Amount', 'Stage'],
        ['1', '2026-11-10', '2026-11-01', 100, 'Won'], // 9
        ['2', '2026-11-20', new Date(Date.UTC(2026, 10, 1, 12)), 100, 'Won'], // 19 (a date cell)
        ['3', '2026-11-25', '2026-11-24', 100, 'Lost'], // lost: no cycle
        ['4', '', '2026-11-03', 50, 'Open'], // no close date: dated by created (an open row)
        ['5', '2026-12-02', '2026-11-02', 70, 'Open'], // expected to close in December
      ],
      { locale: 'en_US', timeZone: 'UTC', lang: 'en' },
    );
    if (!result.ok) throw new Error(result.message);
    expectKpiRow(result.rows, '2026-11', { sales_cycle: 14, open_pipeline: 50 }); // (9 + 19) / 2
    expectKpiRow(result.rows, '2026-12', { sales_cycle: '', open_pipeline: 70 });
  });
});

describe('open_pipeline (spec v2 §2)', () => {
  it('sums the amounts of open rows dated in the period (an open row is dated by its expected close date)', () => {
    const rows: LogRow[] = [
      { date: '2026-11-03', kind: 'open', amount: 1000.1 },
      { date: '2026-11-30', kind: 'open', amount: 2000.2 },
      { date: '2026-12-01', kind: 'open', amount: 4000 }, // December: outside November
      { date: '2026-10-31', kind: 'open', amount: 8000 }, // October
      { date: '2026-11-10', kind: 'open' }, // no amount: adds nothing
      { date: '2026-11-10', kind: 'won', amount: 500 },
      { date: '2026-11-10', kind: 'lost', amount: 600 },
      { date: '2026-11-10', kind: 'return', amount: 700 },
    ];
    expect(valuesOf(rows).open_pipeline).toBe(3000.3);
    expect(valuesOf(rows, OCT).open_pipeline).toBe(8000);
  });

  it('falls back to the created day for an open row without a close date (as readLog dates it)', () => {
    const read = readLog(
      [
        ['Close Date', 'Create Date', 'Amount', 'Status'],
        ['', '2026-11-04', 300, 'Open'], // dated 2026-11-04 by its created day
        ['2026-12-15', '2026-11-05', 200, 'Open'], // dated by its expected close date: December
      ],
      { locale: 'en_US', timeZone: 'UTC' },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect([...read.log.day]).toEqual([dayFromCivil(2026, 11, 4), dayFromCivil(2026, 12, 15)]);
    const table = computeKpis(read.log, { period: 'month' });
    expect(kpiValues(table, NOV).open_pipeline).toBe(300);
    expect(kpiValues(table, NOV + 1).open_pipeline).toBe(200);
  });

  it('is blank without a status column (every row is won then)', () => {
    expect(
      valuesOf([{ date: '2026-11-03', kind: 'won', amount: 10 }], NOV, { status: false }).open_pipeline,
    ).toBeNull();
    expect(valuesOf([{ date: '2026-11-03', kind: 'won', amount: 10 }]).open_pipeline).toBe(0);
  });

  it('counts only open rows up to the as-of day when the grid is cut there (spec §3)', () => {
    const rows: LogRow[] = [
      { date: '2026-11-03', kind: 'open', amount: 100 },
      { date: '2026-11-20', kind: 'open', amount: 200 },
    ];
    const cut = computeKpis(makeLog(rows), { period: 'month', lastDay: dayFromCivil(2026, 11, 10) });
    expect(kpiValues(cut, NOV).open_pipeline).toBe(100);
  });
});
