import { describe, expect, it } from 'vitest';
import { expectKpiRow } from '../_support/expectKpiRow';
import { readCsv } from '../_support/readCsv';
import { sheetWith } from './_bundle';

// KPI_TABLE from the built dist/Code.js, over the sample CRM exports imported into an emulated spreadsheet as
// Sheets imports a CSV (numbers and dates typed in the sheet's locale become numbers and Dates). The expected
// figures were computed separately from the CSV files with a Python script, not with this code.
describe('KPI_TABLE in a spreadsheet', () => {
  it('reads the amoCRM export of a Russian sheet, with the spend table by channel', () => {
    const { env, run } = sheetWith('ru_RU', {
      Продажи: readCsv('amocrm-deals-ru.csv'),
      Расходы: readCsv('marketing-spend-ru.csv'),
    });
    const rows = run('KPI_TABLE', env.ref('Продажи!A1:I'), 'месяц', '', env.ref('Расходы!A1:C')) as (
      | string
      | number
    )[][];
    expect(rows[0].slice(0, 3)).toEqual(['Период', 'Объём продаж', 'Валовые продажи']);
    expectKpiRow(rows, '2026-11', { orders: 11, gross: 785_200, revenue: 785_200, customers: 10 });
    expectKpiRow(rows, '2026-10', { orders: 12, gross: 983_800, customers: 11, returns_amount: 0 });
    // Every row was read: no skipped-rows note at the end.
    expect(String(rows.at(-1)![0])).toMatch(/^\d{4}-\d{2}$/);
    const total = rows.slice(1).reduce((sum, r) => sum + Number(r[4]), 0); // Period, Sales volume, Gross, Returns, Orders
    expect(total).toBe(255); // won deals in the whole export
  });

  it('reads the HubSpot export of an English sheet: refunds, skipped rows, rep groups', () => {
    const { env, run } = sheetWith('en_US', { Deals: readCsv('hubspot-deals-en.csv') });
    const rows = run('KPI_TABLE', env.ref('Deals!A1:I'), 'month') as (string | number)[][];
    expectKpiRow(rows, '2026-10', { orders: 12, gross: 98_682.08, returns_amount: 1250, revenue: 97_432.08 });
    expectKpiRow(rows, '2026-11', { orders: 6, gross: 34_216.7, returns_amount: 830.5 });
    expect(rows.at(-1)![0]).toMatch(/^11 rows skipped; first: row 33/);

    const byRep = run('KPI_TABLE', env.ref('Deals!A1:I'), 'quarter', 'rep') as (string | number)[][];
    expect(byRep[0].slice(0, 2)).toEqual(['Period', 'Group']);
    const q4 = byRep.filter((r) => r[0] === '2026-Q4');
    const teamQ4 = (run('KPI_TABLE', env.ref('Deals!A1:I'), 'quarter') as (string | number)[][]).find(
      (r) => r[0] === '2026-Q4',
    )!;
    expect(q4.reduce((sum, r) => sum + Number(r[3]), 0)).toBeCloseTo(Number(teamQ4[2]), 6); // gross by rep = team
  });

  it('throws a localised message for a log without a date column', () => {
    const { env, run } = sheetWith('ru_RU', {
      Лист: [
        ['Сделка', 'Сумма'],
        ['x', 10],
      ],
    });
    expect(() => run('KPI_TABLE', env.ref('Лист!A1:B2'))).toThrow(
      /KPI_TABLE: .*«Дата».*укажите аргумент columns, например "date=<заголовок>".*«Сделка», «Сумма»/,
    );
  });

  it('refuses an unknown period name', () => {
    const { env, run } = sheetWith('en_US', {
      S: [
        ['Date', 'Amount'],
        ['2026-11-05', 10],
      ],
    });
    expect(() => run('KPI_TABLE', env.ref('S!A1:B2'), 'fortnight')).toThrow(/period “fortnight”/);
  });
});

// The `columns` and `statuses` arguments (spec §6), as text and as ranges, through the built bundle.
describe('KPI_TABLE with columns and statuses', () => {
  // A log whose headers detection does not know, with a stage word it does not know either.
  const LOG = [
    ['Closed on (local)', 'Net', 'Where', 'Client'],
    ['2026-11-02', 100, 'Отгружен', 'a'],
    ['2026-11-10', 300, 'Анализ', 'b'],
    ['2026-11-12', 50, 'Отгружен', 'c'],
    ['2026-12-01', 70, 'В пути', 'a'],
  ];
  const column = (rows: unknown, name: string) => {
    const table = rows as (string | number)[][];
    const at = table[0].indexOf(name);
    return table.slice(1).map((row) => row[at]);
  };

  it('maps columns and statuses given as text', () => {
    const { env, run } = sheetWith('en_US', { Log: LOG });
    const rows = run(
      'KPI_TABLE',
      env.ref('Log!A1:D'),
      'month',
      '',
      '',
      'date=Closed on (local); amount=Net; status=Where; customer=Client',
      'Отгружен=won; Анализ=lost',
    );
    expect(column(rows, 'Period')).toEqual(['2026-11', '2026-12']);
    expect(column(rows, 'Sales volume')).toEqual([150, 0]);
    expect(column(rows, 'Orders')).toEqual([2, 0]);
    expect(column(rows, 'Refusal rate')).toEqual([1 / 3, 0]); // December's «В пути» is unknown: open
  });

  it('maps columns and statuses given as two-column ranges, class names in Russian', () => {
    const { env, run } = sheetWith('ru_RU', {
      Log: LOG,
      Map: [
        ['Поле', 'Заголовок'],
        ['дата', 'Closed on (local)'],
        ['Сумма', 'Net'],
        ['status', 'Where'],
      ],
      Statuses: [
        ['Отгружен', 'успех'],
        ['Анализ', 'отказ'],
        ['В пути', 'открыта'],
      ],
    });
    const rows = run(
      'KPI_TABLE',
      env.ref('Log!A1:D'),
      'месяц',
      '',
      '',
      env.ref('Map!A1:B4'),
      env.ref('Statuses!A1:B3'),
    );
    expect(column(rows, 'Объём продаж')).toEqual([150, 0]);
    expect(column(rows, 'Сделки')).toEqual([3, 1]);
  });

  it('says which field, header or class does not exist and lists what does, in English', () => {
    const { env, run } = sheetWith('en_US', { Log: LOG });
    const log = env.ref('Log!A1:D');
    expect(() => run('KPI_TABLE', log, '', '', '', 'revenue=Net')).toThrow(
      /^KPI_TABLE, argument “columns”: There is no field “revenue”\. Fields: date, amount, status, .*refund/,
    );
    expect(() => run('KPI_TABLE', log, '', '', '', 'date=Close Date; amount=Net')).toThrow(
      /^KPI_TABLE, argument “columns”: There is no column “Close Date”\. Headers found: “Closed on \(local\)”, “Net”, “Where”, “Client”\./,
    );
    expect(() =>
      run('KPI_TABLE', log, '', '', '', 'date=Closed on (local); amount=Net', 'Отгружен=shipped'),
    ).toThrow(
      /^KPI_TABLE, argument “statuses”: “shipped” is not a status class\. Classes: won, lost, open, returned, refunded\./,
    );
  });

  it('says which field, header or class does not exist and lists what does, in Russian', () => {
    const { env, run } = sheetWith('ru_RU', { Log: LOG });
    const log = env.ref('Log!A1:D');
    expect(() => run('KPI_TABLE', log, '', '', '', 'выручка=Net')).toThrow(
      /^KPI_TABLE, аргумент «columns»: Нет поля «выручка»\. Поля: date \(Дата\), amount \(Сумма\)/,
    );
    expect(() => run('KPI_TABLE', log, '', '', '', 'date=Дата; amount=Net')).toThrow(
      /^KPI_TABLE, аргумент «columns»: Нет столбца «Дата»\. Найденные заголовки: «Closed on \(local\)», «Net»/,
    );
    expect(() =>
      run('KPI_TABLE', log, '', '', '', 'date=Closed on (local); amount=Net', 'Отгружен=выигрыш!'),
    ).toThrow(/^KPI_TABLE, аргумент «statuses»: «выигрыш!» — не класс статуса\. Классы: won \(.*\), lost/);
  });

  it('says how to give a column that is still missing: the columns argument, with the headers quoted', () => {
    const { env, run } = sheetWith('en_US', {
      Log: [
        ['When', 'Net'],
        ['2026-11-02', 100],
      ],
    });
    expect(() => run('KPI_TABLE', env.ref('Log!A1:B'), '', '', '', 'amount=Net')).toThrow(
      /^KPI_TABLE: No “Date” column in the sales log\. .*, or give the columns argument, e\.g\. "date=<header>"\. Headers found: “When”, “Net”\.$/,
    );
    const rows = run('KPI_TABLE', env.ref('Log!A1:B'), '', '', '', 'date=When; amount=Net') as unknown[][];
    expect(rows[1].slice(0, 2)).toEqual(['2026-11', 100]);
  });

  it('leaves a figure too large to compute blank and says so in the last row', () => {
    const { env, run } = sheetWith('en_US', {
      Log: [
        ['Date', 'Amount'],
        ['2026-11-02', 1e308],
        ['2026-11-03', 1e308],
      ],
    });
    const rows = run('KPI_TABLE', env.ref('Log!A1:B')) as (string | number)[][];
    expect(column(rows.slice(0, 2), 'Sales volume')).toEqual(['']);
    expect(rows.at(-1)![0]).toMatch(/^\d+ figures? too large to compute left blank: check the amounts$/);
  });
});
