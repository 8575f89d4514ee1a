import { describe, expect, it } from 'vitest';
import type { Environment } from '../../emulator/index';
import { amoBook, book, hubspotBook, sheetNames, values } from './_addon';

const cardsOf = (env: Environment, name = 'Rep cards') => env.snapshot().sheets.find((s) => s.name === name)!;

describe('the rep cards sheet, through the built bundle', () => {
  describe('on the English HubSpot sample', () => {
    const { env, bundle } = hubspotBook();
    bundle.call('buildKpiReport');
    const sheet = cardsOf(env);
    const rows = values(env, 'Rep cards');
    const report = values(env, 'KPI Report');
    // The report's reps table: rep → its row (sales volume in column C).
    const leaderboard = (() => {
      const header = report.findIndex((row) => row[0] === 'Rep' && row[1] === 'Rank');
      const end = report.findIndex((row, i) => i > header && row[0] === '');
      return new Map(report.slice(header + 1, end).map((row) => [row[0], row]));
    })();
    const leaderboardReps = [...leaderboard.keys()];

    it("is written by the report build, marked as the add-on's, while the report stays the sheet shown", () => {
      expect(sheetNames(env)).toContain('Rep cards');
      expect(sheet.metadata).toEqual([{ key: 'salesKpi.repCards', value: 'repCards' }]);
      expect(env.snapshot().activeSheet).toBe('KPI Report');
      expect(env.ui.alerts).toEqual([]);
      expect(rows[0][0]).toBe('Rep cards 2026-11');
    });

    it('has a card for every rep of the report, with their sales volume as the report shows it', () => {
      for (const rep of leaderboardReps) {
        const title = rows.findIndex((row) => row[0] === rep);
        expect(title, String(rep)).toBeGreaterThan(0);
        const revenue = rows.find((row, i) => i > title && row[0] === 'Sales volume' && row[4] !== '')!;
        expect(revenue[1], String(rep)).toBe(leaderboard.get(rep)![2]);
      }
    });

    it('keeps each trend as a SPARKLINE formula over the numbers written beside it', () => {
      const sparklines = sheet.cells.filter((cell) => cell.formula !== undefined);
      expect(sparklines).toHaveLength(leaderboardReps.length);
      for (const cell of sparklines) {
        const numbers = rows[cell.row - 2].slice(1).map((v) => (v === '' ? 0 : Math.round(Number(v))));
        expect(cell.formula).toBe(`=SPARKLINE({${numbers.join(';')}})`);
        expect(rows[cell.row - 1][0]).toBe('Trend');
      }
    });

    it('colours the statuses of every card by conditional rules, as the report does', () => {
      expect(sheet.conditionalFormats.map((rule) => rule.condition?.values[0])).toEqual([
        '✓',
        '⚠',
        '✗',
        'No data',
      ]);
      expect(sheet.conditionalFormats[0].ranges).toHaveLength(leaderboardReps.length);
    });

    it("puts the customer cohorts' heat map on the report: a colour scale over months 1…11", () => {
      const reportSheet = env.snapshot().sheets.find((s) => s.name === 'KPI Report')!;
      const scale = reportSheet.conditionalFormats.find((rule) => rule.gradient !== undefined)!;
      expect(scale.gradient).toEqual({
        min: { color: '#ffffff', type: 'NUMBER', value: '0' },
        mid: null,
        max: { color: '#57bb8a', type: 'MAX', value: '' },
      });
      const header = report.findIndex((row) => row[0] === 'First purchase') + 1;
      expect(report[header - 1][3]).toBe('Month 1');
      expect(scale.ranges.map((r) => r.a1)).toEqual([`D${header + 1}:N${header + 12}`]);
    });

    it('replaces its own cards on a rebuild, at their place, and leaves one cards sheet', () => {
      const again = hubspotBook();
      again.bundle.call('buildKpiReport');
      const before = sheetNames(again.env);
      const old = cardsOf(again.env).id;
      again.bundle.call('buildKpiReport');
      expect(sheetNames(again.env)).toEqual(before);
      expect(cardsOf(again.env).id).not.toBe(old);
      expect(again.env.ui.alerts).toEqual([]);
    });
  });

  it("never touches a user's sheet named «Rep cards»: the cards take «Rep cards (2)», and keep it", () => {
    const { env, bundle } = book({
      sheets: {
        Sales: [
          ['Date', 'Rep', 'Status', 'Amount'],
          ['2026-11-02', 'Anna', 'Won', 1200],
          ['2026-11-05', 'Boris', 'Won', 800],
        ],
        'Rep cards': [['my own notes']],
      },
      settings: { asOf: '2026-11-20' },
    });
    const mine = env.snapshot().sheets.find((s) => s.name === 'Rep cards')!;
    bundle.call('buildKpiReport');
    bundle.call('buildKpiReport');
    expect(env.snapshot().sheets.find((s) => s.name === 'Rep cards')).toEqual(mine);
    expect(sheetNames(env).filter((name) => name.startsWith('Rep cards'))).toEqual([
      'Rep cards',
      'Rep cards (2)',
    ]);
    expect(values(env, 'Rep cards (2)')[0][0]).toBe('Rep cards 2026-11');
  });

  it('writes no cards without a rep column', () => {
    const { env, bundle } = book({
      sheets: {
        Sales: [
          ['Date', 'Amount'],
          ['2026-11-02', 1200],
        ],
      },
      settings: { asOf: '2026-11-20' },
    });
    bundle.call('buildKpiReport');
    expect(env.ui.alerts).toEqual([]);
    expect(sheetNames(env).some((name) => name.startsWith('Rep cards'))).toBe(false);
    // Without a customer column the cohorts are left out with a note.
    expect(
      values(env, 'KPI Report').some((row) => row[0] === 'Customer cohorts: the log has no customer column.'),
    ).toBe(true);
  });

  it('keeps the previous cards and says so when the new cards cannot be written; the report is built', () => {
    const { env, bundle } = hubspotBook();
    bundle.call('buildKpiReport');
    const old = cardsOf(env);
    env.calls.reset();
    bundle.call('buildKpiReport');
    const sequence = env.calls.sequence();
    const cardsWrite = sequence.indexOf('Range.setValues') + 1; // the cards are written before the report
    const fresh = hubspotBook();
    fresh.bundle.call('buildKpiReport');
    const previous = cardsOf(fresh.env);
    const previousReport = fresh.env.snapshot().sheets.find((s) => s.name === 'KPI Report')!.id;
    fresh.env.calls.reset();
    fresh.env.calls.failAt(cardsWrite);
    fresh.bundle.call('buildKpiReport');
    expect(cardsOf(fresh.env)).toEqual(previous);
    expect(fresh.env.snapshot().sheets.find((s) => s.name === 'KPI Report')!.id).not.toBe(previousReport);
    expect(fresh.env.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(/^The report was built, but the rep cards could not be written: /),
    ]);
    expect(old.name).toBe('Rep cards');
  });

  it('speaks Russian: «Карточки менеджеров»', () => {
    const { env, bundle } = amoBook();
    bundle.call('buildKpiReport');
    const rows = values(env, 'Карточки менеджеров');
    expect(rows[0][0]).toBe('Карточки менеджеров 2026-11');
    expect(rows.some((row) => row[0] === 'Место по объёму продаж')).toBe(true);
    expect(
      values(env, 'Отчёт KPI').some((row) => row[0] === 'Когорты клиентов по месяцу первой покупки'),
    ).toBe(true);
  });
});
