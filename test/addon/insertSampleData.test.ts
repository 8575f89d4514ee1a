import { describe, expect, it } from 'vitest';
import { book, sheetNames, values } from './_addon';

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
});
