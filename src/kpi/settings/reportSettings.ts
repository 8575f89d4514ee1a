import { cellText } from '../_lib/cellText';
import type { Day } from '../calendar/day';
import { dayFromCivil, isValidCivil } from '../calendar/day';
import { createDayOfDate } from '../calendar/dayOfDate';
import { PERIOD_TYPES, type PeriodType } from '../calendar/periods';
import { type ColumnMapping, FIELDS, type Field, STATUS_CLASSES, type StatusClass } from '../log/salesLog';
import { resolveColumnChoices } from '../mapping/resolveColumnChoices';
import { DEFAULT_AT_RISK, isAtRiskThreshold } from './atRiskThreshold';

/** The document property that holds the report settings as JSON (written by the sidebar and the CLI). */
export const SETTINGS_PROPERTY = 'SALES_KPI_SETTINGS';

/**
 * The report settings exactly as stored in the `SALES_KPI_SETTINGS` document property (JSON). Every field is
 * optional; a missing one takes its default. The sidebar and `npm run report` write this shape.
 */
export interface ReportSettings {
  /** The sheet holding the sales log. @default the first sheet whose header row has a date and an amount column */
  salesSheet?: string;
  /**
   * The sheet holding the marketing spend table; `null` = no spend table.
   * @default the first other sheet whose header row reads as a spend table
   */
  spendSheet?: string | null;
  /** @default 'month' */
  periodType?: 'week' | 'month' | 'quarter' | 'year';
  /** The report period's label (`2026-11`, `2026-Q4`…); `null` = the period containing the as-of day. @default null */
  reportPeriod?: string | null;
  /** The as-of day `yyyy-mm-dd`: data are complete up to and including it; `null` = today. @default null */
  asOf?: string | null;
  /** Attainment from which a KPI below target is "at risk" rather than "behind", in (0, 1]. @default 0.9 */
  atRisk?: number;
  /**
   * The user's column choices BY HEADER TEXT: field → the header of its column in the sales sheet, `null` = the
   * log has no such column (`{ date: 'Close Date', status: null }`). A re-export with its columns in another order
   * still maps right. A header that is no longer in the sheet is a note, and that field is detected as usual.
   */
  columns?: ColumnChoices;
  /**
   * Version 1's column choices BY POSITION (field → 0-based column, -1 = none). Read as the header texts at those
   * positions of the current sales sheet (a position beyond its last column is a note); ignored when `columns`
   * is set. The next sidebar save writes them as `columns` and removes this field.
   * @deprecated
   */
  mapping?: ColumnMapping;
  /** Extra status texts per class (`{ won: ['Closed, paid'], refunded: ['Возврат частичный'] }`). */
  statuses?: Partial<Record<StatusClass, string[]>>;
}

/** Column choices by header text: field → header text, `null` = no such column. */
export type ColumnChoices = Partial<Record<Field, string | null>>;

/** The settings with defaults applied and every value checked. */
export interface ResolvedReportSettings {
  /** The sales sheet's name, or null to find it. */
  salesSheet: string | null;
  /** The spend sheet's name, or null for none / to find it (see `findSpend`). */
  spendSheet: string | null;
  /** Whether to look for a spend sheet (the setting is absent). */
  findSpend: boolean;
  periodType: PeriodType;
  /** The report period label as given (checked against the period type by the report model), or null. */
  reportPeriod: string | null;
  /** The as-of day, or null for today. */
  asOf: Day | null;
  atRisk: number;
  /** The column choices by header text, or null. */
  columns: ColumnChoices | null;
  /** Version 1's choices by position, or null (see `ReportSettings.mapping`). */
  mapping: ColumnMapping | null;
  statuses: Partial<Record<StatusClass, string[]>>;
}

/** A setting that could not be used: the report goes on with its default and lists the note. */
export type SettingsNote =
  | { code: 'malformed_json' }
  | { code: 'invalid_value'; field: string; value: string }
  /** A column chosen by its header text that the sales sheet no longer has: the field is detected instead. */
  | { code: 'missing_header'; field: Field; header: string };

/** The defaults: find the sheets, months, the period of today, at-risk 0.9. */
export const DEFAULT_SETTINGS: ResolvedReportSettings = Object.freeze({
  salesSheet: null,
  spendSheet: null,
  findSpend: true,
  periodType: 'month',
  reportPeriod: null,
  asOf: null,
  atRisk: DEFAULT_AT_RISK,
  columns: null,
  mapping: null,
  statuses: {},
});
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads the settings property: JSON text → checked settings with defaults. Malformed JSON, or a value of the
 * wrong type or out of range, gives the default for that field and a note; unknown fields are ignored (a newer
 * sidebar may write more).
 *
 * @param json The property's text, or null when it is not set.
 * @returns The settings and the notes about values that were not used.
 * @example
 * parseReportSettings('{"periodType":"quarter","atRisk":2}')
 * //=> { settings: { …, periodType: 'quarter', atRisk: 0.9 }, notes: [{ code: 'invalid_value', field: 'atRisk', value: '2' }] }
 */
export function parseReportSettings(json: string | null | undefined): {
  settings: ResolvedReportSettings;
  notes: SettingsNote[];
} {
  if (json === null || json === undefined || json.trim() === '')
    return { settings: { ...DEFAULT_SETTINGS }, notes: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, notes: [{ code: 'malformed_json' }] };
  }
  if (!isPlainObject(raw)) return { settings: { ...DEFAULT_SETTINGS }, notes: [{ code: 'malformed_json' }] };
  return resolveReportSettings(raw);
}

/**
 * Checks settings given as an object (parsed JSON, or the sidebar's form) and applies the defaults.
 *
 * @param raw An object of the `ReportSettings` shape; anything else in it is checked, not trusted.
 * @returns The settings and the notes about values that were not used.
 * @example
 * resolveReportSettings({ spendSheet: null }).settings.findSpend //=> false
 */
export function resolveReportSettings(raw: Readonly<Record<string, unknown>>): {
  settings: ResolvedReportSettings;
  notes: SettingsNote[];
} {
  const notes: SettingsNote[] = [];
  const invalid = (field: string, value: unknown) =>
    notes.push({ code: 'invalid_value', field, value: show(value) });
  const settings: ResolvedReportSettings = { ...DEFAULT_SETTINGS, statuses: {} };

  if (raw.salesSheet !== undefined && raw.salesSheet !== null) {
    if (typeof raw.salesSheet === 'string' && raw.salesSheet.trim() !== '')
      settings.salesSheet = raw.salesSheet.trim();
    else invalid('salesSheet', raw.salesSheet);
  }
  if (raw.spendSheet === null) {
    settings.findSpend = false;
  } else if (raw.spendSheet !== undefined) {
    if (typeof raw.spendSheet === 'string' && raw.spendSheet.trim() !== '') {
      settings.spendSheet = raw.spendSheet.trim();
      settings.findSpend = false;
    } else {
      invalid('spendSheet', raw.spendSheet);
    }
  }
  if (raw.periodType !== undefined) {
    if (typeof raw.periodType === 'string' && (PERIOD_TYPES as readonly string[]).includes(raw.periodType)) {
      settings.periodType = raw.periodType as PeriodType;
    } else {
      invalid('periodType', raw.periodType);
    }
  }
  if (raw.reportPeriod !== undefined && raw.reportPeriod !== null) {
    if (typeof raw.reportPeriod === 'string') {
      settings.reportPeriod = raw.reportPeriod.trim() === '' ? null : raw.reportPeriod.trim();
    } else {
      invalid('reportPeriod', raw.reportPeriod);
    }
  }
  if (raw.asOf !== undefined && raw.asOf !== null) {
    const day = typeof raw.asOf === 'string' ? isoDay(raw.asOf.trim()) : null;
    if (day === null) invalid('asOf', raw.asOf);
    else settings.asOf = day;
  }
  if (raw.atRisk !== undefined) {
    if (isAtRiskThreshold(raw.atRisk)) settings.atRisk = raw.atRisk;
    else invalid('atRisk', raw.atRisk);
  }
  if (raw.columns !== undefined && raw.columns !== null) {
    if (isPlainObject(raw.columns)) {
      const columns: ColumnChoices = {};
      for (const [field, header] of Object.entries(raw.columns)) {
        if (!(FIELDS as readonly string[]).includes(field)) invalid(`columns.${field}`, header);
        else if (header === null || (typeof header === 'string' && header.trim() === ''))
          columns[field as Field] = null;
        else if (typeof header === 'string') columns[field as Field] = header.trim();
        else invalid(`columns.${field}`, header);
      }
      if (Object.keys(columns).length > 0) settings.columns = columns;
    } else {
      invalid('columns', raw.columns);
    }
  }
  if (raw.mapping !== undefined && raw.mapping !== null) {
    if (isPlainObject(raw.mapping)) {
      const mapping: ColumnMapping = {};
      for (const [field, column] of Object.entries(raw.mapping)) {
        if (!(FIELDS as readonly string[]).includes(field)) {
          invalid(`mapping.${field}`, column);
        } else if (typeof column !== 'number' || !Number.isInteger(column) || column < -1) {
          invalid(`mapping.${field}`, column);
        } else {
          mapping[field as Field] = column;
        }
      }
      if (Object.keys(mapping).length > 0) settings.mapping = mapping;
    } else {
      invalid('mapping', raw.mapping);
    }
  }
  if (raw.statuses !== undefined && raw.statuses !== null) {
    if (isPlainObject(raw.statuses)) {
      for (const [statusClass, texts] of Object.entries(raw.statuses)) {
        const ok =
          (STATUS_CLASSES as readonly string[]).includes(statusClass) &&
          Array.isArray(texts) &&
          texts.every((t) => typeof t === 'string');
        if (ok)
          settings.statuses[statusClass as StatusClass] = (texts as string[])
            .map((t) => t.trim())
            .filter((t) => t !== '');
        else invalid(`statuses.${statusClass}`, texts);
      }
    } else {
      invalid('statuses', raw.statuses);
    }
  }
  return { settings, notes };
}

/** What `fitColumns` makes of the column choices against the sales sheet's current header row. */
export interface FittedColumns {
  /** Field → 0-based column (-1 = none) for `readLog`/`detectColumns`; undefined when nothing is chosen. */
  mapping: ColumnMapping | undefined;
  /** The choices that still apply, by header text (version 1's positions migrated): what a sidebar save keeps. */
  columns: ColumnChoices;
  /** Choices that could not be used: a header no longer in the sheet, a position beyond it, a column taken twice. */
  notes: SettingsNote[];
}

/**
 * Resolves the user's column choices against the sales sheet's current header row, before `readLog`. Choices are
 * by header text (`columns`), so a re-export with its columns in another order still maps right; a header is
 * found exactly first, then compared as detection compares headers (`normalizeHeader`). Version 1's choices by
 * position (`mapping`, used only without `columns`) are migrated on read: each becomes the header text at that
 * position when the sheet still has that many columns. A header that is not in the sheet any more, a position
 * beyond its last column, or a column chosen for two fields is dropped with a note: that field is detected from
 * the headers as usual.
 *
 * @param settings The resolved settings (`columns`, and version 1's `mapping`).
 * @param headers The header row of the sales sheet, as text.
 * @returns The mapping for `readLog`, the choices by header text that still apply, and the notes.
 * @example
 * fitColumns({ columns: { date: 'Close Date', rep: null }, mapping: null }, ['Amount', 'Close Date'])
 * //=> { mapping: { date: 1, rep: -1 }, columns: { date: 'Close Date', rep: null }, notes: [] }
 * fitColumns({ columns: null, mapping: { date: 1, amount: 7 } }, ['Amount', 'Close Date'])
 * //=> { mapping: { date: 1 }, columns: { date: 'Close Date' }, notes: [{ code: 'invalid_value', field: 'mapping.amount', value: '7' }] }
 */
export function fitColumns(
  settings: Pick<ResolvedReportSettings, 'columns' | 'mapping'>,
  headers: readonly string[],
): FittedColumns {
  const notes: SettingsNote[] = [];
  const choices: ColumnChoices = settings.columns ?? {};
  if (settings.columns === null && settings.mapping !== null) {
    for (const field of FIELDS) {
      const column = settings.mapping[field];
      if (column === undefined) continue;
      if (column === -1) choices[field] = null;
      else if (column < headers.length && headers[column].trim() !== '')
        choices[field] = headers[column].trim();
      else notes.push({ code: 'invalid_value', field: `mapping.${field}`, value: String(column) });
    }
  }
  const mapping: ColumnMapping = {};
  const columns: ColumnChoices = {};
  const taken = new Set<number>();
  for (const field of FIELDS) {
    const header = choices[field];
    if (header === undefined) continue;
    if (header === null) {
      mapping[field] = -1;
      columns[field] = null;
      continue;
    }
    const column = findHeader(headers, header);
    if (column === -1) notes.push({ code: 'missing_header', field, header });
    else if (taken.has(column))
      notes.push({ code: 'invalid_value', field: `columns.${field}`, value: header });
    else {
      taken.add(column);
      mapping[field] = column;
      columns[field] = header;
    }
  }
  return { mapping: Object.keys(mapping).length > 0 ? mapping : undefined, columns, notes };
}

/**
 * The header row of a sheet's values as text, as `readLog` reads it (a Date header is its ISO day).
 *
 * @example
 * sheetHeaders([[' Date ', 'Amount'], ['2026-11-05', 1]], 'UTC') //=> ['Date', 'Amount']
 */
export function sheetHeaders(values: readonly (readonly unknown[])[], timeZone: string): string[] {
  if (values.length === 0) return [];
  const dayOf = createDayOfDate(timeZone);
  return values[0].map((cell) => cellText(cell, dayOf));
}

/**
 * The column of a header text in a header row, found as `KPI_TABLE`'s `columns` argument finds it
 * (`resolveColumnChoices`): as written (trimmed), then in any case, then normalised as headers are; -1 when none.
 *
 * @example
 * findHeader(['Amount', 'Close Date'], 'close date') //=> 1
 */
export function findHeader(headers: readonly string[], header: string): number {
  const resolved = resolveColumnChoices(headers, new Map([['date', header]]));
  return resolved.ok ? (resolved.mapping.date ?? -1) : -1;
}

function isoDay(text: string): Day | null {
  const m = ISO_DAY.exec(text);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
