import { describe, expect, it } from 'vitest';
import { type LocatedSheets, locateSheets } from '../../../src/kpi/report/locateSheets';
import { DEFAULT_SETTINGS, type ResolvedReportSettings } from '../../../src/kpi/settings/reportSettings';

const LOG = [['Date', 'Deal ID', 'Amount', 'Stage']];
const SPEND = [['Date', 'Channel', 'Spend']];
const BUDGETS_RU = [['Дата', 'Канал', 'Бюджет']]; // «Бюджет» is an amount in a log and a spend in a spend table
const AMO_RU = [['ID', 'Бюджет', 'Этап сделки', 'Дата закрытия', 'Источник']];
const NOTES = [['Date', 'Note']];
const REPORT = [['KPI report', '2026-11']];
const TARGETS = [['Period', 'Rep', 'KPI', 'Target']];

/** Locates in a book of sheets, recording which sheets were read. */
function locate(book: Record<string, unknown[][]>, settings: Partial<ResolvedReportSettings> = {}) {
  const reads: string[] = [];
  const found = locateSheets(
    Object.keys(book),
    (name) => {
      reads.push(name);
      return book[name];
    },
    { ...DEFAULT_SETTINGS, ...settings },
    'UTC',
  );
  return { found: names(found), reads };
}

function names(found: LocatedSheets) {
  return {
    sales: found.sales?.name ?? null,
    salesMissing: found.salesMissing,
    spend: found.spend?.name ?? null,
    spendMissing: found.spendMissing,
    targets: found.targets?.name ?? null,
  };
}

describe('locateSheets', () => {
  it('finds the first log and the first other spend table in tab order, and the targets sheet by name', () => {
    const { found, reads } = locate({
      'KPI Report': REPORT,
      Notes: NOTES,
      Deals: LOG,
      Ads: SPEND,
      'Old deals': LOG,
      'KPI Targets': TARGETS,
    });
    expect(found).toEqual({
      sales: 'Deals',
      salesMissing: null,
      spend: 'Ads',
      spendMissing: null,
      targets: 'KPI Targets',
    });
    expect(reads).toEqual(['Notes', 'Deals', 'Ads', 'KPI Targets']); // never the report; each sheet once; stops early
  });

  it('tells a budget table from a CRM export that also has a «Бюджет» column, whatever their order', () => {
    expect(locate({ Бюджеты: BUDGETS_RU, Сделки: AMO_RU, 'Цели KPI': TARGETS }).found).toMatchObject({
      sales: 'Сделки',
      spend: 'Бюджеты',
      targets: 'Цели KPI',
    });
    // A bare Date | Amount log with no spend table beside it is still the log.
    expect(locate({ Sales: [['Дата', 'Бюджет']] }).found).toMatchObject({ sales: 'Sales', spend: null });
  });

  it('uses the sheets the settings name, and says when one does not exist', () => {
    expect(locate({ A: LOG, B: LOG, C: SPEND }, { salesSheet: 'b' }).found).toMatchObject({
      sales: 'B',
      spend: 'C',
    });
    expect(locate({ A: LOG, C: SPEND }, { salesSheet: 'Sales' }).found).toMatchObject({
      sales: null,
      salesMissing: { wanted: 'Sales' },
    });
    expect(locate({ A: LOG, C: SPEND }, { spendSheet: 'Ads', findSpend: false }).found).toMatchObject({
      spend: null,
      spendMissing: 'Ads',
    });
    const { found, reads } = locate({ A: LOG, C: SPEND }, { spendSheet: null, findSpend: false });
    expect(found.spend).toBeNull();
    expect(reads).toEqual(['A']);
  });

  it('returns the sheet that has only one of date and amount, so the report can name the missing column', () => {
    expect(locate({ Notes: NOTES, Other: [['x']] }).found).toMatchObject({
      sales: 'Notes',
      salesMissing: null,
    });
    expect(locate({ Other: [['x']], Empty: [] }).found).toMatchObject({
      sales: null,
      salesMissing: { wanted: null },
    });
  });
});

describe('locateSheets and the add-on’s own sheets', () => {
  const owned = (
    book: Record<string, unknown[][]>,
    marks: Record<string, 'report' | 'targets'>,
    settings = {},
  ) =>
    locateSheets(
      Object.keys(book),
      (name) => book[name],
      { ...DEFAULT_SETTINGS, ...settings },
      'UTC',
      (name) => marks[name] ?? null,
    );

  it('refuses the report or the targets sheet chosen in the settings, by its name in either language', () => {
    const book = { Sales: LOG, 'Отчет KPI': REPORT, 'KPI Targets': TARGETS };
    expect(owned(book, {}, { salesSheet: 'отчёт kpi' })).toMatchObject({
      sales: null,
      salesMissing: null,
      refused: { table: 'sales', sheet: 'Отчет KPI', role: 'report' },
    });
    expect(owned(book, {}, { spendSheet: 'KPI Targets' })).toMatchObject({
      sales: { name: 'Sales' },
      spend: null,
      refused: { table: 'spend', sheet: 'KPI Targets', role: 'targets' },
    });
    expect(owned(book, {}, {}).refused).toBeNull();
  });

  it('refuses a sheet the add-on marked, whatever the user renamed it to, and never detects one as data', () => {
    const book = { Archive: LOG, Sales: LOG, Costs: SPEND, 'Old costs': SPEND };
    const marks = { Archive: 'report', 'Old costs': 'targets' } as const;
    expect(owned(book, marks, { salesSheet: 'Archive' }).refused).toEqual({
      table: 'sales',
      sheet: 'Archive',
      role: 'report',
    });
    const found = owned({ Archive: LOG, 'Old costs': SPEND, Sales: LOG, Costs: SPEND }, marks);
    expect([found.sales?.name, found.spend?.name, found.refused]).toEqual(['Sales', 'Costs', null]);
  });
});
