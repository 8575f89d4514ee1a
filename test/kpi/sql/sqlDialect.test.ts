import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../src/kpi/_lib/normalizeKey';
import { statusKey } from '../../../src/kpi/log/statusClass';
import { compileKpiTableSql } from '../../../src/kpi/sql/compileKpiTableSql';
import { BIGQUERY, DUCKDB } from '../../../src/kpi/sql/sqlDialect';
import { normalizeKeySql, statusKeySql } from '../../../src/kpi/sql/statusCaseSql';

// Each semantic difference between DuckDB and BigQuery that the dialect layer hides (docs/SQL.md "Dialects"): the
// DuckDB half runs here, the BigQuery half is checked as text against BigQuery's documented behaviour.

let connection: Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>['connect']>>;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => connection.closeSync());

async function value(sql: string): Promise<unknown> {
  const rows = (await connection.runAndReadAll(`SELECT ${sql} AS v`)).getRowObjectsJS();
  return rows[0].v;
}

describe('the ISO week', () => {
  // 2021-01-03 is a Sunday: ISO week 2020-W53, which began on Monday 2020-12-28. BigQuery's WEEK starts on Sunday
  // (it would give 2021-01-03), so the dialect asks for ISOWEEK.
  it('starts on Monday in DuckDB and labels by the ISO year', async () => {
    const start = DUCKDB.truncate("DATE '2021-01-03'", 'week');
    expect(String(await value(start))).toBe(String(await value("DATE '2020-12-28'")));
    expect(await value(DUCKDB.periodLabel(start, 'week'))).toBe('2020-W53');
  });
  it('is ISOWEEK with %G-W%V in BigQuery', () => {
    expect(BIGQUERY.truncate('d', 'week')).toBe('DATE_TRUNC(d, ISOWEEK)');
    expect(BIGQUERY.periodLabel('d', 'week')).toBe("FORMAT_DATE('%G-W%V', d)");
  });
});

describe('DATE_TRUNC', () => {
  // DuckDB: date_trunc(part, date) returns a TIMESTAMP; BigQuery: DATE_TRUNC(date, part) keeps a DATE.
  it('gives a DATE in DuckDB once cast', async () => {
    const rows = (
      await connection.runAndReadAll(`SELECT typeof(${DUCKDB.truncate("DATE '2026-11-19'", 'quarter')}) AS t`)
    ).getRowObjectsJS();
    expect(rows[0].t).toBe('DATE');
    expect(await value(DUCKDB.periodLabel(DUCKDB.truncate("DATE '2026-11-19'", 'quarter'), 'quarter'))).toBe(
      '2026-Q4',
    );
  });
  it('puts the date first in BigQuery', () => {
    expect(BIGQUERY.truncate('d', 'month')).toBe('DATE_TRUNC(d, MONTH)');
  });
});

describe('division by zero', () => {
  // DuckDB's `/` gives Infinity for 1.0 / 0; BigQuery's raises "division by zero". A ratio with a zero denominator is
  // blank (spec), so both go through `divide`: NULLIF in DuckDB, SAFE_DIVIDE in BigQuery.
  it('is not blank with a plain / in DuckDB', async () => {
    expect(await value('1.0::DOUBLE / 0')).not.toBeNull();
  });
  it('is blank through the dialect', async () => {
    expect(await value(DUCKDB.divide('1', '0'))).toBeNull();
    expect(await value(DUCKDB.divide('1', '4'))).toBe(0.25);
    expect(BIGQUERY.divide('a', 'b')).toBe('SAFE_DIVIDE(CAST(a AS FLOAT64), CAST(b AS FLOAT64))');
  });
});

describe('COUNT(DISTINCT)', () => {
  // BigQuery has no FILTER (WHERE …) clause: a conditional distinct count is COUNT(DISTINCT CASE WHEN … END),
  // which counts the same as DuckDB's FILTER form because neither counts NULL.
  it('counts the same with CASE as with FILTER in DuckDB', async () => {
    const data = "(VALUES ('a', 'W'), ('a', 'W'), ('b', 'L'), (NULL, 'W'), ('c', 'W')) AS t(id, kind)";
    const viaCase = (
      await connection.runAndReadAll(
        `SELECT COUNT(DISTINCT CASE WHEN kind = 'W' THEN id END) AS n FROM ${data}`,
      )
    ).getRowObjectsJS();
    const viaFilter = (
      await connection.runAndReadAll(`SELECT COUNT(DISTINCT id) FILTER (WHERE kind = 'W') AS n FROM ${data}`)
    ).getRowObjectsJS();
    expect(Number(viaCase[0].n)).toBe(2);
    expect(Number(viaFilter[0].n)).toBe(2);
  });
  it('never uses FILTER in the compiled query of either dialect', () => {
    const request = { table: 't', columns: { date: 'd', amount: 'a', status: 's', id: 'i', customer: 'c' } };
    for (const dialect of ['duckdb', 'bigquery'] as const) {
      expect(compileKpiTableSql(request, dialect)).not.toContain('FILTER');
    }
  });
});

describe('whitespace and regular expressions', () => {
  // RE2's \s is ASCII only, JavaScript's also takes non-breaking and other Unicode spaces; DuckDB replaces the first
  // match unless given 'g', BigQuery every match.
  it('normalises a key as normalizeKey does, Unicode spaces and ё included', async () => {
    const text = '\u00a0 Ёлка\u2009  Ltd\t';
    expect(await value(normalizeKeySql(DUCKDB, DUCKDB.str(text)))).toBe(normalizeKey(text));
  });
  it('makes the status key statusKey makes', async () => {
    for (const text of ['Closed Won (Sales Pipeline)', 'wc-on-hold', 'partially_refunded', ' (note) ']) {
      expect(await value(statusKeySql(DUCKDB, DUCKDB.str(text)))).toBe(statusKey(text));
    }
  });
  it('replaces globally in both', () => {
    expect(DUCKDB.replaceAll('x', 'a', 'b')).toContain(", 'g')");
    expect(BIGQUERY.replaceAll('x', 'a', 'b')).toBe("REGEXP_REPLACE(x, 'a', 'b')");
  });
});

describe('time zones', () => {
  // An instant's day is the day in the spreadsheet's zone: 22:00 UTC on 1 January is 2 January in Moscow.
  it('takes the day of an instant in the zone in DuckDB', async () => {
    const day = DUCKDB.dateOf("TIMESTAMPTZ '2026-01-01 22:00:00+00'", 'timestamp', 'Europe/Moscow');
    expect(String(await value(day))).toBe(String(await value("DATE '2026-01-02'")));
  });
  it('passes the zone to DATE() in BigQuery', () => {
    expect(BIGQUERY.dateOf('ts', 'timestamp', 'Europe/Moscow')).toBe("DATE(ts, 'Europe/Moscow')");
  });
});

describe('literals', () => {
  it('escapes quotes the way each dialect reads them', async () => {
    expect(await value(DUCKDB.str("it's"))).toBe("it's");
    expect(BIGQUERY.str("it's \\ ok")).toBe("'it\\'s \\\\ ok'");
  });
});
