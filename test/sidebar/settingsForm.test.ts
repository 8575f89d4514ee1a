import { describe, expect, it } from 'vitest';
import {
  type SettingsForm,
  settingsInputOf,
  statusesRecordOf,
  statusItemsOf,
  withColumnChoice,
} from '../../src/sidebar/settingsForm';

// The settings part of the sidebar's form: pure functions, no browser.

const data = {
  headers: ['Date', 'Amount', 'Status', ' Created '],
  detected: { date: 0, amount: 1, status: 2 },
};

describe('withColumnChoice', () => {
  it('keeps a choice by its header text, trimmed', () => {
    expect(withColumnChoice({}, 'date', 3, data)).toEqual({ date: 'Created' });
  });

  it('drops a choice equal to what detection finds', () => {
    expect(withColumnChoice({ date: 'Created' }, 'date', 0, data)).toEqual({});
    expect(withColumnChoice({}, 'rep', -1, data)).toEqual({});
  });

  it('says "no such column" with null for a field detection finds', () => {
    expect(withColumnChoice({}, 'status', -1, data)).toEqual({ status: null });
  });
});

describe('statusesRecordOf', () => {
  it('lists each class with its texts sorted, classes without texts left out', () => {
    const statuses: SettingsForm['statuses'] = new Map([
      ['z', { text: 'Zeta', statusClass: 'lost' }],
      ['a', { text: 'Alpha', statusClass: 'lost' }],
      ['s', { text: 'Signed', statusClass: 'won' }],
    ]);
    expect(statusesRecordOf(statuses)).toEqual({ won: ['Signed'], lost: ['Alpha', 'Zeta'] });
  });
});

describe('statusItemsOf', () => {
  it('lists the unknown texts, then the mapped ones, then the user’s others, each once', () => {
    const quality = {
      rows: 5,
      skipped: 0,
      unknownStatuses: [{ text: 'Contract Sent', count: 3 }],
      mappedStatuses: [
        { text: 'Signed', count: 2 },
        { text: 'contract sent', count: 3 },
      ],
    };
    const statuses: SettingsForm['statuses'] = new Map([
      ['signed', { text: 'Signed', statusClass: 'won' }],
      ['gone', { text: 'Gone', statusClass: 'lost' }],
    ]);
    expect(statusItemsOf({ quality } as never, statuses)).toEqual([
      { text: 'Contract Sent', count: 3 },
      { text: 'Signed', count: 2 },
      { text: 'Gone', count: null },
    ]);
  });
});

describe('settingsInputOf', () => {
  it('sends no spend sheet unless one is chosen, and null for empty choices', () => {
    const form: SettingsForm = {
      salesSheet: null,
      spendMode: 'none',
      spendSheet: 'Spend',
      periodType: 'month',
      reportPeriod: null,
      asOf: '',
      atRisk: '90',
      columns: {},
      statuses: new Map(),
    };
    expect(settingsInputOf(form)).toMatchObject({
      spendSheet: null,
      asOf: null,
      columns: null,
      statuses: null,
    });
  });
});
