import { isBlankCell } from '../_lib/isBlankCell';
import { normalizeKey } from '../_lib/normalizeKey';
import { periodLabel } from '../calendar/periods';
import type { Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report';
import { kpiDefinition } from '../kpis';
import { type Target, targetPeriodKey, targetPeriodOf } from '../plan/targets';
import type { TargetEntry } from '../settings/validateSidebarSave';
import { formatTargetInput } from './formatTargetInput';
import { readTargets, targetColumnsOf } from './readTargets';
import { TARGETS_HEADERS, type TargetColumn } from './targetsSheet';

/** The targets sheet as it is, and the targets to put on it. */
export interface EditTargetsInput {
  /** The sheet's values (`getDataRange().getValues()`), header first; `[]` (or `[['']]`) for a new, empty sheet. */
  values: readonly (readonly unknown[])[];
  /** The same range's `getNumberFormats()`: text cells in a plain-text (`@`) column are written without `'`. */
  formats?: readonly (readonly string[])[];
  /** The same range's `getNotes()`: a cleared row with a note is kept (its target cells blanked), not deleted. */
  notes?: readonly (readonly string[])[];
  /** The targets to set (value) or delete (null); keys (KPI, period, rep) absent here are left as they are. */
  entries: readonly TargetEntry[];
  /** The language of the header and KPI names written on new rows. */
  lang: Lang;
  /** Spreadsheet locale and time zone: the rows are read as the report reads them. */
  locale: string;
  timeZone: string;
}

/** One cell to write: a 1-based sheet row, a 0-based column, and the value as `setValues` takes it. */
export interface TargetsCellWrite {
  row: number;
  column: number;
  value: unknown;
}

/** The edit: the writes, in the order to make them, and what the sheet holds afterwards. */
export type TargetsSheetEdit =
  | {
      ok: true;
      /**
       * Cells of the sheet as it is (before any deletion) that change: a Period or Rep header added at the right,
       * a changed Target cell, the type word in a blank Period cell, the add-on's cells of a cleared row that keeps
       * the user's content. Nothing else of a row is ever written.
       */
      cells: TargetsCellWrite[];
      /** Rows to delete, bottom-up, in contiguous runs (1-based rows of the sheet as it is). */
      deletes: { row: number; count: number }[];
      /** New rows (header first on a new sheet), written after the deletions at `row`; null when none. */
      append: { row: number; values: unknown[][] } | null;
      /** The sheet is new (empty): the header is in `append`, to be made bold and frozen. */
      isNew: boolean;
      /** The number of columns the sheet needs. */
      width: number;
      /** Target rows set (added or changed) and deleted (or cleared). */
      set: number;
      deleted: number;
      /** The entries that change the sheet (those a replay after a failure must apply again). */
      effective: TargetEntry[];
    }
  | {
      ok: false;
      /** The sheet lacks the KPI or the Target column: where would a target go? */
      code: 'missing_column';
      /** The column's header as a new sheet would have it, in `lang`. */
      column: string;
    };

const COLUMNS: readonly TargetColumn[] = ['period', 'rep', 'kpi', 'target'];

/**
 * Plans the edit of the "KPI Targets" sheet that a sidebar save makes, in place, touching nothing else:
 *
 * - a target row for a KPI, period and rep that an entry names gets the new value in its Target cell (its other
 *   cells, formulas, notes, formats and extra columns stay as they are); a repeated row for the same key goes;
 * - an entry with no row yet becomes a new row after the last one: `Period | Rep | KPI name | Target`, period and
 *   rep as text (a label such as `2026-11` would become a date, a rep named `=X` a formula); "every period of a
 *   type" (a type word, or null = every month) is written as the type word in `lang` (`month`, `месяц`);
 * - a blank period and the type word `month` (any language) are the same key: setting an every-month target
 *   changes the old blank-period row in place and writes the word into its Period cell;
 * - an entry with a null value deletes the rows of its key (the sheet's `deleteRows`: the rows below move up with
 *   their formulas, notes and formats); a row that holds the user's own content (a cell of a column the add-on
 *   does not own, or a note) is kept, only its Period, Rep, KPI and Target cells are blanked;
 * - every other row and cell is never written: a formula stays a formula, a date a date;
 * - a sheet without a Period or Rep column gets one appended when an entry needs it; a new (empty) sheet gets
 *   the header row.
 *
 * Applied again to the sheet it produced (or to one it left half-edited), it plans only what is still missing:
 * a save that failed halfway is finished by planning it again.
 *
 * @param input The sheet's values (and formulas, formats, notes) and the entries.
 * @returns The writes, or `missing_column` when the sheet has no KPI or Target column to write into.
 * @example
 * editTargetsSheet({ values: [], entries: [{ kpi: 'revenue', period: '2026-11', rep: null, value: 5000 }],
 *   lang: 'en', locale: 'en_US', timeZone: 'UTC' }).append
 * //=> { row: 1, values: [['Period', 'Rep', 'KPI', 'Target'], ["'2026-11", '', "'Sales volume", 5000]] }
 */
export function editTargetsSheet(input: EditTargetsInput): TargetsSheetEdit {
  const { values, lang } = input;
  const isNew = values.length === 0 || values.every((row) => row.every(isBlankCell));
  const header: unknown[] = isNew ? [...TARGETS_HEADERS[lang]] : [...values[0]];
  const at = isNew ? { period: 0, rep: 1, kpi: 2, target: 3 } : targetColumnsOf(header);
  for (const column of ['kpi', 'target'] as const) {
    if (at[column] === undefined) {
      return { ok: false, code: 'missing_column', column: TARGETS_HEADERS[lang][COLUMNS.indexOf(column)] };
    }
  }
  const cells: TargetsCellWrite[] = [];
  // Every entry names its period on the sheet: a label, or the type word (a blank now reads as every month only).
  const needs = {
    period: input.entries.some((e) => e.value !== null),
    rep: input.entries.some((e) => e.rep !== null && e.value !== null),
  };
  for (const column of ['period', 'rep'] as const) {
    if (at[column] === undefined && needs[column]) {
      at[column] = header.length;
      const word = TARGETS_HEADERS[lang][COLUMNS.indexOf(column)];
      header.push(word);
      if (!isNew) cells.push({ row: 1, column: at[column]!, value: word });
    }
  }
  const width = header.length;
  const owned = new Set(COLUMNS.map((c) => at[c]).filter((c): c is number => c !== undefined));

  const keyOf = (kpi: string, period: string | null, rep: string | null) =>
    `${kpi}|${targetPeriodKey(period) ?? period}|${rep === null ? '' : normalizeKey(rep)}`;
  // The period cell of a row: a label as it is, every period of a type as the word in the sheet's language.
  const periodText = (period: string | null): string => {
    const p = targetPeriodOf(period);
    if (p === null) return period ?? '';
    return p.every === undefined ? periodLabel(p.label) : reportMessages[lang].periodTypes[p.every];
  };
  const wanted = new Map<string, TargetEntry>();
  for (const entry of input.entries) wanted.set(keyOf(entry.kpi, entry.period, entry.rep), entry);
  const changedKeys = new Set<string>();
  const formats = input.formats ?? [];
  // Text as text (`'`), unless the cell is plain text already (`@`: a `'` would be kept).
  const textAt = (format: string | undefined, s: string) => (format === '@' ? s : `'${s}`);

  // Each old row, read alone exactly as the report reads the sheet: a row that yields a target has a key; any
  // other row (blank, or one the report cannot use) is never touched.
  const readOptions = { locale: input.locale, timeZone: input.timeZone };
  const placed = new Set<string>();
  const doomed: number[] = [];
  let set = 0;
  let deleted = 0;
  const oldHeight = isNew ? 0 : values.length;
  for (let index = 1; index < oldHeight; index++) {
    const row = values[index];
    const target = row.every(isBlankCell) ? null : targetOfRow(values[0], row, readOptions);
    const key = target === null ? null : keyOf(target.kpi, target.period, target.rep);
    const entry = key === null ? undefined : wanted.get(key);
    if (key === null || entry === undefined) continue;
    const sheetRow = index + 1;
    if (entry.value === null || placed.has(key)) {
      deleted++;
      changedKeys.add(key);
      if (keepsUserContent(row, input.notes?.[index], owned)) {
        for (const c of owned) if (!isBlankCell(row[c])) cells.push({ row: sheetRow, column: c, value: '' });
      } else {
        doomed.push(sheetRow);
      }
      continue;
    }
    placed.add(key);
    // An old row with a blank period (every month) gets the type word when its target is set again.
    const periodCell = row[at.period!];
    if (at.period !== undefined && isBlankCell(periodCell)) {
      const word = textAt(formats[index]?.[at.period], periodText(entry.period));
      cells.push({ row: sheetRow, column: at.period, value: word });
      changedKeys.add(key);
    }
    // A target the field shows as it was is unchanged: a formula (`=D2*1.1`) the user did not touch stays.
    const unit = kpiDefinition(entry.kpi).unit;
    const shown = (v: number) => formatTargetInput(v, unit, input.locale);
    if (shown(target!.value) !== shown(entry.value)) {
      cells.push({ row: sheetRow, column: at.target!, value: entry.value });
      changedKeys.add(key);
    }
    if (changedKeys.has(key)) set++;
  }
  // New rows, after the last row of the sheet (once the deleted ones are gone).
  const lastFormats = isNew ? undefined : formats[values.length - 1];
  const text = (c: number, s: string) => textAt(lastFormats?.[c], s);
  const added: unknown[][] = [];
  for (const [key, entry] of wanted) {
    if (entry.value === null || placed.has(key)) continue;
    const row: unknown[] = new Array(width).fill('');
    row[at.period!] = text(at.period!, periodText(entry.period));
    if (entry.rep !== null) row[at.rep!] = text(at.rep!, entry.rep);
    row[at.kpi!] = text(at.kpi!, kpiDefinition(entry.kpi).names[lang]);
    row[at.target!] = entry.value;
    added.push(row);
    changedKeys.add(key);
    set++;
  }
  if (isNew && added.length > 0) added.unshift(header);
  const deletes: { row: number; count: number }[] = [];
  for (let i = doomed.length - 1; i >= 0; i--) {
    const last = deletes[deletes.length - 1];
    if (last !== undefined && last.row === doomed[i] + 1) {
      last.row--;
      last.count++;
    } else {
      deletes.push({ row: doomed[i], count: 1 });
    }
  }
  const effective = [...wanted].filter(([key]) => changedKeys.has(key)).map(([, entry]) => entry);
  return {
    ok: true,
    cells,
    deletes,
    append: added.length === 0 ? null : { row: oldHeight - doomed.length + 1, values: added },
    isNew,
    width,
    set,
    deleted,
    effective,
  };
}

/** Whether a row holds something of the user's: a cell in a column the add-on does not own, or a note. */
function keepsUserContent(
  row: readonly unknown[],
  notes: readonly string[] | undefined,
  owned: ReadonlySet<number>,
): boolean {
  return (
    row.some((cell, c) => !owned.has(c) && !isBlankCell(cell)) || (notes?.some((n) => n !== '') ?? false)
  );
}

/** The target a row gives when read alone under the header; null when the report cannot use it. */
function targetOfRow(
  header: readonly unknown[],
  row: readonly unknown[],
  options: { locale: string; timeZone: string },
): Target | null {
  const read = readTargets([header, row], options);
  if (read.issues.length > 0 || read.targets.length !== 1) return null;
  const target = read.targets[0];
  // Periods compare as what they name (`2026-1` is `2026-01`; a blank, `month` and `месяц` are every month).
  return { ...target, period: targetPeriodKey(target.period) };
}
