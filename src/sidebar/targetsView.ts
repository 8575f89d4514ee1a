import { ownValue } from '../kpi/_lib/ownValue';
import { parsePeriodLabel, periodLabel, previousPeriod } from '../kpi/calendar/periods';
import { withCurrency } from '../kpi/format/currencyOf';
import { formatNumberText } from '../kpi/format/formatNumberText';
import { kpiDirectionMessages } from '../kpi/i18n/kpiDirection';
import { sidebarTargetsMessages } from '../kpi/i18n/sidebarTargets';
import { KPIS, type KpiKey, type KpiUnit, kpiDefinition } from '../kpi/kpis';
import { periodChoices } from '../kpi/settings/periodChoices';
import { formatTargetInput } from '../kpi/targets/formatTargetInput';
import { REP_KPIS } from '../kpi/targets/targetsForm';
import { inputControl, option, selectControl } from './controls';
import { h, replaceChildren, uid } from './dom';
import { type FieldPath, fieldOfPath } from './fieldPath';
import { MAIN_KPIS } from './formState';
import { periodName } from './periodName';
import {
  inheritedPlaceholder,
  inheritedTarget,
  mismatchesOf,
  monthsFactor,
  multiplyTargetInput,
  repSum,
} from './targetsEdits';
import type { ViewHost } from './viewHost';

// The Targets section: the period (or every period), copy from the previous one, the team's fields (the main KPIs,
// then "More KPIs"), the rep fields of one KPI with their sum, and the mismatch warnings as typed.

/** Renders the Targets section from the form. */
export function renderTargets(host: ViewHost): void {
  const { t, form } = host;
  const { lang, state } = form;
  const fields = form.fields();
  const type = form.settings.periodType;
  const labels = periodChoices(type, form.asOfDay(), [
    form.targetsPeriod,
    ...state.targets.rows.map((r) => r.period),
  ]);
  const periodSelect = selectControl(
    'targetsPeriod',
    labels.map((label) => option(label, periodName(label, lang), label === form.targetsPeriod)),
    (value) => {
      form.targetsPeriod = value;
      host.rerender('targets');
    },
  );
  periodSelect.toggleAttribute('disabled', form.every);
  const everyId = uid('every');
  const everyHint = uid('every-hint');
  const every = h('input', {
    type: 'checkbox',
    id: everyId,
    checked: form.every,
    'aria-describedby': everyHint,
    onchange: (event: Event) => {
      form.every = (event.currentTarget as HTMLInputElement).checked;
      host.rerender('targets');
    },
  });

  const previous = parsePeriodLabel(form.targetsPeriod);
  const previousLabel = previous === null ? null : periodLabel(previousPeriod(previous));
  const copy = h('button', {
    type: 'button',
    class: 'link',
    disabled: form.every || previousLabel === null,
    text: t.copyFrom(previousLabel === null ? '' : periodName(previousLabel, lang)),
    onclick: () => copyPrevious(host, previousLabel!),
  });

  const outlook = form.outlook();
  const said = sidebarTargetsMessages[lang];
  const shownType = form.every ? type : (parsePeriodLabel(form.targetsPeriod)?.type ?? type);
  const teamRow = (kpi: KpiKey) => {
    const inherited = inheritedTarget(outlook, fields, kpi);
    const text =
      inherited === null ? '' : formatTargetInput(inherited.value, kpiDefinition(kpi).unit, state.locale);
    const { names, direction } = kpiDefinition(kpi);
    return targetRow(
      host,
      ['team', kpi],
      direction === 'lower' ? kpiDirectionMessages[lang].lowerIsBetter(names[lang]) : names[lang],
      kpi,
      fields.team[kpi],
      (text) => {
        fields.team[kpi] = text;
      },
      inheritedPlaceholder(outlook, fields, kpi, state.locale),
      {
        // Where the target of the empty field comes from (shown while it stays empty).
        inherited:
          inherited === null
            ? undefined
            : inherited.from === 'months'
              ? said.sumOfMonths(text)
              : said.fromEvery[inherited.from](text),
        factor: monthsFactor(shownType, kpi),
        factorText: said.times[shownType],
      },
    );
  };
  const more = KPIS.map((k) => k.key).filter((k) => !MAIN_KPIS.includes(k));
  const moreHasContent = more.some(
    (kpi) => fields.team[kpi].trim() !== '' || form.errors.get(['team', kpi], form.periodKey()) !== null,
  );

  const reps = form.reps();
  const repKpi = form.repKpi;
  const repSelect = selectControl(
    'repKpi',
    REP_KPIS.map((kpi) => option(kpi, kpiDefinition(kpi).names[lang], kpi === repKpi)),
    (value) => {
      form.repKpi = value as KpiKey;
      host.rerender('targets');
    },
  );
  const repRows = reps.map((rep) =>
    targetRow(host, ['rep', repKpi, rep], rep, repKpi, ownValue(fields.reps[repKpi], rep) ?? '', (text) => {
      fields.reps[repKpi][rep] = text;
    }),
  );

  const issues = state.targets.issues;
  replaceChildren(
    host.sections.targets,
    h('h2', { id: 'h-targets', text: t.targets }),
    host.row(['targetsPeriod'], t.targetsFor, periodSelect),
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
        open: form.open.more || moreHasContent,
        ontoggle: (event: Event) => {
          form.open.more = (event.currentTarget as HTMLDetailsElement).open;
        },
      },
      h('summary', { text: t.moreKpis(more.length) }),
      h('div', { class: 'targets' }, more.map(teamRow)),
    ),
    h('h3', { text: t.repTargets }),
    reps.length === 0
      ? h('p', { class: 'hint', text: t.noReps })
      : [
          host.row(['repKpi'], t.repKpi, repSelect),
          h('div', { class: 'targets reps' }, repRows),
          h('div', { 'data-role': 'sums' }),
        ],
    h('div', { 'data-role': 'mismatch' }),
    issues.length === 0
      ? null
      : h(
          'div',
          { class: 'notice warn-box' },
          h('p', { text: t.targetIssues(state.targets.sheet ?? '', issues.length) }),
          h(
            'ul',
            null,
            issues.map((issue) => h('li', { text: issue })),
          ),
        ),
  );
  updateSums(host);
}

/** A target's field: checked, summed and compared as typed. */
function targetRow(
  host: ViewHost,
  path: FieldPath,
  label: string,
  kpi: KpiKey,
  value: string,
  set: (text: string) => void,
  placeholder = '',
  extras: { inherited?: string; factor?: number | null; factorText?: string } = {},
): HTMLElement {
  const onText = (text: string) => {
    set(text);
    host.form.checkTarget(path, kpi, text);
    host.showError(path);
    updateSums(host);
    host.changed();
    if (inheritedHint !== null) inheritedHint.hidden = text.trim() !== '';
    if (times !== null) times.disabled = !readsAsNumber(text);
  };
  const control = inputControl(fieldOfPath(path), {
    type: 'text',
    inputmode: 'decimal',
    class: 'number',
    autocomplete: 'off',
    value,
    placeholder,
    oninput: (event: Event) => onText((event.currentTarget as HTMLInputElement).value),
  });
  const row = host.row(path, label, control, {
    unit: unitText(host, kpiDefinition(kpi).unit),
    ...(extras.inherited === undefined ? {} : { hint: extras.inherited }),
  });
  row.classList.add('target');
  const inheritedHint = extras.inherited === undefined ? null : row.querySelector<HTMLElement>('.hint');
  if (inheritedHint !== null) inheritedHint.hidden = value.trim() !== '';
  const { locale } = host.form.state;
  const readsAsNumber = (text: string) =>
    extras.factor != null && multiplyTargetInput(text, kpi, extras.factor, locale) !== null;
  const factor = extras.factor;
  const times =
    factor == null || extras.factorText === undefined
      ? null
      : h('button', {
          type: 'button',
          class: 'link times',
          text: extras.factorText,
          'aria-label': sidebarTargetsMessages[host.form.lang].timesLabel(label, factor),
          disabled: !readsAsNumber(value),
          onclick: () => {
            const input = control as HTMLInputElement;
            const next = multiplyTargetInput(input.value, kpi, factor, locale);
            if (next === null) return;
            input.value = next;
            onText(next);
          },
        });
  if (times !== null) row.append(times);
  return row;
}

/** The rep sum line and the mismatch warnings of the shown period, from the fields as typed. */
function updateSums(host: ViewHost): void {
  const { t, form } = host;
  const outlook = form.outlook();
  const sums = host.sections.targets.querySelector('[data-role="sums"]');
  if (sums !== null) {
    const unit = kpiDefinition(form.repKpi).unit;
    const { sum, count, team } = repSum(outlook, form.fields(), form.repKpi, form.state.locale);
    const sumText = numberText(host, sum, unit);
    const text =
      count === 0
        ? null
        : team === null
          ? t.repsSumNoTeam(sumText)
          : t.repsSum(sumText, numberText(host, team, unit));
    replaceChildren(sums, text === null ? null : h('p', { class: 'hint sum', text }));
  }
  const mismatch = host.sections.targets.querySelector('[data-role="mismatch"]');
  if (mismatch !== null) {
    const found = mismatchesOf(outlook);
    replaceChildren(
      mismatch,
      found.length === 0
        ? null
        : h(
            'div',
            { class: 'notice warn-box', role: 'status' },
            found.map((m) => {
              const unit = kpiDefinition(m.kpi).unit;
              const name = kpiDefinition(m.kpi).names[form.lang];
              return h('p', {
                text: `⚠ ${t.mismatch(name, numberText(host, m.repsSum, unit), numberText(host, m.team, unit))}`,
              });
            }),
          ),
    );
  }
}

/** Fills the period shown with the previous period's own targets (edited or saved), and says so. */
function copyPrevious(host: ViewHost, previous: string): void {
  const { t, form } = host;
  const name = periodName(previous, form.lang);
  if (!form.copyFrom(previous)) {
    const note = host.sections.targets.querySelector('[data-role="copy-note"]');
    if (note !== null) note.textContent = t.nothingToCopy(name);
    return;
  }
  host.rerender('targets');
  host.sections.targets.querySelector('[data-role="copy-note"]')!.textContent = t.copied(name);
  host.changed();
}

function unitText(host: ViewHost, unit: KpiUnit): string {
  return unit === 'money' ? host.form.state.currency : host.t.units[unit];
}

function numberText(host: ViewHost, value: number, unit: KpiUnit): string {
  const { locale, currency } = host.form.state;
  const text = formatNumberText(value, unit, locale);
  return unit === 'money' ? withCurrency(text, currency, locale) : text;
}
