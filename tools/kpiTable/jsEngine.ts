import { kpiTableCells } from '../../src/kpi/engine/kpiTableCells.js';
import type { Cell } from '../../src/kpi/engine/totalsGridRows.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { InputError } from '../report/errors.js';
import { readTable } from '../report/loadTable.js';
import type { KpiTableOptions } from './args.js';

/**
 * The KPI_TABLE of the JS engine: the file is read the way `npm run report` reads it (CSV text or .xlsx cells), then
 * the core's `kpiTableCells` does what `=KPI_TABLE()` does in Sheets.
 *
 * @param options The CLI's options.
 * @returns The table's rows, header first (a last note row when rows were skipped).
 * @throws InputError when a file cannot be read or the log has no usable columns.
 */
export async function jsKpiTable(options: KpiTableOptions): Promise<Cell[][]> {
  if (/\.parquet$/i.test(options.data)) {
    throw new InputError('the js engine reads .csv and .xlsx: use --engine duckdb for a Parquet file');
  }
  const read = (file: string) =>
    readTable(file, {
      lang: options.lang,
      fallbackEncoding: conventionsOf(options.lang).legacyEncoding,
    });
  const sales = await read(options.data);
  const spend = options.spend === null ? null : await read(options.spend);
  const result = kpiTableCells(sales.rows, {
    locale: options.locale,
    timeZone: options.timeZone,
    lang: options.lang,
    period: options.period,
    groupBy: options.groupBy,
    spend: spend?.rows ?? null,
    columns: options.columns,
    statuses: options.statuses,
  });
  if (!result.ok) throw new InputError(result.message);
  return result.rows;
}
