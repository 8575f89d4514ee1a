import { describe, expect, it } from 'vitest';
import { kpiKeyOf } from '../../../src/kpi/targets/kpiKeyOf';
import { readTargets } from '../../../src/kpi/targets/readTargets';
import { isTargetsSheetName } from '../../../src/kpi/targets/targetsSheet';

const EN = { locale: 'en_US', timeZone: 'America/New_York' };
const RU = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };

describe('readTargets', () => {
  it('reads Period | Rep | KPI | Target rows: labels, team and rep targets, names and keys', () => {
    const { targets, issues } = readTargets(
      [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['2026-11', '', 'Sales volume', 1_000_000],
        ['2026-11', ' Anna  Smith ', 'revenue', 400_000],
        ['2026-q4', '', 'Orders', '1,200'], // number text in the locale; a lower-case label
        ['', '', 'conversion', '25%'], // blank period: every month; a rate as percent text
        ['2026', '', 'average check', 2500], // a key written with a space
        [2027, '', 'New customers', 40], // a year typed as a number
        ['', '', '', ''], // blank rows are ignored
      ],
      EN,
    );
    expect(issues).toEqual([]);
    expect(targets).toEqual([
      { kpi: 'revenue', period: '2026-11', rep: null, value: 1_000_000 },
      { kpi: 'revenue', period: '2026-11', rep: 'Anna Smith', value: 400_000 },
      { kpi: 'orders', period: '2026-Q4', rep: null, value: 1200 },
      { kpi: 'conversion', period: null, rep: null, value: 0.25 },
      { kpi: 'average_check', period: '2026', rep: null, value: 2500 },
      { kpi: 'new_customers', period: '2027', rep: null, value: 40 },
    ]);
  });

  it('reads Russian headers in any order and case, Russian names and number text', () => {
    const { targets, issues } = readTargets(
      [
        ['kpi', 'ЦЕЛЬ', 'Менеджер', 'Период'],
        ['Объём продаж', '1 500 000 ₽', '', '2026-11'],
        ['Объем продаж', '600 000', 'Анна Смирнова', '2026-11'], // е for ё
        ['Конверсия', '30%', '', ''],
        ['Удержание', '0,8', '', '2026-W47'], // the short column name
      ],
      RU,
    );
    expect(issues).toEqual([]);
    expect(targets).toEqual([
      { kpi: 'revenue', period: '2026-11', rep: null, value: 1_500_000 },
      { kpi: 'revenue', period: '2026-11', rep: 'Анна Смирнова', value: 600_000 },
      { kpi: 'conversion', period: null, rep: null, value: 0.3 },
      { kpi: 'retention', period: '2026-W47', rep: null, value: 0.8 },
    ]);
  });

  it('reads a period that Sheets turned into a date (a typed 2026-11) as that month, in the sheet zone', () => {
    // Midnight of 2026-11-01 in Moscow is still October 31st in UTC.
    const november1st = new Date('2026-10-31T21:00:00Z');
    const { targets } = readTargets(
      [
        ['Period', 'KPI', 'Target'],
        [november1st, 'Orders', 10],
      ],
      RU,
    );
    expect(targets).toEqual([{ kpi: 'orders', period: '2026-11', rep: null, value: 10 }]);
  });

  it('reads period type words in English and Russian, any case, as the English word', () => {
    const { targets, issues } = readTargets(
      [
        ['Период', 'Менеджер', 'KPI', 'Цель'],
        ['месяц', '', 'Объём продаж', 76000],
        ['Квартал', '', 'Объём продаж', 240000],
        ['WEEK', '', 'orders', 12],
        [' год ', 'Анна', 'orders', 600],
        ['__proto__', '', 'orders', 1], // no word of the object prototype names a period type
      ],
      RU,
    );
    expect(targets).toEqual([
      { kpi: 'revenue', period: 'month', rep: null, value: 76000 },
      { kpi: 'revenue', period: 'quarter', rep: null, value: 240000 },
      { kpi: 'orders', period: 'week', rep: null, value: 12 },
      { kpi: 'orders', period: 'year', rep: 'Анна', value: 600 },
    ]);
    expect(issues).toEqual([{ code: 'unreadable_period', row: 6, column: 'Период', value: '__proto__' }]);
  });

  it('takes a blank period and `month` for the same KPI and rep as one key: the later row wins', () => {
    const { targets, issues } = readTargets(
      [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['', '', 'orders', 10],
        ['Month', '', 'orders', 12],
      ],
      EN,
    );
    expect(targets).toEqual([{ kpi: 'orders', period: 'month', rep: null, value: 12 }]);
    expect(issues).toEqual([{ code: 'duplicate', row: 3, column: 'Target', value: '12', earlierRow: 2 }]);
  });

  it('refuses a retention target above 100 %: bounded retention never gets there', () => {
    const { targets, issues } = readTargets(
      [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['month', '', 'Retention', '80%'],
        ['quarter', '', 'Retention', 1.2],
      ],
      EN,
    );
    expect(targets).toEqual([{ kpi: 'retention', period: 'month', rep: null, value: 0.8 }]);
    expect(issues).toEqual([{ code: 'rate_out_of_range', row: 3, column: 'Target', value: '1.2' }]);
  });

  it('works without the optional Period and Rep columns', () => {
    expect(
      readTargets(
        [
          ['KPI', 'Target'],
          ['Orders', 5],
        ],
        EN,
      ).targets,
    ).toEqual([{ kpi: 'orders', period: null, rep: null, value: 5 }]);
  });

  describe('hand-edited rows that cannot be used are reported with their sheet row, not dropped silently', () => {
    it('lists every problem', () => {
      const { targets, issues } = readTargets(
        [
          ['Period', 'Rep', 'KPI', 'Target'],
          ['2026-11', '', 'Revnue', 100], // 2: a typo
          ['2026-13', '', 'Orders', 5], // 3: no such month
          ['Nov', '', 'Orders', 5], // 4: not a label
          ['2026-11', '', 'Orders', 'abc'], // 5: not a number
          ['2026-11', '', 'Orders', ''], // 6: no target
          ['2026-11', '', 'Conversion', 25], // 7: 25 meant 25%
          ['2026-11', 'Bob', '', 5], // 8: no KPI
          ['2026-11', '', 'Orders', 7], // 9: kept
          ['2026-11', '', 'orders', 8], // 10: the same KPI, period and rep again: replaces row 9
          ['2026-11', '', 'Orders', true], // 11: a logical
        ],
        EN,
      );
      expect(targets).toEqual([{ kpi: 'orders', period: '2026-11', rep: null, value: 8 }]);
      expect(issues).toMatchInlineSnapshot(`
        [
          {
            "code": "unknown_kpi",
            "column": "KPI",
            "row": 2,
            "value": "Revnue",
          },
          {
            "code": "unreadable_period",
            "column": "Period",
            "row": 3,
            "value": "2026-13",
          },
          {
            "code": "unreadable_period",
            "column": "Period",
            "row": 4,
            "value": "Nov",
          },
          {
            "code": "unreadable_target",
            "column": "Target",
            "row": 5,
            "value": "abc",
          },
          {
            "code": "blank_target",
            "column": "Target",
            "row": 6,
            "value": "",
          },
          {
            "code": "rate_out_of_range",
            "column": "Target",
            "row": 7,
            "value": "25",
          },
          {
            "code": "blank_kpi",
            "column": "KPI",
            "row": 8,
            "value": "",
          },
          {
            "code": "duplicate",
            "column": "Target",
            "earlierRow": 9,
            "row": 10,
            "value": "8",
          },
          {
            "code": "unreadable_target",
            "column": "Target",
            "row": 11,
            "value": "TRUE",
          },
        ]
      `);
    });

    it('reports a sheet without a KPI or Target column once, and reads nothing', () => {
      expect(
        readTargets(
          [
            ['Period', 'Rep', 'Metric name', 'Value'],
            ['2026-11', '', 'Orders', 5],
          ],
          EN,
        ),
      ).toMatchInlineSnapshot(`
          {
            "issues": [
              {
                "code": "missing_column",
                "column": "KPI",
                "row": 1,
                "value": "",
              },
              {
                "code": "missing_column",
                "column": "Target",
                "row": 1,
                "value": "",
              },
            ],
            "targets": [],
          }
        `);
    });

    it('reads an empty sheet as no targets', () => {
      expect(readTargets([], EN).targets).toEqual([]);
    });
  });
});

describe('kpiKeyOf', () => {
  it.each([
    ['revenue', 'revenue'],
    ['  SALES VOLUME ', 'revenue'],
    ['Объём продаж', 'revenue'],
    ['average_check', 'average_check'],
    ['Average check', 'average_check'],
    ['Стоимость привлечения', 'cac'],
    ['Retention', 'retention'],
    ['Growth', null],
  ])('%j names %j', (text, key) => {
    expect(kpiKeyOf(text)).toBe(key);
  });
});

describe('isTargetsSheetName', () => {
  it('knows the English and the Russian name, in any case', () => {
    expect(['KPI Targets', 'kpi targets', 'Цели KPI', 'цели kpi'].every(isTargetsSheetName)).toBe(true);
    expect(isTargetsSheetName('Targets')).toBe(false);
  });
});
