import { describe, expect, it } from 'vitest';
import {
  decodeJournal,
  encodeJournal,
  formHash,
  JOURNAL_PROPERTY,
  type SaveJournal,
} from '../../../src/kpi/sidebar/saveJournal';
import type { SidebarSavePayload } from '../../../src/kpi/sidebar/sidebarProtocol';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

describe('encodeJournal', () => {
  it('reads back what it wrote', () => {
    const journal: SaveJournal = {
      base: 'abc',
      form: 'def',
      entries: [{ kpi: 'revenue', period: '2026-11', rep: 'Анна Смирнова', value: 5000 }],
      create: true,
    };
    const properties = encodeJournal(journal);
    expect(Object.keys(properties)).toEqual([JOURNAL_PROPERTY]);
    expect(decodeJournal(properties)).toEqual({ journal, keys: [JOURNAL_PROPERTY] });
  });

  it('cuts a long journal into ASCII parts that each fit a property value (9 KB)', () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({
      kpi: 'revenue' as const,
      period: '2026-11',
      rep: `Менеджер №${i}`,
      value: i,
    }));
    const journal: SaveJournal = { base: 'a', form: 'b', entries, create: false };
    const properties = encodeJournal(journal);
    const keys = Object.keys(properties);
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(utf8(key) + utf8(properties[key])).toBeLessThan(9 * 1024);
    expect(Object.values(properties).join('')).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeJournal({ ...properties, SALES_KPI_SETTINGS: '{}' }).journal).toEqual(journal);
  });

  it('gives no journal, only its leftover parts to remove, when a part is missing or the text is broken', () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({
      kpi: 'orders' as const,
      period: null,
      rep: null,
      value: i,
    }));
    const properties = encodeJournal({ base: 'a', form: 'b', entries, create: false });
    const { [`${JOURNAL_PROPERTY}_2`]: _gone, ...broken } = properties;
    expect(decodeJournal(broken).journal).toBeNull();
    expect(decodeJournal(broken).keys).toEqual(Object.keys(broken));
    expect(decodeJournal({ [JOURNAL_PROPERTY]: '1:{"base":' })).toEqual({
      journal: null,
      keys: [JOURNAL_PROPERTY],
    });
    expect(decodeJournal({ SALES_KPI_SETTINGS: '{}' })).toEqual({ journal: null, keys: [] });
  });
});

describe('formHash', () => {
  const payload: SidebarSavePayload = {
    baseVersion: 'v1',
    settings: { atRisk: '90' } as SidebarSavePayload['settings'],
    targets: [{ period: '2026-11', team: { revenue: '5' }, reps: {} }],
  };

  it('is the same for the same form from another base, and differs when a field differs', () => {
    expect(formHash({ ...payload, baseVersion: 'v2' })).toBe(formHash(payload));
    const other = { ...payload, targets: [{ period: '2026-11', team: { revenue: '6' }, reps: {} }] };
    expect(formHash(other)).not.toBe(formHash(payload));
  });
});
