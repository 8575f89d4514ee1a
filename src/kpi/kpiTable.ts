import { computeKpis } from './computeKpis';
import { groupRows } from './groupRows';
import { describeLogError, summarizeSkipped } from './i18n/dataQuality';
import { kpiTableMessages } from './i18n/kpiTable';
import type { Lang } from './i18n/lang';
import { type Cell, kpiTableRows } from './kpiTableRows';
import type { PeriodType } from './periods';
import { readLog } from './readLog';
import { readSpend } from './readSpend';
import type { DataQuality } from './salesLog';

/** Options of `kpiTable`. */
export interface KpiTableOptions {
  /** Spreadsheet locale (reads numbers and dates; `ru*` also picks Russian). */
  locale: string;
  /** Spreadsheet time zone (turns Date cells into days). */
  timeZone: string;
  /** The language of headers and notes. */
  lang: Lang;
  /** @default 'month' */
  period?: PeriodType;
  /** `rep`, `channel` or a header text of the log; null or '' for no grouping. */
  groupBy?: string | null;
  /** The marketing spend range with its header, or null. */
  spend?: readonly (readonly unknown[])[] | null;
}

/** The table's rows, or the message that says why there is none, in the user's language. */
export type KpiTableResult = { ok: true; rows: Cell[][] } | { ok: false; message: string };

/**
 * Everything `=KPI_TABLE()` does between its arguments and its cells (spec §6): reads the log and the spend table,
 * groups, computes every KPI of every period, and lays out the rows with the skipped-rows note last.
 *
 * @param sales The sales log range, header first, as Sheets passes it.
 * @param options Locale, time zone, language, period type, grouping and spend.
 * @returns `{ ok: true, rows }` or `{ ok: false, message }` for input the user must fix.
 * @example
 * kpiTable([['Date', 'Amount'], ['2026-11-05', 120]], { locale: 'en_US', timeZone: 'UTC', lang: 'en' })
 * //=> { ok: true, rows: [['Period', 'Sales volume', …], ['2026-11', 120, 120, 0, 1, '', 120, '', …]] }
 */
export function kpiTable(sales: readonly (readonly unknown[])[], options: KpiTableOptions): KpiTableResult {
  const { locale, timeZone, lang } = options;
  const words = kpiTableMessages[lang];
  const read = readLog(sales, { locale, timeZone });
  if (!read.ok) return { ok: false, message: `KPI_TABLE: ${describeLogError(lang, read.error)}` };

  let spend = null;
  let quality = read.quality;
  if (options.spend) {
    const spendRead = readSpend(options.spend, { locale, timeZone });
    if (!spendRead.ok) return { ok: false, message: `KPI_TABLE: ${describeLogError(lang, spendRead.error)}` };
    spend = spendRead.table;
    quality = mergeSkipped(quality, spendRead.quality);
  }

  const by = options.groupBy?.trim() ?? '';
  const groups = by === '' ? null : groupRows(sales, read.log, by, timeZone);
  if (by !== '' && groups === null) {
    return {
      ok: false,
      message: words.unknownGroup(by, read.log.headers.filter((h) => h !== '').join(', ')),
    };
  }
  const table = computeKpis(read.log, {
    period: options.period ?? 'month',
    groups,
    spend,
    spendByGroup: groups?.by === 'channel',
  });
  return { ok: true, rows: kpiTableRows(table, lang, summarizeSkipped(lang, quality)) };
}

/** Skipped rows of the log, then of the spend table: the note counts both and names the first. */
function mergeSkipped(log: DataQuality, spend: DataQuality): DataQuality {
  return {
    ...log,
    skippedCount: log.skippedCount + spend.skippedCount,
    skipped: [...log.skipped, ...spend.skipped],
  };
}
