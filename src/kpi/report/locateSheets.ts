import { cellText } from '../_lib/cellText';
import { createHeaderMatcher } from '../_lib/matchHeaders';
import { normalizeKey } from '../_lib/normalizeKey';
import { createDayOfDate } from '../calendar/dayOfDate';
import { logColumnsToRead } from '../log/columnRuns';
import type { ColumnCells } from '../log/countingTable';
import { detectColumns } from '../log/detectColumns';
import { SPEND_HEADER_SYNONYMS } from '../log/readSpend';
import { fitColumns, type ResolvedReportSettings } from '../settings/reportSettings';
import { isTargetsSheetName } from '../targets/targetsSheet';
import { isReportSheetName } from './reportSheetName';

/** A sheet's name and values (`getDataRange().getValues()`), header first. */
export interface SheetSource {
  name: string;
  values: readonly (readonly unknown[])[];
  /**
   * Only the sales log's columns were read (`SheetReader`): `values` holds those columns (header row first), `header`
   * the sheet's full header row and `columns` the sheet's column of each of `values`' columns. Read it with
   * `readSourceLog`.
   */
  header?: readonly unknown[];
  columns?: readonly number[];
}

/**
 * Reading a sheet in parts (the add-on): its header row alone, and only some columns of every row. With it,
 * `locateSheets` reads the candidates' header rows, then the sales log's columns only (spend and targets whole).
 */
export interface SheetReader {
  /** The first row of a sheet (empty for an empty sheet). */
  header(name: string): readonly unknown[];
  /** The given 0-based columns (ascending) of every row, header first: a narrow table. */
  columns(name: string, columns: readonly number[]): readonly (readonly unknown[])[];
  /**
   * The sheet's cells below its header, read on demand by columns and rows (the sidebar counts with them:
   * `countingTable`). Without it, the sidebar reads the log's columns whole.
   */
  cells?(name: string): ColumnCells;
}

/** Where the report's data come from. */
export interface LocatedSheets {
  /** The sales log's sheet; null when there is none (then `salesMissing` says why). */
  sales: SheetSource | null;
  /** Why there is no sales sheet: the settings name a sheet that does not exist, or no sheet looks like a log. */
  salesMissing: { wanted: string | null } | null;
  spend: SheetSource | null;
  /** The spend sheet the settings name but the spreadsheet lacks. */
  spendMissing: string | null;
  targets: SheetSource | null;
  /**
   * A sheet the settings chose as the sales or spend sheet that is the add-on's own report or targets sheet (by its
   * name or its mark): it is never read as data, and the report says so instead of being built.
   */
  refused: RefusedSheet | null;
}

/** The add-on's own sheet the settings chose as a data sheet. */
export interface RefusedSheet {
  table: 'sales' | 'spend';
  sheet: string;
  role: 'report' | 'targets';
}

/** The role of a sheet the add-on marked as its own (the report or the targets sheet), or null for a user's sheet. */
export type OwnedAs = (name: string) => 'report' | 'targets' | null;

/** What a sheet's header row looks like. */
type SheetKind = 'sales' | 'sales_or_spend' | 'spend' | 'partial_sales' | 'other';

const matchSpendHeaders = createHeaderMatcher(SPEND_HEADER_SYNONYMS);

/**
 * Finds the sales, spend and targets sheets, reading as few sheets as it can (each at most once, through `read`).
 *
 * - Sales: the sheet the settings name; else the first sheet (in tab order, not a report or the targets sheet)
 *   whose header row holds a date and an amount column and more than a spend table would (a status, id, customer,
 *   rep, quantity or created column); else the first with a date and an amount at all. When none has both, the
 *   first sheet with one of them is returned, so the report can say which column is missing.
 * - Spend: the sheet the settings name (`spendSheet: null` = none); else the first other sheet whose header reads
 *   as a spend table (date and spend) and not as a full sales log. (`Бюджет` is both an amount and a spend header.)
 * - Targets: the sheet named "KPI Targets" or «Цели KPI».
 * - Never a sheet named like the report or the targets sheet, nor one `ownedAs` says the add-on owns: when the
 *   settings choose one, `refused` says which (and it is not returned as data).
 *
 * @param names The sheets' names in tab order.
 * @param read Reads a sheet's values by name (called at most once per sheet).
 * @param settings The resolved settings (sheet names).
 * @param timeZone The spreadsheet's zone (date cells in header rows).
 * @param ownedAs The add-on's mark of a sheet (asked only of the sheets the settings choose and of the sheet
 *   detection would take, so a build reads few marks); by default none is marked.
 * @param reader Reads header rows and columns (then `read` serves the spend and targets sheets only, and the sales
 *   source is narrow: see `SheetSource`); without it every sheet is read whole.
 * @returns The sheets found.
 * @example
 * locateSheets(['Sheet1', 'Sales'], (name) => book[name], DEFAULT_SETTINGS, 'UTC').sales?.name //=> 'Sales'
 */
export function locateSheets(
  names: readonly string[],
  read: (name: string) => readonly (readonly unknown[])[],
  settings: ResolvedReportSettings,
  timeZone: string,
  ownedAs: OwnedAs = () => null,
  reader?: SheetReader,
): LocatedSheets {
  const dayOf = createDayOfDate(timeZone);
  const cache = new Map<string, SheetSource>();
  const source = (name: string): SheetSource => {
    let found = cache.get(name);
    if (found === undefined) {
      found = { name, values: read(name) };
      cache.set(name, found);
    }
    return found;
  };
  const headerOf = (name: string): readonly unknown[] => {
    if (reader !== undefined && !cache.has(name)) return reader.header(name);
    const values = source(name).values;
    return values.length === 0 ? [] : values[0];
  };
  // The sales log: only its columns when a reader can (the settings' choices and detection against its header).
  const logSource = (name: string): SheetSource => {
    if (reader === undefined || cache.has(name)) return source(name);
    const header = headerOf(name);
    const headers = header.map((cell) => cellText(cell, dayOf));
    const columns = logColumnsToRead(headers, fitColumns(settings, headers).mapping);
    // Read when first asked for: a caller that only wants to know which sheet is the log reads no data.
    let values: readonly (readonly unknown[])[] | undefined;
    const found: SheetSource = {
      name,
      get values() {
        values ??= reader.columns(name, columns);
        return values;
      },
      header,
      columns,
    };
    cache.set(name, found);
    return found;
  };
  const kinds = new Map<string, SheetKind>();
  const kindOf = (name: string): SheetKind => {
    let kind = kinds.get(name);
    if (kind === undefined) {
      kind = sheetKind(headerOf(name).map((cell) => cellText(cell, dayOf)));
      kinds.set(name, kind);
    }
    return kind;
  };
  const byName = (wanted: string) => names.find((name) => normalizeKey(name) === normalizeKey(wanted));
  const dataSheets = names.filter((name) => !isReportSheetName(name) && !isTargetsSheetName(name));
  const roleOf = (name: string): RefusedSheet['role'] | null =>
    isReportSheetName(name) ? 'report' : isTargetsSheetName(name) ? 'targets' : ownedAs(name);
  const ours = new Map<string, boolean>();
  const isOurs = (name: string): boolean => {
    let owned = ours.get(name);
    if (owned === undefined) {
      owned = ownedAs(name) !== null;
      ours.set(name, owned);
    }
    return owned;
  };
  let refused: RefusedSheet | null = null;

  let sales: SheetSource | null = null;
  let salesMissing: LocatedSheets['salesMissing'] = null;
  if (settings.salesSheet !== null) {
    const name = byName(settings.salesSheet);
    const role = name === undefined ? null : roleOf(name);
    if (name === undefined) salesMissing = { wanted: settings.salesSheet };
    else if (role !== null) refused = { table: 'sales', sheet: name, role };
    else sales = logSource(name);
  } else {
    let fallback: string | undefined;
    let partial: string | undefined;
    for (const name of dataSheets) {
      const kind = kindOf(name);
      if (kind === 'other' || kind === 'spend' || isOurs(name)) continue;
      if (kind === 'sales') {
        sales = logSource(name);
        break;
      }
      if (kind === 'sales_or_spend') fallback ??= name;
      if (kind === 'partial_sales') partial ??= name;
    }
    const chosen = sales?.name ?? fallback ?? partial;
    if (chosen === undefined) salesMissing = { wanted: null };
    else sales = logSource(chosen);
  }

  let spend: SheetSource | null = null;
  let spendMissing: string | null = null;
  if (settings.spendSheet !== null) {
    const name = byName(settings.spendSheet);
    const role = name === undefined ? null : roleOf(name);
    if (name === undefined) spendMissing = settings.spendSheet;
    else if (role !== null) refused ??= { table: 'spend', sheet: name, role };
    else spend = source(name);
  } else if (settings.findSpend) {
    for (const name of dataSheets) {
      if (name === sales?.name) continue;
      const kind = kindOf(name);
      if ((kind === 'spend' || kind === 'sales_or_spend') && !isOurs(name)) {
        spend = source(name);
        break;
      }
    }
  }

  const targetsName = names.find(isTargetsSheetName);
  return {
    sales,
    salesMissing,
    spend,
    spendMissing,
    targets: targetsName === undefined ? null : source(targetsName),
    refused,
  };
}

/** What a header row looks like: a sales log, a spend table, either (date, amount/budget, channel), or neither. */
function sheetKind(headers: readonly string[]): SheetKind {
  const log = detectColumns(headers);
  const spend = matchSpendHeaders(headers, new Set());
  const isSpend = spend.date !== undefined && spend.spend !== undefined;
  const hasDate = log.date !== undefined;
  const hasAmount = log.amount !== undefined;
  if (hasDate && hasAmount) {
    const rich = (['status', 'id', 'customer', 'rep', 'quantity', 'created'] as const).some(
      (field) => log[field] !== undefined,
    );
    return rich || !isSpend ? 'sales' : 'sales_or_spend';
  }
  if (isSpend) return 'spend';
  return hasDate || hasAmount ? 'partial_sales' : 'other';
}
