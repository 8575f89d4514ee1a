import { dayFromCivil } from '../calendar/day';
import type { PeriodType } from '../calendar/periods';
import { type KpiInputs, TOTAL_FIELD_NAMES, type TotalField } from '../engine/totals';
import { KPIS } from '../kpis';
import type { Field } from '../log/salesLog';
import { KPI_SQL, totalColumn } from './kpiSqlExpressions';
import type { KpiSqlRequest, SqlDialectName } from './kpiSqlRequest';
import { type SqlDialect, sqlDialect } from './sqlDialect';
import { collapseSql, normalizeKeySql, statusClassSql, statusKeySql, trimSql } from './statusCaseSql';

/** The name of the result's group column (present only with `groupBy`). */
export const GROUP_COLUMN = 'grp';
/** The name of the result's period label column. */
export const PERIOD_COLUMN = 'period';
/** The name of the result's period index column (`periodIndexOf`: months since year 0 …). */
export const PERIOD_INDEX_COLUMN = 'period_index';

// Spec §1.1: a date before 1970-01-01 or after 2099-12-31 is implausible; the row is skipped.
const FIRST_DAY = dayFromCivil(1970, 1, 1);
const LAST_DAY = dayFromCivil(2099, 12, 31);
const FIRST_MONDAY = 4; // 1970-01-05: week indices count from it, as `periodIndexOf` does

/**
 * Compiles `KPI_TABLE` (spec §6) into one SQL query over a table with typed columns, from the KPI registry: every
 * KPI of spec §2 with the JS engine's semantics (status classes and words incl. the user's, returns and refunds,
 * distinct ids, new and returning customers, bounded retention via P and P−1, spend by channel, blank ratios). The
 * result has one row per period (and group) from the first to the last period with any row, empty periods
 * included, ordered by period index then group: `period` (the label of spec §4), `grp` (with `groupBy`), one
 * column per KPI key in registry order (NULL = blank), `period_index`, and the totals the KPIs come from
 * (`t_gross` …, one per `TOTAL_FIELDS`), which `kpiTableOfSql` turns into the engine's `TotalsGrid`.
 *
 * One query plan for both dialects; `sqlDialect` holds what differs. What only pasted text needs (number text,
 * continuation lines, footer lines, dates in words) is the table's job (docs/SQL.md).
 *
 * @param request Table, column mapping, period type, group, spend table, extra status words, time zone.
 * @param dialect `duckdb` or `bigquery`.
 * @returns The query text.
 * @example
 * compileKpiTableSql({ table: 'orders', columns: { date: 'day', amount: 'total' } }, 'duckdb')
 * //=> 'WITH raw AS (SELECT … FROM "orders" AS src) … ORDER BY period_index'
 */
export function compileKpiTableSql(request: KpiSqlRequest, dialect: SqlDialectName): string {
  const d = sqlDialect(dialect);
  const cols = request.columns;
  if (cols.date === undefined || cols.amount === undefined) {
    throw new Error('compileKpiTableSql: the date and amount columns are required');
  }
  const period = request.period ?? 'month';
  // The as-of cut-off: a row dated after it counts nowhere (its date is still checked for plausibility first).
  const lastDay = Math.min(LAST_DAY, Math.floor(request.lastDay ?? LAST_DAY));
  const included = (request.include ?? [])
    .map((index) => ` UNION ALL SELECT ${Math.floor(index)} AS p`)
    .join('');
  const tz = request.timeZone ?? 'UTC';
  const has = (field: Field) => cols[field] !== undefined && cols[field] !== '';
  const col = (field: Field) => `src.${d.ident(cols[field]!)}`;
  const group = groupColumnOf(request);
  const spend = request.spend ?? null;
  const spendByGroup =
    group !== null && group.field === 'channel' && spend !== null && !!spend.columns.channel;
  const spendApplies = spend !== null && (group === null || spendByGroup);

  const dateOf = (field: 'date' | 'created') =>
    d.dateOf(col(field), request.dateKinds?.[field] ?? 'date', tz);
  const created = has('created') ? dateOf('created') : 'NULL';
  const date = has('created') ? `COALESCE(${dateOf('date')}, ${created})` : dateOf('date');
  const text = (expr: string) => d.text(expr);

  const ctes: string[] = [];
  if (has('status')) {
    const key = statusKeySql(d, text('s'));
    ctes.push(
      `status_map AS (SELECT s, ${statusClassSql(d, 'k', request.statuses)} AS cls FROM ` +
        `(SELECT s, ${key} AS k FROM (SELECT DISTINCT ${col('status')} AS s FROM ${d.table(request.table)} AS src) AS distinct_statuses) AS keyed)`,
    );
  }
  // Customers and group values are normalised once per distinct text (a dictionary), not once per row: the regular
  // expressions of `normalizeKey` are the costliest part of a large log.
  const table = d.table(request.table);
  if (has('customer')) {
    ctes.push(
      `customer_map AS (SELECT c, NULLIF(${normalizeKeySql(d, text('c'))}, '') AS cust FROM ` +
        `(SELECT DISTINCT ${col('customer')} AS c FROM ${table} AS src) AS distinct_customers)`,
    );
  }
  if (group !== null) {
    ctes.push(
      `group_map AS (SELECT v, gsp, ${normalizeKeySql(d, 'gsp')} AS gk FROM (SELECT v, ` +
        `${collapseSql(d, trimSql(d, `COALESCE(${text('v')}, '')`))} AS gsp FROM ` +
        `(SELECT DISTINCT src.${d.ident(group.column)} AS v FROM ${table} AS src) AS distinct_values) AS spelt)`,
    );
  }
  const joins = [
    has('status') ? ` LEFT JOIN status_map AS sm ON sm.s = ${col('status')}` : '',
    has('customer') ? ` LEFT JOIN customer_map AS cm ON cm.c = ${col('customer')}` : '',
    group !== null ? ` LEFT JOIN group_map AS gm ON gm.v = src.${d.ident(group.column)}` : '',
  ].join('');
  ctes.push(
    `raw AS (SELECT ${date} AS d, ${created} AS cr, ${d.finite(d.float(col('amount')))} AS amount, ` +
      `${has('status') ? "COALESCE(sm.cls, 'open')" : "'won'"} AS cls, ` +
      `${!has('id') ? 'NULL' : request.idType === 'number' ? col('id') : `NULLIF(${trimSql(d, text(col('id')))}, '')`} AS id, ` +
      `${has('customer') ? 'cm.cust' : 'NULL'} AS cust, ` +
      `${group === null ? "''" : "COALESCE(gm.gsp, '')"} AS gsp, ` +
      `${group === null ? "''" : "COALESCE(gm.gk, '')"} AS gk, ` +
      `${has('quantity') ? d.finite(d.float(col('quantity'))) : 'NULL'} AS qty, ` +
      `${has('refund') ? `ABS(${d.finite(d.float(col('refund')))})` : 'NULL'} AS refund ` +
      `FROM ${table} AS src${joins})`,
  );
  // Spec §1.1 "Bad rows": no date, an implausible one, or a sale without a readable amount: skipped.
  ctes.push(
    `kept ${d.materialized}(SELECT * FROM (SELECT raw.*, ${d.dayNumber('d')} AS day FROM raw) AS dated ` +
      `WHERE day BETWEEN ${FIRST_DAY} AND ${LAST_DAY} ` +
      `AND NOT (amount IS NULL AND cls IN ('won', 'refunded', 'returned')))`,
  );
  // Spec §1.1 "Returns": a returned row with an id of its own is the sale and its return; one whose id another kept
  // row also has is a return line only. Only the ids of returned rows are counted.
  const sharedIds = has('id') && has('status');
  if (sharedIds) {
    ctes.push(
      `shared_ids AS (SELECT id AS shared_id FROM kept WHERE id IN (SELECT id FROM kept WHERE cls = 'returned') ` +
        `GROUP BY id HAVING COUNT(*) > 1)`,
    );
  }
  const ownId = sharedIds ? '(id IS NOT NULL AND shared_id IS NULL)' : 'FALSE';
  const kind =
    `CASE WHEN amount < 0 THEN 'R' WHEN cls = 'lost' THEN 'L' WHEN cls = 'open' THEN 'O' ` +
    `WHEN cls = 'returned' AND ${ownId} THEN 'W' WHEN cls = 'returned' THEN 'R' ELSE 'W' END`;
  const secondReturn =
    `amount >= 0 AND ((cls = 'returned' AND ${ownId})` +
    `${has('refund') ? " OR (cls IN ('won', 'refunded') AND refund > 0)" : ''})`;
  const g = group === null ? "''" : "CASE WHEN gk = '' THEN '—' ELSE gk END";
  // Each kept row is one entry, and a second one (a return) when it is a sale and its return: one scan of `kept`.
  ctes.push(
    `entries AS (SELECT d, day, cr, kind, amt, CASE WHEN kind = 'W' THEN cust END AS cust, gsp, ${g} AS g, qty, id FROM (` +
      `SELECT d, day, cr, CASE WHEN nth = 1 THEN ${kind} ELSE 'R' END AS kind, ` +
      `CASE WHEN nth = 1 THEN ABS(amount) WHEN cls = 'returned' THEN amount ELSE refund END AS amt, ` +
      `cust, gsp, gk, CASE WHEN nth = 1 THEN qty END AS qty, id FROM (` +
      `SELECT kept.*, 1 AS nth FROM kept UNION ALL SELECT kept.*, 2 AS nth FROM kept` +
      `${sharedIds ? ' LEFT JOIN shared_ids ON shared_id = id' : ''} WHERE ${secondReturn}) AS kept_twice` +
      `${sharedIds ? ' LEFT JOIN shared_ids ON shared_id = id' : ''}) AS split)`,
  );
  ctes.push(
    `bucketed ${d.materialized}(SELECT entries.*, ${periodIndexSql(d, 'd', period)} AS p FROM entries)`,
  );

  if (spend !== null) {
    const s = (name: string) => `src.${d.ident(name)}`;
    const spendDate = d.dateOf(s(spend.columns.date), spend.dateKind ?? 'date', tz);
    const channel = spendByGroup
      ? `COALESCE(NULLIF(${trimSql(d, `COALESCE(${text(s(spend.columns.channel!))}, '')`)}, ''), '—')`
      : "''";
    ctes.push(
      `spend_rows AS (SELECT ${periodIndexSql(d, 'd', period)} AS p, ${d.dayNumber('d')} AS day, amt, sp, ${spendByGroup ? normalizeKeySql(d, 'sp') : "''"} AS g FROM ` +
        `(SELECT ${spendDate} AS d, ${d.finite(d.float(s(spend.columns.spend)))} AS amt, ${channel} AS sp ` +
        `FROM ${d.table(spend.table)} AS src) AS read_spend ` +
        `WHERE amt IS NOT NULL AND ${d.dayNumber('d')} BETWEEN ${FIRST_DAY} AND ${LAST_DAY})`,
    );
  }
  // As of (spec §3): rows dated after the cut-off still form groups and decide shared ids, but count in no total.
  const cut = lastDay < LAST_DAY;
  const rowsOf = cut ? 'counted' : 'bucketed';
  const spendOf = cut ? 'spend_counted' : 'spend_rows';
  if (cut) {
    ctes.push(`counted AS (SELECT * FROM bucketed WHERE day <= ${lastDay})`);
    if (spend !== null) ctes.push(`spend_counted AS (SELECT * FROM spend_rows WHERE day <= ${lastDay})`);
  }
  // Groups are named by their most frequent spelling, ties to the first in code-point order (groupRows); a channel
  // only the spend table names is named by its own most frequent spelling.
  if (group !== null) {
    const spendSpellings = spendByGroup
      ? ' UNION ALL SELECT g, sp, 1 AS src, COUNT(*) AS n FROM spend_rows GROUP BY g, sp'
      : '';
    ctes.push(
      `groups AS (SELECT g, CASE WHEN sp = '' THEN '—' ELSE sp END AS grp FROM (` +
        `SELECT g, sp, ROW_NUMBER() OVER (PARTITION BY g ORDER BY src, n DESC, sp) AS r FROM (` +
        `SELECT g, gsp AS sp, 0 AS src, COUNT(*) AS n FROM bucketed GROUP BY g, gsp${spendSpellings}) AS spellings) AS ranked WHERE r = 1)`,
    );
  }
  ctes.push(
    `bounds AS (SELECT MIN(p) AS lo, MAX(p) AS hi FROM (SELECT p FROM ${rowsOf}${spend !== null ? ` UNION ALL SELECT p FROM ${spendOf}` : ''}${included}) AS any_row)`,
  );
  ctes.push(
    `grid AS (SELECT ${group === null ? "'' AS g, '' AS grp" : 'groups.g, groups.grp'}, periods.p FROM ` +
      `${d.integerSeries('bounds', 'lo', 'hi', 'p')} AS periods${group === null ? '' : ' CROSS JOIN groups'})`,
  );

  // Spec §1.3: count(rows) is the number of distinct ids (an empty id counts one), else of rows.
  // Spec §1.3: count(rows) is the number of distinct ids (an empty id counts one), else of rows. With ids, each id of a
  // bucket is one row of `id_flags` (which kinds it has), so the four counts are sums over one grouping, not four
  // COUNT(DISTINCT …) sets; rows without an id are counted in `sums`.
  const count = (kinds: string) =>
    has('id')
      ? `COUNT(CASE WHEN kind IN (${kinds}) AND id IS NULL THEN 1 END)`
      : `COUNT(CASE WHEN kind IN (${kinds}) THEN 1 END)`;
  if (has('id')) {
    ctes.push(
      `id_flags AS (SELECT g, p, MAX(CASE WHEN kind = 'W' THEN 1 ELSE 0 END) AS w, MAX(CASE WHEN kind = 'L' THEN 1 ELSE 0 END) AS l ` +
        `FROM ${rowsOf} WHERE id IS NOT NULL AND kind <> 'R' GROUP BY g, p, id)`,
    );
    ctes.push(
      `id_counts AS (SELECT g, p, SUM(w) AS won, SUM(l) AS lost, SUM(CASE WHEN w + l > 0 THEN 1 ELSE 0 END) AS wonorlost, ` +
        `COUNT(*) AS deals FROM id_flags GROUP BY g, p)`,
    );
  }
  const sums: Record<
    Exclude<TotalField, 'newCustomers' | 'retained' | 'spend' | 'cycleDeals' | 'cycleMedian'>,
    string
  > = {
    gross: "SUM(CASE WHEN kind = 'W' THEN amt END)",
    returnsAmount: "SUM(CASE WHEN kind = 'R' THEN amt END)",
    returnRows: "COUNT(CASE WHEN kind = 'R' THEN 1 END)",
    won: count("'W'"),
    lost: count("'L'"),
    wonOrLost: count("'W', 'L'"),
    deals: count("'W', 'L', 'O'"),
    units: "SUM(CASE WHEN kind = 'W' THEN (CASE WHEN qty < 0 THEN 0 ELSE qty END) END)",
    customers: "COUNT(DISTINCT CASE WHEN kind = 'W' THEN cust END)",
    openAmount: "SUM(CASE WHEN kind = 'O' THEN amt END)",
  };
  ctes.push(
    `sums AS (SELECT g, p, ${Object.entries(sums)
      .map(([field, expr]) => `${expr} AS ${field.toLowerCase()}`)
      .join(', ')} FROM ${rowsOf} GROUP BY g, p)`,
  );
  // New customers: the first period of a customer's won rows (in the group); retained: also a customer of P−1.
  ctes.push(
    `cust_periods AS (SELECT DISTINCT g, cust, p FROM ${rowsOf} WHERE kind = 'W' AND cust IS NOT NULL)`,
  );
  ctes.push(
    `firsts AS (SELECT g, p, COUNT(*) AS newcustomers FROM (SELECT g, cust, MIN(p) AS p FROM cust_periods GROUP BY g, cust) AS first_periods GROUP BY g, p)`,
  );
  ctes.push(
    `kept_customers AS (SELECT a.g, a.p, COUNT(*) AS retained FROM cust_periods AS a JOIN cust_periods AS b ` +
      `ON b.g = a.g AND b.cust = a.cust AND b.p = a.p - 1 GROUP BY a.g, a.p)`,
  );
  // Sales cycle: a deal with an id at its first won row in the group (period order, then the earliest date, on one
  // day the one created last, as the JS engine: salesCycles.ts), a deal
  // without one at its row; its created day on or before its date. The median is the middle one (or the mean of the
  // two middle ones) by rank, which both dialects compute exactly.
  if (has('created')) {
    ctes.push(
      `won_deals AS (SELECT g, p, day, cr, id, ROW_NUMBER() OVER (PARTITION BY g, id ORDER BY p, day, cr IS NULL, cr DESC) AS nth FROM ${rowsOf} WHERE kind = 'W')`,
    );
    ctes.push(
      `cycles AS (SELECT g, p, day - crday AS c FROM (SELECT won_deals.*, ${d.dayNumber('cr')} AS crday FROM won_deals) AS c0 ` +
        `WHERE (id IS NULL OR nth = 1) AND crday BETWEEN ${FIRST_DAY} AND ${LAST_DAY} AND crday <= day)`,
    );
    ctes.push(
      `cycle_sums AS (SELECT g, p, COUNT(*) AS cycledeals, AVG(CASE WHEN 2 * rn BETWEEN n AND n + 2 THEN c END) AS cyclemedian FROM ` +
        `(SELECT g, p, c, ROW_NUMBER() OVER (PARTITION BY g, p ORDER BY c) AS rn, COUNT(*) OVER (PARTITION BY g, p) AS n FROM cycles) AS ranked_cycles GROUP BY g, p)`,
    );
  }
  if (spendApplies) ctes.push(`spend_sums AS (SELECT g, p, SUM(amt) AS spend FROM ${spendOf} GROUP BY g, p)`);

  const idCounted = new Set(['won', 'lost', 'wonOrLost', 'deals']);
  const source: Record<TotalField, string> = {
    ...(Object.fromEntries(
      Object.keys(sums).map((f) => [
        f,
        has('id') && idCounted.has(f)
          ? `COALESCE(s.${f.toLowerCase()}, 0) + COALESCE(i.${f.toLowerCase()}, 0)`
          : `s.${f.toLowerCase()}`,
      ]),
    ) as Record<keyof typeof sums, string>),
    newCustomers: 'f.newcustomers',
    retained: 'r.retained',
    spend: spendApplies ? 'x.spend' : '0',
    cycleDeals: has('created') ? 'c.cycledeals' : '0',
    cycleMedian: has('created') ? 'c.cyclemedian' : '0',
  };
  ctes.push(
    `totals AS (SELECT grid.g, grid.grp, grid.p, ${TOTAL_FIELD_NAMES.map(
      (f) => `${d.float(`COALESCE(${source[f]}, 0)`)} AS ${totalColumn(f)}`,
    ).join(', ')} FROM grid ` +
      'LEFT JOIN sums AS s ON s.g = grid.g AND s.p = grid.p ' +
      `${has('id') ? 'LEFT JOIN id_counts AS i ON i.g = grid.g AND i.p = grid.p ' : ''}` +
      'LEFT JOIN firsts AS f ON f.g = grid.g AND f.p = grid.p ' +
      'LEFT JOIN kept_customers AS r ON r.g = grid.g AND r.p = grid.p' +
      `${has('created') ? ' LEFT JOIN cycle_sums AS c ON c.g = grid.g AND c.p = grid.p' : ''}` +
      `${spendApplies ? ' LEFT JOIN spend_sums AS x ON x.g = grid.g AND x.p = grid.p' : ''})`,
  );
  ctes.push(
    `framed AS (SELECT totals.*, COALESCE(LAG(${totalColumn('customers')}) OVER (PARTITION BY g ORDER BY p), 0) AS prev_customers FROM totals)`,
  );

  const inputs = sqlInputsOf(request);
  const totals = {
    t: (f: TotalField) => totalColumn(f),
    previous: (f: TotalField) => {
      if (f !== 'customers') throw new Error(`compileKpiTableSql: no previous total ${f}`);
      return 'prev_customers';
    },
    d,
  };
  const kpiColumns = KPIS.map((k) => {
    if (k.needs.some((need) => !inputs[need])) return `${d.float('NULL')} AS ${k.key}`;
    let value = d.finite(KPI_SQL[k.key](totals));
    // As `kpiValues` does: sums of decimal amounts drop float noise (6 decimals below 1e9); ratios keep every digit.
    if (k.additive) value = `(CASE WHEN ABS(${value}) < 1e9 THEN ROUND(${value}, 6) ELSE ${value} END)`;
    return `${value} AS ${k.key}`;
  });
  const select = [
    `${d.periodLabel(periodStartSql(d, 'p', period), period)} AS ${PERIOD_COLUMN}`,
    ...(group === null ? [] : [`grp AS ${GROUP_COLUMN}`]),
    ...kpiColumns,
    `p AS ${PERIOD_INDEX_COLUMN}`,
    ...TOTAL_FIELD_NAMES.map((f) => totalColumn(f)),
  ];
  return (
    `WITH\n${ctes.join(',\n')}\n` +
    `SELECT ${select.join(',\n  ')}\nFROM framed\nORDER BY ${PERIOD_INDEX_COLUMN}${group === null ? '' : `, ${GROUP_COLUMN}`}`
  );
}

/**
 * Which inputs the query has (spec §2: a KPI whose need is missing is blank): the log's status, customer, quantity and
 * created columns, and a spend table that applies (no grouping, or grouping by channel with a channel column).
 *
 * @param request The request.
 * @returns The inputs, as `computeKpis` reports them.
 * @example
 * sqlInputsOf({ table: 't', columns: { date: 'd', amount: 'a' } }).status //=> false
 */
export function sqlInputsOf(request: KpiSqlRequest): KpiInputs {
  const has = (field: Field) => request.columns[field] !== undefined && request.columns[field] !== '';
  const group = groupColumnOf(request);
  const spend = request.spend ?? null;
  const spendByGroup =
    group !== null && group.field === 'channel' && spend !== null && !!spend.columns.channel;
  return {
    status: has('status'),
    customer: has('customer'),
    quantity: has('quantity'),
    created: has('created'),
    spend: spend !== null && (group === null || spendByGroup),
  };
}

/** The grouping column and the field it is, or null without grouping. */
function groupColumnOf(request: KpiSqlRequest): { column: string; field: Field | null } | null {
  const by = request.groupBy?.trim() ?? '';
  if (by === '') return null;
  const mapped = request.columns[by as Field];
  if (mapped !== undefined && mapped !== '') return { column: mapped, field: by as Field };
  const field = (Object.keys(request.columns) as Field[]).find((f) => request.columns[f] === by) ?? null;
  return { column: by, field };
}

/** `periodIndexOf` in SQL: the period index of a DATE. */
function periodIndexSql(d: SqlDialect, date: string, period: PeriodType): string {
  if (period === 'week')
    return `CAST((${d.dayNumber(d.truncate(date, 'week'))} - ${FIRST_MONDAY}) / 7 AS ${d.int})`;
  if (period === 'month') return `(EXTRACT(YEAR FROM ${date}) * 12 + EXTRACT(MONTH FROM ${date}) - 1)`;
  if (period === 'quarter') return `(EXTRACT(YEAR FROM ${date}) * 4 + EXTRACT(QUARTER FROM ${date}) - 1)`;
  return `EXTRACT(YEAR FROM ${date})`;
}

/** `periodStart` in SQL: the first DATE of the period with an index. */
function periodStartSql(d: SqlDialect, index: string, period: PeriodType): string {
  if (period === 'week') return d.dateOfDay(`(${FIRST_MONDAY} + 7 * ${index})`);
  if (period === 'month') return d.firstOfMonth(d.intDiv(index, '12'), `${d.mod(index, '12')} + 1`);
  if (period === 'quarter') return d.firstOfMonth(d.intDiv(index, '4'), `${d.mod(index, '4')} * 3 + 1`);
  return d.firstOfMonth(index, '1');
}
