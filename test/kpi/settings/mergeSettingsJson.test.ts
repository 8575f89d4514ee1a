import { describe, expect, it } from 'vitest';
import { mergeSettingsJson, utf8Length } from '../../../src/kpi/settings/mergeSettingsJson';
import { parseReportSettings } from '../../../src/kpi/settings/reportSettings';
import type { CleanSettings } from '../../../src/kpi/settings/validateSidebarSave';

const FORM: CleanSettings = {
  salesSheet: null,
  spendSheet: undefined,
  periodType: 'quarter',
  reportPeriod: '2026-Q4',
  asOf: '2026-11-20',
  atRisk: 0.85,
  columns: { rep: 'Deal owner', status: null },
  statuses: undefined,
};

describe('mergeSettingsJson', () => {
  it('replaces what the sidebar edits and keeps everything else the property holds', () => {
    const previous = JSON.stringify({
      salesSheet: 'Old',
      spendSheet: 'Spend',
      statuses: { won: ['Paid out'] },
      futureField: 1,
    });
    expect(JSON.parse(mergeSettingsJson(previous, FORM))).toEqual({
      statuses: { won: ['Paid out'] },
      futureField: 1,
      periodType: 'quarter',
      reportPeriod: '2026-Q4',
      asOf: '2026-11-20',
      atRisk: 0.85,
      columns: { rep: 'Deal owner', status: null },
    });
  });

  it('writes the column choices by header text and drops the version 1 choices by position', () => {
    const previous = JSON.stringify({ mapping: { rep: 4, date: 0 }, statuses: { won: ['Paid out'] } });
    const json = JSON.parse(mergeSettingsJson(previous, { ...FORM, statuses: { lost: ['Spam'] } }));
    expect(json.mapping).toBeUndefined();
    expect(json.columns).toEqual({ rep: 'Deal owner', status: null });
    expect(json.statuses).toEqual({ lost: ['Spam'] });
    const cleared = JSON.parse(mergeSettingsJson(previous, { ...FORM, columns: null, statuses: null }));
    expect([cleared.mapping, cleared.columns, cleared.statuses]).toEqual([undefined, undefined, undefined]);
  });

  it('writes "no spend table" as null and a chosen sheet by name; the report reads it back', () => {
    const json = mergeSettingsJson(null, { ...FORM, salesSheet: 'Deals', spendSheet: null, columns: null });
    expect(JSON.parse(json)).toMatchObject({ salesSheet: 'Deals', spendSheet: null });
    const { settings, notes } = parseReportSettings(json);
    expect(notes).toEqual([]);
    expect(settings).toMatchObject({
      salesSheet: 'Deals',
      findSpend: false,
      periodType: 'quarter',
      atRisk: 0.85,
    });
  });

  it('replaces a property it cannot read', () => {
    expect(JSON.parse(mergeSettingsJson('{oops', FORM)).periodType).toBe('quarter');
  });
});

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does: 1 for ASCII, 2 for Cyrillic, 3 for €, 4 for an emoji', () => {
    for (const text of ['', 'Won', 'Отгружен', '€ 5', 'ok 🙂', 'Décision']) {
      expect(utf8Length(text), text).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});
