import pkg from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import type { KpiSqlRequest } from '../../../src/kpi/sql/kpiSqlRequest';
import {
  cohortTableOf,
  reportKpisOfSql,
  reportSqlPlan,
  unknownStatusesOf,
} from '../../../src/kpi/sql/reportSql';

const { Parser } = pkg;

// The report's queries (src/kpi/sql/reportSql.ts): which are asked for which columns, that each BigQuery text parses
// as BigQuery SQL, and how the answers are read. That the figures equal the JS engine's is checked through DuckDB
// (test/tools/duckdbReport.test.ts) and through the BigQuery flavour in the emulator (test/bigquery/).

const FULL: KpiSqlRequest = {
  table: 'my-project.sales.orders',
  columns: {
    date: 'close_date',
    created: 'created_at',
    amount: 'amount',
    status: 'stage',
    id: 'deal_id',
    customer: 'company',
    rep: 'owner',
    channel: 'source',
  },
  dateKinds: { date: 'timestamp', created: 'date' },
  statuses: { won: ['Отгружен, оплачен'] },
  timeZone: 'Europe/Moscow',
  spend: {
    table: 'my-project.marketing.spend',
    columns: { date: 'month', spend: 'cost', channel: 'source' },
  },
};
const PERIOD = parsePeriodLabel('2026-11')!;
const AS_OF = dayFromCivil(2026, 11, 20);

describe('reportSqlPlan', () => {
  it('asks for every grid and fact a full log and a spend table by channel need', () => {
    const plan = reportSqlPlan(FULL, PERIOD, AS_OF, 'bigquery');
    expect(Object.keys(plan.queries).sort()).toEqual(
      [
        'byChannel',
        'byRep',
        'cohortBuyers',
        'cohortSizes',
        'facts',
        'spendFacts',
        'statusCounts',
        'team',
        'uncut',
      ].sort(),
    );
  });

  it('asks only for what a date-and-amount log allows (channel movers without spend)', () => {
    const plan = reportSqlPlan(
      { table: 't', columns: { date: 'd', amount: 'a', channel: 'c' } },
      PERIOD,
      AS_OF,
      'duckdb',
    );
    expect(Object.keys(plan.queries).sort()).toEqual(['channelMovers', 'facts', 'team', 'uncut']);
    expect(plan.grids.channelMovers?.spend).toBe('none');
  });

  for (const [key, sql] of Object.entries(reportSqlPlan(FULL, PERIOD, AS_OF, 'bigquery').queries)) {
    it(`writes the ${key} query as BigQuery SQL that parses, with BigQuery's quoting`, () => {
      const ast = new Parser().astify(sql, { database: 'bigquery' });
      expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
      expect(sql).not.toMatch(/"\w+"|date_trunc\(|FILTER \(WHERE/);
    });
  }

  it('cuts the facts at the as-of day', () => {
    const { facts } = reportSqlPlan(FULL, PERIOD, AS_OF, 'bigquery').queries;
    expect(facts).toContain(`day > ${AS_OF}`);
    expect(facts).toContain('`my-project.sales.orders`');
  });
});

describe('reportKpisOfSql', () => {
  it('says which answer is missing', () => {
    const plan = reportSqlPlan({ table: 't', columns: { date: 'd', amount: 'a' } }, PERIOD, AS_OF, 'duckdb');
    expect(() => reportKpisOfSql(plan, { facts: [] })).toThrow(/no answer to the team query/);
  });

  it('counts the rows, the skipped ones and the spend table’s from the facts', () => {
    const plan = reportSqlPlan(
      {
        table: 't',
        columns: { date: 'd', amount: 'a' },
        spend: { table: 's', columns: { date: 'd', spend: 'x' } },
      },
      PERIOD,
      AS_OF,
      'bigquery',
    );
    const figures = reportKpisOfSql(plan, {
      facts: [{ kept: '7', first_day: '20000', after_as_of: '0', all_rows: '9' }],
      team: [],
      spendFacts: [{ all_rows: '5', dated: '4' }],
    });
    expect([figures.rows, figures.kept, figures.kpis.firstDay, figures.kpis.afterAsOf]).toEqual([
      9, 7, 20000, 0,
    ]);
    expect(figures.kpis.uncut).toBe(figures.kpis.team); // no row after as-of: the uncut answer is not read
    expect(figures.spend).toEqual({ rows: 5, skipped: 1 });
  });
});

describe('unknownStatusesOf', () => {
  it('merges spellings by statusKey, skips known and user words, most frequent first, ties by first day', () => {
    const rows = [
      { s: 'Contract Sent', n: '2', first_day: '30' },
      { s: ' contract sent ', n: '1', first_day: '10' },
      { s: 'Closed Won', n: '9', first_day: '1' },
      { s: 'Отгружен, оплачен', n: '4', first_day: '1' },
      { s: 'Demo', n: '3', first_day: '20' },
      { s: 'Appointment', n: '3', first_day: '5' },
      { s: null, n: '2', first_day: '1' },
    ];
    expect(unknownStatusesOf(rows, { won: ['Отгружен, оплачен'] })).toEqual([
      { text: 'Appointment', count: 3 }, // first seen on day 5
      { text: 'contract sent', count: 3 }, // the spelling of day 10, with day 30's

      { text: 'Demo', count: 3 },
    ]);
  });
});

describe('cohortTableOf', () => {
  it('makes the shares of each cohort buying k months later, blank past the last month', () => {
    const nov = parsePeriodLabel('2026-11')!.index;
    const table = cohortTableOf(
      [
        { f: String(nov - 1), n: '4' },
        { f: String(nov), n: '2' },
      ],
      [
        { f: String(nov - 1), k: '0', n: '4' },
        { f: String(nov - 1), k: '1', n: '1' },
        { f: String(nov), k: '0', n: '2' },
      ],
      AS_OF,
    );
    expect(table.lastMonth).toBe('2026-11');
    expect(table.rows.map((r) => [r.label, r.size, r.shares.slice(0, 3)])).toEqual([
      ['2026-10', 4, [1, 0.25, null]],
      ['2026-11', 2, [1, null, null]],
    ]);
  });
});
