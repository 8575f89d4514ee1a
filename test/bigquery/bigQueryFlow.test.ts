import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BigQueryFakeOptions, installBigQuery } from '../../emulator/bigQuery';
import { createEnvironment, loadBundle, openEvent } from '../../emulator/index';
import { kpiTableCells } from '../../src/kpi/engine/kpiTableCells';
import type { Field } from '../../src/kpi/log/salesLog';
import { compileKpiTableSql } from '../../src/kpi/sql/compileKpiTableSql';
import type { KpiSqlRequest } from '../../src/kpi/sql/kpiSqlRequest';
import { duckdbWith, TYPED_HEADERS, typedLog } from '../kpi/sql/_typedLog';

// The BigQuery flavour end to end in the emulator (issue 16): menu → dialog → "Read columns" (Tables.get) → "Run
// query" (Jobs.query, polling getQueryResults) → the KPI table on a sheet. The fake BigQuery answers the BigQuery query
// text with the rows DuckDB computed from the same plan; the sheet must equal what the JS engine makes of the pasted log.

const BIGQUERY_TYPES: Record<Field, string> = {
  date: 'DATE',
  created: 'DATE',
  amount: 'FLOAT64',
  status: 'STRING',
  id: 'STRING',
  customer: 'STRING',
  rep: 'STRING',
  channel: 'STRING',
  quantity: 'FLOAT64',
  refund: 'FLOAT64',
};
const TIME_ZONE = 'Europe/Moscow';
const pasted = Papa.parse<string[]>(readFileSync('samples/amocrm-deals-ru.csv', 'utf8')).data.filter(
  (row) => !(row.length === 1 && row[0] === ''),
);
const typed = typedLog(pasted, 'ru_RU', TIME_ZONE);
const fields = (Object.keys(typed.columns) as Field[]).map((f) => ({
  name: TYPED_HEADERS[f],
  type: BIGQUERY_TYPES[f],
}));

let code = '';
beforeAll(() => {
  const run = spawnSync(process.execPath, ['build.mjs', '--flavour', 'bigquery', '--quiet'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the BigQuery flavour does not build:\n${run.stdout}${run.stderr}`);
  code = readFileSync('dist-bigquery/Code.js', 'utf8');
}, 120_000);

/** A Russian user's spreadsheet with the flavour loaded and the fake BigQuery installed. */
function workbook(options: BigQueryFakeOptions) {
  const env = createEnvironment({
    spreadsheetLocale: 'ru_RU',
    userLocale: 'ru',
    timeZone: TIME_ZONE,
    sheets: { Лист1: [] },
  });
  const log = installBigQuery(env, { tables: { 'acme.sales.orders': { fields } }, ...options });
  return { env, log, bundle: loadBundle(code, env) };
}

/** The rows DuckDB computes for the query the add-on will send, keyed by that query's BigQuery text. */
async function answersFor(request: KpiSqlRequest) {
  const db = await duckdbWith({ orders: typed });
  try {
    const rows = await db.rows(compileKpiTableSql({ ...request, table: 'orders' }, 'duckdb'));
    return new Map([[compileKpiTableSql(request, 'bigquery'), rows]]);
  } finally {
    db.close();
  }
}

describe('Report from BigQuery (the BigQuery flavour in the emulator)', () => {
  it('adds «Отчёт из BigQuery…» beside the add-on menu and opens its dialog', () => {
    const { env, bundle } = workbook({});
    bundle.call('onOpen', openEvent(env));
    expect(env.ui.findItem('Отчёт из BigQuery…')?.functionName).toBe('showBigQueryDialog');
    expect(env.ui.findItem('Построить отчёт KPI')?.functionName).toBe('buildKpiReport');
    bundle.call('showBigQueryDialog');
    expect(env.ui.dialogs[0].title).toBe('Отчёт из BigQuery');
    expect(env.ui.dialogs[0].content).toContain('Прочитать столбцы');
  });

  it('reads the columns, runs the query and writes the same KPI table as the JS engine', async () => {
    const detect = workbook({});
    const read = detect.bundle.call('bigQueryColumns', { project: 'acme', table: 'sales.orders' }) as {
      ok: boolean;
      mapping: Partial<Record<Field, string>>;
      columns: { name: string; type: string }[];
    };
    expect(read.ok).toBe(true);
    expect(read.mapping).toEqual(typed.columns);
    const types = Object.fromEntries(
      Object.entries(read.mapping).map(([f, name]) => [f, read.columns.find((c) => c.name === name)!.type]),
    );
    const request: KpiSqlRequest = {
      table: 'acme.sales.orders',
      columns: read.mapping,
      dateKinds: { date: 'date', created: 'date' },
      idType: 'text',
      period: 'month',
      groupBy: 'rep',
      statuses: {},
      timeZone: TIME_ZONE,
    };
    const { env, bundle, log } = workbook({ answers: await answersFor(request), pendingPolls: 2 });
    const result = bundle.call('runBigQueryReport', {
      project: 'acme',
      table: 'sales.orders',
      columns: read.mapping,
      types,
      period: 'month',
      groupBy: 'rep',
    }) as { ok: boolean; message: string; rows: number };
    expect(result.ok).toBe(true);
    expect(log.queries).toHaveLength(1);
    expect(log.queries[0].useLegacySql).toBe(false);
    expect(log.polls).toBeGreaterThanOrEqual(3); // two "still running", then the rows

    const sheet = env.spreadsheet.getSheetByName('KPI из BigQuery')!;
    const written = sheet.getDataRange().getValues();
    const js = kpiTableCells(pasted, {
      locale: 'ru_RU',
      timeZone: TIME_ZONE,
      lang: 'ru',
      period: 'month',
      groupBy: 'rep',
    });
    expect(js.ok).toBe(true);
    if (!js.ok) return;
    expect(written.length).toBe(js.rows.length);
    expect(result.message).toContain(String(written.length - 1));
    for (let r = 0; r < written.length; r++) {
      for (let c = 0; c < written[r].length; c++) {
        const a = js.rows[r][c];
        const b = written[r][c];
        if (typeof a === 'number')
          expect(Math.abs(a - Number(b))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
        else expect(b).toBe(a);
      }
    }
  });

  it('says in Russian what to do when BigQuery refuses access, misses the table or hits a quota', () => {
    const form = {
      project: 'acme',
      table: 'sales.orders',
      columns: typed.columns,
      period: 'month',
      groupBy: '',
    };
    const cases: [BigQueryFakeOptions['error'], RegExp][] = [
      [
        {
          method: 'jobs.query',
          message: 'Access Denied: Project acme: User does not have bigquery.jobs.create permission',
        },
        /^BigQuery отказал в доступе: .*BigQuery Job User/,
      ],
      [
        { method: 'jobs.query', message: 'Not found: Table acme:sales.orders was not found in location EU' },
        /^BigQuery не находит таблицу: .*регион/,
      ],
      [
        {
          method: 'jobs.query',
          message: 'Quota exceeded: Your project exceeded quota for free query bytes scanned',
        },
        /^Достигнута квота .*Повторите/,
      ],
    ];
    for (const [error, expected] of cases) {
      const { bundle } = workbook({ error });
      const result = bundle.call('runBigQueryReport', form) as { ok: boolean; message: string };
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(expected);
    }
    const { bundle } = workbook({});
    const missing = bundle.call('bigQueryColumns', { project: 'acme', table: 'sales.nothing' }) as {
      ok: boolean;
      message: string;
    };
    expect(missing.message).toMatch(/^BigQuery не находит таблицу/);
    const bad = bundle.call('bigQueryColumns', { project: 'acme', table: 'orders' }) as {
      ok: boolean;
      message: string;
    };
    expect(bad.message).toBe('«orders» — не имя таблицы: напишите набор.таблица, например sales.orders.');
  });

  it('asks for the BigQuery scope and service only in the flavour, never bigquery.readonly', () => {
    const flavour = JSON.parse(readFileSync('dist-bigquery/appsscript.json', 'utf8'));
    expect(flavour.oauthScopes).toContain('https://www.googleapis.com/auth/bigquery');
    expect(flavour.oauthScopes).not.toContain('https://www.googleapis.com/auth/bigquery.readonly');
    expect(flavour.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' },
    ]);
    const base = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(base.oauthScopes.some((s: string) => s.includes('bigquery'))).toBe(false);
    expect(base.dependencies).toBeUndefined();
    const baseCode = readFileSync('dist/Code.js', 'utf8');
    expect(baseCode).not.toContain('showBigQueryDialog');
    expect(baseCode).not.toContain('BigQuery.Jobs');
  });
});
