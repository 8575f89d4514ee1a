import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { FIELDS, type Field, STATUS_CLASSES, type StatusClass } from '../kpi/log/salesLog';
import { columnLetter, option, selectControl } from './controls';
import { h, replaceChildren } from './dom';
import { type FieldPath, fieldOfPath } from './fieldPath';
import { formulaBlock } from './formulaView';
import { statusItemsOf, withColumnChoice } from './settingsForm';
import type { ViewHost } from './viewHost';

// The Data section: the sales sheet, the log's quality, its columns and statuses, the spend sheet, the formula.

/** Renders the Data section from the form. */
export function renderData(host: ViewHost): void {
  const { t, form } = host;
  const { state, settings } = form;
  const data = state.data;
  const sales = select(
    ['salesSheet'],
    [
      option('', t.auto(data.salesAuto), settings.salesSheet === null),
      ...state.sheets.map((name) => option(`sheet:${name}`, name, settings.salesSheet === name)),
    ],
    (value) => {
      settings.salesSheet = value === '' ? null : value.slice('sheet:'.length);
      settings.columns = {};
      host.refreshData();
    },
  );

  const spendValue =
    settings.spendMode === 'sheet' ? `sheet:${settings.spendSheet ?? ''}` : settings.spendMode;
  const spend = select(
    ['spendSheet'],
    [
      option('auto', t.auto(data.spendAuto), spendValue === 'auto'),
      option('none', t.noSpend, spendValue === 'none'),
      ...state.sheets.map((name) => option(`sheet:${name}`, name, spendValue === `sheet:${name}`)),
    ],
    (value) => {
      if (value === 'auto' || value === 'none') settings.spendMode = value;
      else {
        settings.spendMode = 'sheet';
        settings.spendSheet = value.slice('sheet:'.length);
      }
      host.changed();
    },
  );

  const found = FIELDS.filter((f) => data.columns[f] !== undefined).length;
  const columns = h(
    'details',
    {
      class: 'columns',
      open:
        form.open.columns ||
        (data.headers.length > 0 && (data.columns.date === undefined || data.columns.amount === undefined)),
      ontoggle: (event: Event) => {
        form.open.columns = (event.currentTarget as HTMLDetailsElement).open;
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
      FIELDS.map((field) => columnRow(host, field)),
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
  const statuses = statusItemsOf(data, settings.statuses);
  const unknownCount = quality?.unknownStatuses.length ?? 0;
  const statusControl =
    statuses.length === 0
      ? null
      : h(
          'details',
          {
            class: 'statuses',
            open: form.open.statuses,
            ontoggle: (event: Event) => {
              form.open.statuses = (event.currentTarget as HTMLDetailsElement).open;
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
            statuses.map((item) => statusRow(host, item.text, item.count)),
          ),
        );
  const formula = formulaBlock(host);

  replaceChildren(
    host.sections.data,
    h('h2', { id: 'h-data', text: t.data }),
    host.row(['salesSheet'], t.salesSheet, sales),
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
    host.row(['spendSheet'], t.spendSheet, spend),
    formula,
  );
}

function select(path: FieldPath, options: HTMLOptionElement[], onChange: (value: string) => void) {
  return selectControl(fieldOfPath(path), options, onChange);
}

/** A status text with the class it is read as (Unknown: not mapped), and its row count. */
function statusRow(host: ViewHost, text: string, count: number | null): HTMLElement {
  const { t, form } = host;
  const key = normalizeKey(text);
  const path = ['status', key];
  const chosen = form.settings.statuses.get(key)?.statusClass ?? '';
  const control = select(
    path,
    [
      option('', t.unmapped, chosen === ''),
      ...STATUS_CLASSES.map((statusClass) =>
        option(statusClass, t.classNames[statusClass], chosen === statusClass),
      ),
    ],
    (value) => {
      if (value === '') form.settings.statuses.delete(key);
      else form.settings.statuses.set(key, { text, statusClass: value as StatusClass });
      host.changed();
    },
  );
  return host.row(path, text, control, { compact: true, unit: count === null ? undefined : String(count) });
}

/** A field of the log with the column it is read from; choosing one reads the log again (when the choice is valid). */
function columnRow(host: ViewHost, field: Field): HTMLElement {
  const { t, form } = host;
  const data = form.state.data;
  const path = ['columns', field];
  const current = data.columns[field] ?? -1;
  const options = [
    option('-1', t.noColumn, current === -1),
    ...data.headers.map((header, i) => {
      const choice = option(String(i), t.column(columnLetter(i), header), current === i);
      choice.disabled = header.trim() === ''; // choices are saved by header text
      return choice;
    }),
  ];
  const control = select(path, options, (value) => {
    form.settings.columns = withColumnChoice(form.settings.columns, field, Number(value), data);
    const wrong = form.checkColumns();
    for (const f of FIELDS) host.showError(['columns', f]);
    if (!wrong) host.refreshData();
    else host.changed();
  });
  return host.row(path, form.state.fieldNames[field], control, { compact: true });
}
