import { describe, expect, it } from 'vitest';
import { whatChangedOf } from '../../../src/kpi/analytics/whatChanged';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis } from '../../../src/kpi/engine/computeKpis';
import { compactMoney, describeWhatChanged } from '../../../src/kpi/i18n/analytics';
import { groupBy, type LogRow, makeLog } from '../../_support/makeLog';

const NOV = parsePeriodLabel('2026-11')!;
const END = dayFromCivil(2026, 11, 30);

/**
 * October: Anna 100 (SEO) + 100 (Ads), Boris 101 (Ads) = 301. November: Anna 80 + 90 (SEO) + 100 (Ads) and a
 * return of 20.25 (SEO), Boris 110 (Ads) + 120.50 (SEO) = 480.25. Anna +49.75, Boris +129.50; SEO +170.25, Ads +9.
 */
const ROWS: LogRow[] = [
  { date: '2026-10-02', kind: 'won', amount: 100, rep: 'Anna', channel: 'SEO' },
  { date: '2026-10-09', kind: 'won', amount: 100, rep: 'Anna', channel: 'Ads' },
  { date: '2026-10-20', kind: 'won', amount: 101, rep: 'Boris', channel: 'Ads' },
  { date: '2026-11-02', kind: 'won', amount: 80, rep: 'Anna', channel: 'SEO' },
  { date: '2026-11-03', kind: 'won', amount: 90, rep: 'Anna', channel: 'SEO' },
  { date: '2026-11-04', kind: 'won', amount: 100, rep: 'Anna', channel: 'Ads' },
  { date: '2026-11-05', kind: 'won', amount: 110, rep: 'Boris', channel: 'Ads' },
  { date: '2026-11-06', kind: 'won', amount: 120.5, rep: 'Boris', channel: 'SEO' },
  { date: '2026-11-07', kind: 'return', amount: 20.25, rep: 'Anna', channel: 'SEO' },
];

/** The section of a log as of a day, with movers by rep and channel. */
function whatChanged(rows: LogRow[], asOf = END, lang: 'en' | 'ru' = 'en') {
  const log = makeLog(rows);
  const options = { period: 'month' as const, include: [NOV.index - 1, NOV.index], lastDay: asOf };
  return whatChangedOf(computeKpis(log, options), {
    period: NOV,
    asOf,
    lang,
    byRep: computeKpis(log, { ...options, groups: groupBy(rows, 'rep') }),
    byChannel: computeKpis(log, { ...options, groups: groupBy(rows, 'channel') }),
  });
}

describe('whatChangedOf', () => {
  it('bridges the team and names the reps and channels that moved it, with their shares', () => {
    const w = whatChanged(ROWS)!;
    expect(w).toMatchObject({ periodLabel: '2026-11', previousLabel: '2026-10', running: false });
    expect(w.bridge).toMatchObject({ change: 179.25, ordersEffect: 200.67, averageCheckEffect: -1.17 });
    expect(w.reps!.up.map((m) => [m.name, m.change, m.share])).toEqual([
      ['Boris', 129.5, 129.5 / 179.25],
      ['Anna', 49.75, 49.75 / 179.25],
    ]);
    expect(w.channels!.up.map((m) => [m.name, m.change])).toEqual([
      ['SEO', 170.25],
      ['Ads', 9],
    ]);
    expect(w.reps!.down).toEqual([]);
  });

  it('compares P so far with the whole of P-1 while P runs, as the scorecard actuals', () => {
    const w = whatChanged(ROWS, dayFromCivil(2026, 11, 4))!;
    expect(w).toMatchObject({ running: true, elapsedDays: 4, periodDays: 30 });
    expect(w.bridge).toMatchObject({ previous: 301, current: 270, ordersNow: 3 });
  });

  it('has nothing to say before P starts', () => {
    expect(whatChanged(ROWS, dayFromCivil(2026, 10, 31))).toBeNull();
  });

  it('counts a rep with no deals last period from 0', () => {
    const rows: LogRow[] = [
      ...ROWS,
      { date: '2026-09-15', kind: 'won', amount: 500, rep: 'Carl', channel: 'Ads' },
      { date: '2026-11-15', kind: 'won', amount: 1000, rep: 'Carl', channel: 'Ads' },
      { date: '2026-11-16', kind: 'won', amount: 60, rep: 'Dora', channel: 'Ads' }, // her first row
    ];
    const w = whatChanged(rows)!;
    expect(w.bridge.change).toBe(1239.25);
    expect(w.reps!.up.map((m) => [m.name, m.previous, m.current, m.change])).toEqual([
      ['Carl', 0, 1000, 1000],
      ['Boris', 101, 230.5, 129.5],
      ['Dora', 0, 60, 60],
    ]);
  });
});

describe('describeWhatChanged', () => {
  it('says what changed, why and who in English and Russian (hand-computed)', () => {
    expect(describeWhatChanged(whatChanged(ROWS)!, 'en', 'en_US')).toBe(
      'Sales volume rose 59.6% vs 2026-10: 2 more orders (+$201), more returns (−$20.25) and a smaller ' +
        'average check (−$1.17); Boris +$130, SEO +$170.',
    );
    expect(describeWhatChanged(whatChanged(ROWS, END, 'ru')!, 'ru', 'ru_RU')).toBe(
      'Объём продаж вырос на 59,6% к 2026-10: на 2 заказа больше (+201 ₽), больше возвратов (−20,25 ₽) и ' +
        'средний чек ниже (−1,17 ₽); Boris +130 ₽, SEO +170 ₽.',
    );
  });

  it('reads a fall in thousands with the right plurals, and names the largest fall', () => {
    // October: 12 orders of 6 000 = 72 000. November: 8 orders of 3 750 = 30 000 (−58.3 %).
    // Orders effect −4 × 6 000 = −24 000; average-check effect (3 750 − 6 000) × 8 = −18 000.
    const rows: LogRow[] = [
      ...Array.from({ length: 12 }, (_, i) => ({
        date: `2026-10-${String(i + 1).padStart(2, '0')}`,
        kind: 'won' as const,
        amount: 6000,
        rep: i < 6 ? 'Anna' : 'Boris',
        channel: i < 3 ? 'SEO' : 'Ads',
      })),
      ...Array.from({ length: 8 }, (_, i) => ({
        date: `2026-11-${String(i + 1).padStart(2, '0')}`,
        kind: 'won' as const,
        amount: 3750,
        rep: i < 1 ? 'Anna' : 'Boris',
        channel: 'Ads',
      })),
    ];
    // Anna 36 000 → 3 750 (−32 250); Boris 36 000 → 26 250 (−9 750); SEO 18 000 → 0; Ads 54 000 → 30 000.
    expect(describeWhatChanged(whatChanged(rows)!, 'en', 'en_US')).toBe(
      'Sales volume fell 58.3% vs 2026-10: 4 fewer orders (−$24k) and a smaller average check (−$18k); ' +
        'Anna −$32k, Ads −$24k.',
    );
    expect(describeWhatChanged(whatChanged(rows, END, 'ru')!, 'ru', 'ru_RU')).toBe(
      'Объём продаж снизился на 58,3% к 2026-10: на 4 заказа меньше (−24 тыс. ₽) и средний чек ниже ' +
        '(−18 тыс. ₽); Anna −32 тыс. ₽, Ads −24 тыс. ₽.',
    );
  });

  it('says the amount when the period before sold nothing, and that P is still running', () => {
    const rows: LogRow[] = [
      { date: '2026-10-02', kind: 'lost', amount: 900, rep: '', channel: 'Web' },
      { date: '2026-11-02', kind: 'won', amount: 300, rep: '', channel: 'Web' },
      { date: '2026-11-03', kind: 'won', amount: 200, rep: '', channel: 'Web' },
    ];
    const w = whatChanged(rows, dayFromCivil(2026, 11, 10))!;
    expect(describeWhatChanged(w, 'en', 'en_GB')).toBe(
      'So far (day 10 of 30), sales volume rose £500 vs 2026-10: 2 more orders (+£500); rows without a rep +£500, Web +£500.',
    );
    expect(describeWhatChanged(w, 'ru', 'ru_RU')).toBe(
      'Пока (день 10 из 30) объём продаж вырос на 500 ₽ к 2026-10: на 2 заказа больше (+500 ₽); ' +
        'строки без менеджера +500 ₽, Web +500 ₽.',
    );
  });

  it('says when nothing changed', () => {
    const rows: LogRow[] = [
      { date: '2026-10-02', kind: 'won', amount: 100 },
      { date: '2026-11-02', kind: 'won', amount: 100 },
    ];
    expect(describeWhatChanged(whatChanged(rows)!, 'en', 'en_US')).toBe(
      'Sales volume did not change vs 2026-10.',
    );
  });
});

describe('compactMoney', () => {
  it('shortens amounts to thousands, millions and billions with the locale currency', () => {
    expect(compactMoney(-52340, 'en_US', 'en')).toBe('−$52k');
    expect(compactMoney(1234567, 'en_US', 'en', true)).toBe('+$1.2M');
    expect(compactMoney(1234567, 'ru_RU', 'ru', true)).toBe('+1,2 млн ₽');
    expect(compactMoney(3_400_000_000, 'ru_RU', 'ru')).toBe('3,4 млрд ₽');
    expect(compactMoney(999_960, 'en_US', 'en')).toBe('$1M');
    expect(compactMoney(9_960, 'en_US', 'en')).toBe('$10k');
    expect(compactMoney(999.6, 'en_US', 'en')).toBe('$1k');
    expect(compactMoney(661.68, 'de_DE', 'en')).toBe('662 €');
    expect(compactMoney(661.68, 'en_IE', 'en')).toBe('€662');
    expect(compactMoney(12.5, 'de_DE', 'ru')).toBe('12,50 €');
    expect(compactMoney(0, 'en_US', 'en', true)).toBe('$0');
    expect(compactMoney(1500, 'fr_CH', 'en')).toBe('1.5k');
  });
});
