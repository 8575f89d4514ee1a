import type { PeriodType } from '../kpi/calendar/periods';
import { periodChoices } from '../kpi/settings/periodChoices';
import { inputControl, option, selectControl } from './controls';
import { h, replaceChildren } from './dom';
import { periodName } from './periodName';
import type { ViewHost } from './viewHost';

// The Report settings section: period type, as-of date, report period, at-risk threshold, and the settings' notes.

const PERIOD_TYPES: readonly PeriodType[] = ['week', 'month', 'quarter', 'year'];

/** Renders the Report settings section from the form. */
export function renderSettings(host: ViewHost): void {
  const { t, form } = host;
  const { settings } = form;
  const type = settings.periodType;
  const periodType = selectControl(
    'periodType',
    PERIOD_TYPES.map((p) => option(p, t.periodTypes[p], p === type)),
    (value) => {
      form.setPeriodType(value as PeriodType);
      host.changed('settings', 'targets');
    },
  );
  const current = form.currentLabel();
  const reportPeriod = selectControl(
    'reportPeriod',
    [
      option('', t.current(periodName(current, form.lang)), settings.reportPeriod === null),
      ...periodChoices(type, form.asOfDay(), [settings.reportPeriod]).map((label) =>
        option(label, periodName(label, form.lang), label === settings.reportPeriod),
      ),
    ],
    (value) => {
      settings.reportPeriod = value === '' ? null : value;
      host.changed();
    },
  );
  const asOf = inputControl('asOf', {
    type: 'date',
    value: settings.asOf,
    oninput: (event: Event) => {
      settings.asOf = (event.currentTarget as HTMLInputElement).value;
      form.checkField('asOf');
      host.showError(['asOf']);
    },
    onchange: () => host.changed('settings'),
  });
  const atRisk = inputControl('atRisk', {
    type: 'text',
    inputmode: 'decimal',
    class: 'number',
    value: settings.atRisk,
    oninput: (event: Event) => {
      settings.atRisk = (event.currentTarget as HTMLInputElement).value;
      form.checkField('atRisk');
      host.showError(['atRisk']);
      host.changed();
    },
  });
  const atRiskRow = host.row(['atRisk'], t.atRisk, atRisk, { unit: '%', hint: t.atRiskHint });
  atRiskRow.classList.add('target');
  const notes = form.state.notes;
  replaceChildren(
    host.sections.settings,
    h('h2', { id: 'h-settings', text: t.settings }),
    h(
      'div',
      { class: 'pair' },
      host.row(['periodType'], t.periodType, periodType),
      host.row(['asOf'], t.asOf, asOf, { hint: t.asOfHint }),
    ),
    host.row(['reportPeriod'], t.reportPeriod, reportPeriod),
    atRiskRow,
    notes.length === 0
      ? null
      : h(
          'ul',
          { class: 'notice warn-box' },
          notes.map((note) => h('li', { text: note })),
        ),
  );
}
