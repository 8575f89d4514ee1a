import type { ColumnMapping, DataQuality, LogError, SalesLog, StatusClass } from './salesLog';

/** Options of `readLog`. */
export interface ReadLogOptions {
  /** Spreadsheet locale, e.g. 'ru_RU'. */
  locale: string;
  /** Spreadsheet time zone, e.g. 'Europe/Moscow'. */
  timeZone: string;
  /** User override of detected columns (see `detectColumns`; -1 = no such column). */
  mapping?: ColumnMapping;
  /** Extra status texts per class. */
  statuses?: Partial<Record<StatusClass, string[]>>;
  /** How many skipped rows to list in DataQuality.skipped. @default 100 */
  maxSkippedListed?: number;
  /**
   * Lend the log's typed columns from the scratch pool (`_lib/scratch`) instead of allocating them: for a caller
   * that computes from the log and drops it within the call (`kpiTableCells`), which must then hand them back with
   * `releaseLog` and never keep the log or a column of it. @default false
   */
  scratch?: boolean;
  /**
   * false: customers are not encoded (`log.customer` null, `customerCount` 0, `columns.customer` still found), for
   * a caller that shows counts, statuses and reps but computes no KPI (the targets sidebar): the costliest lookup
   * of a large log is skipped; rows, skipped rows and every other column are as with true. @default true
   */
  customers?: boolean;
}

/** What `readLog` gives: the log and its data-quality notes, or why there is no log. */
export type ReadLogResult =
  | { ok: true; log: SalesLog; quality: DataQuality }
  | { ok: false; error: LogError };
