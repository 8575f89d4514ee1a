import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { langOf } from '../../../src/kpi/i18n/lang';
import { parseReportSettings } from '../../../src/kpi/settings/reportSettings';
import { type SidebarInputs, sidebarStateOf } from '../../../src/kpi/sidebar/sidebarStateOf';

// The sidebar's state is computed in the core from plain values (the add-on only reads them: src/addon/sidebarState.ts),
// so it is checked here without the emulator.

const SALES = [
  ['Date', 'Amount', 'Status', 'Manager'],
  ['2026-11-02', 100, 'Won', 'Boris'],
  ['2026-11-03', 50, 'Lost', 'Anna'],
  ['2026-11-04', 70, 'Won', 'Anna'],
];

function inputsOf(
  locale: string,
  sheets: Record<string, unknown[][]>,
  settingsJson: string | null = null,
): SidebarInputs {
  const { settings, notes } = parseReportSettings(settingsJson);
  const names = Object.keys(sheets);
  const read = (name: string) => sheets[name];
  return {
    locale,
    timeZone: 'UTC',
    lang: langOf(locale),
    today: dayFromCivil(2026, 11, 20),
    names,
    settingsJson,
    settings,
    notes,
    targetsSheetName: null,
    targetsValues: null,
    read,
    reader: {
      header: (name) => read(name)[0] ?? [],
      columns: (name, columns) => read(name).map((row) => columns.map((c) => row[c])),
    },
    logs: new Map(),
  };
}

describe('sidebarStateOf', () => {
  it('shows the log found, its reps sorted, its quality, today and the locale’s currency', () => {
    const state = sidebarStateOf(inputsOf('en_US', { Deals: SALES }), null);
    expect(state.lang).toBe('en');
    expect(state.currency).toBe('$');
    expect(state.today).toBe('2026-11-20');
    expect(state.sheets).toEqual(['Deals']);
    expect(state.data.salesSheet).toBe('Deals');
    expect(state.data.reps).toEqual(['Anna', 'Boris']);
    expect(state.data.quality).toMatchObject({ rows: 3, skipped: 0 });
    expect(state.targets).toEqual({ sheet: null, rows: [], issues: [] });
  });

  it('speaks Russian with the rouble in a Russian spreadsheet', () => {
    const state = sidebarStateOf(inputsOf('ru_RU', { Сделки: SALES }), null);
    expect([state.lang, state.currency]).toEqual(['ru', '₽']);
  });

  it('has no currency sign for a locale without one', () => {
    expect(sidebarStateOf(inputsOf('ja_JP', { Deals: SALES }), null).currency).toBe('');
  });

  it('says why there is no log when no sheet looks like one, in the user’s language', () => {
    const state = sidebarStateOf(inputsOf('en_US', { Notes: [['Hello']] }), null);
    expect(state.data.salesSheet).toBeNull();
    expect(state.data.problem).toContain('“Notes”');
  });

  it('reads the log once for the same sheet, mapping and statuses', () => {
    const inputs = inputsOf('en_US', { Deals: SALES });
    sidebarStateOf(inputs, null);
    const first = [...inputs.logs.values()];
    sidebarStateOf(inputs, null);
    expect(inputs.logs.size).toBe(1);
    expect([...inputs.logs.values()][0]).toBe(first[0]);
  });
});
