import { describe, expect, it } from 'vitest';
import { layoutRepCards, sparklineFormula } from '../../../src/kpi/report/layoutRepCards';
import { model } from './_model';

describe('sparklineFormula', () => {
  it('writes whole numbers one per row of a literal array, a blank period as 0', () => {
    expect(sparklineFormula([1200.4, null, -50, 0.5])).toBe('=SPARKLINE({1200;0;-50;1})');
  });
});

describe('layoutRepCards', () => {
  const m = model();
  const grid = layoutRepCards(m)!;
  const cards = m.repCards!.cards;
  const rowOf = (text: string, from = 0) => grid.values.findIndex((row, i) => i >= from && row[0] === text);

  it('titles the sheet with the period and gives every rep a block, in the cards order', () => {
    expect(grid.values[0][0]).toBe('Rep cards 2026-11');
    const titles = cards.map((c) => rowOf(c.rep));
    expect(cards.map((c) => c.rep)).toEqual(['Anna', 'Carl', 'Boris', 'Dora']);
    expect(titles.every((row, i) => row > 0 && (i === 0 || row > titles[i - 1]))).toBe(true);
  });

  it('is rectangular, 13 columns wide (a name and 12 periods of trend)', () => {
    expect(grid.values.every((row) => row.length === 13)).toBe(true);
    expect(grid.columnWidths).toHaveLength(13);
    for (const key of ['textCells', 'numberFormats', 'fontWeights', 'backgrounds'] as const) {
      expect(grid[key].map((row) => row.length)).toEqual(grid.values.map(() => 13));
    }
  });

  it("writes each rep's trend as 12 numbers and as a SPARKLINE formula cell over them", () => {
    for (const card of cards) {
      const title = rowOf(card.rep);
      const numbers = rowOf('Sales volume', rowOf('Period', title) + 1);
      expect(grid.values[numbers].slice(1)).toEqual(card.trend.map((v) => v ?? ''));
      const spark = rowOf('Trend', numbers);
      expect(grid.values[spark][1]).toBe(sparklineFormula(card.trend));
      expect(grid.textCells[spark][1]).toBe(false); // a formula, not text
      expect(grid.formulaCells).toContainEqual([spark, 1]);
    }
    // The formula never holds user text: only digits, signs and the array's marks.
    for (const [r, c] of grid.formulaCells) expect(grid.values[r][c]).toMatch(/^=SPARKLINE\(\{[-\d;]*\}\)$/);
  });

  it("colours the status column of every card's KPI table, whose cells are statuses", () => {
    const ranges = grid.conditionalRules[0].a1;
    expect(ranges).toHaveLength(cards.length);
    for (const range of ranges) {
      const [, first, last] = /^E(\d+):E(\d+)$/.exec(range)!.map(Number);
      expect(grid.values[first - 2][4]).toBe('Status');
      for (let r = first; r <= last; r++) expect(String(grid.values[r - 1][4])).toMatch(/^(✓|⚠|✗|—|No data)/);
    }
  });

  it("shows a rep's place, share and target status", () => {
    const anna = rowOf('Anna');
    expect(grid.values[anna + 1].slice(0, 3)).toEqual(['Place by sales volume', 1, 'of 4']);
    expect(grid.values[anna + 2][1]).toBe(cards[0].share);
    const revenue = rowOf('Sales volume', anna);
    expect(grid.values[revenue].slice(0, 3)).toEqual(['Sales volume', 1000, 2500]);
  });

  it('speaks Russian for a Russian user', () => {
    const ru = layoutRepCards(model({ lang: 'ru', locale: 'ru_RU' }))!;
    expect(ru.values[0][0]).toBe('Карточки менеджеров 2026-11');
    expect(ru.values.some((row) => row[0] === 'Место по объёму продаж')).toBe(true);
    expect(ru.values.some((row) => row[0] === 'Объём продаж за последние 12 периодов')).toBe(true);
  });

  it('is null without a rep column', () => {
    expect(layoutRepCards({ ...m, repCards: null })).toBeNull();
    expect(layoutRepCards({ ...m, repCards: undefined })).toBeNull();
  });
});
