import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/kpi/calendar/day';
import { computeKpis, kpiValues, tablePeriods } from '../../../src/kpi/engine/computeKpis';
import { groupRows } from '../../../src/kpi/engine/groupRows';
import { type ReadLogOptions, readLog, releaseLog } from '../../../src/kpi/log/readLog';
import type { DataQuality, SalesLog } from '../../../src/kpi/log/salesLog';
import { readCsv } from '../../_support/readCsv';

const RU: ReadLogOptions = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };
const EN: ReadLogOptions = { locale: 'en_US', timeZone: 'America/Los_Angeles' };
const KINDS = ['won', 'lost', 'open', 'return'] as const;

/** Reads a log that must be readable. */
function read(values: unknown[][], options: ReadLogOptions = RU): { log: SalesLog; quality: DataQuality } {
  const result = readLog(values, options);
  if (!result.ok) throw new Error(`expected a log, got ${JSON.stringify(result.error)}`);
  return result;
}

/** The kept rows as readable records: ISO day, kind, amount and the index of the source row. */
function rowsOf(log: SalesLog) {
  return Array.from({ length: log.size }, (_, i) => ({
    day: formatDay(log.day[i]),
    kind: KINDS[log.kind[i]],
    amount: log.amount[i],
    source: log.source[i],
  }));
}

/** The one kept row of a one-row log. */
function onlyRow(values: unknown[][], options: ReadLogOptions = RU) {
  const { log, quality } = read(values, options);
  expect(quality.skipped).toEqual([]);
  expect(log.size).toBe(1);
  return rowsOf(log)[0];
}

describe('readLog', () => {
  describe('dates', () => {
    it('reads a Date cell at Moscow midnight as that Moscow day', () => {
      // Sheets passes a date cell as the instant of its midnight in the spreadsheet zone (UTC+3 in Moscow).
      const values = [
        ['Дата', 'Сумма'],
        [new Date('2026-11-04T21:00:00Z'), 100], // 2026-11-05 00:00 in Moscow
        [new Date('2026-12-31T21:00:00Z'), 100], // 2027-01-01: a new year, month and ISO week
      ];
      expect(rowsOf(read(values).log).map((r) => r.day)).toEqual(['2026-11-05', '2027-01-01']);
    });

    it('reads Date cells across a Los Angeles DST change as their days', () => {
      const values = [
        ['Date', 'Amount'],
        [new Date('2026-03-08T08:00:00Z'), 1], // midnight of the spring-forward day, still PST (−8)
        [new Date('2026-03-09T07:00:00Z'), 1], // next midnight, PDT (−7)
        [new Date('2026-11-01T07:00:00Z'), 1], // midnight of the fall-back day, PDT
        [new Date('2026-11-02T08:00:00Z'), 1], // next midnight, PST
      ];
      expect(rowsOf(read(values, EN).log).map((r) => r.day)).toEqual([
        '2026-03-08',
        '2026-03-09',
        '2026-11-01',
        '2026-11-02',
      ]);
    });

    it('reads text dates with and without a time', () => {
      const values = [
        ['Дата', 'Сумма'],
        ['05.11.2026 14:32', 1],
        ['2026-11-06', 1],
        ['2026-11-07 00:00', 1], // HubSpot
        ['08.11.2026 10:56:00', 1], // amoCRM
        ['09/11/2026', 1], // day first outside en_US
      ];
      expect(rowsOf(read(values).log).map((r) => r.day)).toEqual([
        '2026-11-05',
        '2026-11-06',
        '2026-11-07',
        '2026-11-08',
        '2026-11-09',
      ]);
      expect(
        onlyRow(
          [
            ['Date', 'Amount'],
            ['11/05/2026 2:32 PM', 1],
          ],
          EN,
        ).day,
      ).toBe('2026-11-05'); // month first
    });

    it('reads numbers as Sheets serial dates, ignoring the time fraction', () => {
      const values = [
        ['Date', 'Amount'],
        [46331, 1], // 2026-11-05
        [46331.99, 1], // 2026-11-05 23:45
        [25569, 1], // 1970-01-01, the first day read as a serial
      ];
      expect(rowsOf(read(values, EN).log).map((r) => r.day)).toEqual([
        '2026-11-05',
        '2026-11-05',
        '1970-01-01',
      ]);
    });

    it('uses the created date when the date is blank', () => {
      const values = [
        ['Дата закрытия', 'Сумма', 'Этап', 'Дата создания'],
        ['', 500, 'Переговоры', '02.05.2026 10:00:00'], // open deals have no close date yet
        [new Date('2026-06-03T21:00:00Z'), 700, 'Оплачено', '01.05.2026'],
      ];
      expect(rowsOf(read(values).log)).toEqual([
        { day: '2026-05-02', kind: 'open', amount: 500, source: 1 },
        { day: '2026-06-04', kind: 'won', amount: 700, source: 2 },
      ]);
    });

    it('skips a row whose date cannot be read, and says where', () => {
      const values = [
        ['Дата', 'Сумма', 'Дата создания'],
        ['31.02.2026', 100, '01.02.2026'], // an impossible date is not replaced by the created one
        ['', 100, 'вчера'], // the fallback cannot be read either
        ['', 100, ''], // nothing to date it by
        [2026, 100, ''], // a year typed in a date column is no serial date
        [true, 100, ''],
        ['05.11.2026', 100, ''], // one readable row, so the log is not refused as a whole
      ];
      const { log, quality } = read(values);
      expect(log.size).toBe(1);
      expect(quality.rows).toBe(6);
      expect(quality.skipped).toMatchInlineSnapshot(`
        [
          {
            "code": "unreadable_date",
            "column": "Дата",
            "row": 2,
            "value": "31.02.2026",
          },
          {
            "code": "unreadable_date",
            "column": "Дата создания",
            "row": 3,
            "value": "вчера",
          },
          {
            "code": "unreadable_date",
            "column": "Дата",
            "row": 4,
            "value": "",
          },
          {
            "code": "implausible_date",
            "column": "Дата",
            "row": 5,
            "value": "2026",
          },
          {
            "code": "unreadable_date",
            "column": "Дата",
            "row": 6,
            "value": "TRUE",
          },
        ]
      `);
    });
  });

  describe('dates v2', () => {
    it('skips a row whose date is before 1970 or after 2099, whatever its form', () => {
      const values = [
        ['Дата', 'Сумма'],
        ['01.01.1900', 100], // a typo must not create a thousand empty periods
        ['05.11.2206', 100],
        [new Date('1969-12-31T12:00:00Z'), 100],
        [1, 100], // serial 1 = 1899-12-31
        ['05.11.2026', 100],
      ];
      const { log, quality } = read(values);
      expect(rowsOf(log).map((r) => r.day)).toEqual(['2026-11-05']);
      expect(quality.skipped.map((s) => [s.code, s.row, s.value])).toEqual([
        ['implausible_date', 2, '01.01.1900'],
        ['implausible_date', 3, '05.11.2206'],
        ['implausible_date', 4, '1969-12-31'],
        ['implausible_date', 5, '1'],
      ]);
    });

    it('reads a no-date text as an empty date, then falls back to the created date', () => {
      // amoCRM writes «не закрыта» in the close date of an open deal.
      const values = [
        ['Дата закрытия', 'Бюджет', 'Этап сделки', 'Дата создания'],
        ['не закрыта', 5000, 'Переговоры', '02.05.2026 10:00:00'],
        ['—', 7000, 'Переговоры', '03.05.2026'],
        ['n/a', 9000, 'Переговоры', ''], // nothing to date it by
      ];
      const { log, quality } = read(values);
      expect(rowsOf(log)).toEqual([
        { day: '2026-05-02', kind: 'open', amount: 5000, source: 1 },
        { day: '2026-05-03', kind: 'open', amount: 7000, source: 2 },
      ]);
      expect(quality.skipped).toEqual([
        { code: 'unreadable_date', row: 4, column: 'Дата закрытия', value: '' },
      ]);
    });

    it('skips a row whose created fallback is implausible, naming the created column', () => {
      const { quality } = read([
        ['Date', 'Amount', 'Status', 'Created'],
        ['', 10, 'Open', '1899-12-30'],
        ['2026-11-05', 10, 'Won', ''],
      ]);
      expect(quality.skipped).toEqual([
        { code: 'implausible_date', row: 2, column: 'Created', value: '1899-12-30' },
      ]);
    });
  });

  describe('continuation lines', () => {
    // A Shopify orders export: one row per line item; only the first line of an order has its order cells.
    const SHOPIFY = [
      ['Name', 'Email', 'Financial Status', 'Paid at', 'Total', 'Created at', 'Lineitem quantity', 'Id'],
      [
        '#1001',
        'ann@example.com',
        'paid',
        '2026-03-05 14:32:10 -0500',
        '120.00',
        '2026-03-05 14:30:00 -0500',
        2,
        501,
      ],
      ['#1001', 'ann@example.com', '', '', '', '2026-03-05 14:30:00 -0500', 1, ''],
      ['#1001', 'ann@example.com', '', '', '', '', 3, ''],
      ['#1002', 'bob@example.com', 'pending', '', '40.00', '2026-03-06 09:00:00 -0500', 1, 502],
      ['#1002', 'bob@example.com', '', '', '', '', 5, ''],
      [
        '#1003',
        'cat@example.com',
        'paid',
        '2026-03-07 10:00:00 -0500',
        '80.00',
        '2026-03-07 09:00:00 -0500',
        1,
        503,
      ],
    ];

    it('adds the quantities of an order`s further line items to the order, never skipping them', () => {
      const { log, quality } = read(SHOPIFY, EN);
      expect(rowsOf(log)).toEqual([
        { day: '2026-03-05', kind: 'won', amount: 120, source: 1 },
        { day: '2026-03-06', kind: 'open', amount: 40, source: 4 }, // dated by its created date
        { day: '2026-03-07', kind: 'won', amount: 80, source: 6 },
      ]);
      expect([...log.quantity!]).toEqual([6, 6, 1]);
      expect(quality).toMatchObject({ rows: 6, skippedCount: 0, continuationLines: 3, footerLines: 0 });
    });

    it('gives a continuation line its order`s rep and channel when grouping', () => {
      const values = [
        ['Date', 'Amount', 'Rep', 'Qty'],
        ['2026-03-05', 100, 'Ann', 1],
        ['', '', 'Bob', 4], // a line item: the order's rep counts, not the line's
      ];
      const { log, quality } = read(values, EN);
      expect(log.size).toBe(1);
      expect(log.quantity![0]).toBe(5);
      expect(quality.continuationLines).toBe(1);
    });

    it('is no continuation line after a blank row, with its own created date or with another id', () => {
      const values = [
        ['Date', 'Amount', 'Status', 'Created', 'ID', 'Qty'],
        ['2026-03-05', 100, 'Won', '2026-03-01', 'A', 1],
        ['', '', '', '2026-03-02', '', 2], // its own created date: an open deal
        ['', '', '', '', 'B', 3], // another id: a row without a date
        [],
        ['', '', '', '', '', 4], // below a blank row: a row without a date
      ];
      const { log, quality } = read(values, EN);
      expect(rowsOf(log).map((r) => [r.kind, r.source])).toEqual([
        ['won', 1],
        ['open', 2],
      ]);
      expect(quality.continuationLines).toBe(0);
      expect(quality.skipped.map((s) => s.row)).toEqual([4, 6]);
    });

    it('merges the line items of a skipped order into nothing, and skips only the order', () => {
      const values = [
        ['Date', 'Amount', 'Qty'],
        ['someday', 100, 1],
        ['', '', 2],
        ['2026-03-06', 50, 1],
      ];
      const { log, quality } = read(values, EN);
      expect([...log.quantity!]).toEqual([1]);
      expect(quality).toMatchObject({ skippedCount: 1, continuationLines: 1 });
    });

    it('reports an unreadable quantity of a won order`s line item and counts it 0', () => {
      const values = [
        ['Date', 'Amount', 'Qty'],
        ['2026-03-05', 100, 2],
        ['', '', 'two'],
      ];
      const { log, quality } = read(values, EN);
      expect(log.quantity![0]).toBe(2);
      expect(quality.quantityIssues.listed).toEqual([
        { code: 'unreadable_quantity', row: 3, column: 'Qty', value: 'two' },
      ]);
    });
  });

  describe('footer lines', () => {
    it('ignores a Salesforce report footer and counts it, not as skipped rows', () => {
      const values = [
        ['Opportunity Owner', 'Account Name', 'Stage', 'Amount', 'Close Date'],
        ['Ann Lee', 'Acme', 'Closed Won', '1,200.00', '11/5/2026'],
        ['Bob Ray', 'Globex', 'Closed Lost', '800.00', '11/6/2026'],
        ['', '', '', '', ''],
        ['Grand Totals (2 records)', '', '', '', ''],
        ['', '', '', '', ''],
        ['Confidential Information - Do Not Distribute', '', '', '', ''],
        ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.', '', '', '', ''],
      ];
      const { log, quality } = read(values, EN);
      expect(rowsOf(log).map((r) => r.kind)).toEqual(['won', 'lost']);
      expect(quality).toMatchObject({ rows: 2, skippedCount: 0, skipped: [], footerLines: 3 });
    });

    it('ignores a totals line with its sums under the data', () => {
      const values = [
        ['Период', 'Регистратор', 'Сумма выручки'],
        ['05.11.2026 12:00:00', 'Реализация 00000123', '1 000,00'],
        ['06.11.2026 12:00:00', 'Реализация 00000124', '2 000,00'],
        ['Итого', '', '3 000,00'],
      ];
      const { log, quality } = read(values);
      expect(log.size).toBe(2);
      expect(quality).toMatchObject({ rows: 2, skippedCount: 0, footerLines: 1 });
    });

    it('reads a first-cell-only row with data below it as a row of the log', () => {
      const values = [
        ['Owner', 'Date', 'Amount', 'Status', 'Qty'],
        ['Ann', '2026-11-05', 100, 'Won', 1],
        ['Ann', '', '', '', ''], // data follows: a continuation line of the order above, not a footer
        ['Note', '', '', '', ''], // ditto
        [],
        ['Total', '', '', '', ''], // a blank row above: no continuation; data follows: skipped
        ['Bob', '2026-11-06', 50, 'Won', 1],
        ['Grand Totals (3 records)', '', '', '', ''],
      ];
      const { log, quality } = read(values, EN);
      expect(rowsOf(log).map((r) => r.source)).toEqual([1, 6]);
      expect(quality).toMatchObject({ rows: 5, continuationLines: 2, skippedCount: 1, footerLines: 1 });
      expect(quality.skipped[0].row).toBe(6);
    });
  });

  describe('no readable rows', () => {
    it('is an error with the first reasons when every data row is skipped', () => {
      const values: unknown[][] = [['Date', 'Amount']];
      for (let i = 0; i < 12; i++) values.push([`someday ${i}`, 1]);
      const result = readLog(values, EN);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'no_readable_rows',
        table: 'sales',
        headersFound: ['Date', 'Amount'],
        skippedCount: 12,
      });
      expect(result.error.skipped!.length).toBe(10);
      expect(result.error.skipped![0]).toEqual({
        code: 'unreadable_date',
        row: 2,
        column: 'Date',
        value: 'someday 0',
      });
    });

    it('is no error when a footer is all there is besides skipped rows and a kept one', () => {
      const result = readLog(
        [
          ['Date', 'Amount'],
          ['2026-11-05', 1],
          ['someday', 1],
          ['Grand Totals', ''],
        ],
        EN,
      );
      expect(result.ok && [result.log.size, result.quality.skippedCount, result.quality.footerLines]).toEqual(
        [1, 1, 1],
      );
    });
  });

  describe('headers v2', () => {
    it('reads a Pipedrive export with every header prefixed, taking Status over Stage', () => {
      const values = [
        [
          'Deal - ID',
          'Deal - Value',
          'Deal - Stage',
          'Deal - Status',
          'Deal - Deal closed on',
          'Deal - Deal created',
        ],
        [1, 1000, 'Negotiations Started', 'won', '2026-11-05 10:00:00', '2026-10-01 09:00:00'],
        [2, 2000, 'Proposal Made', 'lost', '2026-11-06 10:00:00', '2026-10-02 09:00:00'],
        [3, 3000, 'Proposal Made', 'open', '', '2026-10-03 09:00:00'],
      ];
      const { log, quality } = read(values, EN);
      expect(log.columns).toEqual({ id: 0, amount: 1, status: 3, date: 4, created: 5 });
      expect(rowsOf(log).map((r) => [r.day, r.kind])).toEqual([
        ['2026-11-05', 'won'],
        ['2026-11-06', 'lost'],
        ['2026-10-03', 'open'],
      ]);
      expect(quality.unknownStatuses).toEqual([]);
    });

    it('reads headers with unit notes in both languages', () => {
      const { log } = read([
        ['Дата (дд.мм.гггг)', 'Сумма, руб.', 'Кол-во, шт'],
        ['05.11.2026', '1 234,50', 3],
      ]);
      expect(log.columns).toEqual({ date: 0, amount: 1, quantity: 2 });
      expect(log.amount[0]).toBe(1234.5);
      const en = read(
        [
          ['Date closed (MM/DD/YYYY)', 'Amount (USD)'],
          ['11/05/2026', '$1,234.50'],
        ],
        EN,
      ).log;
      expect([formatDay(en.day[0]), en.amount[0]]).toEqual(['2026-11-05', 1234.5]);
    });
  });

  describe('amounts', () => {
    it.each([
      ['1 234,56 ₽', RU, 1234.56],
      ['12 500', RU, 12500],
      ['26\u00a0000', RU, 26000], // no-break space, as amoCRM exports
      ['2558.15', RU, 2558.15], // a point in a ru sheet, unambiguous
      ['$1,234.56', EN, 1234.56],
      ['$1,234.56', RU, 1234.56],
      ['1,234', EN, 1234],
      ['12,5', RU, 12.5],
    ])('reads %j', (text, options, amount) => {
      expect(
        onlyRow(
          [
            ['Date', 'Amount'],
            ['2026-11-05', text],
          ],
          options,
        ).amount,
      ).toBe(amount);
    });

    it('takes number cells as they are', () => {
      expect(
        onlyRow([
          ['Date', 'Amount'],
          ['2026-11-05', 1234.5],
        ]).amount,
      ).toBe(1234.5);
    });

    it('skips an ambiguous amount with its reason instead of guessing', () => {
      const { log, quality } = read([
        ['Дата', 'Сумма'],
        ['05.11.2026', '1.234'], // 1.234 or 1234?
        ['05.11.2026', '1,234'],
      ]);
      expect(log.size).toBe(1);
      expect(quality.skipped).toEqual([
        { code: 'ambiguous_amount', row: 2, column: 'Сумма', value: '1.234' },
      ]);
    });

    it('skips a won row whose amount is blank or unreadable', () => {
      const { log, quality } = read([
        ['Date', 'Amount', 'Stage'],
        ['2026-11-05', '', 'Closed Won'],
        ['2026-11-05', 'n/a', 'Closed Won'],
        ['2026-11-05', '', 'Refunded'], // a refunded order needs its amount too
        ['2026-11-05', '', 'Returned'], // and so does a return
        ['2026-11-05', 5, 'Closed Won'],
      ]);
      expect(log.size).toBe(1);
      expect(quality.skipped.map((s) => [s.code, s.row, s.value])).toEqual([
        ['unreadable_amount', 2, ''],
        ['unreadable_amount', 3, 'n/a'],
        ['unreadable_amount', 4, ''],
        ['unreadable_amount', 5, ''],
      ]);
    });

    it('keeps lost and open rows without an amount, as NaN', () => {
      const { log, quality } = read([
        ['Date', 'Amount', 'Stage'],
        ['2026-11-05', '', 'Closed Lost'],
        ['2026-11-05', 'tbd', 'Negotiation'],
        ['2026-11-05', '1.234', 'Open'], // ambiguous does not matter either
      ]);
      expect(quality.skipped).toEqual([]);
      expect(rowsOf(log).map((r) => [r.kind, r.amount])).toEqual([
        ['lost', Number.NaN],
        ['open', Number.NaN],
        ['open', Number.NaN],
      ]);
    });

    it('reads quantity like amounts, NaN when blank', () => {
      const { log, quality } = read([
        ['Дата', 'Сумма', 'Кол-во'],
        ['05.11.2026', 10, 3],
        ['05.11.2026', 10, '2,5'],
        ['05.11.2026', 10, ''],
      ]);
      expect([...log.quantity!]).toEqual([3, 2.5, Number.NaN]);
      expect(quality.quantityIssues).toEqual({ count: 0, listed: [] });
    });

    it('counts an unreadable or negative quantity of a won row as 0 and reports it', () => {
      const { log, quality } = read([
        ['Дата', 'Сумма', 'Кол-во', 'Статус'],
        ['05.11.2026', 10, 'много', 'Оплачено'],
        ['05.11.2026', 10, -2, 'Оплачено'],
        ['05.11.2026', 10, '1 2 3', ''], // an open deal: no KPI sums its quantity, nothing to report
        ['05.11.2026', 10, 4, 'Оплачено'],
      ]);
      expect([...log.quantity!]).toEqual([0, 0, Number.NaN, 4]);
      expect(quality.skippedCount).toBe(0);
      expect(quality.quantityIssues).toEqual({
        count: 2,
        listed: [
          { code: 'unreadable_quantity', row: 2, column: 'Кол-во', value: 'много' },
          { code: 'negative_quantity', row: 3, column: 'Кол-во', value: '-2' },
        ],
      });
    });
  });

  describe('status classes and returns', () => {
    it('makes a negative amount a return of its absolute value, whatever the status', () => {
      const values = [
        ['Date', 'Amount', 'Status'],
        ['2026-11-05', -1250, 'Closed Won'], // HubSpot refund deals are "Closed Won" with a negative amount
        ['2026-11-05', '-830.5', 'Lost'],
        ['2026-11-05', -10, 'Open'],
        ['2026-11-05', -20, ''],
      ];
      expect(rowsOf(read(values, EN).log).map((r) => [r.kind, r.amount])).toEqual([
        ['return', 1250],
        ['return', 830.5],
        ['return', 10],
        ['return', 20],
      ]);
    });

    it('makes a returned row a return for its amount when the log has no id column', () => {
      const values = [
        ['Дата', 'Сумма', 'Статус'],
        ['05.11.2026', 500, 'Возврат'],
        ['05.11.2026', -300, 'Возвращён'], // a sign does not make it a double negative
      ];
      expect(rowsOf(read(values).log).map((r) => [r.kind, r.amount])).toEqual([
        ['return', 500],
        ['return', 300],
      ]);
    });

    it('makes a returned row with its own id a sale and a return, both from its row', () => {
      // A deal moved to the stage «Возврат»: it was sold, then came back.
      const values = [
        ['Дата', 'Сумма', 'Статус', 'ID', 'Клиент'],
        ['05.11.2026', 500, 'Возврат', 'D-1', 'Анна'],
        ['06.11.2026', 700, 'Оплачено', 'D-2', 'Борис'],
      ];
      const { log } = read(values);
      expect(rowsOf(log)).toEqual([
        { day: '2026-11-05', kind: 'won', amount: 500, source: 1 },
        { day: '2026-11-05', kind: 'return', amount: 500, source: 1 },
        { day: '2026-11-06', kind: 'won', amount: 700, source: 2 },
      ]);
      expect([...log.id!]).toEqual([0, 0, 1]);
      expect([...log.customer!]).toEqual([0, -1, 1]); // the sale has its customer
    });

    it('makes a returned row that shares its id with an earlier sale a return line only', () => {
      const values = [
        ['Date', 'Amount', 'Status', 'Order ID'],
        ['2026-11-05', 500, 'Completed', 'A-7'],
        ['2026-11-20', 200, 'Returned', 'A-7'], // part of order A-7 came back
        ['2026-11-21', 90, 'Returned', ''], // no id: a return line
      ];
      const { log } = read(values, EN);
      expect(rowsOf(log)).toEqual([
        { day: '2026-11-05', kind: 'won', amount: 500, source: 1 },
        { day: '2026-11-20', kind: 'return', amount: 200, source: 2 },
        { day: '2026-11-21', kind: 'return', amount: 90, source: 3 },
      ]);
    });

    it('reads a return line above its sale as a return line too', () => {
      const values = [
        ['Date', 'Amount', 'Status', 'Order ID'],
        ['2026-11-20', 200, 'Return', 'A-7'],
        ['2026-11-05', 500, 'Completed', 'A-7'],
      ];
      expect(rowsOf(read(values, EN).log).map((r) => [r.kind, r.amount, r.source])).toEqual([
        ['return', 200, 1],
        ['won', 500, 2],
      ]);
    });

    it('reads a refunded order as won, with its refund column as a return of that amount', () => {
      const values = [
        ['Name', 'Financial Status', 'Paid at', 'Total', 'Refunded Amount'],
        ['#1001', 'partially_refunded', '2026-03-05 14:32:10 -0500', '120.00', '20.00'],
        ['#1002', 'refunded', '2026-03-06 09:00:00 -0500', '50.00', '50.00'],
        ['#1003', 'paid', '2026-03-07 10:00:00 -0500', '80.00', '0.00'], // no refund
        ['#1004', 'paid', '2026-03-08 10:00:00 -0500', '30.00', '5'], // a won row's refund counts too
        ['#1005', 'voided', '2026-03-09 10:00:00 -0500', '40.00', '40.00'], // lost: its refund is no return
      ];
      expect(rowsOf(read(values, EN).log).map((r) => [r.kind, r.amount, r.source])).toEqual([
        ['won', 120, 1],
        ['return', 20, 1],
        ['won', 50, 2],
        ['return', 50, 2],
        ['won', 80, 3],
        ['won', 30, 4],
        ['return', 5, 4],
        ['lost', 40, 5],
      ]);
    });

    it('reads a refunded order without a refund column as won only', () => {
      const values = [
        ['Date', 'Amount', 'Status'],
        ['2026-03-05', 120, 'Refunded'],
        ['2026-03-06', 120, 'Частично возвращён'],
      ];
      expect(rowsOf(read(values, EN).log).map((r) => [r.kind, r.amount])).toEqual([
        ['won', 120],
        ['won', 120],
      ]);
    });

    it('grows its columns when many rows make two entries', () => {
      const values: unknown[][] = [['Date', 'Amount', 'Status', 'Refund Amount']];
      for (let i = 0; i < 50; i++) values.push(['2026-03-05', 10, 'Refunded', 1]);
      const { log } = read(values, EN);
      expect(summary(log)).toEqual({ won: 50, lost: 0, open: 0, return: 50, wonAmount: 500 });
      expect(log.source[99]).toBe(50);
    });

    it('keeps every row after a few rows of two entries', () => {
      // Three refunds at the top, then single rows: 3 + 40 entries from 40 rows.
      const values: unknown[][] = [['Date', 'Amount', 'Status', 'Refund Amount']];
      for (let i = 0; i < 3; i++) values.push(['2026-03-05', 10, 'Refunded', 1]);
      for (let i = 0; i < 37; i++) values.push(['2026-03-06', 10, 'Paid', '']);
      const { log } = read(values, EN);
      expect(summary(log)).toEqual({ won: 40, lost: 0, open: 0, return: 3, wonAmount: 400 });
      expect(log.source[log.size - 1]).toBe(40);
    });

    it('drops a trailing note in parentheses from a status', () => {
      const { log, quality } = read(
        [
          ['Date', 'Amount', 'Deal Stage'],
          ['2026-11-05', 100, 'Closed Won (Sales Pipeline)'],
          ['2026-11-05', 100, 'Closed Lost (Partner Pipeline)'],
          ['2026-11-05', 100, 'Closed-Lost to Competition'],
        ],
        EN,
      );
      expect(rowsOf(log).map((r) => r.kind)).toEqual(['won', 'lost', 'lost']);
      expect(quality.unknownStatuses).toEqual([]);
    });

    it('classifies won, lost and open rows and lists unknown statuses', () => {
      const { log, quality } = read([
        ['Date', 'Amount', 'Deal Stage'],
        ['2026-11-05', 100, 'Closed Won'],
        ['2026-11-05', 100, 'Closed Lost'],
        ['2026-11-05', 100, 'Contract Sent'],
        ['2026-11-05', 100, 'Appointment Scheduled'],
        ['2026-11-05', 100, 'contract sent'],
        ['2026-11-05', 100, ''],
      ]);
      expect(rowsOf(log).map((r) => r.kind)).toEqual(['won', 'lost', 'open', 'open', 'open', 'open']);
      expect(quality.unknownStatuses).toEqual([
        { text: 'Contract Sent', count: 2 },
        { text: 'Appointment Scheduled', count: 1 },
      ]);
    });

    it('reads every row as won without a status column', () => {
      const { log } = read([
        ['Date', 'Amount'],
        ['2026-11-05', 100],
        ['2026-11-06', 0],
      ]);
      expect(rowsOf(log).map((r) => r.kind)).toEqual(['won', 'won']);
    });

    it('takes the user extra statuses', () => {
      const values = [
        ['Date', 'Amount', 'Stage'],
        ['2026-11-05', 100, 'Contract Signed'],
      ];
      const { log, quality } = read(values, { ...EN, statuses: { won: ['Contract Signed'] } });
      expect(rowsOf(log)[0].kind).toBe('won');
      expect(quality.unknownStatuses).toEqual([]);
    });
  });

  describe('ids and customers', () => {
    it('gives equal ids one code, a number and its text alike', () => {
      const { log } = read([
        ['Дата', 'Сумма', 'ID'],
        ['05.11.2026', 1, 123],
        ['05.11.2026', 1, '123'],
        ['05.11.2026', 1, ' 123 '],
        ['05.11.2026', 1, 'A-7'],
        ['05.11.2026', 1, 'a-7'], // ids are case-sensitive
        ['05.11.2026', 1, ''],
        ['05.11.2026', 1, 31000001], // beyond any small range: still one code each
        ['05.11.2026', 1, '31000001'],
      ]);
      expect([...log.id!]).toEqual([0, 0, 0, 1, 2, -1, 3, 3]);
      expect(log.idCount).toBe(4);
    });

    it('compares customers trimmed and case-insensitive', () => {
      const { log } = read([
        ['Дата', 'Сумма', 'Клиент'],
        ['05.11.2026', 1, 'ООО «Клиент 35»'],
        ['05.11.2026', 1, ' ооо «клиент 35» '],
        ['05.11.2026', 1, 'ann@example.com'],
        ['05.11.2026', 1, 'ANN@example.com'],
        ['05.11.2026', 1, '   '],
        ['05.11.2026', 1, 'Алёна'],
        ['05.11.2026', 1, 'алена'],
      ]);
      expect([...log.customer!]).toEqual([0, 0, 1, 1, -1, 2, 2]);
      expect(log.customerCount).toBe(3);
    });

    it('has no id and customer columns when the log has none', () => {
      const { log } = read([
        ['Date', 'Amount'],
        ['2026-11-05', 1],
      ]);
      expect([log.id, log.customer, log.quantity]).toEqual([null, null, null]);
    });

    it('encodes many sequential and scattered numeric ids correctly', () => {
      const values: unknown[][] = [['Date', 'Amount', 'Order ID']];
      for (let i = 0; i < 5000; i++) values.push(['2026-11-05', 1, 9_100_000 + (i % 2500)]); // each id twice
      for (let i = 0; i < 3000; i++) values.push(['2026-11-05', 1, 9_099_999 - i]); // then descending
      for (let i = 0; i < 3000; i++) values.push(['2026-11-05', 1, (i * 7919) % 1_000_003]); // then scattered
      for (let i = 0; i < 3000; i++) values.push(['2026-11-05', 1, 1e12 + i * 0.5]); // then huge and fractional
      const { log } = read(values, EN);
      const first = new Map<unknown, number>();
      for (let i = 0; i < log.size; i++) {
        const key = values[log.source[i]][2];
        if (!first.has(key)) first.set(key, log.id![i]);
        expect(log.id![i]).toBe(first.get(key));
      }
      expect(log.idCount).toBe(first.size);
      expect(new Set(first.values()).size).toBe(first.size);
    });
  });

  describe('columns and layout', () => {
    it('ignores blank rows silently, also the trailing ones of an open range', () => {
      const values: unknown[][] = [
        ['Дата', 'Сумма', 'Статус'],
        ['', '', ''],
        ['05.11.2026', 100, 'Оплачено'],
        ['  ', '', '\u00a0'],
        [],
        ['06.11.2026', 200, 'Оплачено'],
      ];
      for (let i = 0; i < 994; i++) values.push(['', '', '']); // A1:C1000
      const { log, quality } = read(values);
      expect(rowsOf(log).map((r) => r.source)).toEqual([2, 5]);
      expect(quality).toEqual({
        rows: 2,
        skippedCount: 0,
        skipped: [],
        unknownStatuses: [],
        footerLines: 0,
        continuationLines: 0,
        quantityIssues: { count: 0, listed: [] },
      });
    });

    it('keeps the source row of each kept row', () => {
      const { log } = read([
        ['Дата', 'Сумма'],
        ['05.11.2026', 1],
        ['?', 1],
        ['06.11.2026', 1],
      ]);
      expect([...log.source]).toEqual([1, 3]);
    });

    it('follows the user mapping', () => {
      const values = [
        ['Когда', 'Amount', 'Итог'],
        ['05.11.2026', 1, 99],
      ];
      const { log } = read(values, { ...RU, mapping: { date: 0, amount: 2 } });
      expect(log.columns).toEqual({ date: 0, amount: 2 });
      expect(log.amount[0]).toBe(99);
    });

    it('says which required column is missing and lists the headers found', () => {
      expect(readLog([['ID', 'Название сделки', 'Бюджет', '']], RU)).toEqual({
        ok: false,
        error: {
          code: 'missing_column',
          table: 'sales',
          field: 'date',
          headersFound: ['ID', 'Название сделки', 'Бюджет'],
        },
      });
      expect(readLog([['Date', 'Notes']], EN)).toMatchObject({ ok: false, error: { field: 'amount' } });
    });

    it('says the log is empty when it has a header and no data rows', () => {
      expect(readLog([['Date', 'Amount']], EN)).toEqual({
        ok: false,
        error: { code: 'empty_log', table: 'sales', headersFound: ['Date', 'Amount'] },
      });
      expect(
        readLog(
          [
            ['Date', 'Amount'],
            ['', ''],
            ['', ''],
          ],
          EN,
        ),
      ).toMatchObject({ error: { code: 'empty_log' } });
    });

    it('lists at most maxSkippedListed skipped rows, and counts them all', () => {
      const values: unknown[][] = [['Date', 'Amount']];
      for (let i = 0; i < 5; i++) values.push(['someday', 1]);
      values.push(['2026-11-05', 1]);
      const { quality } = read(values, { ...EN, maxSkippedListed: 2 });
      expect(quality.skippedCount).toBe(5);
      expect(quality.skipped.map((s) => s.row)).toEqual([2, 3]);
    });
  });

  describe('scratch columns', () => {
    it('reads the same log into lent columns, also when they were lent before and left dirty', () => {
      const values = readCsv('hubspot-deals-en.csv');
      const fresh = read(values, EN);
      const lent = read(values, { ...EN, scratch: true });
      const columnsOf = (log: SalesLog) =>
        [log.day, log.kind, log.amount, log.source, log.quantity, log.id, log.customer].map((c) =>
          c === null ? null : Array.from(c),
        );
      expect(columnsOf(lent.log)).toEqual(columnsOf(fresh.log));
      expect(lent.quality).toEqual(fresh.quality);
      expect([lent.log.idCount, lent.log.customerCount]).toEqual([
        fresh.log.idCount,
        fresh.log.customerCount,
      ]);
      // Memory lent again holds what the last borrower left: the figures must not depend on it.
      for (const column of [lent.log.day, lent.log.kind, lent.log.amount, lent.log.source, lent.log.id]) {
        if (column !== null) new Uint8Array(column.buffer).fill(0xff);
      }
      releaseLog(lent.log);
      const again = read(values, { ...EN, scratch: true });
      expect(columnsOf(again.log)).toEqual(columnsOf(fresh.log));
      releaseLog(again.log);
    });
  });

  describe('without customers', () => {
    it('reads every column but the customers, with the same rows and data quality', () => {
      const values = readCsv('amocrm-deals-ru.csv');
      const full = read(values, RU);
      const counted = read(values, { ...RU, customers: false });
      expect(full.log.customer).not.toBeNull();
      expect([counted.log.customer, counted.log.customerCount]).toEqual([null, 0]);
      expect(counted.quality).toEqual(full.quality);
      expect(counted.log.columns).toEqual(full.log.columns);
      expect(rowsOf(counted.log)).toEqual(rowsOf(full.log));
      expect(Array.from(counted.log.id ?? [])).toEqual(Array.from(full.log.id ?? []));
    });
  });

  describe('samples', () => {
    it('reads the amoCRM sample', () => {
      const values = readCsv('amocrm-deals-ru.csv');
      const { log, quality } = read(values, RU);
      expect(log.headers[log.columns.date!]).toBe('Дата закрытия');
      expect(log.headers[log.columns.amount!]).toBe('Бюджет');
      expect(quality.rows).toBe(600);
      expect(quality.skipped).toEqual([]);
      expect(quality.unknownStatuses).toEqual([
        { text: 'Принимают решение', count: 48 },
        { text: 'Первичный контакт', count: 48 },
        { text: 'Согласование договора', count: 45 },
      ]);
      expect(summary(log)).toEqual({ won: 255, lost: 159, open: 186, return: 0, wonAmount: 20_120_200 });
      expect(log.idCount).toBe(600);
      expect(log.customerCount).toBe(88); // customers with a won deal; 102 companies in all
    });

    it('reads the HubSpot sample', () => {
      const values = readCsv('hubspot-deals-en.csv');
      const { log, quality } = read(values, EN);
      expect(log.headers[log.columns.channel!]).toBe('Original Source');
      expect(quality.rows).toBe(702);
      expect(quality.skippedCount).toBe(11); // Closed Won deals with an empty Amount
      expect(new Set(quality.skipped.map((s) => `${s.code} ${s.column} ${s.value}`))).toEqual(
        new Set(['unreadable_amount Amount ']),
      );
      expect(quality.unknownStatuses.map((s) => s.text)).toEqual([
        'Decision Maker Bought-In',
        'Contract Sent',
        'Qualified To Buy',
        'Presentation Scheduled',
        'Appointment Scheduled',
      ]);
      // Two "Refund Deal" rows are Closed Won with negative amounts: returns of 1250 and 830.5.
      expect(summary(log)).toEqual({ won: 239, lost: 180, open: 270, return: 2, wonAmount: 1_909_388.32 });
    });
  });

  describe('edge cases', () => {
    it('reads an empty range as an empty log', () => {
      expect(readLog([], EN)).toEqual({
        ok: false,
        error: { code: 'empty_log', table: 'sales', headersFound: [] },
      });
      expect(
        readLog(
          [
            ['', ''],
            ['', ''],
          ],
          EN,
        ),
      ).toMatchObject({ ok: false, error: { code: 'empty_log' } });
    });

    it('says the columns are missing when data sits under a blank header row', () => {
      expect(
        readLog(
          [
            ['', ''],
            ['2026-11-05', 5],
          ],
          EN,
        ),
      ).toEqual({
        ok: false,
        error: { code: 'missing_column', table: 'sales', field: 'date', headersFound: [] },
      });
    });

    it('reads header cells that are numbers or dates as text', () => {
      const { log } = read([
        [2026, 'Date', new Date('2026-11-04T21:00:00Z'), 'Amount', true],
        ['', '2026-11-05', '', 1, ''],
      ]);
      expect(log.headers).toEqual(['2026', 'Date', '2026-11-05', 'Amount', 'TRUE']);
    });

    it('reads short rows as blank past their end', () => {
      const { log } = read([
        ['Date', 'Amount', 'Status', 'Customer'],
        ['2026-11-05', 5], // no status → open, no customer → -1
      ]);
      expect(rowsOf(log)[0].kind).toBe('open');
      expect([...log.customer!]).toEqual([-1]);
    });

    it('keeps a zero amount of a won row', () => {
      expect(
        onlyRow([
          ['Date', 'Amount'],
          ['2026-11-05', 0],
        ]).amount,
      ).toBe(0);
    });

    it('reads a single data row', () => {
      expect(
        onlyRow([
          ['Date', 'Amount'],
          [new Date('2026-11-04T21:00:00Z'), 7],
        ]),
      ).toEqual({
        day: '2026-11-05',
        kind: 'won',
        amount: 7,
        source: 1,
      });
    });
  });

  it('gives the same KPI figures, by period and by rep, whatever the order of the columns', () => {
    // An order row, or a continuation line of the order above (blank date, amount, status and created).
    const order = fc.record({
      date: fc.constantFrom('05.11.2026', '2026-12-01 10:00:00', '', 'не закрыта', '01.01.1900', 'когда-то'),
      amount: fc.oneof(fc.integer({ min: -300, max: 5000 }), fc.constantFrom('1 234,56 ₽', '1.234', '')),
      status: fc.constantFrom('Оплачено', 'Отказ', 'Переговоры', 'Возврат', 'Частично возвращён', 'Этап X'),
      id: fc.constantFrom('', 'A-1', 'A-2', 'A-3', 'A-4'),
      customer: fc.constantFrom('', 'Анна', 'анна ', 'Борис', 'Вера'),
      rep: fc.constantFrom('Ирина', 'Олег', 'ирина '),
      quantity: fc.constantFrom(1, 2, '3', '', -1, 'много'),
      created: fc.constantFrom('', '01.10.2026', '15.11.2026'),
      refund: fc.constantFrom('', 0, 100, '50,5'),
    });
    // Every row has two cells at least: a row with one cell at the end is a footer only when that cell is the
    // first, which a column order changes (real footers are no column of the table).
    const line = fc.record({ rep: fc.constantFrom('Ирина', 'Олег'), quantity: fc.constantFrom(1, 4, 'x') });
    const row = fc.oneof(
      { arbitrary: order, weight: 4 },
      { arbitrary: line.map((l) => ({ line: l })), weight: 1 },
    );
    const HEADER = [
      'Дата',
      'Сумма, руб.',
      'Статус',
      '№ заказа',
      'Клиент',
      'Менеджер',
      'Кол-во',
      'Дата создания',
      'Сумма возврата',
    ];
    const toCells = (r: Record<string, unknown>): unknown[] =>
      'line' in r
        ? [
            '',
            '',
            '',
            '',
            '',
            (r.line as { rep: string }).rep,
            (r.line as { quantity: unknown }).quantity,
            '',
            '',
          ]
        : [r.date, r.amount, r.status, r.id, r.customer, r.rep, r.quantity, r.created, r.refund];
    const figures = (values: unknown[][]) => {
      const result = readLog(values, RU);
      if (!result.ok) return result.error.code;
      const out: unknown[] = [result.quality.skippedCount, result.quality.continuationLines];
      const team = computeKpis(result.log, { period: 'month' });
      for (const p of tablePeriods(team)) out.push(kpiValues(team, p.index));
      const groups = groupRows(values, result.log, 'rep');
      const byRep = computeKpis(result.log, { period: 'month', groups });
      for (const p of tablePeriods(byRep)) {
        for (let g = 0; g < groups!.names.length; g++)
          out.push(groups!.names[g], kpiValues(byRep, p.index, g));
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer(), (rows, seed) => {
        const values = [HEADER, ...rows.map(toCells)];
        const order = shuffle(
          HEADER.map((_, i) => i),
          seed,
        );
        const shuffled = values.map((cells) => order.map((i) => cells[i]));
        expect(figures(shuffled)).toEqual(figures(values));
      }),
      { numRuns: 150 },
    );
  });

  it('never changes the multiset of (day, kind, amount) when data rows are shuffled', () => {
    const row = fc.tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d) - 3 * 3_600_000)),
        fc.constantFrom('05.11.2026', '2026-02-31', '', '01.01.2026 10:00'),
      ),
      fc.oneof(fc.integer({ min: -500, max: 5000 }), fc.constantFrom('1 234,56', '1.234', '', 'x')),
      // Never blank: a row with a blank status may be a continuation line or a footer, which depend on row order.
      fc.constantFrom('Оплачено', 'Отказ', 'Переговоры', 'Возврат', 'Странный', 'Частично возвращён'),
      fc.constantFrom('', '03.03.2026'),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer(), (rows, seed) => {
        const header = ['Дата', 'Сумма', 'Статус', 'Дата создания'];
        const before = readLog([header, ...rows], RU);
        const after = readLog([header, ...shuffle(rows, seed)], RU);
        expect(after.ok).toBe(before.ok);
        if (!before.ok || !after.ok) return;
        expect(multiset(after.log)).toEqual(multiset(before.log));
        expect(after.quality.skippedCount).toBe(before.quality.skippedCount);
        expect(after.quality.rows).toBe(before.quality.rows);
      }),
      { numRuns: 200 },
    );
  });
});

function summary(log: SalesLog) {
  const counts = { won: 0, lost: 0, open: 0, return: 0, wonAmount: 0 };
  for (const r of rowsOf(log)) {
    counts[r.kind]++;
    if (r.kind === 'won') counts.wonAmount += r.amount;
  }
  counts.wonAmount = Math.round(counts.wonAmount * 100) / 100;
  return counts;
}

function multiset(log: SalesLog): string[] {
  return rowsOf(log)
    .map((r) => `${r.day} ${r.kind} ${r.amount}`)
    .sort();
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = (s >>> 8) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
