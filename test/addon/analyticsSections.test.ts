import { describe, expect, it } from 'vitest';
import { runCustomFunction } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import { KPIS } from '../../src/kpi/kpis';
import { readCsv } from '../_support/readCsv';
import { amoBook, type Book, book, hubspotBook, rowOf, values } from './_addon';

/** KPI_TABLE of the same bundle, as a map `period|group` → KPI key → cell (group '' without grouping). */
function kpiTable(bundle: Bundle, args: unknown[]): Map<string, Map<string, unknown>> {
  const rows = runCustomFunction(bundle, 'KPI_TABLE', args as never) as unknown[][];
  const grouped = args[2] !== undefined && args[2] !== '';
  const table = new Map<string, Map<string, unknown>>();
  for (const row of rows.slice(1)) {
    const first = grouped ? 2 : 1;
    table.set(`${row[0]}|${grouped ? row[1] : ''}`, new Map(KPIS.map((k, i) => [k.key, row[first + i]])));
  }
  return table;
}

/** The rows of a report from a title in column A up to the next blank row. */
function block(rows: unknown[][], titleRow: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = titleRow - 1; r < rows.length && rows[r].some((v) => v !== ''); r++) out.push(rows[r]);
  return out;
}

/**
 * Checks the "What changed" section of a built report against KPI_TABLE of the same bundle: P-1 over the whole log
 * (complete), P over the rows up to the as-of day (`cut`), by team, rep and channel.
 */
function checkWhatChanged(
  report: Book,
  sheet: string,
  cut: Book,
  words: {
    title: string;
    reps: string;
    channels: string;
    strengths: string;
    trend: string;
    sentence: RegExp;
  },
  args: { whole: unknown; cut: unknown; month: string },
) {
  const rows = values(report.env, sheet);
  const title = rowOf(report.env, sheet, words.title);
  const section = block(rows, title);
  // Title, sentence, header, P-1, three effects, P, then the notes.
  const [before, orders, check, returns, now] = section.slice(3, 8).map((r) => r.slice(1, 4) as number[]);
  const whole = kpiTable(report.bundle, [args.whole, args.month]);
  const upToAsOf = kpiTable(cut.bundle, [args.cut, args.month]);
  const oct = whole.get('2026-10|')!;
  const nov = upToAsOf.get('2026-11|')!;
  expect(before[0]).toBeCloseTo(oct.get('revenue') as number, 6);
  expect(now[0]).toBeCloseTo(nov.get('revenue') as number, 6);
  expect(orders.slice(1)).toEqual([oct.get('orders'), nov.get('orders')]);
  expect(check[1]).toBeCloseTo(oct.get('average_check') as number, 6);
  expect(check[2]).toBeCloseTo(nov.get('average_check') as number, 6);
  expect(returns[1]).toBeCloseTo(oct.get('returns_amount') as number, 6);
  // The bridge adds up to the cent, and its effects are the spec's formulas (the check effect within half a cent).
  const cents = (x: number) => Math.round(x * 100);
  expect(cents(before[0]) + cents(orders[0]) + cents(check[0]) + cents(returns[0])).toBe(cents(now[0]));
  expect(orders[0]).toBeCloseTo((orders[2] - orders[1]) * check[1], 2);
  expect(Math.abs(check[0] - (check[2] - check[1]) * orders[2])).toBeLessThanOrEqual(0.005);
  expect(returns[0]).toBeCloseTo(returns[1] - returns[2], 6);
  expect(section[1][0]).toMatch(words.sentence);

  // Movers: each figure is KPI_TABLE's by rep or channel; rises then falls, largest first; shares of the change.
  const change = now[0] - before[0];
  for (const [label, by] of [
    [words.reps, 'rep'],
    [words.channels, 'channel'],
  ] as const) {
    const movers = block(rows, rowOf(report.env, sheet, label, title)).slice(2);
    expect(movers.length).toBeGreaterThan(0);
    const groupWhole = kpiTable(report.bundle, [args.whole, args.month, by]);
    const groupCut = kpiTable(cut.bundle, [args.cut, args.month, by]);
    const revenue = (t: typeof whole, key: string) => (t.get(key)?.get('revenue') as number | undefined) ?? 0;
    for (const [name, delta, share, previous, current] of movers as [
      string,
      number,
      number,
      number,
      number,
    ][]) {
      expect(previous, name).toBeCloseTo(revenue(groupWhole, `2026-10|${name}`), 6);
      expect(current, name).toBeCloseTo(revenue(groupCut, `2026-11|${name}`), 6);
      expect(delta, name).toBeCloseTo(current - previous, 6);
      expect(share, name).toBeCloseTo(delta / change, 9);
    }
    const deltas = movers.map((m) => m[1] as number);
    const ups = deltas.filter((d) => d > 0);
    const downs = deltas.filter((d) => d < 0);
    expect(deltas).toEqual([...ups, ...downs]);
    expect(ups).toEqual([...ups].sort((a, b) => b - a));
    expect(downs).toEqual([...downs].sort((a, b) => a - b));
    expect(ups.length).toBeLessThanOrEqual(3);
    expect(downs.length).toBeLessThanOrEqual(3);
    // The sentence names the largest mover the way the team went.
    const top = movers.find((m) => Math.sign(m[1] as number) === Math.sign(change))!;
    expect(section[1][0]).toContain(String(top[0]));
  }
  // Both sections come before the trend.
  const strengthsTitle = rowOf(report.env, sheet, words.strengths, title);
  expect(rowOf(report.env, sheet, words.trend, title)).toBeGreaterThan(strengthsTitle);
}

describe('the analytics sections through the built bundle', () => {
  describe('on the English HubSpot sample (as of 2026-11-20)', () => {
    const report = hubspotBook();
    report.bundle.call('buildKpiReport');
    const upToAsOf = readCsv('hubspot-deals-en.csv').filter(
      (row, i) => i === 0 || String(row[4]) <= '2026-11-20 24',
    );
    const cut = book({ locale: 'en_US', timeZone: 'America/New_York', sheets: { Deals: upToAsOf } });

    it('bridges sales volume of 2026-11 so far against 2026-10 and names who moved it, as KPI_TABLE counts', () => {
      checkWhatChanged(
        report,
        'KPI Report',
        cut,
        {
          title: 'What changed: 2026-11 vs 2026-10',
          reps: 'Who moved it: reps',
          channels: 'Who moved it: channels',
          strengths: 'Strengths and weaknesses',
          trend: 'Trend: last 12 months',
          sentence:
            /^So far \(day 20 of 30\), sales volume fell \d+\.\d% vs 2026-10: \d+ fewer orders \(−\$\d+k\)/,
        },
        { whole: report.env.ref('Deals!A1:I'), cut: cut.env.ref('Deals!A1:I'), month: 'month' },
      );
    });

    it('shows the team first, then every rep of the leaderboard in its order, each with a strength or weakness', () => {
      const rows = values(report.env, 'KPI Report');
      const strengths = block(rows, rowOf(report.env, 'KPI Report', 'Strengths and weaknesses')).slice(2, -1); // the note last
      const reps = block(rows, rowOf(report.env, 'KPI Report', 'Reps'))
        .slice(2)
        .map((r) => r[0]);
      const who = [...new Set(strengths.map((r) => r[0]))];
      expect(who).toEqual(['Team', ...reps]);
      for (const row of strengths) {
        for (const [kpi, reading] of [
          [row[1], row[2]],
          [row[5], row[6]],
        ]) {
          if (kpi === '—') expect(reading).toBe('');
          else
            expect(reading).toMatch(
              /^(\d+\.\d% of target|[+−]\d+\.\d% vs median .+)( · (best|worst) in \d+ months)?$/,
            );
        }
      }
    });
  });

  describe('on the Russian amoCRM sample (as of 2026-11-20)', () => {
    const report = amoBook();
    report.bundle.call('buildKpiReport');
    // The log's date is the close date, else the created date (dd.mm.yyyy hh:mm:ss).
    const iso = (text: unknown) => String(text).replace(/^(\d\d)\.(\d\d)\.(\d{4}).*$/, '$3-$2-$1');
    const upToAsOf = readCsv('amocrm-deals-ru.csv').filter(
      (row, i) => i === 0 || iso(row[6] === '' ? row[5] : row[6]) <= '2026-11-20',
    );
    const spend = readCsv('marketing-spend-ru.csv');
    const cut = book({ locale: 'ru_RU', userLocale: 'ru', sheets: { Сделки: upToAsOf, Расходы: spend } });

    it('says it in Russian, with the same figures as KPI_TABLE', () => {
      checkWhatChanged(
        report,
        'Отчёт KPI',
        cut,
        {
          title: 'Что изменилось: 2026-11 к 2026-10',
          reps: 'Кто изменил объём: менеджеры',
          channels: 'Кто изменил объём: каналы',
          strengths: 'Сильные и слабые стороны',
          trend: 'Динамика: последние 12 месяцев',
          sentence: /^Пока \(день 20 из 30\) объём продаж снизился на \d+,\d% к 2026-10: .*тыс\. ₽/,
        },
        { whole: report.env.ref("'Сделки'!A1:I"), cut: cut.env.ref("'Сделки'!A1:I"), month: 'месяц' },
      );
    });

    it('judges the team and every rep in Russian words', () => {
      const rows = values(report.env, 'Отчёт KPI');
      const strengths = block(rows, rowOf(report.env, 'Отчёт KPI', 'Сильные и слабые стороны')).slice(2, -1);
      const reps = block(rows, rowOf(report.env, 'Отчёт KPI', 'Менеджеры'))
        .slice(2)
        .map((r) => r[0]);
      expect([...new Set(strengths.map((r) => r[0]))]).toEqual(['Команда', ...reps]);
      expect(strengths[0][0]).toBe('Команда');
      for (const row of strengths) {
        for (const reading of [row[2], row[6]]) {
          if (reading !== '')
            expect(reading).toMatch(
              /^(\d+,\d% от цели|[+−]\d+,\d% к медиане .+)( · (лучший|худший) за \d+ (месяц|месяца|месяцев))?$/,
            );
        }
      }
    });
  });
});
