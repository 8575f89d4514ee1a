import type { EngineLeftOut, SqlEngineName } from '../report/reportModel';
import { defineMessages } from './defineMessages';

const ENGINES: Readonly<Record<SqlEngineName, string>> = { duckdb: 'DuckDB', bigquery: 'BigQuery' };

/** Words of a report built from an SQL engine's KPI rows (`npm run report -- --engine duckdb`, issue 16). */
export const sqlReportMessages = defineMessages({
  en: {
    topic: 'Engine',
    sections: {
      cohorts: 'customer cohorts',
      skipped_rows: 'the skipped rows one by one',
      unknown_statuses: 'unknown status texts',
      load_notes: 'footer, continuation and quantity notes',
    } as Readonly<Record<EngineLeftOut, string>>,
    leftOut: (engine: SqlEngineName, sections: string) =>
      `KPIs computed in SQL by ${ENGINES[engine]}. Not in this report: ${sections} (${
        engine === 'bigquery'
          ? 'a BigQuery table has no row numbers; the skipped rows have no date from 1970 to 2099 or are sales without an amount: a query finds them'
          : "they read the log's rows; build the report without --engine for them"
      }).`,
  },
  ru: {
    topic: 'Движок',
    sections: {
      cohorts: 'когорты клиентов',
      skipped_rows: 'пропущенные строки по одной',
      unknown_statuses: 'неизвестные статусы',
      load_notes: 'заметки об итоговых строках, строках-продолжениях и количестве',
    } as Readonly<Record<EngineLeftOut, string>>,
    leftOut: (engine: SqlEngineName, sections: string) =>
      `KPI посчитаны в SQL движком ${ENGINES[engine]}. В этом отчёте нет: ${sections} (${
        engine === 'bigquery'
          ? 'у строк таблицы BigQuery нет номеров; пропущены строки без даты с 1970 по 2099 год и продажи без суммы: их найдёт запрос'
          : 'они читают строки журнала; для них постройте отчёт без --engine'
      }).`,
  },
});
