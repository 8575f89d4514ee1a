import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KpiTableCellsOptions, kpiTableCells } from '../../../src/kpi/engine/kpiTableCells';
import type { Cell } from '../../../src/kpi/engine/totalsGridRows';
import { KPIS } from '../../../src/kpi/kpis';
import { expectKpiRow } from '../../_support/expectKpiRow';

const EN: KpiTableCellsOptions = { locale: 'en_US', timeZone: 'Europe/Moscow', lang: 'en' };
const RU: KpiTableCellsOptions = { locale: 'ru_RU', timeZone: 'Europe/Moscow', lang: 'ru' };

function rowsOf(values: unknown[][], options: Partial<KpiTableCellsOptions> = {}, base = EN): Cell[][] {
  const result = kpiTableCells(values, { ...base, ...options });
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

// A small English log with a known answer for every column. Two months; order B1 has two lines; R1 is a refund
// (negative amount, even though its status says Won); the "Returned" row is a return line of October's order A2
// (spec v2: with an id of its own it would be a sale and a return); B4 is open with no amount; the
// last row has an impossible date.
const LOG_EN: unknown[][] = [
  ['Order ID', 'Date', 'Amount', 'Status', 'Customer', 'Rep', 'Channel', 'Qty'],
  ['A1', '2026-10-03', 100, 'Won', 'Acme', 'Ann', 'Ads', 2],
  ['A2', '2026-10-10', '$200.00', 'Won', 'Beta', 'Bob', 'SEO', 1],
  ['A3', '2026-10-12', 50, 'Lost', 'Gamma', 'Ann', 'Ads', ''],
  ['A4', '2026-10-20', 80, 'Open', 'Delta', 'Bob', 'SEO', ''],
  ['B1', '2026-11-02', 300, 'Closed Won', 'ACME ', 'Ann', 'Ads', 3],
  ['B1', '2026-11-02 15:00', 100, 'closed won', 'acme', 'Ann', 'Ads', 1],
  ['B2', '11/05/2026', 150, 'Won', 'Gamma', 'Bob', 'SEO', 1],
  ['B3', '2026-11-06', 70, 'Lost', 'Beta', 'Bob', 'SEO', ''],
  ['B4', '2026-11-07', '', 'Open', 'Epsilon', 'Ann', 'Ads', ''],
  ['R1', '2026-11-08', -40, 'Won', 'Acme', 'Ann', 'Ads', ''],
  ['A2', '2026-11-09', 60, 'Returned', 'Beta', 'Bob', 'SEO', ''],
  ['', '', '', '', '', '', '', ''],
  ['B6', '2026-02-31', 10, 'Won', 'Zeta', 'Ann', 'Ads', 1],
];

const SPEND_EN: unknown[][] = [
  ['Date', 'Channel', 'Spend'],
  ['2026-10-01', 'Ads', 100],
  ['2026-11-01', 'Ads', 200],
  ['2026-11-01', 'SEO', 50],
  ['2026-11-01', 'TV', 30], // a channel with spend and no sales
];

describe('kpiTableCells', () => {
  it('has the spec columns in the spec order, in English and in Russian', () => {
    expect(rowsOf(LOG_EN)[0]).toEqual([
      'Period',
      'Sales volume',
      'Gross sales',
      'Returns',
      'Orders',
      'Units',
      'Average check',
      'Deals',
      'Conversion',
      'Win rate',
      'Refusal rate',
      'Return rate',
      'Customers',
      'New customers',
      'Retention',
      'Marketing spend',
      'ROMI',
      'CAC',
      'Returning customers', // spec v2: appended after CAC
      'Sales cycle (days)', // spec v2 §6: the last three appended in this order
      'Open pipeline',
    ]);
    expect(rowsOf(LOG_EN, { lang: 'ru' })[0].slice(0, 4)).toEqual([
      'Период',
      'Объём продаж',
      'Валовые продажи',
      'Возвраты',
    ]);
    expect(rowsOf(LOG_EN, { lang: 'ru' })[0].slice(-4)).toEqual([
      'Стоимость привлечения',
      'Повторные клиенты',
      'Цикл сделки, дней',
      'Открытые сделки, сумма',
    ]);
    expect(rowsOf(LOG_EN, { groupBy: 'rep' })[0].slice(0, 3)).toEqual(['Period', 'Group', 'Sales volume']);
  });

  it('computes every KPI of a month by hand', () => {
    const rows = rowsOf(LOG_EN, { spend: SPEND_EN });
    expectKpiRow(rows, '2026-10', {
      revenue: 300,
      gross: 300, // 100 + 200 ("$200.00" read as text)
      returns_amount: 0,
      orders: 2,
      units: 3,
      average_check: 150,
      deals: 4, // A1 A2 A3 A4
      conversion: 0.5,
      win_rate: 2 / 3,
      refusal_rate: 0.25,
      return_rate: 0,
      customers: 2, // Acme, Beta
      new_customers: 2,
      retention: '', // no customers in September: S = 0
      spend: 100,
      romi: 2, // (300 − 100) / 100
      cac: 50, // 100 / 2
      returning_customers: 0, // Acme and Beta both buy for the first time
      sales_cycle: '', // no created column
      open_pipeline: 80, // A4
    });
    expectKpiRow(rows, '2026-11', {
      revenue: 450, // 550 − 100
      gross: 550, // B1 300 + 100, B2 150
      returns_amount: 100, // R1 40 (negative amount) + A2's return line 60 (Returned)
      orders: 2, // B1 (two lines, one order), B2
      units: 5,
      average_check: 275,
      deals: 4, // B1 B2 B3 B4: return rows are not deals
      conversion: 0.5,
      win_rate: 2 / 3,
      refusal_rate: 0.25,
      return_rate: 1, // 2 return rows / 2 orders
      customers: 2, // Acme (spelled "ACME " and "acme"), Gamma
      new_customers: 1, // Gamma: Acme first won in October
      retention: 0.5, // |{Acme}| / |{Acme, Beta}|: Acme of October's customers bought again
      spend: 280, // Ads 200 + SEO 50 + TV 30
      romi: (450 - 280) / 280,
      cac: 280,
      returning_customers: 1, // Acme, who bought in October; Gamma is new
      sales_cycle: '',
      open_pipeline: 0, // B4 is open without an amount: it adds nothing
    });
  });

  it('ends with a note on skipped rows that names the first reason', () => {
    const rows = rowsOf(LOG_EN);
    const last = rows.at(-1)!;
    expect(last).toHaveLength(rows[0].length);
    expect(last[0]).toMatch(/^1 row skipped/);
    expect(last[0]).toContain('row 14');
    expect(last[0]).toContain('2026-02-31');
    expect(last.slice(1).every((c) => c === '')).toBe(true);
    expect(rowsOf(LOG_EN.slice(0, -1)).at(-1)![0]).toBe('2026-11'); // no note without skipped rows
  });

  it('splits every KPI by rep, retention and new customers included', () => {
    const rows = rowsOf(LOG_EN, { groupBy: 'rep', spend: SPEND_EN });
    expect(rows.slice(1, -1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      '2026-10 Ann',
      '2026-10 Bob',
      '2026-11 Ann',
      '2026-11 Bob',
    ]);
    expectKpiRow(
      rows,
      '2026-10',
      { revenue: 100, orders: 1, deals: 2, conversion: 0.5, customers: 1, new_customers: 1 },
      'Ann',
    );
    expectKpiRow(
      rows,
      '2026-11',
      {
        revenue: 360,
        returns_amount: 40,
        customers: 1,
        new_customers: 0,
        retention: 1,
        returning_customers: 1,
      },
      'Ann',
    );
    // Gamma was lost by Ann in October and won by Bob in November: new for Bob.
    expectKpiRow(
      rows,
      '2026-11',
      {
        revenue: 90,
        returns_amount: 60,
        customers: 1,
        new_customers: 1,
        retention: 0,
        returning_customers: 0,
      },
      'Bob',
    );
    // Spend cannot be split by rep.
    expectKpiRow(rows, '2026-11', { spend: '', romi: '', cac: '' }, 'Ann');
  });

  it('bounds retention: customers back after a gap are not retained (never above 100 %)', () => {
    // Sep: A B C D. Oct: A. Nov: A B C D again. The old (customers − new) / customers(P-1) gave 4 / 1 = 400 %.
    const rows = rowsOf([
      ['Date', 'Amount', 'Status', 'Customer'],
      ['2026-09-01', 10, 'Won', 'A'],
      ['2026-09-02', 10, 'Won', 'B'],
      ['2026-09-03', 10, 'Won', 'C'],
      ['2026-09-04', 10, 'Won', 'D'],
      ['2026-10-05', 10, 'Won', 'A'],
      ['2026-11-06', 10, 'Won', 'A'],
      ['2026-11-07', 10, 'Won', 'B'],
      ['2026-11-08', 10, 'Won', 'c'],
      ['2026-11-09', 10, 'Won', 'D'],
    ]);
    expectKpiRow(rows, '2026-09', { customers: 4, new_customers: 4, retention: '', returning_customers: 0 });
    expectKpiRow(rows, '2026-10', {
      customers: 1,
      new_customers: 0,
      retention: 0.25,
      returning_customers: 1,
    }); // A of A B C D
    // Returning customers are not bounded by the period before: B, C and D come back after a gap.
    expectKpiRow(rows, '2026-11', { customers: 4, new_customers: 0, retention: 1, returning_customers: 4 }); // A of A
  });

  it('splits spend by channel, with channels that only the spend table names', () => {
    const rows = rowsOf(LOG_EN, { groupBy: 'channel', spend: SPEND_EN });
    expectKpiRow(rows, '2026-11', { revenue: 360, spend: 200, romi: 0.8, cac: '' }, 'Ads'); // no new customer
    expectKpiRow(rows, '2026-11', { revenue: 90, spend: 50, romi: 0.8, cac: 50 }, 'SEO');
    expectKpiRow(rows, '2026-11', { revenue: 0, orders: 0, spend: 30, romi: -1, cac: '' }, 'TV');
    expectKpiRow(rows, '2026-10', { spend: 0, romi: '' }, 'TV');
  });

  it('groups by any header text, case-insensitive', () => {
    const rows = rowsOf(LOG_EN, { groupBy: 'customer' });
    expectKpiRow(rows, '2026-11', { gross: 400, orders: 1 }, 'Acme'); // named by its first spelling
  });

  it('lists every period from the first to the last, empty ones included, for each period type', () => {
    const log = [
      ['Date', 'Amount'],
      ['2026-01-15', 10],
      ['2026-04-02', 20],
    ];
    expect(rowsOf(log).map((r) => r[0])).toEqual(['Period', '2026-01', '2026-02', '2026-03', '2026-04']);
    expectKpiRow(rowsOf(log), '2026-02', { revenue: 0, orders: 0, average_check: '' });
    expect(rowsOf(log, { period: 'quarter' }).map((r) => r[0])).toEqual(['Period', '2026-Q1', '2026-Q2']);
    expect(rowsOf(log, { period: 'year' }).map((r) => r[0])).toEqual(['Period', '2026']);
    const weeks = rowsOf(log, { period: 'week' }).map((r) => r[0]);
    expect(weeks[1]).toBe('2026-W03');
    expect(weeks.at(-1)).toBe('2026-W14');
    expect(weeks).toHaveLength(1 + 12);
  });

  it('makes deals, conversion and rates blank without a status column, and customer KPIs without customers', () => {
    const rows = rowsOf([
      ['Date', 'Amount'],
      ['2026-11-05', 120],
      ['2026-11-06', -20],
    ]);
    expectKpiRow(rows, '2026-11', {
      revenue: 100,
      orders: 1, // every row is won
      units: '',
      deals: '',
      conversion: '',
      win_rate: '',
      refusal_rate: '',
      return_rate: 1,
      customers: '',
      new_customers: '',
      retention: '',
      spend: '',
      romi: '',
      cac: '',
      returning_customers: '', // no customer column
    });
  });

  it('reads a Russian log: space thousands, ₽, dd.MM.yyyy HH:mm:ss, Russian stages', () => {
    const rows = rowsOf(
      [
        ['ID', 'Бюджет', 'Ответственный', 'Этап сделки', 'Дата создания', 'Дата закрытия', 'Компания'],
        [
          1,
          '26 000',
          'Игорь',
          'Успешно реализовано',
          '02.05.2026 10:00:00',
          '04.06.2026 10:56:00',
          'ООО «А»',
        ],
        [
          2,
          '1 234,56 ₽',
          'Анна',
          'Успешно реализовано',
          '02.06.2026 10:00:00',
          '30.06.2026 23:59:00',
          'ООО «Б»',
        ],
        [
          3,
          '43 200',
          'Игорь',
          'Закрыто и не реализовано',
          '24.05.2026 10:00:00',
          '25.06.2026 18:05:00',
          'ООО «В»',
        ],
        [4, '10 000', 'Анна', 'Переговоры', '20.06.2026 10:00:00', '', 'ООО «Г»'], // open: no close date → created
        [5, '1.234', 'Анна', 'Успешно реализовано', '01.06.2026', '05.06.2026', 'ООО «Д»'], // ambiguous: skipped
      ],
      {},
      RU,
    );
    expectKpiRow(rows, '2026-06', {
      revenue: 27234.56,
      gross: 27234.56, // 26 000 + 1 234,56 ₽
      returns_amount: 0,
      orders: 2,
      units: '', // no quantity column
      average_check: 13617.28,
      deals: 4, // two won, one lost, one open (dated by its created date)
      conversion: 0.5,
      win_rate: 2 / 3,
      refusal_rate: 0.25,
      return_rate: 0,
      customers: 2,
      new_customers: 2,
      retention: '', // no customers in May
      spend: '', // no spend table
      romi: '',
      cac: '',
      returning_customers: 0,
    });
    expect(rows.map((r) => r[0]).slice(1, -1)).toEqual(['2026-06']); // created dates don't move closed deals
    expect(rows.at(-1)![0]).toMatch(/^Пропущена 1 строка|^1 строка пропущена|^Пропущ/);
  });

  it('explains a missing required column in the user language', () => {
    const result = kpiTableCells(
      [
        ['Deal', 'Amount'],
        ['x', 1],
      ],
      EN,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('KPI_TABLE');
      expect(result.message).toContain('Date');
      expect(result.message).toContain('Headers found: “Deal”, “Amount”.');
      expect(result.message).toContain('give the columns argument, e.g. "date=<header>"');
    }
    const ru = kpiTableCells(
      [
        ['Сделка', 'Сумма'],
        ['x', 1],
      ],
      RU,
    );
    expect(!ru.ok && ru.message).toContain('Дата');
    expect(!ru.ok && ru.message).toContain('«Сделка», «Сумма»');
  });

  it('explains an unknown group_by', () => {
    const result = kpiTableCells(LOG_EN, { ...EN, groupBy: 'Region' });
    expect(!result.ok && result.message).toMatch(/group_by “Region”.*Order ID, Date, Amount/);
  });

  describe('properties', () => {
    const arbitraryLog = fc.array(
      fc.record({
        id: fc.integer({ min: 1, max: 30 }),
        day: fc.integer({ min: 1, max: 90 }),
        amount: fc.integer({ min: -500, max: 5000 }),
        status: fc.constantFrom('Won', 'Lost', 'Open', 'Returned', 'Negotiation'),
        customer: fc.constantFrom('A', 'b', 'B', 'C', ''),
        rep: fc.constantFrom('Ann', 'Bob', 'ann', ''),
      }),
      { minLength: 1, maxLength: 60 },
    );
    const toValues = (
      rows: { id: number; day: number; amount: number; status: string; customer: string; rep: string }[],
    ) => [
      ['ID', 'Date', 'Amount', 'Status', 'Customer', 'Rep'],
      ...rows.map((r) => [
        r.id,
        new Date(Date.UTC(2026, 0, r.day) - 3 * 3600_000),
        r.amount,
        r.status,
        r.customer,
        r.rep,
      ]),
    ];
    const column = (rows: Cell[][], key: string, offset: number) => {
      const at = offset + KPIS.findIndex((k) => k.key === key);
      return rows.slice(1).map((r) => r[at]);
    };

    it('sums additive KPIs over reps to the team figure (without ids that span reps)', () => {
      fc.assert(
        fc.property(arbitraryLog, (rows) => {
          // Distinct counts are additive only when an id belongs to one rep: make ids unique per row here.
          const values = toValues(rows.map((r, i) => ({ ...r, id: i + 1 })));
          const team = rowsOf(values);
          const byRep = rowsOf(values, { groupBy: 'rep' });
          for (const key of ['revenue', 'gross', 'returns_amount', 'orders', 'deals']) {
            const teamColumn = column(team, key, 1);
            team.slice(1).forEach((row, i) => {
              const sum = byRep
                .slice(1)
                .filter((r) => r[0] === row[0])
                .reduce((s, r) => s + Number(r[2 + KPIS.findIndex((k) => k.key === key)] || 0), 0);
              expect(sum).toBeCloseTo(Number(teamColumn[i] || 0), 6);
            });
          }
        }),
      );
    });

    it('never changes a result when the rows are reordered', () => {
      fc.assert(
        fc.property(arbitraryLog, fc.infiniteStream(fc.nat()), (rows, seeds) => {
          const shuffled = [...rows];
          const it = seeds[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          expect(rowsOf(toValues(shuffled), { groupBy: 'rep' })).toEqual(
            rowsOf(toValues(rows), { groupBy: 'rep' }),
          );
        }),
      );
    });

    it('keeps sales volume = gross sales − returns', () => {
      fc.assert(
        fc.property(arbitraryLog, (rows) => {
          const table = rowsOf(toValues(rows));
          const revenue = column(table, 'revenue', 1);
          const gross = column(table, 'gross', 1);
          const returns = column(table, 'returns_amount', 1);
          revenue.forEach((r, i) => {
            expect(r).toBeCloseTo(Number(gross[i]) - Number(returns[i]), 6);
          });
        }),
      );
    });
  });
});
