import { describe, expect, it } from 'vitest';
import { book, hubspotBook, sheetNames, values } from './_addon';

describe('insertSampleData', () => {
  it('adds a sales log, a spend table and targets in the user language, and the report builds from them', () => {
    const { env, bundle } = book({ locale: 'ru_RU', userLocale: 'ru', sheets: { Лист1: [] } });
    bundle.call('insertSampleData');
    expect(sheetNames(env)).toEqual(['Лист1', 'Продажи (пример)', 'Расходы (пример)', 'Цели KPI']);
    expect(env.snapshot().activeSheet).toBe('Продажи (пример)');
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      'Пример данных добавлен на листы «Продажи (пример)», «Расходы (пример)», «Цели KPI». ' +
        'Теперь выберите Расширения → Sales KPI → Построить отчёт KPI.',
    ]);
    const sales = values(env, 'Продажи (пример)');
    expect(sales[0]).toEqual(['Дата', 'ID сделки', 'Клиент', 'Менеджер', 'Канал', 'Этап сделки', 'Сумма']);
    expect(sales).toHaveLength(301);
    expect(sales[1][0]).toBeInstanceOf(Date); // typed ISO dates became date cells
    expect(typeof sales[1][6]).toBe('number');
    const targets = values(env, 'Цели KPI');
    expect(env.snapshot().sheets.map((s) => [s.name, s.metadata])).toContainEqual([
      'Цели KPI',
      [{ key: 'salesKpi.targets', value: 'targets' }],
    ]);
    // Period labels stay text (typed, `2026-11` would become a date); the conversion target is 35 %.
    expect(targets.slice(1).every((row) => row[0] === '' || /^\d{4}-\d{2}$/.test(row[0] as string))).toBe(
      true,
    );
    expect(targets.at(-1)).toEqual(['', '', 'Конверсия', 0.35]);

    bundle.call('buildKpiReport');
    expect(env.ui.alerts).toHaveLength(1); // only the sample's
    const report = values(env, 'Отчёт KPI');
    expect(report[2].slice(0, 8)).toEqual([
      'Лист продаж',
      'Продажи (пример)',
      '',
      'Лист расходов',
      'Расходы (пример)',
      '',
      'Лист целей',
      'Цели KPI',
    ]);
    expect(report.some((row) => row[0] === 'Цели не сходятся')).toBe(false);
  });

  it('never overwrites a sheet: a taken name gets a number', () => {
    const { env, bundle } = book({ sheets: { 'Sales (sample)': [['mine']], 'KPI Targets': [['mine too']] } });
    bundle.call('insertSampleData');
    expect(sheetNames(env)).toEqual([
      'Sales (sample)',
      'KPI Targets',
      'Sales (sample) (2)',
      'Marketing spend (sample)',
      'KPI Targets (2)',
    ]);
    expect(values(env, 'Sales (sample)')).toEqual([['mine']]);
    expect(values(env, 'KPI Targets')).toEqual([['mine too']]);
    // Neither the user's targets sheet nor the sample's numbered one (not read as targets) is marked.
    expect(env.snapshot().sheets.flatMap((s) => s.metadata)).toEqual([]);
  });

  it('asks first next to a log the report reads, and adds nothing when the answer is No', () => {
    const { env, bundle } = hubspotBook({ asOf: '2026-11-20', columns: { date: 'Close Date' } });
    const before = env.properties.document.toObject().SALES_KPI_SETTINGS;
    env.ui.answerAlert = () => 'NO';
    bundle.call('insertSampleData');
    expect(env.ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      [
        'Sample data',
        'This spreadsheet already has a sales log: “Deals”. Add the sample next to it and point the report at the ' +
          'sample? Your sheets stay as they are.',
        'YES_NO',
      ],
    ]);
    expect(sheetNames(env)).toEqual(['Deals']);
    expect(env.properties.document.toObject().SALES_KPI_SETTINGS).toBe(before);
  });

  it('on Yes adds the sample, points the settings at it, and the next report is the sample’s', () => {
    const { env, bundle } = hubspotBook({
      asOf: '2026-11-20',
      periodType: 'quarter',
      columns: { date: 'Close Date' },
    });
    bundle.call('insertSampleData');
    expect(sheetNames(env)).toEqual(['Deals', 'Sales (sample)', 'Marketing spend (sample)', 'KPI Targets']);
    expect(JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS ?? '')).toEqual({
      salesSheet: 'Sales (sample)',
      spendSheet: 'Marketing spend (sample)',
      periodType: 'quarter',
    });
    expect(env.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'OK']);
    expect(env.ui.alerts[1].prompt).toBe(
      'Sample data added on the sheets “Sales (sample)”, “Marketing spend (sample)”, “KPI Targets”; the report now ' +
        'reads the sample. Now choose Extensions → Sales KPI → Build KPI report. To report on “Deals” again, choose ' +
        'it as the sales sheet in Set targets… → Data.',
    );
    bundle.call('buildKpiReport');
    expect(env.ui.alerts).toHaveLength(2);
    const report = values(env, 'KPI Report');
    expect(report[2].slice(0, 5)).toEqual([
      'Sales sheet',
      'Sales (sample)',
      '',
      'Spend sheet',
      'Marketing spend (sample)',
    ]);
  });

  it('asks in the user’s language, naming the log the settings chose', () => {
    const { env, bundle } = book({
      locale: 'ru_RU',
      userLocale: 'ru',
      sheets: {
        Лист1: [
          ['Дата', 'Сумма'],
          ['05.11.2026', '100'],
        ],
        Мой: [
          ['Дата', 'Сумма'],
          ['06.11.2026', '200'],
        ],
      },
      settings: { salesSheet: 'Мой' },
    });
    env.ui.answerAlert = () => 'NO';
    bundle.call('insertSampleData');
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      'В этой таблице уже есть журнал продаж: «Мой». Добавить пример рядом с ним и строить отчёт по примеру? ' +
        'Ваши листы останутся как есть.',
    ]);
    expect(sheetNames(env)).toEqual(['Лист1', 'Мой']);
  });
});
