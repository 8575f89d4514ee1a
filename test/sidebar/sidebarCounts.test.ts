import { describe, expect, it } from 'vitest';
import { EMPTY_GROUP, groupRows } from '../../src/kpi/engine/groupRows';
import { logColumnsToRead } from '../../src/kpi/log/columnRuns';
import { detectColumns } from '../../src/kpi/log/detectColumns';
import { readLog } from '../../src/kpi/log/readLog';
import type { Field } from '../../src/kpi/log/salesLog';
import type { SidebarStateResult } from '../../src/kpi/sidebar/sidebarProtocol';
import { exportBook, fixtureNames, loadExpected, loadFixture, sheetName } from '../exports/_exports';

// The sidebar counts a log from its date, amount, status and rep columns, reading the others only around the rows
// whose date does not read (src/kpi/log/countingTable.ts). On every CRM export it must show what reading the whole
// sheet gives: the rows, the skipped rows, the unknown statuses and the reps.

/** What the sidebar shows of an export, and the cells its reads of the log returned below the header. */
function sidebarOf(system: string, rows?: string[][]) {
  const { env, bundle } = exportBook(system, { rows });
  const sheet = env.spreadsheet.getSheetByName(sheetName(loadExpected(system)))!;
  const proto = Object.getPrototypeOf(sheet);
  const getRange = proto.getRange;
  let cellsRead = 0;
  proto.getRange = function (...args: number[]) {
    if (args[0] >= 2 && typeof args[3] === 'number') cellsRead += args[2] * args[3];
    return getRange.apply(this, args);
  };
  try {
    const result = bundle.call('getSidebarState', null) as SidebarStateResult;
    if (!result.ok) throw new Error(result.message);
    return { data: result.state.data, cellsRead, values: sheet.getDataRange().getValues(), env };
  } finally {
    proto.getRange = getRange;
  }
}

describe('the sidebar’s counts of a CRM export', () => {
  it.each(fixtureNames())(
    '%s: the rows, skipped rows, unknown statuses and reps of the whole sheet',
    (system) => {
      const expected = loadExpected(system);
      const { data, values } = sidebarOf(system);
      const whole = readLog(values, {
        locale: expected.locale,
        timeZone: expected.timeZone,
        maxSkippedListed: 0,
        customers: false,
      });
      if (!whole.ok) throw new Error(whole.error.code);
      expect(data.quality).toMatchObject({
        rows: whole.quality.rows,
        skipped: whole.quality.skippedCount,
        unknownStatuses: whole.quality.unknownStatuses,
      });
      const reps = groupRows(values, whole.log, 'rep', expected.timeZone)?.names ?? [];
      expect([...data.reps].sort()).toEqual(reps.filter((name) => name !== EMPTY_GROUP).sort());
    },
  );

  it('reads the other columns of a long log only around the rows that lack a date', () => {
    // Pipedrive's dated rows, repeated to 30,000, with one blank row in the middle.
    const rows = loadFixture('pipedrive');
    const date = detectColumns(rows[0]).date!;
    const dated = rows.slice(1).filter((row) => row[date] !== '');
    const long = [rows[0], ...Array.from({ length: 30_000 }, (_, i) => dated[i % dated.length])];
    long.splice(
      15_000,
      0,
      rows[0].map(() => ''),
    );
    const { data, cellsRead, values } = sidebarOf('pipedrive', long);
    const logColumns = logColumnsToRead(values[0].map(String));
    const counted = new Set(
      ['date', 'amount', 'status', 'rep', 'refund'].map((f) => detectColumns(rows[0])[f as Field]),
    );
    counted.delete(undefined);
    // The counted columns of every row; the others (with the columns between them: one read) of the blank row and
    // the row above it.
    const others = cellsRead - counted.size * 30_001;
    expect(others).toBeGreaterThanOrEqual((logColumns.length - counted.size) * 2);
    expect(others).toBeLessThanOrEqual(values[0].length * 2);
    expect(data.quality).toMatchObject({ rows: 30_000, skipped: 0 });
  });
});
