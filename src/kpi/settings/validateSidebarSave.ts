import { normalizeKey } from '../_lib/normalizeKey';
import { dayFromCivil, formatDay } from '../calendar/day';
import { type PeriodType, parsePeriodLabel, periodLabel } from '../calendar/periods';
import { KPI_KEYS, type KpiKey, kpiDefinition } from '../kpis';
import { detectColumns } from '../log/detectColumns';
import { type ColumnMapping, FIELDS, type Field, type StatusClass } from '../log/salesLog';
import { targetPeriodOf } from '../plan/targets';
import type { FieldError } from '../sidebar/sidebarProtocol';
import { readTargetInput } from '../targets/readTargetInput';
import { readAtRiskPercent } from './atRiskThreshold';
import { type ColumnChoices, findHeader, resolveReportSettings } from './reportSettings';

/** What the form is checked against: the spreadsheet as the server (or the last loaded state) sees it. */
export interface SidebarValidationContext {
  /** The spreadsheet's locale: how typed numbers are read. */
  locale: string;
  /** Every sheet of the spreadsheet. */
  sheets: readonly string[];
  /** The header row of the sales sheet the form chooses (empty when there is none). */
  headers: readonly string[];
  /** The reps a target may name: those of the sales log and of the targets sheet. */
  reps: readonly string[];
  /** Sheets that are the add-on's own (the report, the targets sheet): never a sales or spend sheet. */
  ownSheets?: readonly string[];
}

/** A target to write (value) or to delete (null). */
export interface TargetEntry {
  kpi: KpiKey;
  /**
   * A clean period label, or a period type word (`month`, `quarter`, `week`, `year`: every period of that type
   * without its own target); null = every month (an old blank Period cell).
   */
  period: string | null;
  /** The rep as the data spell it; null = the team. */
  rep: string | null;
  value: number | null;
}

/** The checked settings. */
export interface CleanSettings {
  /** A sheet name; null = auto-detect. */
  salesSheet: string | null;
  /** A sheet name, null = no spend table, undefined = auto-detect. */
  spendSheet: string | null | undefined;
  periodType: PeriodType;
  reportPeriod: string | null;
  asOf: string | null;
  /** A fraction in [0.01, 1]. */
  atRisk: number;
  /** Column choices by header text; null = none. */
  columns: ColumnChoices | null;
  /** Status texts per class; null = none; undefined = the form had none to send (keep the stored ones). */
  statuses: Partial<Record<StatusClass, string[]>> | null | undefined;
}

/** The checked form. */
export interface CleanSidebarSave {
  settings: CleanSettings;
  /** The targets to set or delete, of every period the form edited. */
  targets: TargetEntry[];
}

export type SidebarValidation = { ok: true; value: CleanSidebarSave } | { ok: false; errors: FieldError[] };

const FIRST_DAY = dayFromCivil(1970, 1, 1);
const LAST_DAY = dayFromCivil(2099, 12, 31);

/**
 * Checks the sidebar's form: the same function runs in the sidebar (errors next to their fields as you type)
 * and on the server (nothing the browser sends is trusted). Every error names its field.
 *
 * - Sheets must exist (names compared ignoring case, as Sheets does; returned as the spreadsheet spells them),
 *   and be none of `ownSheets` (the report or the targets sheet as the sales log: the next build would delete it).
 * - Column choices (by header text) must be headers of the sales sheet, each naming one column only, one field per
 *   column, and the log must keep a date and an amount column.
 * - Status texts per class: a class of `STATUS_CLASSES`, a list of texts.
 * - Period type one of week, month, quarter, year; the report period a label of that type; target periods
 *   labels of any type.
 * - As-of date `yyyy-mm-dd` between 1970 and 2099; at-risk threshold a percentage from 1 to 100
 *   (`readAtRiskPercent`; the threshold itself is defined once in `atRiskThreshold.ts`).
 * - Targets by `readTargetInput` (units, ranges, rates in percent); team targets for known KPIs; rep targets
 *   for additive KPIs and known reps only.
 *
 * @param payload The form as sent (anything: it is checked, not trusted).
 * @param context The spreadsheet it is checked against.
 * @returns The clean values, or every error found.
 * @example
 * validateSidebarSave(payload, { locale: 'en_US', sheets: ['Deals'], headers: ['Date', 'Amount'], reps: [] }).ok //=> true
 */
export function validateSidebarSave(payload: unknown, context: SidebarValidationContext): SidebarValidation {
  const errors: FieldError[] = [];
  const fail: Fail = (field, code, value, arg, period) => {
    const error: FieldError = { field, code };
    if (value !== undefined) error.value = typeof value === 'string' ? value : JSON.stringify(value);
    if (arg !== undefined) error.arg = arg;
    if (period !== undefined) error.period = period;
    errors.push(error);
  };
  if (!isObject(payload) || !isObject(payload.settings)) {
    fail('payload', 'malformed', 'settings');
    return { ok: false, errors };
  }
  const raw = payload.settings;

  const sheetOf = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null;
    const text = String(value);
    const name =
      context.sheets.find((s) => s === text) ??
      context.sheets.find((s) => s.toLowerCase() === text.toLowerCase()); // as Sheets compares names
    if (name === undefined) fail(field, 'unknown_sheet', text);
    else if (context.ownSheets?.some((s) => s.toLowerCase() === name.toLowerCase())) {
      fail(field, 'own_sheet', name); // the report or the targets sheet: the next build would replace the log
      return null;
    }
    return name ?? null;
  };
  const salesSheet = sheetOf('salesSheet', raw.salesSheet);
  let spendSheet: string | null | undefined;
  if (raw.spendMode === 'none') spendSheet = null;
  else if (raw.spendMode !== 'sheet') spendSheet = undefined;
  else if (raw.spendSheet === null || raw.spendSheet === undefined || raw.spendSheet === '') {
    fail('spendSheet', 'required');
  } else spendSheet = sheetOf('spendSheet', raw.spendSheet);

  let atRisk: number | undefined;
  const atRiskText = String(raw.atRisk ?? '').trim();
  const threshold = readAtRiskPercent(atRiskText, context.locale);
  if (threshold.ok) atRisk = threshold.value;
  else if (threshold.code === 'required') fail('atRisk', 'required');
  else fail('atRisk', threshold.code, atRiskText);

  // The property's own checks (types, period type, ISO date, known fields, column indexes), then the sidebar's.
  const { settings, notes } = resolveReportSettings({
    periodType: raw.periodType,
    reportPeriod: raw.reportPeriod,
    asOf: raw.asOf === '' ? null : raw.asOf,
    columns: raw.columns,
    statuses: raw.statuses,
  });
  for (const note of notes) {
    if (note.code !== 'invalid_value') continue;
    const code = NOTE_CODES[note.field] ?? (note.field.startsWith('columns.') ? 'bad_column' : 'malformed');
    fail(note.field, code, note.value);
  }
  const { periodType } = settings;
  // The report period must be of the report's type; targets may be set for a period of any type.
  const labelOf = (field: string, value: unknown, type: PeriodType | null): string | null => {
    if (value === null || value === undefined || String(value).trim() === '') return null;
    // A target's period may also be "every period of a type": the English type word (spec §3).
    const every = type === null ? targetPeriodOf(String(value))?.every : undefined;
    if (every !== undefined) return every;
    const period = parsePeriodLabel(String(value));
    if (period !== null && (type === null || period.type === type)) return periodLabel(period);
    fail(field, 'bad_period', String(value), type ?? periodType);
    return null;
  };
  const reportPeriod = labelOf('reportPeriod', settings.reportPeriod, periodType);
  const asOf = settings.asOf === null ? null : formatDay(settings.asOf);
  if (settings.asOf !== null && (settings.asOf < FIRST_DAY || settings.asOf > LAST_DAY)) {
    fail('asOf', 'bad_date', asOf!);
  }
  const columns = checkColumns(settings.columns, context.headers, fail);
  const statuses =
    raw.statuses === undefined
      ? undefined
      : Object.keys(settings.statuses).length === 0
        ? null
        : settings.statuses;

  const targets: TargetEntry[] = [];
  const forms = payload.targets === null || payload.targets === undefined ? [] : payload.targets;
  if (!Array.isArray(forms)) fail('payload', 'malformed', 'targets');
  else {
    for (const form of forms) {
      if (!isObject(form) || !isObject(form.team) || !isObject(form.reps)) {
        fail('payload', 'malformed', 'targets');
        continue;
      }
      const before = errors.length;
      const period = labelOf('targetsPeriod', form.period, null);
      if (errors.length === before) targets.push(...checkTargets(form, period, context, fail));
    }
  }

  if (errors.length > 0 || atRisk === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      settings: { salesSheet, spendSheet, periodType, reportPeriod, asOf, atRisk, columns, statuses },
      targets,
    },
  };
}

// Fields of `resolveReportSettings` notes → the sidebar's error codes.
const NOTE_CODES: Readonly<Record<string, FieldError['code']>> = {
  periodType: 'bad_period_type',
  asOf: 'bad_date',
};

type Fail = (
  field: string,
  code: FieldError['code'],
  value?: unknown,
  arg?: string,
  period?: string | null,
) => void;

/** Headers of the sales sheet, each naming one column, one field each; the log keeps a date and an amount column. */
function checkColumns(
  columns: ColumnChoices | null,
  headers: readonly string[],
  fail: Fail,
): ColumnChoices | null {
  const owner = new Map<number, Field>();
  const mapping: ColumnMapping = {};
  let ok = true;
  for (const field of FIELDS) {
    const header = columns?.[field];
    if (header === undefined) continue;
    if (header === null) {
      mapping[field] = -1;
      continue;
    }
    const column = findHeader(headers, header);
    const other = column === -1 ? undefined : owner.get(column);
    const text = headers[column]?.trim();
    if (column === -1) fail(`columns.${field}`, 'bad_column', header);
    else if (other !== undefined) fail(`columns.${field}`, 'column_taken', header, other);
    else if (headers.filter((h) => h.trim() === text).length > 1)
      fail(`columns.${field}`, 'header_not_unique', header);
    else {
      owner.set(column, field);
      mapping[field] = column;
      continue;
    }
    ok = false;
  }
  if (ok) requireColumns(headers, mapping, fail);
  return columns === null || Object.keys(columns).length === 0 ? null : columns;
}

/** The log must keep its date and amount columns (when there is a sales sheet to check at all). */
function requireColumns(headers: readonly string[], mapping: ColumnMapping, fail: Fail): void {
  if (headers.length === 0) return;
  const columns = detectColumns(headers, mapping);
  for (const field of ['date', 'amount'] as const) {
    if (columns[field] === undefined) fail(`columns.${field}`, 'column_required', undefined, field);
  }
}

function checkTargets(
  form: Record<string, unknown>,
  period: string | null,
  context: SidebarValidationContext,
  fail: Fail,
): TargetEntry[] {
  const entries: TargetEntry[] = [];
  const problem = (field: string, code: FieldError['code'], value: unknown) =>
    fail(field, code, value, undefined, period);
  const read = (field: string, kpi: KpiKey, rep: string | null, text: unknown) => {
    const reading = readTargetInput(String(text ?? ''), kpi, context.locale);
    if (!reading.ok) problem(field, reading.code, reading.value);
    else entries.push({ kpi, period, rep, value: reading.value });
  };
  for (const [key, text] of Object.entries(form.team as Record<string, unknown>)) {
    if (!isKpiKey(key)) problem(`team.${key}`, 'unknown_kpi', key);
    else read(`team.${key}`, key, null, text);
  }
  const known = new Map(context.reps.map((rep) => [normalizeKey(rep), rep]));
  for (const [key, byRep] of Object.entries(form.reps as Record<string, unknown>)) {
    if (!isKpiKey(key)) problem(`rep.${key}`, 'unknown_kpi', key);
    else if (!kpiDefinition(key).additive) problem(`rep.${key}`, 'not_additive', key);
    else if (!isObject(byRep)) problem(`rep.${key}`, 'malformed', byRep);
    else {
      for (const [rep, text] of Object.entries(byRep)) {
        const name = known.get(normalizeKey(rep));
        if (name === undefined) problem(`rep.${key}.${rep}`, 'unknown_rep', rep);
        else read(`rep.${key}.${rep}`, key, name, text);
      }
    }
  }
  return entries;
}

function isKpiKey(key: string): key is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
