import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/kpi/calendar/day';
import { type ReadSpendResult, readSpend } from '../../../src/kpi/log/readSpend';
import type { SpendTable } from '../../../src/kpi/log/salesLog';
import { readCsv } from '../../_support/readCsv';

const RU = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };
const EN = { locale: 'en_US', timeZone: 'America/Los_Angeles' };

function tableOf(result: ReadSpendResult): SpendTable {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.table;
}

/** The rows as `[ISO day, channel, spend]`. */
function rowsOf(table: SpendTable) {
  return Array.from({ length: table.size }, (_, i) => [
    formatDay(table.day[i]),
    table.channel?.[i] ?? null,
    table.spend[i],
  ]);
}

describe('readSpend', () => {
  it('reads the Russian sample: monthly spend of two channels', () => {
    const result = readSpend(readCsv('marketing-spend-ru.csv'), RU);
    const table = tableOf(result);
    expect(table.size).toBe(46);
    expect(rowsOf(table).slice(0, 2)).toEqual([
      ['2025-01-01', 'Яндекс Директ', 105311.74],
      ['2025-01-01', 'Выставка', 64792.91],
    ]);
    expect(new Set(table.channel)).toEqual(new Set(['Яндекс Директ', 'Выставка']));
    const total = table.spend.reduce((a, b) => a + b, 0);
    expect(Math.round(total * 100) / 100).toBe(4_508_086.04);
    expect(result.ok && result.quality.skippedCount).toBe(0);
  });

  it.each([
    'Spend',
    'Cost',
    'Budget',
    'Marketing Spend',
    'Ad Spend',
    'Расход',
    'Расходы',
    'Затраты',
    'Бюджет',
    'Расходы на маркетинг',
  ])('finds the spend column %j', (header) => {
    expect(
      tableOf(
        readSpend(
          [
            ['Date', header],
            ['2026-11-01', 10],
          ],
          EN,
        ),
      ).spend[0],
    ).toBe(10);
  });

  it('reads Бюджет as spend here, though it is the amount in a sales log', () => {
    const table = tableOf(
      readSpend(
        [
          ['Месяц', 'Канал', 'Бюджет'],
          ['01.11.2026', 'Сайт', '64 337,93'],
        ],
        RU,
      ),
    );
    expect(rowsOf(table)).toEqual([['2026-11-01', 'Сайт', 64337.93]]);
  });

  it('reads the dates of the sales log rules, and a month alone as its 1st', () => {
    const table = tableOf(
      readSpend(
        [
          ['Date', 'Spend'],
          [new Date('2026-11-01T07:00:00Z'), 1], // a Date cell at Los Angeles midnight
          ['2026-11-15 10:00', 2],
          [46357, 3], // serial date 2026-12-01
          ['2026-12', 4],
          ['12.2026', 5],
          ['Dec 2026', 6],
          ['Nov 5, 2026 10:00 AM', 7],
          ['5 ноября 2026 г.', 8],
          ['ноябрь 2026 г.', 9],
        ],
        EN,
      ),
    );
    expect(rowsOf(table).map(([day]) => day)).toEqual([
      '2026-11-01',
      '2026-11-15',
      '2026-12-01',
      '2026-12-01',
      '2026-12-01',
      '2026-12-01',
      '2026-11-05',
      '2026-11-05',
      '2026-11-01',
    ]);
    expect(table.channel).toBeNull();
  });

  it('skips rows whose date or spend cannot be read, and reports them', () => {
    const result = readSpend(
      [
        ['Дата', 'Канал', 'Расход'],
        ['01.11.2026', 'Сайт', 'много'],
        ['ноябрь', 'Сайт', 100],
        ['01.11.2026', 'Сайт', '1.500'], // ambiguous in a ru sheet
        ['01.12.2026', 'Сайт', ''], // not entered yet: ignored silently
        ['', '', ''],
        ['01.11.2026', '', 50],
      ],
      RU,
    );
    expect(rowsOf(tableOf(result))).toEqual([['2026-11-01', '', 50]]);
    expect(result.ok && result.quality).toMatchInlineSnapshot(`
      {
        "continuationLines": 0,
        "footerLines": 0,
        "quantityIssues": {
          "count": 0,
          "listed": [],
        },
        "rows": 5,
        "skipped": [
          {
            "code": "unreadable_amount",
            "column": "Расход",
            "row": 2,
            "value": "много",
          },
          {
            "code": "unreadable_date",
            "column": "Дата",
            "row": 3,
            "value": "ноябрь",
          },
          {
            "code": "ambiguous_amount",
            "column": "Расход",
            "row": 4,
            "value": "1.500",
          },
        ],
        "skippedCount": 3,
        "unknownStatuses": [],
      }
    `);
  });

  it('skips implausible dates with their own reason, whatever their form', () => {
    const result = readSpend(
      [
        ['Дата', 'Расход'],
        ['01.11.2026', 10],
        ['01.11.0226', 20], // a typo year
        ['ноябрь 1926', 30],
        ['2126-11', 40],
        [2026, 50], // a stray number: serial day 2026 is in 1905
        ['нет', 60],
      ],
      RU,
    );
    expect(rowsOf(tableOf(result))).toEqual([['2026-11-01', null, 10]]);
    expect(result.ok && result.quality.skipped.map((s) => [s.row, s.code])).toEqual([
      [3, 'implausible_date'],
      [4, 'implausible_date'],
      [5, 'implausible_date'],
      [6, 'implausible_date'],
      [7, 'unreadable_date'],
    ]);
  });

  describe('edge cases', () => {
    it('says which column is missing, in the spend table', () => {
      expect(readSpend([['Дата', 'Канал', 'Сумма']], RU)).toEqual({
        ok: false,
        error: {
          code: 'missing_column',
          table: 'spend',
          field: 'spend',
          headersFound: ['Дата', 'Канал', 'Сумма'],
        },
      });
      expect(readSpend([['Канал', 'Расход']], RU)).toMatchObject({ ok: false, error: { field: 'date' } });
    });

    it('says the table is empty when it has no data rows', () => {
      expect(
        readSpend(
          [
            ['Date', 'Spend'],
            ['', ''],
          ],
          EN,
        ),
      ).toEqual({
        ok: false,
        error: { code: 'empty_log', table: 'spend', headersFound: ['Date', 'Spend'] },
      });
      expect(readSpend([], EN)).toMatchObject({ ok: false, error: { code: 'empty_log' } });
    });

    it('keeps a negative spend (a refund from an ad network)', () => {
      expect(
        tableOf(
          readSpend(
            [
              ['Date', 'Spend'],
              ['2026-11-01', -5],
            ],
            EN,
          ),
        ).spend[0],
      ).toBe(-5);
    });
  });
});
