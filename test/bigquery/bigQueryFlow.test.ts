import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BigQueryFakeOptions } from '../../emulator/bigQuery';
import { openEvent } from '../../emulator/index';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../src/kpi/calendar/periods';
import { kpiTableCells } from '../../src/kpi/engine/kpiTableCells';
import type { Field } from '../../src/kpi/log/salesLog';
import {
  flavourBook,
  flavourBundleCode,
  reportAnswers,
  requestOf,
  SAMPLE_CASES,
  warehouseTable,
} from './_bigQueryBook';

// The BigQuery flavour end to end in the emulator (issue 16): menu → dialog → "Read columns" (Tables.get) → "Run
// query" (Jobs.query, polling getQueryResults) → the KPI table on a sheet (and the report: bigQueryReport.test.ts).
// The fake BigQuery answers each BigQuery query text with the rows DuckDB computed from the same plan; the KPI table
// sheet must equal what the JS engine makes of the pasted log.

const RU = SAMPLE_CASES[1];
const TIME_ZONE = RU.timeZone;
const { pasted, typed, fields } = warehouseTable(RU);
const AS_OF = '2026-11-20';

beforeAll(() => {
  flavourBundleCode();
}, 120_000);

/** A Russian user's spreadsheet with the flavour loaded and the fake BigQuery installed. */
function workbook(options: BigQueryFakeOptions) {
  return flavourBook(RU, {
    tables: { 'acme.sales.orders': { fields } },
    settings: { asOf: AS_OF },
    ...options,
  });
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
    expect(env.ui.dialogs[0].content).toContain('Таблица расходов, если есть');
    expect(env.ui.dialogs[0].content).toContain('<option value="month" selected>');
    // The dialog's own script is JavaScript a browser can run (it is written as text in dialogHtml.ts).
    const script = /<script>([\s\S]*)<\/script>/.exec(env.ui.dialogs[0].content)![1];
    expect(() => new vm.Script(script)).not.toThrow();
    expect(script).toContain('.runBigQueryReport(');
    // The period the report settings chose is the dialog's first choice.
    const quarterly = workbook({});
    quarterly.env.properties.document.setAll({
      SALES_KPI_SETTINGS: JSON.stringify({ periodType: 'quarter' }),
    });
    quarterly.bundle.call('showBigQueryDialog');
    expect(quarterly.env.ui.dialogs[0].content).toContain('<option value="quarter" selected>');
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
    const request = requestOf(read.mapping, 'month', 'rep', TIME_ZONE);
    const answers = await reportAnswers(
      typed,
      request,
      parsePeriodLabel('2026-11')!,
      dayFromCivil(2026, 11, 20),
    );
    const { env, bundle, log } = workbook({ answers, pendingPolls: 2 });
    const result = bundle.call('runBigQueryReport', {
      project: 'acme',
      table: 'sales.orders',
      columns: read.mapping,
      types,
      period: 'month',
      groupBy: 'rep',
    }) as { ok: boolean; message: string; rows: number };
    expect(result.ok).toBe(true);
    // Every query of the report and the KPI table, each once, as Standard SQL, all started before any is awaited.
    expect(log.queries.map((q) => q.query).sort()).toEqual([...answers.keys()].sort());
    expect(log.queries.every((q) => q.useLegacySql === false && q.projectId === 'acme')).toBe(true);
    expect(log.polls).toBeGreaterThanOrEqual(3 * answers.size); // two "still running" each, then the rows

    // The report itself (its figures: bigQueryReport.test.ts), active as after "Build KPI report", and the rep cards.
    expect(result.message).toMatch(/^Отчёт KPI из BigQuery — на листе «Отчёт KPI»/);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Отчёт KPI');
    expect(env.spreadsheet.getSheetByName('Отчёт KPI')!.getRange('A1').getValue()).toBe('Отчёт KPI');
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toContain('Карточки менеджеров');

    // The dialog opens with the form that ran: project, table, the chosen columns and group (no data).
    bundle.call('showBigQueryDialog');
    const page = env.ui.dialogs.at(-1)!.content;
    expect(page).toContain('<input id="project" value="acme">');
    expect(page).toContain('placeholder="sales.orders" value="sales.orders"');
    expect(page).toContain(`"columns":${JSON.stringify(read.mapping)}`);
    expect(page).toContain('"group":"rep"');
    expect(() => new vm.Script(/<script>([\s\S]*)<\/script>/.exec(page)![1])).not.toThrow();

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

  it('says in English what to do when BigQuery refuses, misses, runs out or hits a quota while a job runs', () => {
    const en = SAMPLE_CASES[0];
    const table = warehouseTable(en);
    const form = {
      project: 'acme',
      table: 'sales.orders',
      columns: table.columns,
      period: 'month',
      groupBy: '',
    };
    const cases: [NonNullable<BigQueryFakeOptions['error']>, RegExp][] = [
      [
        {
          method: 'tables.get',
          message: 'Access Denied: Dataset acme:sales: Permission bigquery.tables.get denied',
        },
        /^BigQuery refused access: Access Denied.*BigQuery Data Viewer/,
      ],
      [
        { method: 'jobs.query', message: 'Not found: Dataset acme:sales was not found in location US' },
        /^BigQuery cannot find the table: .*dataset’s location/,
      ],
      [
        { method: 'jobs.getQueryResults', message: 'Exceeded rate limits: too many concurrent queries' },
        /^BigQuery’s quota or rate limit was reached: .*Try again in a few minutes/,
      ],
      [
        { method: 'jobs.getQueryResults', message: 'Resources exceeded during query execution' },
        /^BigQuery ran out of resources for the query: .*longer period type/,
      ],
    ];
    for (const [error, expected] of cases) {
      const { env, bundle } = flavourBook(en, {
        tables: { 'acme.sales.orders': { fields: table.fields } },
        error,
      });
      const call = error.method === 'tables.get' ? 'bigQueryColumns' : 'runBigQueryReport';
      const result = bundle.call(call, form) as { ok: boolean; message: string };
      expect(result.ok, error.message).toBe(false);
      expect(result.message).toMatch(expected);
      // Nothing is written when the queries fail: no KPI table, no report.
      expect(env.snapshot().sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    }
  });

  it('reads a spend table’s schema and finds its date, spend and channel columns', () => {
    const { bundle, log } = workbook({
      tables: {
        'acme.sales.orders': { fields },
        'acme.marketing.ad_spend': {
          fields: [
            { name: 'month', type: 'DATE' },
            { name: 'source', type: 'STRING' },
            { name: 'ad_cost', type: 'NUMERIC' },
          ],
        },
      },
    });
    const read = bundle.call('bigQueryColumns', {
      project: 'acme',
      table: 'sales.orders',
      spendTable: 'marketing.ad_spend',
    }) as { ok: boolean; spendMapping: Record<string, string> };
    expect(read.ok).toBe(true);
    expect(read.spendMapping).toEqual({ date: 'month', spend: 'ad_cost', channel: 'source' });
    expect(log.tableGets).toEqual(['acme.sales.orders', 'acme.marketing.ad_spend']);
    const missing = bundle.call('runBigQueryReport', {
      project: 'acme',
      table: 'sales.orders',
      columns: typed.columns,
      spendTable: 'marketing.ad_spend',
      spendColumns: { date: 'month' },
      period: 'month',
      groupBy: '',
    }) as { ok: boolean; message: string };
    expect(missing.ok).toBe(false);
    expect(missing.message).toMatch(/^В таблице расходов нужны столбцы даты и расхода \(её столбцы: month\)/);
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
