import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type BigQueryFakeOptions, installBigQuery } from '../../emulator/bigQuery';
import { createEnvironment, type Environment, loadBundle } from '../../emulator/index';
import type { SheetSnapshot } from '../../emulator/snapshot';
import type { Period } from '../../src/kpi/calendar/periods';
import type { Lang } from '../../src/kpi/i18n/lang';
import type { Field } from '../../src/kpi/log/salesLog';
import type { ReportSettings } from '../../src/kpi/settings/reportSettings';
import { compileKpiTableSql } from '../../src/kpi/sql/compileKpiTableSql';
import type { KpiSqlRequest } from '../../src/kpi/sql/kpiSqlRequest';
import { reportSqlPlan } from '../../src/kpi/sql/reportSql';
import { readCsv } from '../_support/readCsv';
import { duckdbWith, TYPED_HEADERS, typedLog, typedSpend } from '../kpi/sql/_typedLog';

// What the BigQuery flavour's emulator tests share: the flavour's bundle, a sample log as the warehouse table a load
// step makes of it (typed columns, a BigQuery schema), and the fake's answers: every query the add-on sends, keyed by
// its BigQuery text, answered with the rows DuckDB computes from the same plan compiled for DuckDB.

/** The BigQuery type of each field's column in the tests' table. */
export const BIGQUERY_TYPES: Readonly<Record<Field, string>> = {
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

/** The table the tests' BigQuery holds. */
export const TABLE = { project: 'acme', table: 'sales.orders', path: 'acme.sales.orders' } as const;
/** The spend table the tests' BigQuery holds (for a sample with a spend table). */
export const SPEND_TABLE = { table: 'marketing.spend', path: 'acme.marketing.spend' } as const;

/** A sample log of `samples/` in a spreadsheet of a language, and the same log as a BigQuery table. */
export interface SampleCase {
  lang: Lang;
  data: string;
  targets: string;
  /** The sample's spend table, or null. */
  spend: string | null;
  locale: string;
  timeZone: string;
}

export const SAMPLE_CASES: readonly SampleCase[] = [
  {
    lang: 'en',
    data: 'hubspot-deals-en.csv',
    targets: 'targets-en.csv',
    spend: null,
    locale: 'en_US',
    timeZone: 'America/New_York',
  },
  {
    lang: 'ru',
    data: 'amocrm-deals-ru.csv',
    targets: 'targets-ru.csv',
    spend: 'marketing-spend-ru.csv',
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
  },
];

/** The pasted log, its typed table and the table's BigQuery schema. */
export function warehouseTable(c: SampleCase) {
  const pasted = readCsv(c.data);
  const typed = typedLog(pasted, c.locale, c.timeZone);
  const columns = typed.columns;
  const fields = (Object.keys(columns) as Field[]).map((f) => ({
    name: TYPED_HEADERS[f],
    type: BIGQUERY_TYPES[f],
  }));
  const types = Object.fromEntries((Object.keys(columns) as Field[]).map((f) => [f, BIGQUERY_TYPES[f]]));
  const spendPasted = c.spend === null ? null : readCsv(c.spend);
  const spend = spendPasted === null ? null : typedSpend(spendPasted, c.locale, c.timeZone);
  const spendFields =
    spend === null
      ? []
      : [
          { name: 'Date', type: 'DATE' },
          ...(spend.columns.channel ? [{ name: 'Channel', type: 'STRING' }] : []),
          { name: 'Spend', type: 'FLOAT64' },
        ];
  return { pasted, typed, columns, fields, types, spendPasted, spend, spendFields };
}

let flavourCode: string | null = null;
/** dist-bigquery/Code.js, built once per test file. */
export function flavourBundleCode(): string {
  if (flavourCode !== null) return flavourCode;
  const run = spawnSync(process.execPath, ['build.mjs', '--flavour', 'bigquery', '--quiet'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the BigQuery flavour does not build:\n${run.stdout}${run.stderr}`);
  flavourCode = readFileSync('dist-bigquery/Code.js', 'utf8');
  return flavourCode;
}

/** A spreadsheet of a language with the flavour loaded and the fake BigQuery installed. */
export function flavourBook(
  c: Pick<SampleCase, 'lang' | 'locale' | 'timeZone'>,
  options: BigQueryFakeOptions & {
    sheets?: Record<string, unknown[][]>;
    settings?: ReportSettings;
    now?: () => Date;
    /** The user's address (the schedule mails the digest to it). */
    userEmail?: string;
  },
) {
  const env = createEnvironment({
    ...(options.userEmail ? { userEmail: options.userEmail, effectiveUserEmail: options.userEmail } : {}),
    spreadsheetLocale: c.locale,
    userLocale: c.lang,
    timeZone: c.timeZone,
    sheets: options.sheets ?? { [c.lang === 'ru' ? 'Лист1' : 'Sheet1']: [] },
    ...(options.now ? { now: options.now } : {}),
  });
  if (options.settings) {
    env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify(options.settings) });
  }
  const log = installBigQuery(env, options);
  return { env, log, bundle: loadBundle(flavourBundleCode(), env) };
}

/** The request the add-on compiles from the dialog's form (its rules restated: a difference finds no answer). */
export function requestOf(
  columns: Partial<Record<Field, string>>,
  period: Period['type'],
  groupBy: string | null,
  timeZone: string,
  statuses: KpiSqlRequest['statuses'] = {},
  spend: KpiSqlRequest['spend'] = null,
): KpiSqlRequest {
  return {
    table: TABLE.path,
    columns,
    dateKinds: { date: 'date', created: 'date' },
    idType: 'text',
    period,
    groupBy,
    statuses,
    timeZone,
    spend,
  };
}

/**
 * The fake's answers to every query of the report of `period` as of `asOf` and to the KPI table of `request`: each
 * query's BigQuery text → the rows DuckDB gives for the same query compiled for DuckDB over the typed table.
 */
export async function reportAnswers(
  typed: ReturnType<typeof typedLog>,
  request: KpiSqlRequest,
  period: Period,
  asOf: number,
  spend: ReturnType<typeof typedSpend> | null = null,
): Promise<Map<string, Record<string, unknown>[]>> {
  const local = {
    ...request,
    table: 'orders',
    spend: request.spend ? { ...request.spend, table: 'spend' } : null,
  };
  const bq = reportSqlPlan(request, period, asOf, 'bigquery');
  const dd = reportSqlPlan(local, period, asOf, 'duckdb');
  const db = await duckdbWith(spend === null ? { orders: typed } : { orders: typed, spend });
  try {
    const answers = new Map<string, Record<string, unknown>[]>();
    for (const key of Object.keys(bq.queries) as (keyof typeof bq.queries)[]) {
      answers.set(bq.queries[key]!, await db.rows(dd.queries[key]!));
    }
    answers.set(compileKpiTableSql(request, 'bigquery'), await db.rows(compileKpiTableSql(local, 'duckdb')));
    return answers;
  } finally {
    db.close();
  }
}

/** The snapshot of the first sheet whose name matches; throws when there is none. */
export function sheetOf(env: Environment, match: (name: string) => boolean): SheetSnapshot {
  const sheet = env.snapshot().sheets.find((s) => match(s.name));
  if (sheet === undefined) throw new Error('no such sheet');
  return sheet;
}
