import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { compileKpiTableSql } from '../../../src/kpi/sql/compileKpiTableSql';
import type { KpiSqlRequest } from '../../../src/kpi/sql/kpiSqlRequest';

const { Parser } = pkg;

// The BigQuery SQL cannot run here: it is parsed by a parser that knows BigQuery's syntax and kept as golden files
// (test/kpi/sql/golden/*.sql) that a reviewer reads. A change to the compiler shows as a diff of those files; after
// reading it, rewrite them with UPDATE_GOLDEN=1 npx vitest run test/kpi/sql/bigqueryGolden.test.ts.

const CASES: Record<string, KpiSqlRequest> = {
  'month-team': {
    table: 'my-project.sales.orders',
    columns: { date: 'close_date', amount: 'amount', status: 'stage', id: 'deal_id', customer: 'company' },
    period: 'month',
  },
  'week-by-rep-timestamps': {
    table: 'my-project.sales.orders',
    columns: {
      date: 'closed_at',
      amount: 'amount',
      status: 'status',
      id: 'order_id',
      customer: 'customer_email',
      rep: 'owner',
      quantity: 'units',
      created: 'created_at',
    },
    dateKinds: { date: 'timestamp', created: 'timestamp' },
    period: 'week',
    groupBy: 'rep',
    timeZone: 'Europe/Moscow',
  },
  'quarter-by-channel-spend-statuses': {
    table: 'shop.orders',
    columns: {
      date: 'paid_at',
      amount: 'total',
      status: 'financial_status',
      channel: 'source',
      refund: 'refunded',
    },
    dateKinds: { date: 'datetime' },
    period: 'quarter',
    groupBy: 'channel',
    spend: { table: 'shop.ad_spend', columns: { date: 'month', spend: 'cost', channel: 'source' } },
    statuses: { won: ['Отгружен, оплачен'], lost: ['Спам'] },
  },
};

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

describe('compileKpiTableSql for BigQuery', () => {
  for (const [name, request] of Object.entries(CASES)) {
    const sql = compileKpiTableSql(request, 'bigquery');
    const file = `${GOLDEN}bigquery-${name}.sql`;
    it(`parses as BigQuery SQL (${name})`, () => {
      const ast = new Parser().astify(sql, { database: 'bigquery' });
      expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
    });
    it(`matches its golden file (${name})`, () => {
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${sql}\n`);
      expect(`${sql}\n`).toBe(readFileSync(file, 'utf8'));
    });
    it(`uses BigQuery's spellings, never DuckDB's (${name})`, () => {
      expect(sql).not.toMatch(/FILTER \(WHERE|date_trunc\(|regexp_replace\([^)]*'g'\)|"\w+"|\/\/|strftime/);
      expect(sql).toContain('SAFE_DIVIDE(');
      expect(sql).toContain('UNNEST(GENERATE_ARRAY(');
    });
  }

  it('has a parser that refuses broken SQL (so passing it means something)', () => {
    const sql = compileKpiTableSql(CASES['month-team'], 'bigquery');
    expect(() =>
      new Parser().astify(sql.replace('GROUP BY g, p', 'GROUP g, p'), { database: 'bigquery' }),
    ).toThrow();
  });
});
