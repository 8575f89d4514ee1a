import { describe, expect, it } from 'vitest';
import { type LocatedSheets, locateSheets } from '../../../src/kpi/report/locateSheets';
import { DEFAULT_SETTINGS, type ResolvedReportSettings } from '../../../src/kpi/report/reportSettings';

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
