import { describe, expect, it, vi } from 'vitest';
import type { Environment } from '../../emulator/index';
import { Sheet } from '../../emulator/sheet';
import { book, sheetNames, sheetsPicture, values } from './_addon';

const SALES = [
  ['Date', 'Rep', 'Status', 'Amount'],
  ['2026-11-02', 'Anna', 'Won', 1200],
  ['2026-11-05', 'Boris', 'Won', 800],
  ['2026-11-09', 'Anna', 'Lost', 300],
  ['2026-10-12', 'Boris', 'Won', 500],
];
const USER_SHEET = [
  ['My notes', 'Total'],
  ['Q4', 10],
];

/** A user's sheet with a formula, a note and formats, as a user would leave it. */
function decorate(env: Environment, name: string): void {
  env.calls.untracked(() => {
    const sheet = env.spreadsheet.getSheetByName(name)!;
    sheet.getRange('C2').setFormula('=B2*2');
    sheet.getRange('A1').setNote('mine, do not touch');
    sheet.getRange('B2').setNumberFormat('0%').setBackground('#ffff00');
  });
}

function englishBook(extra: Record<string, unknown[][]> = {}, settings = {}) {
  return book({ sheets: { Sales: SALES, ...extra }, settings: { asOf: '2026-11-20', ...settings } });
}

const metadataOf = (env: Environment, name: string) =>
  env.snapshot().sheets.find((s) => s.name === name)?.metadata;

/** Removes the add-on's marks, as a report built before issue 10 had none. */
function unmark(env: Environment, name: string): void {
  env.calls.untracked(() => {
    for (const m of env.spreadsheet.getSheetByName(name)!.getDeveloperMetadata()) m.remove();
  });
}

describe('sheets the add-on owns', () => {
  it('marks the report sheet it creates, and keeps one marked report through rebuilds', () => {
    const { env, bundle } = englishBook();
    bundle.call('buildKpiReport');
    expect(metadataOf(env, 'KPI Report')).toEqual([{ key: 'salesKpi.report', value: 'report' }]);
    bundle.call('buildKpiReport');
    expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'Rep cards', 'KPI History']);
    expect(metadataOf(env, 'KPI Report')).toEqual([{ key: 'salesKpi.report', value: 'report' }]);
    expect(env.ui.alerts).toEqual([]);
  });

  it('never touches a user sheet with the report name: the report goes to a free name and the alert says so', () => {
    const { env, bundle } = englishBook({ 'KPI Report': USER_SHEET });
    decorate(env, 'KPI Report');
    const mine = sheetsPicture(env, ['KPI Report', 'Sales']);
    bundle.call('buildKpiReport');
    bundle.call('buildKpiReport');
    expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'KPI Report (2)', 'Rep cards', 'KPI History']);
    expect(sheetsPicture(env, ['KPI Report', 'Sales'])).toEqual(mine);
    expect(values(env, 'KPI Report (2)')[0][0]).toBe('KPI report');
    const notice =
      "The sheet “KPI Report” is yours, not the add-on's report, so it was left as it is: the report is in " +
      '“KPI Report (2)”. Rename your sheet to let the report have its name.';
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([notice, notice]);
  });

  it('never touches a sheet named like the report in the other language («Отчет KPI» of an English user)', () => {
    const { env, bundle } = englishBook({ 'Отчет KPI': USER_SHEET });
    decorate(env, 'Отчет KPI');
    const mine = sheetsPicture(env, ['Отчет KPI']);
    bundle.call('buildKpiReport');
    env.userLocale = 'ru';
    bundle.call('buildKpiReport'); // a Russian colleague builds: «Отчёт KPI» reads the same as the user's sheet
    expect(sheetNames(env)).toEqual([
      'Sales',
      'Отчет KPI',
      'Отчёт KPI (2)',
      'Карточки менеджеров',
      'KPI History',
    ]);
    expect(sheetsPicture(env, ['Отчет KPI'])).toEqual(mine);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      'Лист «Отчет KPI» — ваш, а не отчёт дополнения, поэтому он не тронут: отчёт на листе «Отчёт KPI (2)». ' +
        'Переименуйте свой лист, чтобы отчёт получил своё имя.',
    ]);
  });

  it('gives the report its name back once the user renames their sheet', () => {
    const { env, bundle } = englishBook({ 'KPI Report': USER_SHEET });
    bundle.call('buildKpiReport');
    env.calls.untracked(() => env.spreadsheet.getSheetByName('KPI Report')!.setName('Mine'));
    bundle.call('buildKpiReport');
    expect(sheetNames(env)).toEqual(['Sales', 'Mine', 'KPI Report', 'Rep cards', 'KPI History']);
    expect(env.ui.alerts).toHaveLength(1);
  });

  describe('migration: a report built before sheets were marked', () => {
    it('is replaced when it has the report name and still reads as a report in A1:A2', () => {
      const { env, bundle } = englishBook();
      bundle.call('buildKpiReport');
      unmark(env, 'KPI Report');
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'Rep cards', 'KPI History']);
      expect(metadataOf(env, 'KPI Report')).toEqual([{ key: 'salesKpi.report', value: 'report' }]);
      expect(env.ui.alerts).toEqual([]);
    });

    it('is left alone when the user wrote over its first cells: then it is theirs', () => {
      const { env, bundle } = englishBook();
      bundle.call('buildKpiReport');
      unmark(env, 'KPI Report');
      env.calls.untracked(() =>
        env.spreadsheet.getSheetByName('KPI Report')!.getRange('A2').setValue('Kept'),
      );
      const mine = sheetsPicture(env, ['KPI Report']);
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'Rep cards', 'KPI Report (2)', 'KPI History']);
      expect(sheetsPicture(env, ['KPI Report'])).toEqual(mine);
    });
  });

  it('leaves a one-row user sheet with the report name alone (too small to be a report)', () => {
    const { env, bundle } = englishBook({ 'KPI Report': [['mine']] });
    env.calls.untracked(() => {
      const sheet = env.spreadsheet.getSheetByName('KPI Report')!;
      sheet.deleteRows(2, sheet.getMaxRows() - 1);
    });
    bundle.call('buildKpiReport');
    expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'KPI Report (2)', 'Rep cards', 'KPI History']);
    expect(values(env, 'KPI Report')).toEqual([['mine']]);
  });

  describe('leftovers of a build that failed halfway', () => {
    it('are deleted by the next build when marked', () => {
      const { env, bundle } = englishBook();
      bundle.call('buildKpiReport');
      env.calls.untracked(() => {
        const leftover = env.spreadsheet.insertSheet('KPI Report (new)');
        leftover.addDeveloperMetadata('salesKpi.report', 'report');
      });
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Sales', 'KPI Report', 'Rep cards', 'KPI History']);
    });

    it('of an earlier version (unmarked, a report in A1:A2) are deleted; a user sheet of that name is not', () => {
      const { env, bundle } = englishBook({ 'KPI Report (new 2)': USER_SHEET });
      bundle.call('buildKpiReport');
      env.calls.untracked(() => env.spreadsheet.getSheetByName('KPI Report')!.setName('KPI Report (new)'));
      unmark(env, 'KPI Report (new)');
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual([
        'Sales',
        'KPI Report (new 2)',
        'Rep cards',
        'KPI Report',
        'KPI History',
      ]);
      expect(values(env, 'KPI Report (new 2)')).toEqual(USER_SHEET);
    });
  });

  describe('are never read as data', () => {
    function refusal(settings: object, setup?: (env: Environment) => void, userLocale = 'en') {
      const { env, bundle } = book({
        userLocale,
        sheets: {
          Sales: SALES,
          'KPI Targets': [
            ['Period', 'Rep', 'KPI', 'Target'],
            ['month', '', 'Sales volume', 1000],
          ],
        },
        settings: { asOf: '2026-11-20' },
      });
      bundle.call('buildKpiReport');
      setup?.(env);
      env.properties.document.setAll({
        SALES_KPI_SETTINGS: JSON.stringify({ asOf: '2026-11-20', ...settings }),
      });
      const before = env.snapshot();
      bundle.call('buildKpiReport');
      expect(env.snapshot()).toEqual(before);
      return env.ui.alerts.map((a) => a.prompt);
    }

    it('refuses the report chosen as the sales sheet (a stale or crafted save), writing nothing', () => {
      expect(refusal({ salesSheet: 'KPI Report' })).toEqual([
        "“KPI Report” is the add-on's report, not a sales log: choose the sheet with your data in the sidebar.",
      ]);
    });

    it('refuses the targets sheet as the sales sheet and the report as the spend sheet, in Russian too', () => {
      expect(refusal({ salesSheet: 'kpi targets' }, undefined, 'ru')).toEqual([
        '«KPI Targets» — лист целей дополнения, а не журнал продаж: выберите лист с вашими данными в боковой панели.',
      ]);
      expect(
        refusal({ spendSheet: 'Отчёт KPI' }, (env) => {
          env.calls.untracked(() => env.spreadsheet.getSheetByName('KPI Report')!.setName('Отчёт KPI'));
        }),
      ).toEqual([
        "“Отчёт KPI” is the add-on's report, not a spend table: choose the sheet with your data in the sidebar.",
      ]);
    });

    it('refuses a marked report the user renamed, by its mark', () => {
      const prompts = refusal({ salesSheet: 'Archive' }, (env) => {
        env.calls.untracked(() => env.spreadsheet.getSheetByName('KPI Report')!.setName('Archive'));
      });
      expect(prompts).toEqual([
        "“Archive” is the add-on's report, not a sales log: choose the sheet with your data in the sidebar.",
      ]);
    });
  });

  it('reports a rename that fails twice after the swap as it is: the new report, under its building name', () => {
    const { env, bundle } = englishBook();
    bundle.call('buildKpiReport');
    vi.spyOn(Sheet.prototype, 'setName').mockImplementation(() => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    });
    try {
      bundle.call('buildKpiReport');
    } finally {
      vi.restoreAllMocks();
    }
    expect(sheetNames(env)).toEqual(['Sales', 'KPI Report (new)', 'Rep cards (new)', 'KPI History']);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      'The new report was built in the sheet “KPI Report (new)” and replaced the previous one, but it could not be ' +
        'renamed: Service Spreadsheets failed while accessing document. The next build gives it its name.',
    ]);
    bundle.call('buildKpiReport');
    expect(sheetNames(env)).toEqual(['Sales', 'KPI History', 'Rep cards', 'KPI Report']);
  });
});
