import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../tools/report/errors';
import { readTable, type Table } from '../../tools/report/loadTable';
import { type ReportInputs, runReport, SETTINGS_PROPERTY } from '../../tools/report/runReport';
import { ROOT } from '../bundle/_bundle';
import { STAND_IN_CODE } from './_standIn';

const sample = (name: string) => readTable(path.join(ROOT, 'samples', name));

function table(rows: Table['rows']): Table {
  return { file: '/tmp/inline.csv', format: 'csv', rows, note: null };
}

async function inputs(overrides: Partial<ReportInputs> = {}): Promise<ReportInputs> {
  return {
    code: STAND_IN_CODE,
    lang: 'ru',
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
    sales: await sample('amocrm-deals-ru.csv'),
    spend: await sample('marketing-spend-ru.csv'),
    targets: table([
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-11', '', 'Sales volume', '1 500 000'],
    ]),
    period: 'month',
    reportPeriod: '2026-11',
    asOf: '2026-11-20',
    ...overrides,
  };
}

describe('runReport', () => {
  it('imports the tables into named sheets, saves the settings and runs the menu command', async () => {
    const run = runReport(await inputs());
    expect(run.inputSheets).toEqual(['Продажи', 'Расходы на маркетинг', 'Цели KPI']);
    expect(run.reportSheets).toEqual(['Отчёт KPI']);
    expect(run.rows).toEqual({ sales: 600, spend: 46, targets: 1 });
    expect(JSON.parse(run.env.properties.document.get(SETTINGS_PROPERTY)!)).toEqual({
      salesSheet: 'Продажи',
      spendSheet: 'Расходы на маркетинг',
      periodType: 'month',
      reportPeriod: '2026-11',
      asOf: '2026-11-20',
    });
    expect(run.env.ui.findItem('Build KPI report')?.functionName).toBe('buildKpiReport'); // onOpen ran first
    expect(run.env.read("'Цели KPI'!D2")).toEqual([[1500000]]); // typed as in a Russian sheet
  });

  it('leaves what was not asked for to the add-on, and says there is no spend sheet', async () => {
    const run = runReport(
      await inputs({ spend: null, targets: null, period: null, reportPeriod: null, asOf: null }),
    );
    expect(JSON.parse(run.env.properties.document.get(SETTINGS_PROPERTY)!)).toEqual({
      salesSheet: 'Продажи',
      spendSheet: null,
    });
    expect(run.rows).toEqual({ sales: 600, spend: null, targets: null });
  });

  it('names the input sheets in English for an English user', async () => {
    const run = runReport(
      await inputs({ lang: 'en', locale: 'en_US', sales: await sample('hubspot-deals-en.csv') }),
    );
    expect(run.inputSheets).toEqual(['Sales', 'Marketing spend', 'KPI Targets']);
    expect(run.reportSheets).toEqual(['KPI Report']);
  });

  describe('when the add-on cannot build the report', () => {
    it('fails with the alert it showed, on one line', async () => {
      const run = inputs({ sales: table([['Дата', 'Бюджет']]) });
      await expect(run.then(runReport)).rejects.toThrow(
        new ReportError('Sales KPI: No sales data on the sheet "Продажи". Add rows and try again.'),
      );
    });

    it('fails with the error the script threw', async () => {
      const code = 'function buildKpiReport() { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); }';
      await expect(inputs({ code }).then(runReport)).rejects.toThrow(
        new ReportError(
          'buildKpiReport stopped with an error: Exception: The starting row of the range is too small.',
        ),
      );
    });

    it('fails when the bundle has no buildKpiReport', async () => {
      await expect(inputs({ code: 'function onOpen() {}' }).then(runReport)).rejects.toThrow(
        /^the add-on's bundle has no buildKpiReport function: rebuild it \(npm run build\)/,
      );
    });

    it('fails when the bundle is not JavaScript', async () => {
      await expect(inputs({ code: 'function (' }).then(runReport)).rejects.toThrow(
        /^the add-on's bundle does not load: SyntaxError: /,
      );
    });
  });
});
