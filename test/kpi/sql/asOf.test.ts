import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { periodIndexOf } from '../../../src/kpi/calendar/periods';
import { computeKpis } from '../../../src/kpi/engine/computeKpis';
import { groupRows } from '../../../src/kpi/engine/groupRows';
import type { Cell } from '../../../src/kpi/engine/totalsGridRows';
import { totalsGridRows } from '../../../src/kpi/engine/totalsGridRows';
import { readLog } from '../../../src/kpi/log/readLog';
import { readSpend } from '../../../src/kpi/log/readSpend';
import { compileKpiTableSql, sqlInputsOf } from '../../../src/kpi/sql/compileKpiTableSql';
import { kpiRowsOfSql, totalsGridOfSql } from '../../../src/kpi/sql/kpiRowsOfSql';
import type { KpiSqlRequest } from '../../../src/kpi/sql/kpiSqlRequest';
import { duckdbWith, typedLog, typedSpend } from './_typedLog';

// The report's grids (what buildReportModel asks computeKpis for): an as-of cut-off (`lastDay`) and periods that must
// be covered without rows (`include`). The compiled query with the same cut-off and periods gives the same grid.

const cells = (file: string) =>
  Papa.parse<string[]>(readFileSync(file, 'utf8')).data.filter((row) => !(row.length === 1 && row[0] === ''));
const SALES = cells('samples/amocrm-deals-ru.csv');
const SPEND = cells('samples/marketing-spend-ru.csv');
const TZ = 'Europe/Moscow';

function same(a: Cell[][], b: Cell[][]): string[] {
  const out: string[] = [];
  if (a.length !== b.length) out.push(`rows ${a.length} vs ${b.length}`);
  for (let r = 0; r < Math.min(a.length, b.length); r++) {
    for (let c = 0; c < a[r].length; c++) {
      const x = a[r][c];
      const y = b[r][c];
      const ok =
        typeof x === 'number' && typeof y === 'number'
          ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))
          : x === y;
      if (!ok) out.push(`${a[r][0]} ${a[0][c]}: js ${x}, sql ${y}`);
    }
  }
  return out.slice(0, 5);
}

describe('compileKpiTableSql with an as-of day and periods to include', () => {
  const typed = typedLog(SALES, 'ru_RU', TZ);
  const spend = typedSpend(SPEND, 'ru_RU', TZ);
  let db: Awaited<ReturnType<typeof duckdbWith>>;
  beforeAll(async () => {
    db = await duckdbWith({ sales: typed, spend });
  });
  afterAll(() => db.close());

  const read = readLog(SALES, { locale: 'ru_RU', timeZone: TZ });
  const spendRead = readSpend(SPEND, { locale: 'ru_RU', timeZone: TZ });
  const lastDay = dayFromCivil(2026, 3, 17);
  const include = [
    periodIndexOf('month', dayFromCivil(2027, 2, 1)),
    periodIndexOf('month', dayFromCivil(2024, 12, 1)),
  ];

  for (const groupBy of [null, 'rep', 'channel'] as const) {
    it(`gives computeKpis' grid as of ${groupBy ?? 'the team'}, with the periods it must include`, async () => {
      if (!read.ok || !spendRead.ok) throw new Error('the sample does not read');
      const groups = groupBy === null ? null : groupRows(SALES, read.log, groupBy, TZ);
      const grid = computeKpis(read.log, {
        period: 'month',
        groups,
        spend: spendRead.table,
        spendByGroup: groups?.by === 'channel',
        include,
        lastDay,
      });
      const request: KpiSqlRequest = {
        table: 'sales',
        columns: typed.columns,
        period: 'month',
        groupBy,
        spend: { table: 'spend', columns: spend.columns },
        timeZone: TZ,
        lastDay,
        include,
      };
      const rows = await db.rows(compileKpiTableSql(request, 'duckdb'));
      const shape = { period: 'month' as const, grouped: groupBy !== null };
      const js = totalsGridRows(grid, 'en', null);
      expect(js.length).toBeGreaterThan(12);
      expect(same(js, kpiRowsOfSql(rows, shape, 'en', null))).toEqual([]);
      expect(
        same(js, totalsGridRows(totalsGridOfSql(rows, shape, sqlInputsOf(request)), 'en', null)),
      ).toEqual([]);
    });
  }

  it('leaves out the rows after the day (the cut-off changes the figures)', async () => {
    const base = { table: 'sales', columns: typed.columns, period: 'year' as const, timeZone: TZ };
    const all = await db.rows(compileKpiTableSql(base, 'duckdb'));
    const cut = await db.rows(compileKpiTableSql({ ...base, lastDay }, 'duckdb'));
    expect(cut.map((row) => row.period)).toEqual(['2025', '2026']);
    expect(Number(cut[1].revenue)).toBeLessThan(Number(all[1].revenue));
    expect(Number(cut[0].revenue)).toBe(Number(all[0].revenue));
  });
});
