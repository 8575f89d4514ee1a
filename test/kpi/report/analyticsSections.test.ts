import { describe, expect, it } from 'vitest';
import { reportNumberFormats } from '../../../src/kpi/format/numberFormats';
import { layoutReport, type ReportGrid, type SectionKey } from '../../../src/kpi/report/layoutReport';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { AS_OF, model } from './_model';

/** A section's rows (title to last data row, then `after` more), blanks trimmed from the right. */
function rowsOf(grid: ReportGrid, key: SectionKey, after = 0) {
  const place = grid.sections.find((s) => s.key === key)!;
  const trim = (row: (string | number)[]) => {
    const out = [...row];
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  };
  return { place, rows: grid.values.slice(place.titleRow - 1, place.lastRow + after).map(trim) };
}

// The small log of _model.ts as of 2026-11-10. October: Anna 1 000 (Ads), Boris 1 000 (Events): 2 orders, check
// 1 000. November so far: Anna 1 200 less a return of 200 (Ads), Boris 600 (Events), Carl 900 (Referral, his first
// sale): 3 orders, gross 2 700, check 900, sales volume 2 500, +500.
// Orders effect (3 − 2) × 1 000 = 1 000; check effect (900 − 1 000) × 3 = −300; returns effect −200.
describe('the analytics sections of the report', () => {
  const grid = layoutReport(model());
  const en = reportNumberFormats('en_US', 'en');

  it('come on the first page, after the scorecard and before the trend', () => {
    const keys = grid.sections.map((s) => s.key);
    const at = (key: SectionKey) => keys.indexOf(key);
    // After the scorecard (and the pipeline forecast next to it), before the trend, one after the other.
    expect(at('scorecard')).toBeLessThan(at('whatChanged'));
    expect(keys.slice(at('whatChanged'), at('whatChanged') + 5)).toEqual([
      'whatChanged',
      'repMovers',
      'channelMovers',
      'strengths',
      'trend',
    ]);
    for (const key of ['whatChanged', 'repMovers', 'channelMovers', 'strengths'] as const) {
      const s = grid.sections.find((p) => p.key === key)!;
      expect(
        grid.values[s.titleRow - 2].every((v) => v === ''),
        `blank row above ${key}`,
      ).toBe(true);
      expect(grid.fontWeights[s.titleRow - 1][0], key).toBe('bold');
      expect(grid.fontWeights[s.headerRow - 1][0], key).toBe('bold');
      expect(grid.backgrounds[s.headerRow - 1][0], key).toBe('#f3f3f3');
    }
  });

  it('say what changed in one sentence, then bridge the change exactly', () => {
    const { place, rows } = rowsOf(grid, 'whatChanged', 2);
    expect(rows).toEqual([
      ['What changed: 2026-11 vs 2026-10'],
      [
        'So far (day 10 of 30), sales volume rose 25.0% vs 2026-10: 1 more order (+$1k), a smaller average ' +
          'check (−$300) and more returns (−$200); Carl +$900, Referral +$900.',
      ],
      ['Step', 'Amount', 'Before', 'Now'],
      ['Sales volume 2026-10', 2000],
      ['Orders effect', 1000, 2, 3],
      ['Average-check effect', -300, 1000, 900],
      ['Returns effect', -200, 0, 200],
      ['Sales volume 2026-11 so far', 2500],
      [
        'Orders effect = Δorders × the average check before; average-check effect = Δaverage check × orders ' +
          'now; returns effect = −Δreturns. The three add up to the change.',
      ],
      [
        "2026-11 is still running: its sales so far are compared with the whole of 2026-10 (the scorecard's Δ " +
          'compares the forecast).',
      ],
    ]);
    const formats = grid.numberFormats.slice(place.firstRow - 1, place.lastRow).map((r) => r.slice(1, 4));
    expect(formats[1]).toEqual([en.money, en.count, en.count]);
    expect(formats[2]).toEqual([en.money, en.money, en.money]);
    const [start, ...effects] = rows.slice(3, 8).map((r) => r[1] as number);
    expect(start + effects[0] + effects[1] + effects[2]).toBe(effects[3]);
  });

  it('name the reps and channels that moved it, rises first, with their shares of the change', () => {
    expect(rowsOf(grid, 'repMovers').rows).toEqual([
      ['Who moved it: reps'],
      ['Rep', 'Δ sales volume', 'Share of the change', '2026-10', '2026-11'], // sales volume of each month
      ['Carl', 900, 1.8, 0, 900], // no deals last period: all he sold is his rise
      ['Boris', -400, -0.8, 1000, 600],
    ]);
    expect(rowsOf(grid, 'channelMovers').rows.slice(2)).toEqual([
      ['Referral', 900, 1.8, 0, 900],
      ['Events', -400, -0.8, 1000, 600],
    ]);
    const place = grid.sections.find((s) => s.key === 'repMovers')!;
    expect(grid.numberFormats[place.firstRow - 1].slice(1, 5)).toEqual([
      en.money,
      en.ratio,
      en.money,
      en.money,
    ]);
  });

  it('show the team and every rep at their strongest and weakest, with records', () => {
    expect(rowsOf(grid, 'strengths', 1).rows).toEqual([
      ['Strengths and weaknesses'],
      ['Who', 'Strongest KPI', 'How far', '', '', 'Weakest KPI', 'How far'],
      // Forecast 7 500 against 5 000, above every month since 2025-11.
      ['Team', 'Sales volume', '150.0% of target · best in 12 months', '', '', '—'],
      ['Anna', 'Sales volume', '120.0% of target · best in 12 months', '', '', '—'], // 3 000 against 2 500
      ['Boris', '—', '', '', '', 'Sales volume', '90.0% of target'], // 1 800 against 2 000
      ['Carl', '—', '', '', '', '—'], // no target, no earlier month
      [
        'Each KPI’s forecast against its target (attainment), or without a target against its median of the ' +
          '12 periods before.',
      ],
    ]);
  });

  it('fit the columns the rest of the report has, in either language', () => {
    for (const lang of ['en', 'ru'] as const) {
      const m = model({ lang, locale: lang === 'ru' ? 'ru_RU' : 'en_US' });
      const without = layoutReport({ ...m, whatChanged: undefined, strengths: undefined });
      expect(layoutReport(m).columnWidths, lang).toEqual(without.columnWidths);
    }
  });

  it('speak Russian with Russian plurals and the rouble', () => {
    const ru = layoutReport(model({ lang: 'ru', locale: 'ru_RU' }));
    const { rows } = rowsOf(ru, 'whatChanged');
    expect(rows[0]).toEqual(['Что изменилось: 2026-11 к 2026-10']);
    expect(rows[1]).toEqual([
      'Пока (день 10 из 30) объём продаж вырос на 25,0% к 2026-10: на 1 заказ больше (+1 тыс. ₽), средний ' +
        'чек ниже (−300 ₽) и больше возвратов (−200 ₽); Carl +900 ₽, Referral +900 ₽.',
    ]);
    expect(rows[2]).toEqual(['Шаг', 'Сумма', 'Было', 'Стало']);
    expect(rowsOf(ru, 'strengths').rows[2]).toEqual([
      'Команда',
      'Объём продаж',
      '150,0% от цели · лучший за 12 месяцев',
      '',
      '',
      '—',
    ]);
  });

  it('leave the movers out without a rep or channel column, and the section out before the period starts', () => {
    const bare = layoutReport(
      model({
        sales: {
          name: 'Sales',
          values: [
            ['Date', 'Amount'],
            ['2026-10-05', 100],
            ['2026-11-05', 150],
          ],
        },
      }),
    );
    const keys = bare.sections.map((s) => s.key);
    expect(keys).toContain('whatChanged');
    expect(keys).not.toContain('repMovers');
    expect(keys).not.toContain('channelMovers');
    expect(rowsOf(bare, 'whatChanged').rows[1]).toEqual([
      'So far (day 10 of 30), sales volume rose 50.0% vs 2026-10: a larger average check (+$50).',
    ]);
    // A report of December as of 2026-11-10: nothing of P to compare yet.
    const early = model({ settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, reportPeriod: '2026-12' } });
    expect(early.whatChanged).toBeNull();
    expect(layoutReport(early).sections.map((s) => s.key)).not.toContain('whatChanged');
  });
});
