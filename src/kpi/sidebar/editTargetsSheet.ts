import { isBlankCell } from '../_lib/isBlankCell';
import { normalizeKey } from '../_lib/normalizeKey';
import type { Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report';
import { kpiDefinition } from '../kpis';
import { periodLabel } from '../periods';
import { type Target, targetPeriodKey, targetPeriodOf } from '../plan/targets';
import { readTargets, targetColumnsOf } from '../targets/readTargets';
import { TARGETS_HEADERS, type TargetColumn } from '../targets/targetsSheet';
import type { TargetEntry } from './validateSidebarSave';

/** The targets sheet as it is, and the targets to put on it. */
export interface EditTargetsInput {
  /** The sheet's values (`getDataRange().getValues()`), header first; `[]` (or `[['']]`) for a new, empty sheet. */
  values: readonly (readonly unknown[])[];
  /** The same range's `getFormulas()` ('' where a cell holds no formula); formulas are written back as formulas. */
  formulas?: readonly (readonly string[])[];
  /** The same range's `getNumberFormats()`: text cells in a plain-text (`@`) column are written without `'`. */
  formats?: readonly (readonly string[])[];
  /** The targets to set (value) or delete (null); keys (KPI, period, rep) absent here are left as they are. */
  entries: readonly TargetEntry[];
  /** The language of the header and KPI names written on new rows. */
  lang: Lang;
  /** Spreadsheet locale and time zone: the rows are read as the report reads them. */
  locale: string;
  timeZone: string;
}

/** What to write: one block of rows, from `row` down, `width` columns wide. */
export interface TargetsSheetWrite {
  /** 1-based sheet row of the block's first row. */
  row: number;
  /** Cells as `setValues` takes them: text as `'text` (stays text), formulas as `=…`, numbers, dates. */
  values: unknown[][];
}

/** The edit: what to write, and what the sheet holds afterwards. */
export type TargetsSheetEdit =
  | {
      ok: true;
      /** The rows to write, or null when the sheet already says exactly this. */
      write: TargetsSheetWrite | null;
      /** The number of columns and rows (header included) the sheet needs. */
      width: number;
      height: number;
      /** Target rows set (added or changed) and deleted. */
      set: number;
      deleted: number;
    }
  | {
      ok: false;
      /** The sheet lacks the KPI or the Target column: where would a target go? */
      code: 'missing_column';
      /** The column's header as a new sheet would have it, in `lang`. */
      column: string;
    };

/** One row of the edited sheet: an old row as it was, an old row with a new target, or a new row. */
type Row =
  | { kind: 'old'; index: number }
  | { kind: 'changed'; index: number; value: number; period: string | null }
  | { kind: 'new'; cells: unknown[] };

const COLUMNS: readonly TargetColumn[] = ['period', 'rep', 'kpi', 'target'];

/**
 * Plans the edit of the "KPI Targets" sheet that a sidebar save makes, touching nothing else:
 *
 * - a target row for a KPI, period and rep that an entry names gets the new value in its Target cell, in
 *   place (its other cells, extra columns included, stay as they are); a repeated row for the same key goes;
 * - an entry with no row yet becomes a new row at the end: `Period | Rep | KPI name | Target`, period and rep as
 *   text (a label such as `2026-11` would become a date, a rep named `=X` a formula); "every period of a type"
 *   (a type word, or null = every month) is written as the type word in `lang` (`month`, `месяц`), never blank;
 * - a blank period and the type word `month` (any language) are the same key: setting an every-month target
 *   changes the old blank-period row in place and writes the word into its Period cell;
 * - an entry with a null value deletes the rows of its key; the rows below move up;
 * - every other row (other periods, other reps and KPIs, rows the report cannot read, blank rows) is kept
 *   exactly: formulas as formulas, dates as dates, text as text;
 * - a sheet without a Period or Rep column gets one appended when an entry needs it; a new (empty) sheet gets
 *   the header row.
 *
 * Only the rows from the first one that changes are written, in one block (rows that move up, and blanks over the
 * rows the sheet no longer needs).
 *
 * @param input The sheet's values (and formulas and formats) and the entries.
 * @returns The block to write and the sheet's new size, or `missing_column` when the sheet has no KPI or Target
 *   column to write into.
 * @example
 * editTargetsSheet({ values: [], entries: [{ kpi: 'revenue', period: '2026-11', rep: null, value: 5000 }],
 *   lang: 'en', locale: 'en_US', timeZone: 'UTC' }).write
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
  let headerChanged = isNew;
  // Every entry names its period on the sheet: a label, or the type word (a blank now reads as every month only).
  const needs = {
    period: input.entries.some((e) => e.value !== null),
    rep: input.entries.some((e) => e.rep !== null && e.value !== null),
  };
  for (const column of ['period', 'rep'] as const) {
    if (at[column] === undefined && needs[column]) {
      at[column] = header.length;
      header.push(TARGETS_HEADERS[lang][COLUMNS.indexOf(column)]);
      headerChanged = true;
    }
  }
  const width = header.length;

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

  // Each old row, read alone exactly as the report reads the sheet: a row that yields a target has a key; any
  // other row (blank, or one the report cannot use) is kept as it is.
  const oldRows = isNew ? [] : values.slice(1);
  const readOptions = { locale: input.locale, timeZone: input.timeZone };
  const rows: Row[] = [];
  const placed = new Set<string>();
  let set = 0;
  let deleted = 0;
  oldRows.forEach((row, i) => {
    const index = i + 1;
    const target = row.every(isBlankCell) ? null : targetOfRow(values[0], row, readOptions);
    const key = target === null ? null : keyOf(target.kpi, target.period, target.rep);
    const entry = key === null ? undefined : wanted.get(key);
    if (key === null || entry === undefined) {
      rows.push({ kind: 'old', index });
      return;
    }
    if (entry.value === null || placed.has(key)) {
      deleted++;
      return;
    }
    placed.add(key);
    // An old row with a blank period (every month) gets the type word when its target is set again.
    const cell = at.period === undefined ? undefined : row[at.period];
    const period = at.period === undefined || isBlankCell(cell) ? periodText(entry.period) : null;
    if (target!.value === entry.value && period === null) {
      rows.push({ kind: 'old', index });
    } else {
      rows.push({ kind: 'changed', index, value: entry.value, period });
      set++;
    }
  });
  // New rows: text cells as text (`'`), unless the column is plain text already (`@`: a `'` would be kept).
  const lastFormats = isNew ? undefined : input.formats?.[values.length - 1];
  const text = (c: number, s: string) => (lastFormats?.[c] === '@' ? s : `'${s}`);
  for (const [key, entry] of wanted) {
    if (entry.value === null || placed.has(key)) continue;
    const cells: unknown[] = new Array(width).fill('');
    cells[at.period!] = text(at.period!, periodText(entry.period));
    if (entry.rep !== null) cells[at.rep!] = text(at.rep!, entry.rep);
    cells[at.kpi!] = text(at.kpi!, kpiDefinition(entry.kpi).names[lang]);
    cells[at.target!] = entry.value;
    rows.push({ kind: 'new', cells });
    set++;
  }

  // The first row (0 = header) that differs from the sheet as it is.
  let first = headerChanged ? 0 : -1;
  if (first === -1) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.kind !== 'old' || row.index !== r + 1) {
        first = r + 1;
        break;
      }
    }
    if (first === -1 && rows.length < oldRows.length) first = rows.length + 1;
  }
  const height = 1 + rows.length;
  const oldHeight = isNew ? 0 : values.length;
  if (first === -1) return { ok: true, write: null, width, height, set, deleted };

  const formulas = input.formulas ?? [];
  const formats = input.formats ?? [];
  const cell = (index: number, c: number): unknown => {
    const formula = formulas[index]?.[c];
    if (formula) return formula;
    const value = c < values[index].length ? values[index][c] : '';
    if (typeof value !== 'string' || value === '') return value;
    return formats[index]?.[c] === '@' ? value : `'${value}`;
  };
  const block: unknown[][] = [];
  for (let r = first; r < Math.max(height, oldHeight); r++) {
    const out: unknown[] = new Array(width).fill('');
    if (r === 0) {
      for (let c = 0; c < width; c++) out[c] = !isNew && c < values[0].length ? cell(0, c) : header[c];
    } else if (r <= rows.length) {
      const row = rows[r - 1];
      if (row.kind === 'new') {
        for (let c = 0; c < width; c++) out[c] = row.cells[c];
      } else {
        for (let c = 0; c < width; c++) out[c] = cell(row.index, c);
        if (row.kind === 'changed') {
          out[at.target!] = row.value;
          if (row.period !== null) out[at.period!] = text(at.period!, row.period);
        }
      }
    }
    block.push(out);
  }
  return { ok: true, write: { row: first + 1, values: block }, width, height, set, deleted };
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
