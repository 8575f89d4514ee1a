import type { PeriodType } from '../calendar/periods';
import { describeLogError, summarizeSkipped } from '../i18n/dataQuality';
import { kpiTableMessages } from '../i18n/kpiTable';
import type { Lang } from '../i18n/lang';
import { mappingErrorMessage } from '../i18n/mapping';
import { readLog, releaseLog } from '../log/readLog';
import { readSpend } from '../log/readSpend';
import type { ColumnMapping, DataQuality, SalesLog, StatusClass } from '../log/salesLog';
import { parseColumnChoices } from '../mapping/parseColumnChoices';
import { parseStatusChoices } from '../mapping/parseStatusChoices';
import { resolveColumnChoices } from '../mapping/resolveColumnChoices';
import { sheetHeaders } from '../settings/reportSettings';
import { computeKpis } from './computeKpis';
import { groupRows } from './groupRows';
import { type Cell, totalsGridRows } from './totalsGridRows';

/** Options of `kpiTableCells`. */
export interface KpiTableCellsOptions {
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
  /**
   * Column choices (spec §6 `columns`): a text `date=Close date; amount=Сумма, руб.` or a two-column range
   * (field | header text); null or '' for none.
   */
  columns?: string | readonly (readonly unknown[])[] | null;
  /** Status classes (spec §6 `statuses`): a text `Отгружен=won; Анализ=lost` or a two-column range; null or '' for none. */
  statuses?: string | readonly (readonly unknown[])[] | null;
  /** Field → column of `sales`, complete (-1 = none), used when `columns` is blank (the add-on's narrow reads). */
  mapping?: ColumnMapping;
}

/** The table's rows, or the message that says why there is none, in the user's language. */
export type KpiTableCellsResult = { ok: true; rows: Cell[][] } | { ok: false; message: string };

/**
 * Everything `=KPI_TABLE()` does between its arguments and its cells (spec §6): applies the user's column and
 * status choices, reads the log and the spend table, groups, computes every KPI of every period, and lays out the
 * rows with a note last when rows were skipped or a figure was too large to compute.
 *
 * @param sales The sales log range, header first, as Sheets passes it.
 * @param options Locale, time zone, language, period type, grouping, spend, column and status choices.
 * @returns `{ ok: true, rows }` or `{ ok: false, message }` for input the user must fix.
 * @example
 * kpiTableCells([['Date', 'Amount'], ['2026-11-05', 120]], { locale: 'en_US', timeZone: 'UTC', lang: 'en' })
 * //=> { ok: true, rows: [['Period', 'Sales volume', …], ['2026-11', 120, 120, 0, 1, '', 120, '', …]] }
 */
export function kpiTableCells(
  sales: readonly (readonly unknown[])[],
  options: KpiTableCellsOptions,
): KpiTableCellsResult {
  const { locale, timeZone, lang } = options;
  const words = kpiTableMessages[lang];
  let mapping = options.mapping;
  if (!isBlank(options.columns)) {
    const parsed = parseColumnChoices(options.columns!);
    const resolved = parsed.ok ? resolveColumnChoices(sheetHeaders(sales, timeZone), parsed.choices) : parsed;
    if (!resolved.ok)
      return { ok: false, message: words.badArgument('columns', mappingErrorMessage(resolved.error, lang)) };
    mapping = resolved.mapping;
  }
  let statuses: Partial<Record<StatusClass, string[]>> | undefined;
  if (!isBlank(options.statuses)) {
    const parsed = parseStatusChoices(options.statuses!);
    if (!parsed.ok)
      return { ok: false, message: words.badArgument('statuses', mappingErrorMessage(parsed.error, lang)) };
    statuses = parsed.statuses;
  }
  // The log's columns are lent from the scratch pool (`readLog`'s `scratch`): the log is not kept after this call,
  // and its memory goes back to the pool however the call ends, so KPI_TABLE run again in one execution allocates
  // no new columns (at 2M rows ~70 MB a call, which set off a full collection of the heap).
  const read = readLog(sales, { locale, timeZone, mapping, statuses, scratch: true });
  if (!read.ok) return { ok: false, message: `KPI_TABLE: ${describeLogError(lang, read.error, 'formula')}` };
  try {
    return tableOf(sales, read.log, read.quality, options);
  } finally {
    releaseLog(read.log);
  }
}

/** The rest of `kpiTableCells` once the log is read: spend, grouping, the KPIs and the rows. */
function tableOf(
  sales: readonly (readonly unknown[])[],
  log: SalesLog,
  logQuality: DataQuality,
  options: KpiTableCellsOptions,
): KpiTableCellsResult {
  const { locale, timeZone, lang } = options;
  const words = kpiTableMessages[lang];
  let spend = null;
  let quality = logQuality;
  if (options.spend) {
    const spendRead = readSpend(options.spend, { locale, timeZone });
    if (!spendRead.ok)
      return { ok: false, message: `KPI_TABLE: ${describeLogError(lang, spendRead.error, 'formula')}` };
    spend = spendRead.table;
    quality = mergeSkipped(quality, spendRead.quality);
  }

  const by = options.groupBy?.trim() ?? '';
  const groups = by === '' ? null : groupRows(sales, log, by, timeZone);
  if (by !== '' && groups === null) {
    return {
      ok: false,
      message: words.unknownGroup(by, log.headers.filter((h) => h !== '').join(', ')),
    };
  }
  const table = computeKpis(log, {
    period: options.period ?? 'month',
    groups,
    spend,
    spendByGroup: groups?.by === 'channel',
  });
  const notes = [
    summarizeSkipped(lang, quality),
    table.nonFinite > 0 ? words.nonFinite(table.nonFinite) : null,
  ];
  const note = notes.filter((n) => n !== null).join(' · ');
  return { ok: true, rows: totalsGridRows(table, lang, note === '' ? null : note) };
}

/** A `columns`/`statuses` argument left out: '', null, or a range of blank cells. */
function isBlank(input: KpiTableCellsOptions['columns']): boolean {
  if (input === undefined || input === null) return true;
  if (typeof input === 'string') return input.trim() === '';
  return input.every((row) => row.every((cell) => cell === '' || cell === null || cell === undefined));
}

/** Skipped rows of the log, then of the spend table: the note counts both and names the first. */
function mergeSkipped(log: DataQuality, spend: DataQuality): DataQuality {
  return {
    ...log,
    skippedCount: log.skippedCount + spend.skippedCount,
    skipped: [...log.skipped, ...spend.skipped],
  };
}
