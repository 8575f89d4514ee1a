// Issue 10: every word the user types is looked up in a Map or a null-prototype object, so the names of
// Object.prototype's members are plain unknown text wherever a word is read, and a stored settings JSON with
// "__proto__" pollutes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { ATTAINMENT } from '../src/functions/attainment';
import { KPI_STATUS } from '../src/functions/kpiStatus';
import { KPI_TABLE } from '../src/functions/kpiTable';
import { ownValue } from '../src/kpi/_lib/ownValue';
import { parsePeriodType } from '../src/kpi/calendar/periods';
import { classOfName } from '../src/kpi/mapping/classOfName';
import { fieldOfName } from '../src/kpi/mapping/fieldOfName';
import { targetPeriodOf } from '../src/kpi/plan/targets';
import { mergeSettingsJson } from '../src/kpi/settings/mergeSettingsJson';
import { parseReportSettings } from '../src/kpi/settings/reportSettings';
import { type CleanSettings, validateSidebarSave } from '../src/kpi/settings/validateSidebarSave';
import { kpiKeyOf } from '../src/kpi/targets/kpiKeyOf';
import { readTargets } from '../src/kpi/targets/readTargets';
import { emptyTargetsForm, targetsFormOf } from '../src/kpi/targets/targetsForm';
import { errorIn, inSheet } from './functions/_helpers';

const WORDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const day = (d: number) => new Date(2026, 10, d);
const SALES = [
  ['Date', 'Amount', 'Status'],
  [day(3), 100, 'won'],
  [day(4), 50, 'lost'],
];
const table = (...args: Parameters<typeof KPI_TABLE>) =>
  inSheet('en_US', () => KPI_TABLE(...args)) as unknown[][];
/** The Sales volume of the one month of a KPI_TABLE without groups. */
const revenueOf = (rows: unknown[][]) => rows[1][rows[0].indexOf('Sales volume')];

const CONTEXT = { locale: 'en_US', sheets: ['Deals'], headers: ['Date', 'Amount'], reps: ['Anna'] };
/** A sidebar save as the browser sends it: parsed from JSON, so "__proto__" is an own key, as a crafted body has. */
function savePayload(settings: Record<string, unknown>, targets: unknown[] | null = null): unknown {
  const base = {
    salesSheet: null,
    spendMode: 'auto',
    spendSheet: null,
    periodType: 'month',
    reportPeriod: null,
    asOf: null,
    atRisk: '90',
    columns: null,
    statuses: null,
  };
  return JSON.parse(JSON.stringify({ baseVersion: 'v1', settings: { ...base, ...settings }, targets }));
}
/** `{ [word]: value }` with the word as an own key, also for "__proto__". */
const own = (word: string, value: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(word)}:${JSON.stringify(value)}}`);

afterEach(() => {
  // Nothing a test read may have written into Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted|salesSheet/.test(k))).toEqual(
    [],
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe.each(WORDS)('the word %j', (word) => {
  it('is no period type: KPI_TABLE, the targets sheet and the settings refuse it', () => {
    expect(parsePeriodType(word)).toBeNull();
    expect(targetPeriodOf(word)).toBeNull();
    expect(errorIn('en_US', () => KPI_TABLE(SALES, word))).toBe(
      `KPI_TABLE: the period “${word}” is not one of week, month, quarter, year (неделя, месяц, квартал, год).`,
    );
    const targets = readTargets(
      [
        ['Period', 'Rep', 'KPI', 'Target'],
        [word, '', 'revenue', 5],
      ],
      { locale: 'en_US', timeZone: 'UTC' },
    );
    expect(targets).toEqual({
      targets: [],
      issues: [{ code: 'unreadable_period', row: 2, column: 'Period', value: word }],
    });
    const { settings, notes } = parseReportSettings(JSON.stringify({ periodType: word }));
    expect(settings.periodType).toBe('month');
    expect(notes).toEqual([{ code: 'invalid_value', field: 'periodType', value: word }]);
    const save = validateSidebarSave(savePayload({ periodType: word }), CONTEXT);
    expect(save).toEqual({
      ok: false,
      errors: [{ field: 'periodType', code: 'bad_period_type', value: word }],
    });
  });

  it('is not TRUE or FALSE as lower_is_better (it was read as TRUE)', () => {
    expect(errorIn('en_US', () => ATTAINMENT(5, 4, word))).toBe(
      `ATTAINMENT: argument "lower_is_better": "${word}" is not TRUE or FALSE (or 1 or 0).`,
    );
    expect(errorIn('ru_RU', () => KPI_STATUS(5, 4, [[word]]))).toBe(
      `KPI_STATUS: аргумент «lower_is_better», строка 1, столбец 1 диапазона: «${word}» — не ИСТИНА и не ЛОЖЬ (и не 1 или 0).`,
    );
  });

  it('is no KPI name: the targets sheet reports the row, the sidebar the field', () => {
    expect(kpiKeyOf(word)).toBeNull();
    const targets = readTargets(
      [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['2026-11', '', word, 5],
      ],
      { locale: 'en_US', timeZone: 'UTC' },
    );
    expect(targets.issues).toEqual([{ code: 'unknown_kpi', row: 2, column: 'KPI', value: word }]);
    const save = validateSidebarSave(
      savePayload({}, [{ period: '2026-11', team: own(word, '5'), reps: {} }]),
      CONTEXT,
    );
    expect(save).toEqual({
      ok: false,
      errors: [{ field: `team.${word}`, code: 'unknown_kpi', value: word, period: '2026-11' }],
    });
  });

  it('is no settings key: a stored JSON holding it changes and pollutes nothing', () => {
    const json = JSON.stringify({
      ...own(word, { salesSheet: 'Hijacked', polluted: true, prototype: { polluted: true } }),
      columns: { ...own(word, 'Amount'), date: 'Date' },
      statuses: { ...own(word, ['Paid']), won: ['Won'] },
    });
    const { settings, notes } = parseReportSettings(json);
    expect(settings.salesSheet).toBeNull();
    expect(settings.columns).toEqual({ date: 'Date' });
    expect(settings.statuses).toEqual({ won: ['Won'] });
    expect(notes).toEqual([
      { code: 'invalid_value', field: `columns.${word}`, value: 'Amount' },
      { code: 'invalid_value', field: `statuses.${word}`, value: '["Paid"]' },
    ]);
    const clean: CleanSettings = {
      salesSheet: 'Deals',
      spendSheet: undefined,
      periodType: 'quarter',
      reportPeriod: null,
      asOf: null,
      atRisk: 0.9,
      columns: null,
      statuses: undefined,
    };
    const merged = parseReportSettings(mergeSettingsJson(json, clean)).settings;
    expect(merged.salesSheet).toBe('Deals');
    expect(merged.periodType).toBe('quarter');
  });

  it('is no status class, and as a status text it is plain text', () => {
    expect(classOfName(word)).toBeNull();
    expect(errorIn('en_US', () => KPI_TABLE(SALES, 'month', '', '', '', `won=${word}`))).toBe(
      `KPI_TABLE, argument “statuses”: “${word}” is not a status class. Classes: won, lost, open, returned, refunded.`,
    );
    const withWord = [...SALES, [day(5), 7, word]];
    expect(revenueOf(table(withWord))).toBe(100); // an unknown status: not a sale
    expect(revenueOf(table(withWord, 'month', '', '', '', `${word}=won; won=won`))).toBe(107);
  });

  it('is no field name, and as a header it is a plain column to group by', () => {
    expect(fieldOfName(word)).toBeNull();
    expect(errorIn('en_US', () => KPI_TABLE(SALES, 'month', '', '', `${word}=Date`))).toMatch(
      new RegExp(
        `^KPI_TABLE, argument “columns”: There is no field “${word.replace(/_/g, '_')}”\\. Fields: date,`,
      ),
    );
    expect(errorIn('en_US', () => KPI_TABLE(SALES, 'month', '', '', `date=${word}`))).toMatch(
      /There is no column “.+”\. Headers found: “Date”, “Amount”, “Status”\.$/,
    );
    const withColumn = [
      [...SALES[0], word],
      [...SALES[1], 'North'],
      [...SALES[2], 'South'],
    ];
    const grouped = table(withColumn, 'month', word);
    expect(grouped.map((row) => row.slice(0, 3))).toEqual([
      ['Period', 'Group', 'Sales volume'],
      ['2026-11', 'North', 100],
      ['2026-11', 'South', 0],
    ]);
  });

  it('is a plain extra header in the targets sheet and the spend table', () => {
    const targets = readTargets(
      [
        [word, 'Period', 'KPI', 'Target'],
        ['note', '2026-11', 'revenue', 5],
      ],
      { locale: 'en_US', timeZone: 'UTC' },
    );
    expect(targets).toEqual({
      targets: [{ kpi: 'revenue', period: '2026-11', rep: null, value: 5 }],
      issues: [],
    });
    const spend = [
      ['Date', 'Spend', word],
      [day(2), 40, 'x'],
    ];
    const rows = table(SALES, 'month', '', spend);
    expect(rows[1][rows[0].indexOf('Marketing spend')]).toBe(40);
  });

  it('is an unknown group_by when the log has no such header', () => {
    expect(errorIn('en_US', () => KPI_TABLE(SALES, 'month', word))).toBe(
      `KPI_TABLE: group_by “${word}” is not a column of the sales log. Use rep, channel or one of its headers: ` +
        'Date, Amount, Status.',
    );
  });

  it('is a rep name like any other: its targets are kept, never read from Object.prototype', () => {
    const form = targetsFormOf(
      [{ kpi: 'revenue', period: '2026-11', rep: word, value: 5 }],
      '2026-11',
      [word],
      'en_US',
    );
    expect(Object.keys(form.reps.revenue)).toEqual([word]);
    expect(ownValue(form.reps.revenue, word)).toBe('5');
    expect(ownValue(emptyTargetsForm(['Anna']).reps.revenue, word)).toBeUndefined();
    const save = validateSidebarSave(
      savePayload({}, [{ period: '2026-11', team: {}, reps: { revenue: { ...own(word, '7'), Anna: '3' } } }]),
      { ...CONTEXT, reps: ['Anna', word] },
    );
    expect(save.ok && save.value.targets).toEqual([
      { kpi: 'revenue', period: '2026-11', rep: word, value: 7 },
      { kpi: 'revenue', period: '2026-11', rep: 'Anna', value: 3 },
    ]);
    const unknown = validateSidebarSave(
      savePayload({}, [{ period: '2026-11', team: {}, reps: { revenue: own(word, '7') } }]),
      CONTEXT,
    );
    expect(unknown.ok).toBe(false);
  });
});
