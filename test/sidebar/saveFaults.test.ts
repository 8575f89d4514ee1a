import { describe, expect, it } from 'vitest';
import { createEnvironment, type Environment, loadBundle } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import { OWNED_KEYS } from '../../src/addon/_lib/ownedSheets';
import type {
  SidebarSavePayload,
  SidebarSaveResult,
  SidebarState,
  SidebarStateResult,
} from '../../src/kpi/sidebar/sidebarProtocol';
import { settingsFormOf, settingsInputOf } from '../../src/sidebar/settingsForm';
import { readCsv } from '../_support/readCsv';
import { code } from '../bundle/_bundle';

const TARGETS = 'KPI Targets';
// A short log (the sample's first rows, Jane Cooper among its reps): every position is a fresh spreadsheet.
const DEALS = readCsv('hubspot-deals-en.csv').slice(0, 40);
const HIGHLIGHT = '#fff2cc';

/**
 * A "KPI Targets" sheet edited by hand: a Comment column, a formula target, a note, a highlighted row and a `0%`
 * format, under the English HubSpot sample.
 */
function fixture(): { env: Environment; bundle: Bundle } {
  const env = createEnvironment({
    spreadsheetLocale: 'en_US',
    userLocale: 'en',
    timeZone: 'Europe/Moscow',
    sheets: {
      Deals: DEALS,
      [TARGETS]: [
        ['Period', 'Rep', 'KPI', 'Target', 'Comment'],
        ["'2026-12", '', 'Sales volume', 100_000, 'base of the gross target'],
        ["'2026-11", '', 'Sales volume', 100_000, 'agreed with Jane'],
        ["'2026-11", '', 'Orders', 40, ''],
        ["'2026-11", '', 'Gross sales', '=D2*1.1', 'ten percent up'],
        ["'2026-11", '', 'Conversion', 0.25, ''],
      ],
    },
    // The emulator has no formula engine: D2 (never changed here) times 1.1, with its float noise.
    evaluateFormula: (formula) => (formula === '=D2*1.1' ? 100_000 * 1.1 : ''),
  });
  env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify({ asOf: '2026-11-20' }) });
  env.calls.untracked(() => {
    const sheet = env.spreadsheet.getSheetByName(TARGETS)!;
    sheet.getRange('D6').setNumberFormat('0%').setNote('ask Anna');
    sheet.getRange('A6:E6').setBackground(HIGHLIGHT);
  });
  return { env, bundle: loadBundle(code, env) };
}

function stateOf(bundle: Bundle): SidebarState {
  const result = bundle.call('getSidebarState', null) as SidebarStateResult;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

/**
 * The form of the test: clears Orders, changes Sales volume, adds a rep target, leaves the formula's Gross sales
 * and the Conversion as the sidebar shows them, and changes the at-risk threshold.
 */
function form(state: SidebarState): SidebarSavePayload {
  return {
    baseVersion: state.version,
    settings: { ...settingsInputOf(settingsFormOf(state)), atRisk: '85' },
    targets: [
      {
        period: '2026-11',
        team: { revenue: '120,000', orders: '', gross: '110,000', conversion: '25' },
        reps: { revenue: { 'Jane Cooper': '20000' } },
      },
    ],
  };
}

/** What the user sees of the targets sheet: each row's cells, formulas, notes, number formats and backgrounds. */
function sheetOf(env: Environment) {
  const sheet = env.snapshot().sheets.find((s) => s.name === TARGETS)!;
  const rows = new Map<number, Record<string, unknown>>();
  for (const cell of sheet.cells) {
    const row = rows.get(cell.row) ?? { A: '', B: '', C: '', D: '', E: '' };
    const column = 'ABCDE'[cell.column - 1] ?? String(cell.column);
    row[column] = cell.formula ?? cell.value;
    if (cell.note) row[`${column}.note`] = cell.note;
    if (cell.format.numberFormat) row[`${column}.format`] = cell.format.numberFormat;
    if (cell.format.background) row[`${column}.background`] = cell.format.background;
    rows.set(cell.row, row);
  }
  return [...rows.entries()]
    .filter(([, row]) => Object.values(row).some((v) => v !== '' && v !== null && v !== undefined))
    .sort(([a], [b]) => a - b);
}

/** The settings property, and whether a save is unfinished. */
function propertiesOf(env: Environment) {
  const all = env.properties.document.toObject();
  return { settings: JSON.parse(all.SALES_KPI_SETTINGS), journal: all.SALES_KPI_SAVE_PENDING ?? null };
}

const OLD_ROWS = [
  { kpi: 'revenue', period: '2026-12', rep: null, value: 100_000 },
  { kpi: 'revenue', period: '2026-11', rep: null, value: 100_000 },
  { kpi: 'orders', period: '2026-11', rep: null, value: 40 },
  { kpi: 'gross', period: '2026-11', rep: null, value: 100_000 * 1.1 },
  { kpi: 'conversion', period: '2026-11', rep: null, value: 0.25 },
];
const NEW_ROWS = [
  { kpi: 'revenue', period: '2026-12', rep: null, value: 100_000 },
  { kpi: 'revenue', period: '2026-11', rep: null, value: 120_000 },
  { kpi: 'gross', period: '2026-11', rep: null, value: 100_000 * 1.1 },
  { kpi: 'conversion', period: '2026-11', rep: null, value: 0.25 },
  { kpi: 'revenue', period: '2026-11', rep: 'Jane Cooper', value: 20_000 },
];

/** Checks that every hand-made thing of the sheet is on its own KPI's row, whatever state the sheet is in. */
function expectUserWorkKept(env: Environment): void {
  const rows = sheetOf(env).map(([, row]) => row);
  const byKpi = (kpi: string, period = '2026-11') =>
    rows.filter((row) => row.C === kpi && row.A === period && (row.B ?? '') === '');
  expect(rows[0]).toMatchObject({ A: 'Period', B: 'Rep', C: 'KPI', D: 'Target', E: 'Comment' });
  expect(byKpi('Sales volume', '2026-12')).toEqual([
    { A: '2026-12', B: '', C: 'Sales volume', D: 100_000, E: 'base of the gross target' },
  ]);
  const volume = byKpi('Sales volume');
  expect(volume).toHaveLength(1);
  expect(volume[0]).toMatchObject({ E: 'agreed with Jane' });
  expect([100_000, 120_000]).toContain(volume[0].D);
  expect(byKpi('Gross sales')).toEqual([
    { A: '2026-11', B: '', C: 'Gross sales', D: '=D2*1.1', E: 'ten percent up' },
  ]);
  const conversion = byKpi('Conversion');
  expect(conversion).toEqual([
    {
      A: '2026-11',
      'A.background': HIGHLIGHT,
      B: '',
      'B.background': HIGHLIGHT,
      C: 'Conversion',
      'C.background': HIGHLIGHT,
      D: 0.25,
      'D.format': '0%',
      'D.note': 'ask Anna',
      'D.background': HIGHLIGHT,
      E: '',
      'E.background': HIGHLIGHT,
    },
  ]);
  // No note, format or highlight elsewhere; no formula elsewhere; nothing moved onto another KPI's row.
  const others = rows.filter((row) => row.C !== 'Conversion');
  for (const row of others) {
    expect(Object.keys(row).filter((k) => k.includes('.'))).toEqual([]);
    expect(
      Object.values(row).filter((v) => typeof v === 'string' && v.startsWith('=') && row.C !== 'Gross sales'),
    ).toEqual([]);
  }
  expect(byKpi('Orders').length).toBeLessThanOrEqual(1);
}

describe('sidebar save under failures', () => {
  // A clean save: its calls, and the state every interrupted save must end in once retried.
  const clean = (() => {
    const { env, bundle } = fixture();
    const before = stateOf(bundle);
    env.calls.reset();
    const result = bundle.call('saveSidebarState', form(before)) as SidebarSaveResult;
    const calls = env.calls.total();
    return { result, calls, sheet: sheetOf(env), properties: propertiesOf(env), state: stateOf(bundle) };
  })();

  it('saves the form in place: one row deleted, one cell changed, one row added, the rest untouched', () => {
    expect(DEALS.some((row) => row.includes('Jane Cooper'))).toBe(true);
    expect(clean.result).toMatchObject({ ok: true, targetsWritten: 3 });
    expect(clean.state.targets.rows).toEqual(NEW_ROWS);
    expect(clean.properties.settings).toMatchObject({ atRisk: 0.85 });
    expect(clean.sheet.map(([, row]) => [row.A, row.B, row.C, row.D, row.E])).toEqual([
      ['Period', 'Rep', 'KPI', 'Target', 'Comment'],
      ['2026-12', '', 'Sales volume', 100_000, 'base of the gross target'],
      ['2026-11', '', 'Sales volume', 120_000, 'agreed with Jane'],
      ['2026-11', '', 'Gross sales', '=D2*1.1', 'ten percent up'], // still a formula
      ['2026-11', '', 'Conversion', 0.25, ''],
      ['2026-11', 'Jane Cooper', 'Sales volume', 20_000, ''],
    ]);
    expect(clean.calls).toBeGreaterThan(10);
    expect(clean.calls).toBeLessThan(60);
  });

  it('uses few writes: one cell run, one row deletion, one append, one settings-and-journal write', () => {
    const { env, bundle } = fixture();
    const before = stateOf(bundle);
    env.calls.reset();
    bundle.call('saveSidebarState', form(before));
    expect(env.calls.get('Range.setValues')).toBe(2);
    expect(env.calls.get('Sheet.deleteRow') + env.calls.get('Sheet.deleteRows')).toBe(1);
    expect(env.calls.get('Properties.setProperties')).toBe(1);
    // Deals' header row, then its log's columns once (one run, Deal ID … Original Source: Deal Name between them
    // is cheaper to read than a second run; the state the save answers reads no column again), the targets sheet,
    // and the targets read back.
    expect(env.calls.get('Range.getValues')).toBe(4);
  });

  it('keeps every target, formula, note, format, comment and setting when any call of the save fails', () => {
    const outcomes = new Set<string>();
    for (let n = 1; n <= clean.calls; n++) {
      const { env, bundle } = fixture();
      const before = stateOf(bundle);
      const payload = form(before);
      const oldSheet = sheetOf(env);
      const oldProperties = propertiesOf(env);
      env.calls.reset();
      env.calls.failAt(n);
      const result = bundle.call('saveSidebarState', payload) as SidebarSaveResult;
      const at = `failing call ${n}`;
      expect(env.calls.faultPending(), at).toBe(false);
      expectUserWorkKept(env);
      expect(env.locks.isHeld('document'), at).toBe(false);

      // The answer says what happened.
      const properties = propertiesOf(env);
      outcomes.add(result.ok ? 'ok' : result.reason === 'failed' ? `failed:${result.saved}` : result.reason);
      if (result.ok) {
        expect(sheetOf(env), at).toEqual(clean.sheet); // only a lock release can fail after the last write
      } else {
        expect(result, at).toMatchObject({ reason: 'failed', message: expect.stringMatching(/failed/) });
        if (result.reason !== 'failed') throw new Error(at);
        if (result.saved === 'no') {
          expect(sheetOf(env), at).toEqual(oldSheet);
          expect(properties, at).toEqual(oldProperties);
        } else {
          expect(result.saved, at).toBe('pending');
          expect(properties.settings, at).toEqual(clean.properties.settings);
          expect(properties.journal, at).not.toBeNull();
        }
      }

      // Retrying the same form succeeds and gives exactly the clean save's state.
      const retry = bundle.call('saveSidebarState', payload) as SidebarSaveResult;
      expect(retry.ok, at).toBe(true);
      expect(sheetOf(env), at).toEqual(clean.sheet);
      expect(propertiesOf(env).settings, at).toEqual(clean.properties.settings);
      expect(stateOf(bundle).targets.rows, at).toEqual(NEW_ROWS);
    }
    // Failures before the commit point, after it, and in the lock's release all happened.
    expect([...outcomes].sort()).toEqual(['failed:no', 'failed:pending', 'ok']);
  });

  it('shows the old or the new state, never a mix, on the next load after any failure, and then takes the retry', () => {
    for (let n = 1; n <= clean.calls; n++) {
      const { env, bundle } = fixture();
      const before = stateOf(bundle);
      const payload = form(before);
      env.calls.reset();
      env.calls.failAt(n);
      const result = bundle.call('saveSidebarState', payload) as SidebarSaveResult;
      const at = `failing call ${n}`;
      const next = stateOf(bundle);
      const isNew = result.ok || (result.reason === 'failed' && result.saved === 'pending');
      expect(next.targets.rows, at).toEqual(isNew ? NEW_ROWS : OLD_ROWS);
      expect(next.settings.atRisk, at).toBe(isNew ? 0.85 : 0.9);
      expect(next.version === before.version, at).toBe(!isNew);
      expectUserWorkKept(env);
      const retry = bundle.call('saveSidebarState', payload) as SidebarSaveResult;
      expect(retry.ok, at).toBe(true);
      expect(sheetOf(env), at).toEqual(clean.sheet);
    }
  });

  it('still refuses a different form based on the state before an interrupted save', () => {
    const { env, bundle } = fixture();
    const before = stateOf(bundle);
    env.calls.reset();
    env.calls.failAt(1, { only: (name) => name === 'Sheet.deleteRow' });
    const failed = bundle.call('saveSidebarState', form(before)) as SidebarSaveResult;
    expect(failed).toMatchObject({ ok: false, reason: 'failed', saved: 'pending' });
    const other = form(before);
    other.targets![0].team.orders = '41';
    expect(bundle.call('saveSidebarState', other)).toEqual({ ok: false, reason: 'conflict' });
    expect(stateOf(bundle).targets.rows).toEqual(NEW_ROWS); // the interrupted save was finished first
  });

  it("creates the targets sheet once, marked as the add-on's own, bold and frozen, whichever call fails", () => {
    const start = () => {
      const env = createEnvironment({
        spreadsheetLocale: 'en_US',
        userLocale: 'en',
        sheets: { Deals: DEALS },
      });
      return { env, bundle: loadBundle(code, env) };
    };
    const payload = (state: SidebarState): SidebarSavePayload => ({
      ...form(state),
      targets: [{ period: '2026-11', team: { revenue: '5000' }, reps: {} }],
    });
    const created = (env: Environment) => {
      const sheets = env.snapshot().sheets.filter((s) => s.name === TARGETS);
      expect(sheets).toHaveLength(1);
      const [sheet] = sheets;
      return {
        values: env.sheetValues(TARGETS),
        metadata: sheet.metadata,
        frozen: sheet.frozenRows,
        bold: sheet.cells.filter((c) => c.row === 1).map((c) => c.format.fontWeight),
        active: env.snapshot().activeSheet,
      };
    };
    const cleanBook = start();
    const cleanForm = payload(stateOf(cleanBook.bundle));
    cleanBook.env.calls.reset();
    expect((cleanBook.bundle.call('saveSidebarState', cleanForm) as SidebarSaveResult).ok).toBe(true);
    const calls = cleanBook.env.calls.total();
    const want = created(cleanBook.env);
    expect(want).toMatchObject({
      values: [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['2026-11', '', 'Sales volume', 5000],
      ],
      metadata: [{ key: OWNED_KEYS.targets, value: 'targets' }],
      frozen: 1,
      bold: ['bold', 'bold', 'bold', 'bold'],
      active: 'Deals',
    });
    for (let n = 1; n <= calls; n++) {
      const { env, bundle } = start();
      const form = payload(stateOf(bundle));
      env.calls.reset();
      env.calls.failAt(n);
      bundle.call('saveSidebarState', form);
      expect(env.calls.faultPending(), `failing call ${n}`).toBe(false);
      const retry = bundle.call('saveSidebarState', form) as SidebarSaveResult;
      expect(retry, `failing call ${n}`).toMatchObject({ ok: true });
      const got = created(env);
      // The user stays on their sheet unless the call that brings them back is the one that failed.
      expect({ ...got, active: 'Deals' }, `failing call ${n}`).toEqual(want);
    }
  });

  it('refuses the report or the targets sheet as the sales or the spend sheet, whatever the browser sent', () => {
    const { bundle, env } = fixture();
    const state = stateOf(bundle);
    const crafted = { ...form(state), targets: [] };
    crafted.settings = {
      ...crafted.settings,
      salesSheet: 'kpi targets',
      spendMode: 'sheet',
      spendSheet: TARGETS,
    };
    expect(bundle.call('saveSidebarState', crafted)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [
        { field: 'salesSheet', code: 'own_sheet', value: TARGETS },
        { field: 'spendSheet', code: 'own_sheet', value: TARGETS },
      ],
    });
    env.calls.untracked(() => {
      const mine = env.spreadsheet.insertSheet('Pipeline');
      mine.addDeveloperMetadata(OWNED_KEYS.report, 'report'); // a report the user renamed
    });
    const stale = form(stateOf(bundle));
    stale.settings = { ...stale.settings, salesSheet: 'Pipeline' };
    expect(bundle.call('saveSidebarState', stale)).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([{ field: 'salesSheet', code: 'own_sheet', value: 'Pipeline' }]),
    });
  });

  it('refuses settings over the 9 KB a document property holds, and writes nothing', () => {
    const { bundle, env } = fixture();
    const state = stateOf(bundle);
    const before = env.properties.document.toObject();
    const big = form(state);
    const texts = Array.from({ length: 300 }, (_, i) => `Этап сделки номер ${i}`);
    big.settings = { ...big.settings, statuses: { lost: texts } };
    expect(bundle.call('saveSidebarState', big)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ field: 'statuses', code: 'settings_too_large' }],
    });
    expect(env.properties.document.toObject()).toEqual(before);
    big.settings = { ...big.settings, statuses: { lost: texts.slice(0, 100) } }; // about 4 KB
    expect(bundle.call('saveSidebarState', big)).toMatchObject({ ok: true });
  });

  it('finishes an interrupted save before the sidebar builds the report, so the report reads it whole', () => {
    const { env, bundle } = fixture();
    const payload = form(stateOf(bundle));
    env.calls.reset();
    env.calls.failAt(1, { only: (name) => name === 'Sheet.deleteRow' });
    expect(bundle.call('saveSidebarState', payload)).toMatchObject({ ok: false, saved: 'pending' });
    expect(env.sheetValues(TARGETS).some((row) => row[2] === 'Orders')).toBe(true); // half-edited
    expect(bundle.call('buildReportFromSidebar')).toMatchObject({ ok: true });
    expect(env.sheetValues(TARGETS).some((row) => row[2] === 'Orders')).toBe(false);
    expect(sheetOf(env)).toEqual(clean.sheet);
    expect(bundle.call('saveSidebarState', payload)).toMatchObject({ ok: true }); // and the retry is still fine
  });

  it('finishes an interrupted save before the menu builds the report too', () => {
    const { env, bundle } = fixture();
    const payload = form(stateOf(bundle));
    env.calls.reset();
    env.calls.failAt(1, { only: (name) => name === 'Sheet.deleteRow' });
    expect(bundle.call('saveSidebarState', payload)).toMatchObject({ ok: false, saved: 'pending' });
    expect(env.sheetValues(TARGETS).some((row) => row[2] === 'Orders')).toBe(true); // half-edited
    bundle.call('buildKpiReport');
    expect(env.sheetValues(TARGETS).some((row) => row[2] === 'Orders')).toBe(false);
    expect(sheetOf(env)).toEqual(clean.sheet);
  });
});
