import { dropFloatNoise } from '../kpi/_lib/dropFloatNoise';
import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { ownValue } from '../kpi/_lib/ownValue';
import { dayFromCivil } from '../kpi/day';
import type { Lang } from '../kpi/i18n/lang';
import { describeFieldError, sidebarMessages } from '../kpi/i18n/sidebar';
import { KPIS, type KpiKey, type KpiUnit, kpiDefinition } from '../kpi/kpis';
import { type PeriodType, parsePeriodLabel, periodLabel, periodOf, previousPeriod } from '../kpi/periods';
import { resolveTarget, targetMismatches, targetPeriodKey, targetPeriodOf } from '../kpi/plan/targets';
import { formatNumberText } from '../kpi/report/formatNumberText';
import { type ColumnChoices, findHeader } from '../kpi/report/reportSettings';
import { FIELDS, type Field, STATUS_CLASSES, type StatusClass } from '../kpi/salesLog';
import { formatTargetInput } from '../kpi/sidebar/formatTargetInput';
import { knownReps } from '../kpi/sidebar/knownReps';
import { kpiTableFormula } from '../kpi/sidebar/kpiTableFormula';
import { periodChoices } from '../kpi/sidebar/periodChoices';
import { readTargetInput } from '../kpi/sidebar/readTargetInput';
import type {
  FieldError,
  SidebarSavePayload,
  SidebarSettingsInput,
  SidebarState,
} from '../kpi/sidebar/sidebarProtocol';
import {
  emptyTargetsForm,
  REP_KPIS,
  sameTargetsForm,
  type TargetsForm,
  targetsFormOf,
  targetsInputOf,
  targetsWithForm,
} from '../kpi/sidebar/targetsForm';
import { validateSidebarSave } from '../kpi/sidebar/validateSidebarSave';
import { columnLetter, inputControl, option, selectControl } from './controls';
import { dayOfIso } from './dayOfIso';
import { h, replaceChildren, uid } from './dom';
import { type FieldRowOptions, type FieldSlot, fieldRow, showFieldError } from './fieldRow';
import { serverCall } from './gasRun';
import { periodName } from './periodName';

type Messages = (typeof sidebarMessages)['en'];

/** The KPIs shown first in the team list; the others sit under "More KPIs". */
const MAIN_KPIS: readonly KpiKey[] = ['revenue', 'orders', 'average_check', 'conversion', 'win_rate'];
const PERIOD_TYPES: readonly PeriodType[] = ['week', 'month', 'quarter', 'year'];
/** The key of "every period" in the edits map. */
const EVERY = '*';

/** The settings part of the form, as typed. */
interface SettingsForm {
  salesSheet: string | null;
  spendMode: 'auto' | 'none' | 'sheet';
  spendSheet: string | null;
  periodType: PeriodType;
  reportPeriod: string | null;
  asOf: string;
  atRisk: string;
  /** Column choices by header text that differ from detection (null = no such column). */
  columns: ColumnChoices;
  /** The user's status classes, by the status text's key (`normalizeKey`). */
  statuses: Map<string, { text: string; statusClass: StatusClass }>;
}

/**
 * The sidebar: renders the state, keeps the form, checks it as you type, saves and builds. One instance per page.
 */
export class Sidebar {
  private state: SidebarState;
  private t: Messages;
  private lang: Lang;
  private settings: SettingsForm;
  private baseline: string;
  /** The target fields of every period edited so far, by label (`*` = every period). */
  private edits = new Map<string, TargetsForm>();
  private targetsPeriod: string;
  private every = false;
  private repKpi: KpiKey = 'revenue';
  private moreOpen = false;
  private columnsOpen = false;
  private statusesOpen = false;
  private formulaBox: HTMLTextAreaElement | null = null;
  private errors = new Map<string, string>();
  private slots = new Map<string, FieldSlot>();
  private busy = false;
  private readonly sections: Record<'data' | 'settings' | 'targets' | 'footer', HTMLElement>;
  private status!: HTMLElement;
  private result!: HTMLElement;
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly root: HTMLElement,
    state: SidebarState,
  ) {
    this.state = state;
    this.lang = state.lang;
    this.t = sidebarMessages[state.lang];
    this.settings = this.settingsOf(state);
    this.baseline = JSON.stringify(this.settingsInput());
    this.targetsPeriod = this.defaultTargetsPeriod();
    this.sections = {
      data: h('section', { 'aria-labelledby': 'h-data' }),
      settings: h('section', { 'aria-labelledby': 'h-settings' }),
      targets: h('section', { 'aria-labelledby': 'h-targets' }),
      footer: h('footer', { class: 'actions' }),
    };
    document.documentElement.lang = this.lang;
    replaceChildren(root, Object.values(this.sections));
    root.removeAttribute('aria-busy');
    this.renderAll();
  }

  // ---------------------------------------------------------------------------------------------------------
  // State → form

  private settingsOf(state: SidebarState): SettingsForm {
    const s = state.settings;
    return {
      salesSheet: s.salesSheet,
      spendMode: s.spendMode,
      spendSheet: s.spendSheet,
      periodType: s.periodType,
      reportPeriod: s.reportPeriod,
      asOf: s.asOf ?? '',
      atRisk: formatTargetInput(s.atRisk, 'ratio', state.locale),
      columns: { ...(s.columns ?? {}) },
      statuses: new Map(
        STATUS_CLASSES.flatMap((statusClass) =>
          (s.statuses[statusClass] ?? []).map((text) => [normalizeKey(text), { text, statusClass }] as const),
        ),
      ),
    };
  }

  /** The status texts per class, each class's texts sorted (so a choice undone is no change). */
  private statusesRecord(): Partial<Record<StatusClass, string[]>> {
    const record: Partial<Record<StatusClass, string[]>> = {};
    for (const statusClass of STATUS_CLASSES) {
      const texts = [...this.settings.statuses.values()]
        .filter((entry) => entry.statusClass === statusClass)
        .map((entry) => entry.text)
        .sort();
      if (texts.length > 0) record[statusClass] = texts;
    }
    return record;
  }

  private settingsInput(): SidebarSettingsInput {
    const s = this.settings;
    return {
      salesSheet: s.salesSheet,
      spendMode: s.spendMode,
      spendSheet: s.spendMode === 'sheet' ? s.spendSheet : null,
      periodType: s.periodType,
      reportPeriod: s.reportPeriod,
      asOf: s.asOf === '' ? null : s.asOf,
      atRisk: s.atRisk,
      columns: Object.keys(s.columns).length === 0 ? null : { ...s.columns },
      statuses: s.statuses.size === 0 ? null : this.statusesRecord(),
    };
  }

  /** The as-of day (or today) in the spreadsheet's zone: it decides the current period. */
  private asOfDay(): number {
    return dayOfIso(this.settings.asOf) ?? dayOfIso(this.state.today) ?? dayFromCivil(2026, 1, 1);
  }

  private currentLabel(): string {
    return periodLabel(periodOf(this.settings.periodType, this.asOfDay()));
  }

  private defaultTargetsPeriod(): string {
    const saved = this.settings.reportPeriod;
    const period = saved === null ? null : parsePeriodLabel(saved);
    return period !== null && period.type === this.settings.periodType ? saved! : this.currentLabel();
  }

  private reps(): string[] {
    return knownReps(
      this.state.data.reps,
      this.state.targets.rows.map((row) => row.rep),
    );
  }

  private periodKey(): string {
    // "Every period" of the report's type: the type word is the target's period (spec §3).
    return this.every ? EVERY + this.settings.periodType : this.targetsPeriod;
  }

  private periodOfKey(key: string): string | null {
    return key.startsWith(EVERY) ? key.slice(EVERY.length) : key;
  }

  /** The saved fields of a period: what the sheet says. */
  private savedForm(key: string): TargetsForm {
    return targetsFormOf(this.state.targets.rows, this.periodOfKey(key), this.reps(), this.state.locale);
  }

  /** The fields of a period as edited (created from the saved ones on first edit). */
  private form(key = this.periodKey()): TargetsForm {
    let form = this.edits.get(key);
    if (form === undefined) {
      form = this.savedForm(key);
      this.edits.set(key, form);
    }
    return form;
  }

  /** Keeps every edited period's rep fields in step with the reps (after the log or its columns changed). */
  private alignReps(): void {
    const reps = this.reps();
    for (const [key, form] of this.edits) {
      const aligned = emptyTargetsForm(reps);
      aligned.team = { ...form.team };
      for (const kpi of REP_KPIS)
        for (const rep of reps) aligned.reps[kpi][rep] = ownValue(form.reps[kpi], rep) ?? '';
      const saved = this.savedForm(key);
      for (const kpi of REP_KPIS)
        for (const rep of reps)
          if (ownValue(form.reps[kpi], rep) === undefined) aligned.reps[kpi][rep] = saved.reps[kpi][rep];
      this.edits.set(key, aligned);
    }
  }

  private dirtyTargets(): string[] {
    return [...this.edits.entries()]
      .filter(([key, form]) => !sameTargetsForm(form, this.savedForm(key)))
      .map(([key]) => key);
  }

  private isDirty(): boolean {
    return JSON.stringify(this.settingsInput()) !== this.baseline || this.dirtyTargets().length > 0;
  }

  private payload(): SidebarSavePayload {
    const dirty = this.dirtyTargets();
    return {
      baseVersion: this.state.version,
      settings: this.settingsInput(),
      targets: dirty.map((key) => targetsInputOf(this.periodOfKey(key), this.edits.get(key)!)),
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  private renderAll(): void {
    this.slots.clear();
    this.renderData();
    this.renderSettings();
    this.renderTargets();
    this.renderFooter();
    this.showErrors();
  }

  /** Re-renders a section, keeping the keyboard focus on the same control when it is rebuilt. */
  private rerender(...parts: (() => void)[]): void {
    const focused = document.activeElement?.getAttribute('data-key') ?? null;
    for (const part of parts) part();
    this.showErrors();
    if (focused !== null) this.slots.get(this.targetKey(focused))?.control.focus();
  }

  private renderData(): void {
    const { t, state } = this;
    const data = state.data;
    const salesOptions = [
      option('', t.auto(data.salesAuto), this.settings.salesSheet === null),
      ...state.sheets.map((name) => option(`sheet:${name}`, name, this.settings.salesSheet === name)),
    ];
    const sales = this.select('salesSheet', salesOptions, (value) => {
      this.settings.salesSheet = value === '' ? null : value.slice('sheet:'.length);
      this.settings.columns = {};
      void this.refreshData();
    });

    const spendValue =
      this.settings.spendMode === 'sheet'
        ? `sheet:${this.settings.spendSheet ?? ''}`
        : this.settings.spendMode;
    const spend = this.select(
      'spendSheet',
      [
        option('auto', t.auto(data.spendAuto), spendValue === 'auto'),
        option('none', t.noSpend, spendValue === 'none'),
        ...state.sheets.map((name) => option(`sheet:${name}`, name, spendValue === `sheet:${name}`)),
      ],
      (value) => {
        if (value === 'auto' || value === 'none') this.settings.spendMode = value;
        else {
          this.settings.spendMode = 'sheet';
          this.settings.spendSheet = value.slice('sheet:'.length);
        }
        this.changed();
      },
    );

    const found = FIELDS.filter((f) => data.columns[f] !== undefined).length;
    const columns = h(
      'details',
      {
        class: 'columns',
        open:
          this.columnsOpen ||
          (data.headers.length > 0 && (data.columns.date === undefined || data.columns.amount === undefined)),
        ontoggle: (event: Event) => {
          this.columnsOpen = (event.currentTarget as HTMLDetailsElement).open;
        },
      },
      h(
        'summary',
        null,
        h('span', { text: t.columns }),
        h('span', { class: 'muted', text: ` · ${t.columnsFound(found, FIELDS.length)}` }),
      ),
      h(
        'div',
        { class: 'grid' },
        FIELDS.map((field) => this.columnRow(field)),
      ),
    );

    const quality = data.quality;
    const qualityLine =
      quality === null
        ? null
        : h(
            'p',
            { class: 'quality' },
            [
              t.rowsRead(quality.rows),
              t.skipped(quality.skipped),
              t.unknownStatuses(quality.unknownStatuses.length),
            ].join(' · '),
          );
    const statuses = this.statusItems();
    const unknownCount = quality?.unknownStatuses.length ?? 0;
    const statusControl =
      statuses.length === 0
        ? null
        : h(
            'details',
            {
              class: 'statuses',
              open: this.statusesOpen,
              ontoggle: (event: Event) => {
                this.statusesOpen = (event.currentTarget as HTMLDetailsElement).open;
              },
            },
            h(
              'summary',
              null,
              h('span', { text: t.statuses }),
              h('span', { class: 'muted', text: ` · ${t.unknownStatuses(unknownCount)}` }),
            ),
            h('p', { class: 'hint', text: t.statusesHint }),
            h(
              'div',
              { class: 'grid' },
              statuses.map((item) => this.statusRow(item.text, item.count)),
            ),
          );
    const formula = this.formulaBlock();

    replaceChildren(
      this.sections.data,
      h('h2', { id: 'h-data', text: t.data }),
      this.row('salesSheet', t.salesSheet, sales),
      data.problem === null ? null : h('p', { class: 'notice error-box', role: 'alert', text: data.problem }),
      qualityLine,
      data.headers.length === 0 ? null : columns,
      data.notes.length === 0
        ? null
        : h(
            'ul',
            { class: 'notice warn-box' },
            data.notes.map((note) => h('li', { text: note })),
          ),
      statusControl,
      this.row('spendSheet', t.spendSheet, spend),
      formula,
    );
  }

  /**
   * The status texts the control lists: every unknown one (most frequent first), then those the user mapped,
   * each once, with its row count in the log when known.
   */
  private statusItems(): { text: string; count: number | null }[] {
    const quality = this.state.data.quality;
    const items = new Map<string, { text: string; count: number | null }>();
    for (const { text, count } of [...(quality?.unknownStatuses ?? []), ...(quality?.mappedStatuses ?? [])]) {
      const key = normalizeKey(text);
      if (!items.has(key)) items.set(key, { text, count });
    }
    for (const [key, { text }] of this.settings.statuses)
      if (!items.has(key)) items.set(key, { text, count: null });
    return [...items.values()];
  }

  private statusRow(text: string, count: number | null): HTMLElement {
    const { t } = this;
    const key = normalizeKey(text);
    const chosen = this.settings.statuses.get(key)?.statusClass ?? '';
    const control = this.select(
      `status.${key}`,
      [
        option('', t.unmapped, chosen === ''),
        ...STATUS_CLASSES.map((statusClass) =>
          option(statusClass, t.classNames[statusClass], chosen === statusClass),
        ),
      ],
      (value) => {
        if (value === '') this.settings.statuses.delete(key);
        else this.settings.statuses.set(key, { text, statusClass: value as StatusClass });
        this.changed();
      },
    );
    return this.row(`status.${key}`, text, control, {
      compact: true,
      unit: count === null ? undefined : String(count),
    });
  }

  /** The ready `KPI_TABLE` formula with the user's choices, and a Copy button. */
  private formulaBlock(): HTMLElement | null {
    const { t } = this;
    const data = this.state.data;
    this.formulaBox = null;
    if (data.salesSheet === null || data.headers.length === 0) return null;
    const box = h('textarea', { readonly: true, rows: 3, spellcheck: false, class: 'formula' });
    this.formulaBox = box;
    this.updateFormula();
    const note = h('p', { class: 'notice', role: 'status', 'data-role': 'formula-note' });
    const copy = h('button', {
      type: 'button',
      class: 'link',
      text: t.copy,
      onclick: () => void this.copyFormula(box, note),
    });
    const row = this.row('formula', t.formula, box, { hint: t.formulaHint });
    row.classList.add('formula-row');
    return h('div', { class: 'formula-block' }, row, copy, note);
  }

  private updateFormula(): void {
    const data = this.state.data;
    if (this.formulaBox === null || data.salesSheet === null) return;
    this.formulaBox.value = kpiTableFormula({
      sheet: data.salesSheet,
      width: data.headers.length,
      locale: this.state.locale,
      periodType: this.settings.periodType,
      lang: this.lang,
      columns: this.settings.columns,
      statuses: this.statusesRecord(),
    });
  }

  private async copyFormula(box: HTMLTextAreaElement, note: HTMLElement): Promise<void> {
    box.focus();
    box.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(box.value);
      copied = true;
    } catch {
      // The Sheets iframe may not allow the clipboard API: copy the selection instead.
      copied = document.execCommand('copy');
    }
    note.textContent = copied ? this.t.formulaCopied : this.t.copyFailed;
  }

  private columnRow(field: Field): HTMLElement {
    const { data } = this.state;
    const current = data.columns[field] ?? -1;
    const options = [
      option('-1', this.t.noColumn, current === -1),
      ...data.headers.map((header, i) => {
        const choice = option(String(i), this.t.column(columnLetter(i), header), current === i);
        choice.disabled = header.trim() === ''; // choices are saved by header text
        return choice;
      }),
    ];
    const control = this.select(`columns.${field}`, options, (value) => {
      const column = Number(value);
      const columns: ColumnChoices = {
        ...this.settings.columns,
        [field]: column === -1 ? null : data.headers[column].trim(),
      };
      // A choice equal to what detection finds is no choice.
      for (const f of FIELDS) {
        const header = columns[f];
        if (header === undefined) continue;
        const at = header === null ? -1 : findHeader(data.headers, header);
        if (at === (data.detected[f] ?? -1)) delete columns[f];
      }
      this.settings.columns = columns;
      if (this.columnErrors().length === 0) void this.refreshData();
      else this.changed();
    });
    return this.row(`columns.${field}`, this.state.fieldNames[field], control, { compact: true });
  }

  private renderSettings(): void {
    const { t } = this;
    const type = this.settings.periodType;
    const periodType = this.select(
      'periodType',
      PERIOD_TYPES.map((p) => option(p, t.periodTypes[p], p === type)),
      (value) => {
        this.settings.periodType = value as PeriodType;
        this.settings.reportPeriod = null;
        this.targetsPeriod = this.currentLabel();
        this.changed(
          () => this.renderSettings(),
          () => this.renderTargets(),
        );
      },
    );
    const current = this.currentLabel();
    const reportPeriod = this.select(
      'reportPeriod',
      [
        option('', t.current(periodName(current, this.lang)), this.settings.reportPeriod === null),
        ...periodChoices(type, this.asOfDay(), [this.settings.reportPeriod]).map((label) =>
          option(label, periodName(label, this.lang), label === this.settings.reportPeriod),
        ),
      ],
      (value) => {
        this.settings.reportPeriod = value === '' ? null : value;
        this.changed();
      },
    );
    const asOf = this.input('asOf', {
      type: 'date',
      value: this.settings.asOf,
      oninput: (event: Event) => {
        this.settings.asOf = (event.currentTarget as HTMLInputElement).value;
        this.checkField('asOf');
      },
      onchange: () => this.changed(() => this.renderSettings()),
    });
    const atRisk = this.input('atRisk', {
      type: 'text',
      inputmode: 'decimal',
      class: 'number',
      value: this.settings.atRisk,
      oninput: (event: Event) => {
        this.settings.atRisk = (event.currentTarget as HTMLInputElement).value;
        this.checkField('atRisk');
        this.changed(null);
      },
    });
    const atRiskRow = this.row('atRisk', t.atRisk, atRisk, { unit: '%', hint: t.atRiskHint });
    atRiskRow.classList.add('target');
    replaceChildren(
      this.sections.settings,
      h('h2', { id: 'h-settings', text: t.settings }),
      h(
        'div',
        { class: 'pair' },
        this.row('periodType', t.periodType, periodType),
        this.row('asOf', t.asOf, asOf, { hint: t.asOfHint }),
      ),
      this.row('reportPeriod', t.reportPeriod, reportPeriod),
      atRiskRow,
      this.state.notes.length === 0
        ? null
        : h(
            'ul',
            { class: 'notice warn-box' },
            this.state.notes.map((note) => h('li', { text: note })),
          ),
    );
  }

  private renderTargets(): void {
    const { t, lang } = this;
    const key = this.periodKey();
    const period = this.periodOfKey(key);
    const form = this.form(key);
    const type = this.settings.periodType;
    const labels = periodChoices(type, this.asOfDay(), [
      this.targetsPeriod,
      ...this.state.targets.rows.map((row) => row.period),
    ]);
    const periodSelect = this.select(
      'targetsPeriod',
      labels.map((label) => option(label, periodName(label, lang), label === this.targetsPeriod)),
      (value) => {
        this.targetsPeriod = value;
        this.rerender(() => this.renderTargets());
      },
    );
    periodSelect.toggleAttribute('disabled', this.every);
    const everyId = uid('every');
    const everyHint = uid('every-hint');
    const every = h('input', {
      type: 'checkbox',
      id: everyId,
      checked: this.every,
      'aria-describedby': everyHint,
      onchange: (event: Event) => {
        this.every = (event.currentTarget as HTMLInputElement).checked;
        this.rerender(() => this.renderTargets());
      },
    });

    const previous = parsePeriodLabel(this.targetsPeriod);
    const previousLabel = previous === null ? null : periodLabel(previousPeriod(previous));
    const copy = h('button', {
      type: 'button',
      class: 'link',
      disabled: this.every || previousLabel === null,
      text: t.copyFrom(previousLabel === null ? '' : periodName(previousLabel, lang)),
      onclick: () => this.copyPrevious(previousLabel!),
    });

    const allTargets = targetsWithForm(this.state.targets.rows, period, form, this.state.locale);
    const probe = this.every ? periodOf(type, this.asOfDay()) : parsePeriodLabel(period!)!;
    // For "every period", only the no-period rows: what a period without targets of its own gets.
    const resolved = this.every
      ? allTargets.filter((row) => targetPeriodKey(row.period) === type)
      : allTargets;

    const teamRow = (kpi: KpiKey) => {
      const inherited = resolveTarget(resolved, kpi, probe, null);
      const placeholder =
        form.team[kpi].trim() === '' && inherited !== null && inherited.source !== 'exact'
          ? formatTargetInput(inherited.value, kpiDefinition(kpi).unit, this.state.locale)
          : '';
      return this.targetRow(
        `team.${kpi}`,
        kpiDefinition(kpi).names[lang],
        kpi,
        form.team[kpi],
        placeholder,
        (text) => {
          form.team[kpi] = text;
        },
      );
    };
    const more = KPIS.map((k) => k.key).filter((k) => !MAIN_KPIS.includes(k));
    const moreHasContent = more.some(
      (kpi) => form.team[kpi].trim() !== '' || this.errors.has(this.targetKey(`team.${kpi}`)),
    );

    const reps = this.reps();
    const repSelect = this.select(
      'repKpi',
      REP_KPIS.map((kpi) => option(kpi, kpiDefinition(kpi).names[lang], kpi === this.repKpi)),
      (value) => {
        this.repKpi = value as KpiKey;
        this.rerender(() => this.renderTargets());
      },
    );
    const repRows = reps.map((rep) =>
      this.targetRow(
        `rep.${this.repKpi}.${rep}`,
        rep,
        this.repKpi,
        ownValue(form.reps[this.repKpi], rep) ?? '',
        '',
        (text) => {
          form.reps[this.repKpi][rep] = text;
        },
      ),
    );

    const issues = this.state.targets.issues;
    replaceChildren(
      this.sections.targets,
      h('h2', { id: 'h-targets', text: t.targets }),
      this.row('targetsPeriod', t.targetsFor, periodSelect),
      h(
        'div',
        { class: 'check' },
        every,
        h('label', { for: everyId, text: t.everyPeriod[type] }),
        h('p', { class: 'check-hint', id: everyHint, text: t.everyPeriodHint[type] }),
      ),
      copy,
      h('p', { class: 'notice', role: 'status', 'data-role': 'copy-note' }),
      h('h3', { text: t.team }),
      h('div', { class: 'targets' }, MAIN_KPIS.map(teamRow)),
      h(
        'details',
        {
          class: 'more',
          open: this.moreOpen || moreHasContent,
          ontoggle: (event: Event) => {
            this.moreOpen = (event.currentTarget as HTMLDetailsElement).open;
          },
        },
        h('summary', { text: t.moreKpis(more.length) }),
        h('div', { class: 'targets' }, more.map(teamRow)),
      ),
      h('h3', { text: t.repTargets }),
      reps.length === 0
        ? h('p', { class: 'hint', text: t.noReps })
        : [
            this.row('repKpi', t.repKpi, repSelect),
            h('div', { class: 'targets reps' }, repRows),
            h('div', { 'data-role': 'sums' }),
          ],
      h('div', { 'data-role': 'mismatch' }),
      issues.length === 0
        ? null
        : h(
            'div',
            { class: 'notice warn-box' },
            h('p', { text: t.targetIssues(this.state.targets.sheet ?? '', issues.length) }),
            h(
              'ul',
              null,
              issues.map((issue) => h('li', { text: issue })),
            ),
          ),
    );
    this.updateSums();
  }

  /** The rep sum line and the mismatch warnings of the shown period, from the fields as typed. */
  private updateSums(): void {
    const { t, lang } = this;
    const key = this.periodKey();
    const period = this.periodOfKey(key);
    const form = this.form(key);
    const locale = this.state.locale;
    const all = targetsWithForm(this.state.targets.rows, period, form, locale);
    const probe = this.every
      ? periodOf(this.settings.periodType, this.asOfDay())
      : parsePeriodLabel(period!)!;
    const rows = this.every
      ? all.filter((row) => targetPeriodKey(row.period) === this.settings.periodType)
      : all;

    const sums = this.sections.targets.querySelector('[data-role="sums"]');
    if (sums !== null) {
      const unit = kpiDefinition(this.repKpi).unit;
      let sum = 0;
      let count = 0;
      for (const text of Object.values(form.reps[this.repKpi] ?? {})) {
        const reading = readTargetInput(text, this.repKpi, locale);
        if (reading.ok && reading.value !== null) {
          sum += reading.value;
          count += 1;
        }
      }
      const team = resolveTarget(rows, this.repKpi, probe, null);
      const sumText = this.number(dropFloatNoise(sum), unit);
      const text =
        count === 0
          ? null
          : team === null
            ? t.repsSumNoTeam(sumText)
            : t.repsSum(sumText, this.number(team.value, unit));
      replaceChildren(sums, text === null ? null : h('p', { class: 'hint sum', text }));
    }
    const mismatch = this.sections.targets.querySelector('[data-role="mismatch"]');
    if (mismatch !== null) {
      const found = targetMismatches(rows, probe);
      replaceChildren(
        mismatch,
        found.length === 0
          ? null
          : h(
              'div',
              { class: 'notice warn-box', role: 'status' },
              found.map((m) => {
                const unit = kpiDefinition(m.kpi).unit;
                return h('p', {
                  text: `⚠ ${t.mismatch(kpiDefinition(m.kpi).names[lang], this.number(m.repsSum, unit), this.number(m.team, unit))}`,
                });
              }),
            ),
      );
    }
  }

  private renderFooter(): void {
    const { t } = this;
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.result = h('div', { class: 'result', 'aria-live': 'polite' });
    const save = h('button', {
      type: 'button',
      class: 'primary',
      text: t.save,
      onclick: () => void this.save(),
    });
    const build = h('button', { type: 'button', text: t.build, onclick: () => void this.build() });
    this.buttons = [save, build];
    replaceChildren(
      this.sections.footer,
      this.status,
      h('div', { class: 'buttons' }, save, build),
      this.result,
    );
    this.updateStatus();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Controls

  /** A labelled row whose slot is registered under its key (target fields: with the period shown). */
  private row(key: string, label: string, control: HTMLElement, options: FieldRowOptions = {}): HTMLElement {
    const { element, slot } = fieldRow(key, label, control, options);
    this.slots.set(this.targetKey(key), slot);
    return element;
  }

  private targetRow(
    key: string,
    label: string,
    kpi: KpiKey,
    value: string,
    placeholder: string,
    set: (text: string) => void,
  ): HTMLElement {
    const control = this.input(key, {
      type: 'text',
      inputmode: 'decimal',
      class: 'number',
      autocomplete: 'off',
      value,
      placeholder,
      oninput: (event: Event) => {
        set((event.currentTarget as HTMLInputElement).value);
        this.checkTarget(key, kpi, (event.currentTarget as HTMLInputElement).value);
        this.updateSums();
        this.changed(null);
      },
    });
    const row = this.row(key, label, control, { unit: this.unitOf(kpiDefinition(kpi).unit) });
    row.classList.add('target');
    return row;
  }

  private select(
    key: string,
    options: HTMLOptionElement[],
    onChange: (value: string) => void,
  ): HTMLSelectElement {
    return selectControl(key, options, onChange);
  }

  private input(key: string, props: Record<string, string | boolean | EventListener>): HTMLInputElement {
    return inputControl(key, props);
  }

  private unitOf(unit: KpiUnit): string {
    if (unit === 'money') return this.state.currency;
    return this.t.units[unit];
  }

  private number(value: number, unit: KpiUnit): string {
    const text = formatNumberText(value, unit, this.state.locale);
    if (unit !== 'money' || this.state.currency === '') return text;
    return this.state.locale.startsWith('en')
      ? `${this.state.currency}${text}`
      : `${text} ${this.state.currency}`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Errors

  /** The key of an error: target fields carry their period. */
  private targetKey(field: string, period?: string | null): string {
    if (!field.startsWith('team.') && !field.startsWith('rep.')) return field;
    const every = period === undefined ? undefined : targetPeriodOf(period)?.every;
    const key = period === undefined ? this.periodKey() : every !== undefined ? EVERY + every : period;
    return `${field}@${key}`;
  }

  private setError(key: string, message: string | null): void {
    if (message === null) this.errors.delete(key);
    else this.errors.set(key, message);
    const slot = this.slots.get(key);
    if (slot !== undefined) showFieldError(slot, message);
  }

  private showErrors(): void {
    for (const [key, slot] of this.slots) showFieldError(slot, this.errors.get(key) ?? null);
  }

  private message(error: FieldError): string {
    return describeFieldError(this.lang, error, this.state.fieldNames);
  }

  private checkTarget(key: string, kpi: KpiKey, text: string): void {
    const reading = readTargetInput(text, kpi, this.state.locale);
    const field = this.targetKey(key);
    this.setError(
      field,
      reading.ok ? null : this.message({ field: key, code: reading.code, value: reading.value }),
    );
  }

  /** Checks one settings field as typed. */
  private checkField(field: 'asOf' | 'atRisk'): void {
    const result = validateSidebarSave({ settings: this.settingsInput() }, this.context());
    const error = result.ok ? undefined : result.errors.find((e) => e.field === field);
    this.setError(field, error === undefined ? null : this.message(error));
  }

  private columnErrors(): FieldError[] {
    const result = validateSidebarSave({ settings: this.settingsInput() }, this.context());
    const errors = result.ok ? [] : result.errors.filter((e) => e.field.startsWith('columns.'));
    for (const field of FIELDS) {
      const error = errors.find((e) => e.field === `columns.${field}`);
      this.setError(`columns.${field}`, error === undefined ? null : this.message(error));
    }
    return errors;
  }

  private context() {
    return {
      locale: this.state.locale,
      sheets: this.state.sheets,
      headers: this.state.data.headers,
      reps: this.reps(),
    };
  }

  /** Shows a list of errors next to their fields; brings the first into view and focuses it. */
  private showFieldErrors(errors: readonly FieldError[]): void {
    this.errors.clear();
    for (const error of errors)
      this.errors.set(this.targetKey(error.field, error.period), this.message(error));
    const first = errors[0];
    if (first !== undefined && (first.field.startsWith('team.') || first.field.startsWith('rep.'))) {
      // Show the period (and rep KPI, and "More KPIs") the first error is in.
      if (first.period !== undefined && targetPeriodOf(first.period)?.every !== undefined) this.every = true;
      else if (first.period !== undefined && first.period !== null) {
        this.every = false;
        this.targetsPeriod = first.period;
      }
      const kpi = first.field.split('.')[1] as KpiKey;
      if (first.field.startsWith('rep.') && REP_KPIS.includes(kpi)) this.repKpi = kpi;
      if (first.field.startsWith('team.') && !MAIN_KPIS.includes(kpi)) this.moreOpen = true;
    }
    if (errors.some((e) => e.field.startsWith('columns.'))) this.columnsOpen = true;
    if (errors.some((e) => e.field.startsWith('statuses.'))) this.statusesOpen = true;
    this.renderAll();
    const slot = first === undefined ? undefined : this.slots.get(this.targetKey(first.field, first.period));
    slot?.control.focus();
    const general = errors.filter((e) => !this.slots.has(this.targetKey(e.field, e.period)));
    this.say([this.t.fixErrors(errors.length), ...general.map((e) => this.message(e))].join(' '), 'error');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Actions

  /** A form value changed: re-render what depends on it, update the status line. */
  private changed(...parts: (null | (() => void))[]): void {
    const todo = parts.filter((p): p is () => void => p !== null);
    if (todo.length > 0) this.rerender(...todo);
    this.updateStatus();
  }

  private updateStatus(): void {
    this.updateFormula();
    if (this.busy) return;
    const dirty = this.isDirty();
    this.say(dirty ? this.t.unsaved : '', 'muted');
  }

  private say(text: string, kind: 'muted' | 'error' | 'ok'): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const button of this.buttons) button.disabled = busy;
    this.root.setAttribute('aria-busy', String(busy));
  }

  private copyPrevious(previous: string): void {
    const source = this.edits.get(previous) ?? this.savedForm(previous);
    const note = this.sections.targets.querySelector('[data-role="copy-note"]');
    const empty =
      Object.values(source.team).every((v) => v.trim() === '') &&
      REP_KPIS.every((kpi) => Object.values(source.reps[kpi] ?? {}).every((v) => v.trim() === ''));
    if (empty) {
      if (note !== null) note.textContent = this.t.nothingToCopy(periodName(previous, this.lang));
      return;
    }
    const copy = emptyTargetsForm(this.reps());
    copy.team = { ...source.team };
    for (const kpi of REP_KPIS)
      for (const rep of this.reps()) copy.reps[kpi][rep] = ownValue(source.reps[kpi], rep) ?? '';
    this.edits.set(this.targetsPeriod, copy);
    for (const key of [...this.errors.keys()])
      if (key.endsWith(`@${this.targetsPeriod}`)) this.errors.delete(key);
    this.rerender(() => this.renderTargets());
    this.sections.targets.querySelector('[data-role="copy-note"]')!.textContent = this.t.copied(
      periodName(previous, this.lang),
    );
    this.updateStatus();
  }

  /** Reads the sales log again with the sheet and columns the form chooses (before they are saved). */
  private async refreshData(): Promise<void> {
    this.sections.data.setAttribute('aria-busy', 'true');
    this.say(this.t.refreshing, 'muted');
    try {
      const result = await serverCall('getSidebarState', {
        salesSheet: this.settings.salesSheet,
        columns: Object.keys(this.settings.columns).length === 0 ? null : this.settings.columns,
      });
      if (!result.ok) {
        this.say(this.t.loadFailed(result.message), 'error');
        return;
      }
      this.state = { ...this.state, data: result.state.data };
      this.alignReps();
      for (const field of FIELDS) this.errors.delete(`columns.${field}`);
      this.rerender(
        () => this.renderData(),
        () => this.renderTargets(),
      );
      this.updateStatus();
    } catch (error) {
      this.say(this.t.loadFailed(reason(error)), 'error');
    } finally {
      this.sections.data.removeAttribute('aria-busy');
    }
  }

  /** Checks the form here, then saves it; true when saved. */
  async save(): Promise<boolean> {
    if (this.busy) return false;
    const payload = this.payload();
    const checked = validateSidebarSave(payload, this.context());
    if (!checked.ok) {
      this.showFieldErrors(checked.errors);
      return false;
    }
    this.setBusy(true);
    this.say(this.t.saving, 'muted');
    try {
      const result = await serverCall('saveSidebarState', payload);
      this.setBusy(false);
      if (result.ok) {
        this.load(result.state);
        this.say(this.t.saved, 'ok');
        return true;
      }
      switch (result.reason) {
        case 'invalid':
          this.showFieldErrors(result.errors);
          break;
        case 'conflict':
          this.sayWithReload(this.t.conflict);
          break;
        case 'busy':
          this.say(this.t.busy, 'error');
          break;
        case 'targets_sheet':
          this.say(this.t.saveFailed(this.t.targetsSheetColumn(result.sheet, result.column)), 'error');
          break;
        case 'failed':
          this.say(
            (result.saved === 'pending' ? this.t.savePending : this.t.saveFailed)(result.message),
            'error',
          );
          break;
      }
    } catch (error) {
      this.setBusy(false);
      this.say(this.t.saveFailed(reason(error)), 'error');
    }
    return false;
  }

  /** Saves what is unsaved, then builds the report as the menu does. */
  async build(): Promise<void> {
    if (this.busy) return;
    replaceChildren(this.result);
    if (this.isDirty() && !(await this.save())) return;
    if (this.state.data.problem !== null) {
      this.showResult(this.t.buildFailed(this.state.data.problem), 'error');
      return;
    }
    this.setBusy(true);
    this.say('', 'muted');
    replaceChildren(
      this.result,
      h('p', { class: 'progress-text', text: this.t.building }),
      h('progress', { 'aria-label': this.t.building }),
    );
    try {
      const result = await serverCall('buildReportFromSidebar');
      if (result.ok) {
        const period = this.settings.reportPeriod ?? this.currentLabel();
        const notice = result.notice === undefined ? '' : ` ${result.notice.message}`;
        this.showResult(`✓ ${this.t.built(result.sheet, periodName(period, this.lang))}${notice}`, 'ok');
      } else {
        this.showResult(this.t.buildFailed(result.message), 'error');
      }
    } catch (error) {
      this.showResult(this.t.buildFailed(reason(error)), 'error');
    } finally {
      this.setBusy(false);
    }
  }

  private showResult(text: string, kind: 'ok' | 'error'): void {
    replaceChildren(
      this.result,
      h('p', {
        class: `notice ${kind === 'ok' ? 'ok-box' : 'error-box'}`,
        role: kind === 'error' ? 'alert' : 'status',
        text,
      }),
    );
  }

  private sayWithReload(text: string): void {
    this.say(text, 'error');
    this.status.appendChild(document.createTextNode(' '));
    this.status.appendChild(
      h('button', { type: 'button', class: 'link', text: this.t.reload, onclick: () => void this.reload() }),
    );
  }

  /** Loads the spreadsheet's state again, dropping unsaved edits. */
  async reload(): Promise<void> {
    this.setBusy(true);
    this.say(this.t.loading, 'muted');
    try {
      const result = await serverCall('getSidebarState', null);
      this.setBusy(false);
      if (result.ok) {
        this.load(result.state);
        this.say('', 'muted');
      } else this.say(this.t.loadFailed(result.message), 'error');
    } catch (error) {
      this.setBusy(false);
      this.say(this.t.loadFailed(reason(error)), 'error');
    }
  }

  /** Takes a fresh state from the server: the form starts from it. */
  private load(state: SidebarState): void {
    const targetsPeriod = this.targetsPeriod;
    this.state = state;
    this.settings = this.settingsOf(state);
    this.baseline = JSON.stringify(this.settingsInput());
    this.edits.clear();
    this.errors.clear();
    this.targetsPeriod =
      parsePeriodLabel(targetsPeriod)?.type === this.settings.periodType
        ? targetsPeriod
        : this.defaultTargetsPeriod();
    const focused = document.activeElement?.getAttribute('data-key') ?? null;
    const status = this.status.textContent ?? '';
    this.renderAll();
    this.status.textContent = status;
    if (focused !== null) this.slots.get(this.targetKey(focused))?.control.focus();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
