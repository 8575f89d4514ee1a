import { describe, expect, it } from 'vitest';
import { columnLetter, kpiTableFormula } from '../../../src/kpi/sidebar/kpiTableFormula';

const BASE = {
  sheet: 'Sales',
  width: 11,
  locale: 'en_US',
  periodType: 'month' as const,
  columns: {},
  statuses: {},
};

describe('kpiTableFormula', () => {
  it('writes the columns and statuses chosen as text arguments, with commas in an en_US sheet', () => {
    expect(
      kpiTableFormula({
        ...BASE,
        columns: { amount: 'Amount', date: 'Close Date', status: null },
        statuses: { lost: ['Анализ'], won: ['Отгружен', 'Closed, paid'] },
      }),
    ).toBe(
      '=KPI_TABLE(Sales!A1:K, "month", , , "date=Close Date; amount=Amount; status=-", ' +
        '"Отгружен=won; Closed, paid=won; Анализ=lost")',
    );
  });

  it('separates the arguments with semicolons where the decimal mark is a comma', () => {
    expect(
      kpiTableFormula({
        ...BASE,
        locale: 'ru_RU',
        periodType: 'quarter',
        statuses: { refunded: ['Частичный'] },
      }),
    ).toBe('=KPI_TABLE(Sales!A1:K; "quarter"; ; ; ; "Частичный=refunded")');
  });

  it('writes the period type in the user language', () => {
    expect(kpiTableFormula({ ...BASE, locale: 'ru_RU', lang: 'ru', periodType: 'week' })).toBe(
      '=KPI_TABLE(Sales!A1:K; "неделя")',
    );
  });

  it('leaves out the arguments that are not needed', () => {
    expect(kpiTableFormula({ ...BASE, width: 3 })).toBe('=KPI_TABLE(Sales!A1:C, "month")');
  });

  it('quotes a sheet name with spaces, quotes or the look of a cell, and doubles quotes in texts', () => {
    expect(kpiTableFormula({ ...BASE, sheet: "Bob's deals", columns: { date: 'Date "closed"' } })).toBe(
      `=KPI_TABLE('Bob''s deals'!A1:K, "month", , , "date=Date ""closed""")`,
    );
    expect(kpiTableFormula({ ...BASE, sheet: 'Q4' })).toMatch(/^=KPI_TABLE\('Q4'!A1:K/);
    expect(kpiTableFormula({ ...BASE, sheet: 'Сделки' })).toMatch(/^=KPI_TABLE\(Сделки!A1:K/);
  });
});

describe('columnLetter', () => {
  it('names columns as Sheets does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
