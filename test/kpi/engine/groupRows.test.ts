import { describe, expect, it } from 'vitest';
import { EMPTY_GROUP, groupRows } from '../../../src/kpi/engine/groupRows';
import { readLog } from '../../../src/kpi/log/readLog';
import type { Groups, SalesLog } from '../../../src/kpi/log/salesLog';
import { readCsv } from '../../_support/readCsv';

const RU = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };

function logOf(values: unknown[][]): SalesLog {
  const result = readLog(values, RU);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.log;
}

/** The group name of each kept row. */
function namesPerRow(groups: Groups | null): string[] {
  if (groups === null) throw new Error('expected groups');
  return [...groups.code].map((c) => groups.names[c]);
}

// A small Russian log: the rep column is "Ответственный", the channel column "Источник".
const VALUES = [
  ['Дата', 'Сумма', 'Ответственный', 'Источник', 'Регион'],
  ['05.11.2026', 100, 'Анна Смирнова', 'Сайт', 'Москва'],
  ['05.11.2026', 100, 'анна  смирнова ', 'сайт', 'москва'],
  ['05.11.2026', 100, 'Игорь Морозов', '', 'Казань'],
  ['дата?', 100, 'Пропущенный', 'Сайт', 'Москва'], // skipped: not in the groups
  ['06.11.2026', 100, 'Игорь Морозов', 'Выставка', ''],
];

describe('groupRows', () => {
  const log = logOf(VALUES);

  it('groups by a field key', () => {
    const groups = groupRows(VALUES, log, 'rep');
    expect(groups?.by).toBe('rep');
    expect(groups?.column).toBe(2);
    expect(groups?.names).toEqual(['Анна Смирнова', 'Игорь Морозов']);
    expect(namesPerRow(groups)).toEqual(['Анна Смирнова', 'Анна Смирнова', 'Игорь Морозов', 'Игорь Морозов']);
  });

  it('groups by the Russian and English field words', () => {
    expect(groupRows(VALUES, log, 'Менеджер')?.by).toBe('rep');
    expect(groupRows(VALUES, log, ' канал ')?.by).toBe('channel');
    expect(groupRows(VALUES, log, 'Channel')?.by).toBe('channel');
  });

  it('groups by a header text of the log, trimmed and case-insensitive', () => {
    const groups = groupRows(VALUES, log, ' регион ');
    expect(groups?.by).toBe('Регион');
    expect(namesPerRow(groups)).toEqual(['Москва', 'Москва', 'Казань', EMPTY_GROUP]);
  });

  it('names a field when the header grouped by is one of the log columns', () => {
    expect(groupRows(VALUES, log, 'Источник')?.by).toBe('channel'); // so spend can be split by it
  });

  it('finds a field column by another synonym of its header', () => {
    expect(groupRows(VALUES, log, 'Owner')?.column).toBe(2);
    expect(groupRows(VALUES, log, 'Lead Source')?.column).toBe(3);
  });

  it('names a group by its most frequent spelling, whatever the row order', () => {
    const rows = [
      ['2026-11-05', 1, 'ann'],
      ['2026-11-05', 1, 'Ann'],
      ['2026-11-06', 1, 'Ann '],
      ['2026-11-06', 1, 'BOB'],
      ['2026-11-06', 1, 'bob'], // a tie: the first in code-unit order, `BOB`
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const values = [['Date', 'Amount', 'Rep'], ...order];
      expect(groupRows(values, logOf(values), 'rep')?.names.sort()).toEqual(['Ann', 'BOB']);
    }
  });

  it('puts blank values in the group —', () => {
    expect(namesPerRow(groupRows(VALUES, log, 'channel'))).toEqual(['Сайт', 'Сайт', EMPTY_GROUP, 'Выставка']);
  });

  it('groups the amoCRM sample by rep and channel', () => {
    const values = readCsv('amocrm-deals-ru.csv');
    const sample = logOf(values);
    expect(groupRows(values, sample, 'менеджер')?.names).toEqual([
      'Игорь Морозов',
      'Анна Смирнова',
      'Ольга Новикова',
      'Дмитрий Козлов',
    ]);
    expect(groupRows(values, sample, 'канал')?.names).toEqual([
      'Выставка',
      'Рекомендация',
      'Яндекс Директ',
      'Сайт',
    ]);
  });

  it('gives both entries of one row (a sale and its refund) the row`s group', () => {
    const values = [
      ['Date', 'Amount', 'Status', 'Refund Amount', 'Sales Channel'],
      ['2026-03-05', 120, 'Partially refunded', 20, 'Web'],
      ['2026-03-06', 50, 'Paid', '', 'POS'],
    ];
    const log = logOf(values);
    expect(log.size).toBe(3);
    expect(namesPerRow(groupRows(values, log, 'channel'))).toEqual(['Web', 'Web', 'POS']);
  });

  it('groups an order`s continuation lines with the order, by the order`s cells', () => {
    const values = [
      ['Date', 'Amount', 'Owner', 'Qty'],
      ['2026-03-05', 100, 'Ann', 1],
      ['', '', 'Bob', 2], // a line item of Ann's order
      ['2026-03-06', 50, 'Bob', 1],
    ];
    const log = logOf(values);
    const groups = groupRows(values, log, 'rep');
    expect(namesPerRow(groups)).toEqual(['Ann', 'Bob']);
    expect([...log.quantity!]).toEqual([3, 1]);
  });

  it('finds a column by a fallback synonym or by a header with its prefix', () => {
    const values = [
      ['Deal - Close Date', 'Deal - Value', 'Deal - Stage', 'Deal - Owner'],
      ['2026-03-05', 100, 'Won', 'Ann'],
    ];
    const log = logOf(values);
    expect(groupRows(values, log, 'Deal stage')?.by).toBe('status'); // a fallback synonym of the status column
    expect(groupRows(values, log, 'deal - owner')?.by).toBe('rep');
    expect(groupRows(values, log, 'Owner')?.by).toBe('rep');
  });

  it('finds a header as written before one that matches only without its note', () => {
    const values = [
      ['Date', 'Amount', 'Region (old)', 'Region'],
      ['2026-03-05', 100, 'North', 'South'],
    ];
    const log = logOf(values);
    expect(groupRows(values, log, 'Region')?.column).toBe(3);
    expect(groupRows(values, log, 'region (OLD)')?.column).toBe(2);
    expect(groupRows(values, log, 'Deal - Region')?.column).toBe(2); // only near matches: the leftmost
  });

  describe('edge cases', () => {
    it('is null when by names no column', () => {
      expect(groupRows(VALUES, log, 'Город')).toBeNull();
      expect(groupRows(VALUES, log, 'customer')).toBeNull(); // a field this log does not have
      expect(groupRows(VALUES, log, '')).toBeNull();
    });

    it('puts a number and its text in one group', () => {
      const values = [
        ['Date', 'Amount', 'Region'],
        ['2026-11-05', 1, 77],
        ['2026-11-05', 1, '77'],
        ['2026-11-05', 1, ' 77 '],
      ];
      const groups = groupRows(values, logOf(values), 'region');
      expect(groups?.names).toEqual(['77']);
    });

    it('names groups of Date cells by their day in the given zone', () => {
      const values = [
        ['Date', 'Amount', 'Start'],
        ['2026-11-05', 1, new Date('2026-10-31T21:00:00Z')],
        ['2026-11-05', 1, new Date('2026-10-31T21:00:00Z')],
      ];
      expect(groupRows(values, logOf(values), 'Start', 'Europe/Moscow')?.names).toEqual(['2026-11-01']);
    });

    it('gives an empty log no groups', () => {
      const values = [
        ['Date', 'Amount', 'Rep'],
        ['2026-11-05', 1, 'Ann'],
      ];
      // readLog never makes an empty log (all rows skipped is an error): take one apart.
      const empty: SalesLog = { ...logOf(values), size: 0, source: new Int32Array(0) };
      expect(groupRows(values, empty, 'rep')).toEqual({
        code: new Int32Array(0),
        names: [],
        by: 'rep',
        column: 2,
      });
    });
  });
});
