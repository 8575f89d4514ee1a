import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatDay } from '../../../src/kpi/calendar/day';
import { buildReportModel } from '../../../src/kpi/report/buildReportModel';
import { generateSample } from '../../../src/kpi/sample/generateSample';
import { pickWeighted, seededRandom } from '../../../src/kpi/sample/random';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';

const TODAY = dayFromCivil(2026, 11, 25);

describe('generateSample', () => {
  const en = generateSample({ lang: 'en', today: TODAY });
  const ru = generateSample({ lang: 'ru', today: TODAY });

  it('is the same for the same options, and differs with the seed', () => {
    expect(generateSample({ lang: 'en', today: TODAY })).toEqual(en);
    expect(generateSample({ lang: 'en', today: TODAY, seed: 7 }).sales.values).not.toEqual(en.sales.values);
  });

  it('writes about 300 deals over the last 14 months up to today, oldest first, with data in the current month', () => {
    const dates = en.sales.values.slice(1).map((row) => row[0] as string);
    expect(dates).toHaveLength(300);
    expect(dates[0] >= '2025-10-01').toBe(true);
    expect(dates.at(-1)! <= formatDay(TODAY)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.filter((d) => d.startsWith('2026-11')).length).toBeGreaterThan(10);
    expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBe(14);
  });

  it('uses headers, stages and names of the language, and the names of the targets sheet', () => {
    expect(en.sales.values[0]).toEqual(['Date', 'Deal ID', 'Customer', 'Rep', 'Channel', 'Stage', 'Amount']);
    expect(ru.sales.values[0]).toEqual([
      'Дата',
      'ID сделки',
      'Клиент',
      'Менеджер',
      'Канал',
      'Этап сделки',
      'Сумма',
    ]);
    expect(new Set(ru.sales.values.slice(1).map((row) => row[5]))).toEqual(
      new Set(['Успешно', 'Отказ', 'В работе', 'Возврат']),
    );
    expect([en.sales.name, en.spend.name, en.targets.name]).toEqual([
      'Sales (sample)',
      'Marketing spend (sample)',
      'KPI Targets',
    ]);
    expect([ru.sales.name, ru.spend.name, ru.targets.name]).toEqual([
      'Продажи (пример)',
      'Расходы (пример)',
      'Цели KPI',
    ]);
    expect(ru.targets.values[0]).toEqual(['Период', 'Менеджер', 'KPI', 'Цель']);
  });

  it('builds a report with targets that add up and no data-quality issue', () => {
    for (const [lang, sample] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      const result = buildReportModel({
        sales: sample.sales,
        spend: sample.spend,
        targets: sample.targets,
        settings: DEFAULT_SETTINGS,
        sheetNames: [],
        locale: lang === 'ru' ? 'ru_RU' : 'en_US',
        timeZone: 'UTC',
        lang,
        today: TODAY,
        generatedAt: '',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const { model } = result;
      expect(model.dataQuality.map((item) => item.kind)).toEqual(['rows', 'rows']);
      expect(model.dataQuality).toMatchObject([{ rows: 300, skipped: 0 }, { skipped: 0 }]);
      expect(model.scorecard.rows[0].target).toBeGreaterThan(0);
      expect(model.scorecard.rows.find((r) => r.key === 'conversion')?.target).toBe(0.35);
      expect(model.leaderboard!.filter((r) => r.target !== null)).toHaveLength(4);
      expect(model.channels!.length).toBe(4);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('picks by weight', () => {
    const random = seededRandom(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[pickWeighted([1, 0, 2], random)]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(1.6);
  });
});
