import type { PeriodType } from '../calendar/periods';
import type { Lang } from '../i18n/lang';
import type { ColumnMapping, Field, StatusClass } from '../log/salesLog';
import type { Target } from '../plan/targets';
import type { ScheduleForm, ScheduleSaveResult, ScheduleView } from '../schedule/scheduleProtocol';
import type { ColumnChoices } from '../settings/reportSettings';

// What the sidebar and its server functions (src/addon/sidebarApi.ts) send each other through google.script.run.
// Plain JSON only: google.script.run drops what JSON cannot carry (Dates, undefined, functions).

/** What `getSidebarState` may be asked to show instead of the saved choices (before they are saved). */
export interface SidebarStateRequest {
  /** Read this sheet as the sales log; null = auto-detect. Absent = the saved choice. */
  salesSheet?: string | null;
  /** Column choices to apply to it, by header text (null = none). Absent = the saved ones. */
  columns?: ColumnChoices | null;
  /** Status texts per class to read it with. Absent = the saved ones. */
  statuses?: Partial<Record<StatusClass, string[]>>;
}

/** Everything the sidebar shows, read in one call. */
export interface SidebarState {
  /** The user's language. */
  lang: Lang;
  /** The spreadsheet's locale: how typed numbers are read (`1 234,5` in ru_RU). */
  locale: string;
  /** The currency sign of money KPIs (`$`, `₽`, `€`), or '' when the locale has none. */
  currency: string;
  /** Today in the spreadsheet's time zone, `yyyy-mm-dd`. */
  today: string;
  /** The version of the targets sheet and the settings this state was read from; a save must carry it. */
  version: string;
  /** The sheets that may hold data, in tab order (the report and the targets sheet are left out). */
  sheets: string[];
  /** The name of each sales-log field in the user's language. */
  fieldNames: Record<Field, string>;
  data: SidebarData;
  settings: SidebarSettings;
  targets: SidebarTargets;
  /** Saved settings that could not be used, in words. */
  notes: string[];
  /** The user's schedule in this spreadsheet (issue 14); absent in answers that do not read it (saves). */
  schedule?: ScheduleView | null;
}

/** The sales log as the report will read it. */
export interface SidebarData {
  /** The sheet read as the sales log (chosen or auto-detected); null when none was found. */
  salesSheet: string | null;
  /** The sheet auto-detection picks. */
  salesAuto: string | null;
  /** The spend sheet auto-detection picks. */
  spendAuto: string | null;
  /** The header row of the sales sheet, as text. */
  headers: string[];
  /** Field → column found from the header texts alone. */
  detected: ColumnMapping;
  /** Field → column the report uses (overrides applied). */
  columns: ColumnMapping;
  /** Data-quality counts of the engine; null when the log cannot be read. */
  quality: SidebarQuality | null;
  /** The reps of the log (its rep column), sorted; empty without a rep column. */
  reps: string[];
  /** Why the log cannot be read, in words; null when it can. */
  problem: string | null;
  /** Column choices that could not be used (a chosen header the sheet no longer has…), in words. */
  notes: string[];
}

/** The counts `readLog` gives. */
export interface SidebarQuality {
  rows: number;
  skipped: number;
  /** Status texts in no vocabulary and not mapped by the user, read as open, most frequent first. */
  unknownStatuses: { text: string; count: number }[];
  /** Status texts of the log that the saved settings map to a class, with their row counts. */
  mappedStatuses: { text: string; count: number }[];
}

/** The saved report settings, as the form edits them. */
export interface SidebarSettings {
  /** null = auto-detect. */
  salesSheet: string | null;
  spendMode: 'auto' | 'none' | 'sheet';
  /** With `spendMode: 'sheet'`. */
  spendSheet: string | null;
  periodType: PeriodType;
  /** A period label; null = the current period (the one holding the as-of day). */
  reportPeriod: string | null;
  /** `yyyy-mm-dd`; null = today. */
  asOf: string | null;
  /** A fraction in (0, 1]. */
  atRisk: number;
  /**
   * The user's column choices by header text (null = no such column); null = none. Version 1's choices by
   * position come migrated; a chosen header the sheet no longer has is left out (see `SidebarData.notes`).
   */
  columns: ColumnChoices | null;
  /** The user's status texts per class. */
  statuses: Partial<Record<StatusClass, string[]>>;
}

/** The "KPI Targets" sheet. */
export interface SidebarTargets {
  /** The sheet's name; null when there is none yet (the first save creates it). */
  sheet: string | null;
  /** Every target row that could be read. */
  rows: Target[];
  /** The rows that could not be read, in words (they are kept on save). */
  issues: string[];
}

/** What "Save" sends: the form exactly as typed (the server checks everything again). */
export interface SidebarSavePayload {
  /** `SidebarState.version` of the state the edits were made on. */
  baseVersion: string;
  settings: SidebarSettingsInput;
  /** The periods whose targets were edited (null or [] = leave the targets sheet alone). */
  targets: SidebarTargetsInput[] | null;
}

/** The settings form. */
export interface SidebarSettingsInput {
  salesSheet: string | null;
  spendMode: 'auto' | 'none' | 'sheet';
  spendSheet: string | null;
  periodType: string;
  /** null = current. */
  reportPeriod: string | null;
  /** `yyyy-mm-dd` or null (today). */
  asOf: string | null;
  /** As typed, in percent: `90`, `90%`, `87,5`. */
  atRisk: string;
  /** Column choices: field → header text of the sales sheet (null = no such column); null = none. */
  columns: Record<string, string | null> | null;
  /** Status texts per class (`{ won: ['Отгружен'] }`); null = none. */
  statuses: Record<string, string[]> | null;
}

/**
 * The targets of one period as typed. Every key present is rewritten on the sheet (a blank text deletes the
 * target); keys absent are left as they are.
 */
export interface SidebarTargetsInput {
  /** A period label, or null for "same every period" (a blank Period cell). */
  period: string | null;
  /** KPI key → the team target as typed (`1 000 000`, `25` or `25%` for a rate; '' = none). */
  team: Record<string, string>;
  /** KPI key (additive KPIs only) → rep name → target as typed. */
  reps: Record<string, Record<string, string>>;
}

/** A problem with one field of the form. */
export interface FieldError {
  /**
   * Which field: `salesSheet`, `spendSheet`, `periodType`, `reportPeriod`, `asOf`, `atRisk`, `columns.<field>`,
   * `statuses.<class>`,
   * `targetsPeriod`, `team.<kpi>`, `rep.<kpi>.<rep>`, or `payload`.
   */
  field: string;
  code:
    | 'required'
    | 'not_a_number'
    | 'ambiguous_number'
    | 'percent_not_allowed'
    | 'negative'
    | 'rate_out_of_range'
    | 'romi_out_of_range'
    | 'too_large'
    | 'at_risk_out_of_range'
    | 'bad_date'
    | 'bad_period'
    | 'bad_period_type'
    | 'unknown_sheet'
    | 'own_sheet'
    | 'settings_too_large'
    | 'unknown_rep'
    | 'unknown_kpi'
    | 'not_additive'
    | 'bad_column'
    | 'column_taken'
    | 'column_required'
    | 'header_not_unique'
    | 'malformed';
  /** The offending text. */
  value?: string;
  /** A detail the message names (a period type, a field). */
  arg?: string;
  /** With `team.…` and `rep.…` fields: the targets' period (null = every period). */
  period?: string | null;
}

/** The answer of `getSidebarState`. */
export type SidebarStateResult = { ok: true; state: SidebarState } | { ok: false; message: string };

/**
 * The answer of `saveSidebarState`. Failures carry codes, not words: the sidebar says them in the user's language
 * (`src/kpi/i18n/sidebar.ts`), which keeps those words out of the bundle every custom function loads.
 */
export type SidebarSaveResult =
  | { ok: true; state: SidebarState; targetsWritten: number }
  /** The form has errors; nothing was written. */
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  /** The targets or settings changed since `baseVersion`; nothing was written. */
  | { ok: false; reason: 'conflict' }
  /** Another save or a report build holds the document lock. */
  | { ok: false; reason: 'busy' }
  /** The targets sheet has no such column to write into (its header row was edited). */
  | { ok: false; reason: 'targets_sheet'; sheet: string; column: string }
  /**
   * Something unexpected: the error's message, and what was saved. `no`: nothing was written (a retry is a save
   * like any other). `pending`: the save was interrupted after its settings and journal were written; what was
   * written is kept, and the rest is written by the next load of the sidebar or by a retry of the same form.
   */
  | { ok: false; reason: 'failed'; message: string; saved?: 'no' | 'pending' };

/**
 * The answer of `buildReportFromSidebar`. The build is the menu's own ("Build KPI report"): when it cannot build,
 * it has told the user why in an alert already (`alerted`).
 */
export type SidebarBuildResult =
  | {
      ok: true;
      sheet: string /** What the user should know, e.g. that the report took a free name. */;
      notice?: { title: string; message: string };
    }
  | { ok: false; reason: 'failed'; message: string };

/** The server functions the sidebar calls (top-level globals of the bundle). */
export interface SidebarServerApi {
  getSidebarState(request: SidebarStateRequest | null): SidebarStateResult;
  saveSidebarState(payload: SidebarSavePayload): SidebarSaveResult;
  buildReportFromSidebar(): SidebarBuildResult;
  saveSchedule(form: ScheduleForm): ScheduleSaveResult;
}
