import { describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import { saveSchedule } from '../../src/addon/schedule/saveSchedule';
import { buildReportFromSidebar, getSidebarState, saveSidebarState } from '../../src/addon/sidebarApi';
import type {
  SidebarSavePayload,
  SidebarSaveResult,
  SidebarServerApi,
  SidebarState,
  SidebarStateResult,
} from '../../src/kpi/sidebar/sidebarProtocol';
import { settingsFormOf, settingsInputOf } from '../../src/sidebar/settingsForm';
import { readCsv } from '../_support/readCsv';
import { amoBook, book, hubspotBook } from '../addon/_addon';
import { code } from '../bundle/_bundle';

// The server functions' signatures are the protocol the sidebar is typed by.
const _protocol: SidebarServerApi = {
  getSidebarState,
  saveSidebarState,
  buildReportFromSidebar,
  saveSchedule,
};
void _protocol;

/** The state, as the sidebar gets it. */
function stateOf(bundle: Bundle): SidebarState {
  const result = bundle.call('getSidebarState', null) as SidebarStateResult;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

/** A save of the state's settings as they are, with these targets forms. */
function save(bundle: Bundle, state: SidebarState, targets: SidebarSavePayload['targets'], settings = {}) {
  const payload: SidebarSavePayload = {
    baseVersion: state.version,
    settings: { ...settingsInputOf(settingsFormOf(state)), ...settings },
    targets,
  };
  return bundle.call('saveSidebarState', payload) as SidebarSaveResult;
}

describe('getSidebarState', () => {
  it('reads what the sidebar shows from the English HubSpot sample', () => {
    const { bundle } = hubspotBook();
    const state = stateOf(bundle);
    expect(state).toMatchObject({
      lang: 'en',
      locale: 'en_US',
      currency: '$',
      sheets: ['Deals'],
      settings: { salesSheet: null, spendMode: 'auto', periodType: 'month', asOf: '2026-11-20', atRisk: 0.9 },
      targets: { sheet: null, rows: [], issues: [] },
      notes: [],
    });
    expect(state.data).toMatchObject({
      salesSheet: 'Deals',
      salesAuto: 'Deals',
      spendAuto: null,
      columns: { date: 4, amount: 3, status: 2, id: 0, customer: 7, rep: 6, channel: 8, created: 5 },
      reps: ['Brooklyn Simmons', 'Cameron Williamson', 'Esther Howard', 'Jane Cooper', 'Wade Warren'],
      problem: null,
    });
    expect(state.data.headers.slice(0, 4)).toEqual(['Deal ID', 'Deal Name', 'Deal Stage', 'Amount']);
    expect(state.data.quality).toMatchObject({ rows: 702, skipped: 11 });
    expect(state.data.quality!.unknownStatuses[0]).toEqual({ text: 'Decision Maker Bought-In', count: 69 });
    expect(state.version).toMatch(/^[0-9a-f]{14}$/);
  });

  it('reads the Russian sample in Russian, with its spend sheet and roubles', () => {
    const { bundle } = amoBook();
    const state = stateOf(bundle);
    expect(state).toMatchObject({ lang: 'ru', currency: '₽', sheets: ['Сделки', 'Расходы'] });
    expect(state.fieldNames.rep).toBe('Менеджер');
    expect(state.data).toMatchObject({ salesSheet: 'Сделки', spendAuto: 'Расходы' });
    expect(state.data.reps).toContain('Анна Смирнова');
  });

  it('shows another sheet and column choice before it is saved', () => {
    const { bundle, env } = hubspotBook();
    const state = bundle.call('getSidebarState', {
      salesSheet: null,
      columns: { rep: null },
    }) as SidebarStateResult;
    expect(state.ok && state.state.data.reps).toEqual([]);
    expect(state.ok && state.state.data.columns.rep).toBeUndefined();
    expect(env.properties.document.toObject().SALES_KPI_SETTINGS).toBe('{"asOf":"2026-11-20"}'); // nothing saved
  });

  it('shows version 1 column choices by position as the header texts at those positions', () => {
    const { bundle } = hubspotBook({ asOf: '2026-11-20', mapping: { date: 5, rep: -1, amount: 40 } });
    const state = stateOf(bundle);
    expect(state.settings.columns).toEqual({ date: 'Create Date', rep: null });
    expect(state.data.columns).toMatchObject({ date: 5, amount: 3 });
    expect(state.data.columns.rep).toBeUndefined();
    expect(state.data.notes).toEqual([
      'The setting “mapping.amount” = “40” is not valid; its default was used.',
    ]);
  });

  it('follows a chosen header to where a re-export put it, and notes one the sheet no longer has', () => {
    const deals = readCsv('hubspot-deals-en.csv');
    const reordered = deals.map((row) => [...row].reverse());
    const { bundle } = book({
      sheets: { Deals: reordered },
      settings: { asOf: '2026-11-20', columns: { date: 'Create Date', rep: 'Gone Owner' } },
    });
    const state = stateOf(bundle);
    expect(state.data.columns.date).toBe(3); // Create Date, 6th of 9, read right to left
    expect(state.data.columns.rep).toBe(2); // detected: Deal owner
    expect(state.settings.columns).toEqual({ date: 'Create Date' });
    expect(state.data.notes).toEqual([
      'The column “Gone Owner” chosen for Rep is not in the sales sheet any more, so it was found from the ' +
        "headers. Choose it in the sidebar's Data section.",
    ]);
  });

  it('counts the rows of the status texts the user mapped, and lists them no more as unknown', () => {
    const { bundle } = hubspotBook({ asOf: '2026-11-20', statuses: { won: ['decision maker bought-in'] } });
    const quality = stateOf(bundle).data.quality!;
    expect(quality.mappedStatuses).toEqual([{ text: 'decision maker bought-in', count: 69 }]);
    expect(quality.unknownStatuses.map((s) => s.text)).not.toContain('Decision Maker Bought-In');
  });

  it('says why there is no log to read', () => {
    const { bundle } = book({ sheets: { Notes: [['Hello'], ['world']] } });
    expect(stateOf(bundle).data.problem).toMatch(/^No sales log found/);
  });

  it('lists the rows of "KPI Targets" the report cannot read', () => {
    const { bundle } = book({
      sheets: {
        Deals: readCsv('hubspot-deals-en.csv'),
        'KPI Targets': [
          ['Period', 'Rep', 'KPI', 'Target'],
          ["'2026-11", '', 'Sales volume', 100_000],
          ["'2026-11", '', 'Happiness', 5],
        ],
      },
    });
    const state = stateOf(bundle);
    expect(state.targets).toEqual({
      sheet: 'KPI Targets',
      rows: [{ kpi: 'revenue', period: '2026-11', rep: null, value: 100_000 }],
      issues: [
        'row 3: “Happiness” is not a KPI. Write a key such as revenue or a name such as Sales volume.',
      ],
    });
  });
});

describe('saveSidebarState', () => {
  const november = {
    period: '2026-11',
    team: { revenue: '150,000', conversion: '25' },
    reps: { revenue: { 'Brooklyn Simmons': '90000', 'Esther Howard': '60000' } },
  };

  it('creates "KPI Targets" with one batched write, saves the settings, and returns the new state', () => {
    const { bundle, env } = hubspotBook();
    const state = stateOf(bundle);
    env.calls.reset();
    const result = save(bundle, state, [november], { periodType: 'month', atRisk: '85' });
    expect(result.ok).toBe(true);
    expect(env.calls.get('Range.setValues')).toBe(1);
    expect(env.sheetValues('KPI Targets')).toEqual([
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-11', '', 'Sales volume', 150_000],
      ['2026-11', '', 'Conversion', 0.25],
      ['2026-11', 'Brooklyn Simmons', 'Sales volume', 90_000],
      ['2026-11', 'Esther Howard', 'Sales volume', 60_000],
    ]);
    expect(env.snapshot().activeSheet).toBe('Deals'); // the user stays where they were
    expect(JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS)).toEqual({
      asOf: '2026-11-20',
      periodType: 'month',
      reportPeriod: null,
      atRisk: 0.85,
    });
    const fresh = (result as { state: SidebarState; targetsWritten: number }).state;
    expect((result as { targetsWritten: number }).targetsWritten).toBe(4);
    expect(fresh.version).not.toBe(state.version);
    expect(fresh.targets.rows).toHaveLength(4);
    expect(env.locks.isHeld('document')).toBe(false);
  });

  it('saves column choices by header text in place of version 1 positions, and the status classes', () => {
    const { bundle, env } = hubspotBook({ asOf: '2026-11-20', mapping: { date: 5 } });
    const state = stateOf(bundle);
    const result = save(bundle, state, null, {
      columns: { ...state.settings.columns, rep: null },
      statuses: { lost: ['Decision Maker Bought-In'], refunded: ['Contract Sent'] },
    });
    expect(result.ok).toBe(true);
    expect(JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS)).toEqual({
      asOf: '2026-11-20',
      periodType: 'month',
      reportPeriod: null,
      atRisk: 0.9,
      columns: { date: 'Create Date', rep: null },
      statuses: { lost: ['Decision Maker Bought-In'], refunded: ['Contract Sent'] },
    });
    const fresh = (result as { state: SidebarState }).state;
    expect(fresh.settings.statuses).toEqual({
      lost: ['Decision Maker Bought-In'],
      refunded: ['Contract Sent'],
    });
    expect(fresh.data.quality!.unknownStatuses.map((s) => s.text)).not.toContain('Contract Sent');
  });

  it('judges the reps of a save by the status texts it saves', () => {
    // Zed's only deal has no amount: skipped while "Paid" means won, kept once the form makes it lost.
    const { bundle } = book({
      sheets: {
        Deals: [
          ['Close Date', 'Amount', 'Stage', 'Deal owner'],
          ['2026-11-02', 100, 'Won', 'Anna'],
          ['2026-11-03', '', 'Paid', 'Zed'],
        ],
      },
      settings: { asOf: '2026-11-20', statuses: { won: ['Paid'] } },
    });
    const state = stateOf(bundle);
    expect(state.data.reps).toEqual(['Anna']);
    const zed = { period: '2026-11', team: {}, reps: { revenue: { Zed: '500' } } };
    const result = save(bundle, state, [zed], { statuses: { lost: ['Paid'] } });
    expect(result.ok).toBe(true);
    expect((result as { state: SidebarState }).state.data.reps).toEqual(['Anna', 'Zed']);
  });

  it('reads each part of the log once in a save that counts it with the form’s status texts and then answers', () => {
    const { env, bundle } = hubspotBook();
    const state = stateOf(bundle);
    const sheet = env.spreadsheet.getSheetByName('Deals')!;
    const proto = Object.getPrototypeOf(sheet);
    const getRange = proto.getRange;
    const reads: string[] = [];
    proto.getRange = function (...args: number[]) {
      if (args[0] >= 2) reads.push(args.join(','));
      return getRange.apply(this, args);
    };
    try {
      const result = save(bundle, state, [], { statuses: { won: ['Decision Maker Bought-In'] } });
      expect(result.ok).toBe(true);
      expect((result as { state: SidebarState }).state.data.quality?.unknownStatuses).not.toContainEqual(
        expect.objectContaining({ text: 'Decision Maker Bought-In' }),
      );
    } finally {
      proto.getRange = getRange;
    }
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads).size).toBe(reads.length);
  });

  it('refuses a header the sales sheet does not have, naming it', () => {
    const { bundle } = hubspotBook();
    const result = save(bundle, stateOf(bundle), null, { columns: { date: 'Closed On' } });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ field: 'columns.date', code: 'bad_column', value: 'Closed On' }],
    });
  });

  it('refuses a save based on an older version, and writes nothing', () => {
    const { bundle, env } = hubspotBook();
    const mine = stateOf(bundle);
    const theirs = stateOf(bundle);
    expect(save(bundle, theirs, [{ period: '2026-11', team: { revenue: '1' }, reps: {} }]).ok).toBe(true);
    const before = env.snapshot();
    const settings = env.properties.document.toObject();
    expect(save(bundle, mine, [november])).toEqual({ ok: false, reason: 'conflict' });
    expect(env.snapshot()).toEqual(before);
    expect(env.properties.document.toObject()).toEqual(settings);
  });

  it('sees a hand edit on the sheet as a newer version too', () => {
    const { bundle, env } = hubspotBook();
    save(bundle, stateOf(bundle), [november]);
    const state = stateOf(bundle);
    env.addSheet('KPI Targets', [
      ['Period', 'Rep', 'KPI', 'Target'],
      ["'2026-11", '', 'Orders', 40],
    ]);
    expect(save(bundle, state, [november])).toEqual({ ok: false, reason: 'conflict' });
  });

  it('checks every field again, whatever the browser sent, and writes nothing when one is wrong', () => {
    const { bundle, env } = hubspotBook();
    const state = stateOf(bundle);
    const result = save(
      bundle,
      state,
      [
        {
          period: '2026-11',
          team: { revenue: '-1', orders: 'many', nope: '1' },
          reps: { revenue: { 'Somebody Else': '5' }, conversion: { 'Jane Cooper': '10' } },
        },
      ],
      { atRisk: '150', salesSheet: 'Missing' },
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    const fields = (result as { errors: { field: string; code: string }[] }).errors.map(
      (e) => `${e.field}:${e.code}`,
    );
    expect(fields).toEqual([
      'salesSheet:unknown_sheet',
      'atRisk:at_risk_out_of_range',
      'team.revenue:negative',
      'team.orders:not_a_number',
      'team.nope:unknown_kpi',
      'rep.revenue.Somebody Else:unknown_rep',
      'rep.conversion:not_additive',
    ]);
    expect(env.snapshot().sheets.map((s) => s.name)).toEqual(['Deals']);
    expect(env.properties.document.toObject().SALES_KPI_SETTINGS).toBe('{"asOf":"2026-11-20"}');
  });

  it('keeps and reports hand-edited rows, formulas and extra columns of "KPI Targets"', () => {
    const handMade = [
      ['KPI', 'Target', 'Period', 'Comment'],
      ['Sales volume', 100_000, "'2026-11", 'set by Jane'],
      ['Orders', 'lots', "'2026-11", ''],
      ['Conversion', '=1/4', '', 'a formula'],
      ['Sales volume', 50_000, "'2026-12", ''],
    ];
    const env = createEnvironment({
      sheets: { Deals: readCsv('hubspot-deals-en.csv'), 'KPI Targets': handMade },
      evaluateFormula: (formula) => (formula === '=1/4' ? 0.25 : ''),
    });
    const bundle = loadBundle(code, env);
    const state = stateOf(bundle);
    expect(state.targets.issues).toEqual(['row 3: the target “lots” is not a number.']);
    const result = save(bundle, state, [
      {
        period: '2026-11',
        team: { revenue: '120000', conversion: '' },
        reps: { revenue: { 'Jane Cooper': '20000' } },
      },
    ]);
    expect(result.ok).toBe(true);
    const sheet = env.snapshot().sheets.find((s) => s.name === 'KPI Targets')!;
    expect(env.sheetValues('KPI Targets')).toEqual([
      ['KPI', 'Target', 'Period', 'Comment', 'Rep'],
      ['Sales volume', 120_000, '2026-11', 'set by Jane', ''],
      ['Orders', 'lots', '2026-11', '', ''],
      ['Conversion', 0.25, '', 'a formula', ''],
      ['Sales volume', 50_000, '2026-12', '', ''],
      ['Sales volume', 20_000, '2026-11', '', 'Jane Cooper'],
    ]);
    expect(sheet.cells.find((c) => c.a1 === 'B4')?.formula).toBe('=1/4'); // still a formula
    expect((result as { state: SidebarState }).state.targets.issues).toEqual([
      'row 3: the target “lots” is not a number.',
    ]);
  });

  it('says which column a targets sheet lacks instead of guessing where targets go', () => {
    const { bundle, env } = book({
      sheets: {
        Deals: readCsv('hubspot-deals-en.csv'),
        'KPI Targets': [
          ['Period', 'Goal?'],
          ["'2026-11", 5],
        ],
      },
    });
    const before = env.sheetValues('KPI Targets');
    expect(save(bundle, stateOf(bundle), [november])).toEqual({
      ok: false,
      reason: 'targets_sheet',
      sheet: 'KPI Targets',
      column: 'KPI',
    });
    expect(env.sheetValues('KPI Targets')).toEqual(before);
  });

  it('waits for no one: a save while another holds the document lock is refused', () => {
    const { bundle, env } = hubspotBook();
    const state = stateOf(bundle);
    env.locks.holdElsewhere('document');
    expect(save(bundle, state, [november])).toEqual({ ok: false, reason: 'busy' });
    env.locks.releaseElsewhere();
    expect(save(bundle, state, [november]).ok).toBe(true);
  });

  it('keeps a rep named like markup or a formula as plain text, in the sheet and in the state', () => {
    const deals = readCsv('hubspot-deals-en.csv');
    const rep = '<img src=x onerror=alert(1)>';
    const formula = '=IMPORTXML("http://x")';
    deals[1][6] = rep;
    deals[2][6] = `'${formula}`;
    const { bundle, env } = book({ sheets: { Deals: deals } });
    const state = stateOf(bundle);
    expect(state.data.reps).toEqual(expect.arrayContaining([rep, formula]));
    save(bundle, state, [
      { period: '2026-11', team: {}, reps: { revenue: { [rep]: '10', [formula]: '20' } } },
    ]);
    const rows = env.sheetValues('KPI Targets');
    expect(rows.slice(1).map((r) => r[1])).toEqual([rep, formula]);
    expect(
      env
        .snapshot()
        .sheets.find((s) => s.name === 'KPI Targets')!
        .cells.some((c) => c.formula),
    ).toBe(false);
  });
});

describe('buildReportFromSidebar', () => {
  it('builds the report as the menu does and names its sheet', () => {
    const { bundle, env } = hubspotBook();
    expect(bundle.call('buildReportFromSidebar')).toEqual({ ok: true, sheet: 'KPI Report' });
    expect(env.ui.alerts).toEqual([]);
    expect(bundle.call('buildReportFromSidebar')).toEqual({ ok: true, sheet: 'KPI Report' }); // a rebuild
  });

  it('brings back why the report could not be built, to show in the sidebar rather than in an alert', () => {
    const { bundle, env } = book({ sheets: { Notes: [['Hello']] } });
    const before = env.snapshot();
    expect(bundle.call('buildReportFromSidebar')).toEqual({
      ok: false,
      reason: 'failed',
      message: expect.stringMatching(/^No sales log found/),
    });
    expect(env.ui.alerts).toEqual([]);
    expect(env.snapshot()).toEqual(before);
  });

  it('brings back that another build holds the lock', () => {
    const { bundle, env } = hubspotBook();
    env.locks.holdElsewhere('document');
    const result = bundle.call('buildReportFromSidebar') as { ok: boolean; message?: string };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/already|another|being built/i);
    expect(env.ui.alerts).toEqual([]);
  });
});
