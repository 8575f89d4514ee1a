import type { Day } from '../day';
import { dayFromCivil, isValidCivil } from '../day';
import { PERIOD_TYPES, type PeriodType } from '../periods';
import { DEFAULT_AT_RISK } from '../plan/kpiStatus';
import { type ColumnMapping, FIELDS, type Field, type StatusClass } from '../salesLog';

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
  /** The user's column choices: field → 0-based column of the sales sheet, -1 = no such column. */
  mapping?: ColumnMapping;
  /** Extra status texts per class (`{ won: ['Closed, paid'] }`). */
  statuses?: Partial<Record<StatusClass, string[]>>;
}

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
  mapping: ColumnMapping | null;
  statuses: Partial<Record<StatusClass, string[]>>;
}

/** A setting that could not be used: the report goes on with its default and lists the note. */
export type SettingsNote =
  | { code: 'malformed_json' }
  | { code: 'invalid_value'; field: string; value: string };

/** The defaults: find the sheets, months, the period of today, at-risk 0.9. */
export const DEFAULT_SETTINGS: ResolvedReportSettings = Object.freeze({
  salesSheet: null,
  spendSheet: null,
  findSpend: true,
  periodType: 'month',
  reportPeriod: null,
  asOf: null,
  atRisk: DEFAULT_AT_RISK,
  mapping: null,
  statuses: {},
});

const STATUS_CLASSES: readonly StatusClass[] = ['won', 'lost', 'returned', 'open'];
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
    if (typeof raw.atRisk === 'number' && raw.atRisk > 0 && raw.atRisk <= 1) settings.atRisk = raw.atRisk;
    else invalid('atRisk', raw.atRisk);
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
          settings.statuses[statusClass as StatusClass] = (texts as string[]).filter((t) => t.trim() !== '');
        else invalid(`statuses.${statusClass}`, texts);
      }
    } else {
      invalid('statuses', raw.statuses);
    }
  }
  return { settings, notes };
}

/**
 * Checks a stored column mapping against the sales sheet's header row: a column beyond the header, or a column
 * given to two fields, is dropped with a note (detection then finds that field as usual).
 *
 * @param mapping The resolved mapping, or null.
 * @param columnCount The number of columns of the header row.
 * @returns The usable mapping (undefined when nothing is left) and the notes.
 * @example
 * fitMapping({ date: 0, amount: 7 }, 3) //=> { mapping: { date: 0 }, notes: [{ code: 'invalid_value', field: 'mapping.amount', value: '7' }] }
 */
export function fitMapping(
  mapping: ColumnMapping | null,
  columnCount: number,
): { mapping: ColumnMapping | undefined; notes: SettingsNote[] } {
  if (mapping === null) return { mapping: undefined, notes: [] };
  const notes: SettingsNote[] = [];
  const fitted: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (column >= columnCount || (column !== -1 && taken.has(column))) {
      notes.push({ code: 'invalid_value', field: `mapping.${field}`, value: String(column) });
      continue;
    }
    if (column !== -1) taken.add(column);
    fitted[field] = column;
  }
  return { mapping: Object.keys(fitted).length > 0 ? fitted : undefined, notes };
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
