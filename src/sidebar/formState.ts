import { type PeriodType, parsePeriodLabel } from '../kpi/calendar/periods';
import type { Lang } from '../kpi/i18n/lang';
import { describeFieldError } from '../kpi/i18n/sidebar';
import type { KpiKey } from '../kpi/kpis';
import { FIELDS } from '../kpi/log/salesLog';
import { targetPeriodOf } from '../kpi/plan/targets';
import { validateSidebarSave } from '../kpi/settings/validateSidebarSave';
import type { FieldError, SidebarSavePayload, SidebarState } from '../kpi/sidebar/sidebarProtocol';
import { knownReps } from '../kpi/targets/knownReps';
import { readTargetInput } from '../kpi/targets/readTargetInput';
import { REP_KPIS, type TargetsForm, targetsInputOf } from '../kpi/targets/targetsForm';
import {
  EVERY,
  FieldErrors,
  type FieldPath,
  fieldOfPath,
  isTargetPath,
  isUnder,
  pathOfField,
  periodKeyOf,
} from './fieldPath';
import {
  asOfDayOf,
  currentLabelOf,
  defaultTargetsPeriodOf,
  type SettingsForm,
  settingsFormOf,
  settingsInputOf,
} from './settingsForm';
import {
  formForReps,
  isEmptyForm,
  periodOfKey,
  TargetsEdits,
  type TargetsOutlook,
  targetsOutlook,
} from './targetsEdits';

/** The KPIs shown first in the team list; the others sit under "More KPIs". */
export const MAIN_KPIS: readonly KpiKey[] = ['revenue', 'orders', 'average_check', 'conversion', 'win_rate'];

/**
 * The sidebar's form, without the page: the server's state, the settings and targets as typed, which period and
 * rep KPI are shown, which folds are open, and the errors by field. Views read it; handlers change it.
 */
export class FormState {
  state: SidebarState;
  settings: SettingsForm;
  targets: TargetsEdits;
  /** The targets' period shown (a label), unless `every`. */
  targetsPeriod: string;
  /** The targets shown are those of every period of the report's type. */
  every = false;
  /** The KPI whose rep targets are shown. */
  repKpi: KpiKey = 'revenue';
  /** The folds the user opened (or an error opened). */
  open = { more: false, columns: false, statuses: false };
  readonly errors = new FieldErrors();
  readonly lang: Lang;
  private baseline: string;

  constructor(state: SidebarState) {
    this.lang = state.lang;
    this.state = state;
    this.settings = settingsFormOf(state);
    this.baseline = JSON.stringify(settingsInputOf(this.settings));
    this.targets = new TargetsEdits(state.targets.rows, this.reps(), state.locale);
    this.targetsPeriod = defaultTargetsPeriodOf(this.settings, state.today);
  }

  /** Starts again from a fresh state (after a save or reload); the targets' period stays when of the type. */
  load(state: SidebarState): void {
    const targetsPeriod = this.targetsPeriod;
    this.state = state;
    this.settings = settingsFormOf(state);
    this.baseline = JSON.stringify(settingsInputOf(this.settings));
    this.targets = new TargetsEdits(state.targets.rows, this.reps(), state.locale);
    this.errors.clear();
    this.targetsPeriod =
      parsePeriodLabel(targetsPeriod)?.type === this.settings.periodType
        ? targetsPeriod
        : defaultTargetsPeriodOf(this.settings, state.today);
  }

  /** Takes the log's new reading (another sheet or columns chosen): rep fields follow, column errors go. */
  setData(data: SidebarState['data']): void {
    this.state = { ...this.state, data };
    this.targets.alignReps(this.reps());
    this.errors.clearUnder('columns');
  }

  asOfDay(): number {
    return asOfDayOf(this.settings, this.state.today);
  }

  currentLabel(): string {
    return currentLabelOf(this.settings, this.state.today);
  }

  reps(): string[] {
    return knownReps(
      this.state.data.reps,
      this.state.targets.rows.map((row) => row.rep),
    );
  }

  /** The key of the targets shown: the period's label, or `*<type>` for every period of the type (spec §3). */
  periodKey(): string {
    return this.every ? EVERY + this.settings.periodType : this.targetsPeriod;
  }

  /** The fields of the targets shown. */
  fields(): TargetsForm {
    return this.targets.form(this.periodKey());
  }

  /** The rows and probe of the targets shown, as typed. */
  outlook(): TargetsOutlook {
    const key = this.periodKey();
    return targetsOutlook(
      this.state.targets.rows,
      key,
      this.targets.form(key),
      this.settings.periodType,
      this.asOfDay(),
      this.state.locale,
    );
  }

  /** Changes the period type: the report period and the targets' period become the current one. */
  setPeriodType(type: PeriodType): void {
    this.settings.periodType = type;
    this.settings.reportPeriod = null;
    this.targetsPeriod = this.currentLabel();
  }

  /**
   * Copies a period's own targets (edited or saved) into the period shown, whose errors go.
   * @returns False when the period has none to copy.
   */
  copyFrom(previous: string): boolean {
    const source = this.targets.peek(previous);
    if (isEmptyForm(source)) return false;
    this.targets.set(this.targetsPeriod, formForReps(source, this.reps()));
    this.errors.clearTargets(this.targetsPeriod);
    return true;
  }

  isDirty(): boolean {
    return (
      JSON.stringify(settingsInputOf(this.settings)) !== this.baseline || this.targets.dirty().length > 0
    );
  }

  payload(): SidebarSavePayload {
    return {
      baseVersion: this.state.version,
      settings: settingsInputOf(this.settings),
      targets: this.targets.dirty().map((key) => targetsInputOf(periodOfKey(key), this.targets.peek(key))),
    };
  }

  /** What the checks need to know of the spreadsheet. */
  context() {
    return {
      locale: this.state.locale,
      sheets: this.state.sheets,
      headers: this.state.data.headers,
      reps: this.reps(),
    };
  }

  /** An error's text in the user's language. */
  message(error: FieldError): string {
    return describeFieldError(this.lang, error, this.state.fieldNames);
  }

  /** Checks a target field of the period shown as typed; its error (or null) is kept and returned. */
  checkTarget(path: FieldPath, kpi: KpiKey, text: string): string | null {
    const reading = readTargetInput(text, kpi, this.state.locale);
    const message = reading.ok
      ? null
      : this.message({ field: fieldOfPath(path), code: reading.code, value: reading.value });
    this.errors.set(path, this.periodKey(), message);
    return message;
  }

  /** The settings' errors as the save would find them (targets left out). */
  settingsErrors(): FieldError[] {
    const result = validateSidebarSave({ settings: settingsInputOf(this.settings) }, this.context());
    return result.ok ? [] : result.errors;
  }

  /** Checks one settings field as typed; its error (or null) is kept and returned. */
  checkField(field: 'asOf' | 'atRisk'): string | null {
    const error = this.settingsErrors().find((e) => e.field === field);
    const message = error === undefined ? null : this.message(error);
    this.errors.set([field], this.periodKey(), message);
    return message;
  }

  /** Checks the column choices; every column's error is kept. @returns Whether one is wrong. */
  checkColumns(): boolean {
    const errors = this.settingsErrors().filter((e) => isUnder(pathOfField(e.field), 'columns'));
    for (const field of FIELDS) {
      const error = errors.find((e) => e.field === fieldOfPath(['columns', field]));
      this.errors.set(['columns', field], this.periodKey(), error === undefined ? null : this.message(error));
    }
    return errors.length > 0;
  }

  /**
   * Keeps a list of errors (all others go) and shows where the first is: its period, rep KPI, fold.
   * @returns The errors' paths and period keys, in order.
   */
  takeErrors(errors: readonly FieldError[]): { path: FieldPath; periodKey: string }[] {
    this.errors.clear();
    const before = this.periodKey();
    const found = errors.map((error) => ({
      path: pathOfField(error.field),
      period: error.period,
      message: this.message(error),
    }));
    const first = found[0];
    if (first !== undefined && isTargetPath(first.path)) {
      if (first.period !== undefined && targetPeriodOf(first.period)?.every !== undefined) this.every = true;
      else if (first.period !== undefined && first.period !== null) {
        this.every = false;
        this.targetsPeriod = first.period;
      }
      const kpi = first.path[1] as KpiKey;
      if (first.path[0] === 'rep' && REP_KPIS.includes(kpi)) this.repKpi = kpi;
      if (first.path[0] === 'team' && !MAIN_KPIS.includes(kpi)) this.open.more = true;
    }
    if (found.some((e) => isUnder(e.path, 'columns'))) this.open.columns = true;
    if (found.some((e) => isUnder(e.path, 'statuses'))) this.open.statuses = true;
    for (const { path, period, message } of found)
      this.errors.set(path, periodKeyOf(period, before), message);
    // Where to look for them now that the period shown may have moved.
    const after = this.periodKey();
    return found.map(({ path, period }) => ({ path, periodKey: periodKeyOf(period, after) }));
  }
}
