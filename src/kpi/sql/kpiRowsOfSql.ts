import { type PeriodType, periodLabel } from '../calendar/periods';
import type { TotalsGrid } from '../engine/computeKpis';
import { type KpiInputs, TOTAL_FIELD_NAMES, type Totals } from '../engine/totals';
import { type Cell, sortedGroupCodes } from '../engine/totalsGridRows';
import { kpiTableMessages } from '../i18n/kpiTable';
import type { Lang } from '../i18n/lang';
import { KPIS } from '../kpis';
import { GROUP_COLUMN, PERIOD_INDEX_COLUMN } from './compileKpiTableSql';
import { totalColumn } from './kpiSqlExpressions';

/** One result row of `compileKpiTableSql` as a driver returns it: column name → value (numbers may come as bigint or text). */
export type SqlRow = Readonly<Record<string, unknown>>;

/** What the rows need beside themselves. */
export interface SqlRowsShape {
  period: PeriodType;
  /** Whether the query grouped (it has a `grp` column). */
  grouped: boolean;
}

/**
 * A value of a result row as a number: null, undefined and '' are null (blank); a bigint or a numeric text (BigQuery's
 * REST answer is all text) is read as a number.
 *
 * @example
 * sqlNumber('1.5E3') //=> 1500
 */
export function sqlNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const n = Number(value);
  if (Number.isNaN(n)) throw new Error(`sqlNumber: "${String(value)}" is not a number`);
  return n;
}

/**
 * Turns the rows of `compileKpiTableSql` into the rows `KPI_TABLE` returns (spec §6), the same layout as the JS
 * engine's `totalsGridRows`: a header in the user's language, one row per period (and group), the KPI values as
 * SQL computed them (NULL → blank), groups in the same order (by name in the language's collation, `—` last).
 *
 * @param rows The query's result rows.
 * @param shape Period type, and whether the query grouped.
 * @param lang The language of the header texts.
 * @param note A last row to append, or null.
 * @returns A rectangular 2D array.
 * @example
 * kpiRowsOfSql([{ period: '2026-11', revenue: 120, …, period_index: 24322 }], { period: 'month', grouped: false }, 'en', null)[1][1] //=> 120
 */
export function kpiRowsOfSql(
  rows: readonly SqlRow[],
  shape: SqlRowsShape,
  lang: Lang,
  note: string | null,
): Cell[][] {
  const words = kpiTableMessages[lang];
  const header: Cell[] = [
    words.period,
    ...(shape.grouped ? [words.group] : []),
    ...KPIS.map((k) => (k.columnNames ?? k.names)[lang]),
  ];
  const grid = gridOf(rows, shape);
  const order = shape.grouped ? sortedGroupCodes(grid.names, lang) : [0];
  const out: Cell[][] = [header];
  for (let p = 0; p < grid.periodCount; p++) {
    const label = periodLabel({ type: shape.period, index: grid.firstIndex + p });
    for (const g of order) {
      const row = grid.rows[g * grid.periodCount + p];
      const cells: Cell[] = [label];
      if (shape.grouped) cells.push(grid.names[g]);
      for (const k of KPIS) cells.push(row === undefined ? '' : (sqlNumber(row[k.key]) ?? ''));
      out.push(cells);
    }
  }
  if (note !== null) out.push([note, ...new Array<Cell>(header.length - 1).fill('')]);
  return out;
}

/**
 * The engine's `TotalsGrid` from the totals columns of the query's rows, so that everything built on the JS
 * engine's grid (`kpiValues`, the report's scorecard, trend and tables) works on a warehouse's answer unchanged.
 *
 * @param rows The query's result rows.
 * @param shape Period type, and whether the query grouped.
 * @param inputs Which inputs the table has (`sqlInputsOf`).
 * @returns The grid.
 * @example
 * totalsGridOfSql(rows, { period: 'month', grouped: false }, inputs).totals[0].gross //=> 1200
 */
export function totalsGridOfSql(rows: readonly SqlRow[], shape: SqlRowsShape, inputs: KpiInputs): TotalsGrid {
  const grid = gridOf(rows, shape);
  const totals: Totals[] = [];
  for (let b = 0; b < grid.rows.length; b++) {
    const row = grid.rows[b];
    const t = {} as Totals;
    for (const field of TOTAL_FIELD_NAMES)
      t[field] = row === undefined ? 0 : (sqlNumber(row[totalColumn(field)]) ?? 0);
    totals.push(t);
  }
  return {
    period: shape.period,
    firstIndex: grid.firstIndex,
    periodCount: grid.periodCount,
    groups: shape.grouped ? grid.names : null,
    inputs,
    totals,
    nonFinite: 0,
  };
}

/** The rows by bucket `group × periodCount + (index − firstIndex)`; groups coded by first appearance. */
function gridOf(rows: readonly SqlRow[], shape: SqlRowsShape) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const codes = new Map<string, number>();
  const names: string[] = [];
  for (const row of rows) {
    const index = sqlNumber(row[PERIOD_INDEX_COLUMN])!;
    first = Math.min(first, index);
    last = Math.max(last, index);
    const name = shape.grouped ? String(row[GROUP_COLUMN]) : '';
    if (!codes.has(name)) {
      codes.set(name, names.length);
      names.push(name);
    }
  }
  const periodCount = rows.length === 0 ? 0 : last - first + 1;
  const firstIndex = rows.length === 0 ? 0 : first;
  const byBucket: (SqlRow | undefined)[] = new Array(Math.max(names.length, 1) * periodCount);
  for (const row of rows) {
    const g = codes.get(shape.grouped ? String(row[GROUP_COLUMN]) : '')!;
    byBucket[g * periodCount + sqlNumber(row[PERIOD_INDEX_COLUMN])! - firstIndex] = row;
  }
  return { firstIndex, periodCount, names, rows: byBucket };
}
