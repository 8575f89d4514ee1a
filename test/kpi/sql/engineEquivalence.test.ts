import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_TYPES } from '../../../src/kpi/calendar/periods';
import { kpiTableCells } from '../../../src/kpi/engine/kpiTableCells';
import type { Cell } from '../../../src/kpi/engine/totalsGridRows';
import { totalsGridRows } from '../../../src/kpi/engine/totalsGridRows';
import { compileKpiTableSql, sqlInputsOf } from '../../../src/kpi/sql/compileKpiTableSql';
import { kpiRowsOfSql, totalsGridOfSql } from '../../../src/kpi/sql/kpiRowsOfSql';
import { fixtureFile, fixtureNames, loadExpected, loadFixture } from '../../exports/_exports';
import { duckdbWith, typedLog, typedSpend } from './_typedLog';

// Issue 16 "Checked, not hoped": the compiled SQL on DuckDB against the JS engine, on every test log of the project
// (the samples and every export fixture), every period type, ungrouped and by rep and by channel, without and with
// a spend table: every KPI cell equal within a relative 1e-9. The SQL reads the typed table a load step makes of the
// pasted log (_typedLog.ts); the JS engine reads the pasted text itself.

interface Log {
  name: string;
  values: string[][];
  locale: string;
  timeZone: string;
}

function csvCells(file: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: false });
  return parsed.data.filter((row, i) => !(i === parsed.data.length - 1 && row.length === 1 && row[0] === ''));
}

const LOGS: Log[] = [
  {
    name: 'samples/amocrm-deals-ru.csv',
    values: csvCells('samples/amocrm-deals-ru.csv'),
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
  },
  {
    name: 'samples/hubspot-deals-en.csv',
    values: csvCells('samples/hubspot-deals-en.csv'),
    locale: 'en_US',
    timeZone: 'America/New_York',
  },
  {
    // A deal won twice on one day with different created days: both engines take the one created last.
    name: 'a deal won twice on one day',
    values: [
      ['Deal ID', 'Close Date', 'Amount', 'Deal Stage', 'Create Date', 'Deal owner'],
      ['D1', '2026-03-10', '100', 'Closed Won', '2026-03-01', 'Anna'],
      ['D1', '2026-03-10', '50', 'Closed Won', '2026-03-05', 'Anna'],
      ['D2', '2026-03-12', '70', 'Closed Won', '2026-02-20', 'Boris'],
      ['D2', '2026-03-12', '30', 'Closed Won', '', 'Boris'],
      ['D3', '2026-03-15', '10', 'Closed Lost', '2026-03-01', 'Boris'],
    ],
    locale: 'en_US',
    timeZone: 'UTC',
  },
  ...fixtureNames().map((system) => {
    const expected = loadExpected(system);
    return {
      name: fixtureFile(system),
      values: loadFixture(system),
      locale: expected.locale,
      timeZone: expected.timeZone,
    };
  }),
];
const SPEND = csvCells('samples/marketing-spend-ru.csv');

/** Equal cells: both blank, the same text, or numbers within a relative 1e-9. */
function sameCell(a: Cell, b: Cell): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

function differences(js: Cell[][], sql: Cell[][]): string[] {
  const out: string[] = [];
  if (js.length !== sql.length) out.push(`rows: js ${js.length}, sql ${sql.length}`);
  for (let r = 0; r < Math.min(js.length, sql.length); r++) {
    for (let c = 0; c < Math.max(js[r].length, sql[r].length); c++) {
      if (!sameCell(js[r][c], sql[r][c]))
        out.push(`row ${r} (${js[r][0]} ${js[r][1]}) ${js[0][c]}: js ${js[r][c]}, sql ${sql[r][c]}`);
    }
  }
  return out.slice(0, 10);
}

describe('compileKpiTableSql on DuckDB', () => {
  for (const log of LOGS) {
    describe(log.name, () => {
      let db: Awaited<ReturnType<typeof duckdbWith>>;
      const typed = typedLog(log.values, log.locale, log.timeZone);
      const spend = typedSpend(SPEND, 'ru_RU', 'Europe/Moscow');
      beforeAll(async () => {
        db = await duckdbWith({ sales: typed, spend });
      });
      afterAll(() => db.close());
      const groups = [null, ...(['rep', 'channel'] as const).filter((f) => typed.columns[f] !== undefined)];
      for (const period of PERIOD_TYPES) {
        for (const groupBy of groups) {
          for (const withSpend of [false, true]) {
            it(`equals the JS engine by ${period}${groupBy ? ` and ${groupBy}` : ''}${withSpend ? ' with spend' : ''}`, async () => {
              const js = kpiTableCells(log.values, {
                locale: log.locale,
                timeZone: log.timeZone,
                lang: 'en',
                period,
                groupBy,
                spend: withSpend ? SPEND : null,
              });
              expect(js.ok).toBe(true);
              if (!js.ok) return;
              const request = {
                table: 'sales',
                columns: typed.columns,
                period,
                groupBy,
                spend: withSpend ? { table: 'spend', columns: spend.columns } : null,
                timeZone: log.timeZone,
              };
              const sql = compileKpiTableSql(request, 'duckdb');
              const result = await db.rows(sql);
              const shape = { period, grouped: groupBy !== null };
              const rows = kpiRowsOfSql(result, shape, 'en', null);
              // The same rows' totals as the engine's grid: the boundary the report reads.
              const viaGrid = totalsGridRows(
                totalsGridOfSql(result, shape, sqlInputsOf(request)),
                'en',
                null,
              );
              // The JS table's last row is a note when rows were skipped; the SQL table has none.
              const jsRows = js.rows.length === rows.length + 1 ? js.rows.slice(0, -1) : js.rows;
              expect(rows.length).toBeGreaterThan(1);
              expect(differences(jsRows, rows)).toEqual([]);
              expect(differences(jsRows, viaGrid)).toEqual([]);
            });
          }
        }
      }
    });
  }
});
