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

  describe('--map and --status', () => {
    const oneC = table([
      ['Период', 'Регистратор', 'Сумма, руб.', 'Статус'],
      ['05.11.2026', 'Реализация 17', '1 200,50', 'Отгружен'],
    ]);

    it('finds each --map header in the sales sheet and saves the columns by header, with the statuses', async () => {
      const run = runReport(
        await inputs({
          sales: oneC,
          columns: new Map([
            ['date', 'период'],
            ['amount', 'Сумма, руб.'],
            ['status', 'Статус'],
            ['id', null],
          ]),
          statuses: { won: ['Отгружен'] },
        }),
      );
      expect(JSON.parse(run.env.properties.document.get(SETTINGS_PROPERTY)!)).toMatchObject({
        columns: { date: 'Период', amount: 'Сумма, руб.', status: 'Статус', id: null },
        statuses: { won: ['Отгружен'] },
      });
    });

    it('fails naming a --map header that is not in the file, quoting every header found', async () => {
      await expect(
        inputs({ sales: oneC, columns: new Map([['date', 'Дата']]) }).then(runReport),
      ).rejects.toThrow(
        new ReportError(
          '--map: Нет столбца «Дата». Найденные заголовки: «Период», «Регистратор», «Сумма, руб.», «Статус».',
        ),
      );
    });
  });

  describe('when the sales log cannot be read', () => {
    it('says how to map a missing column with --map, quoting every header found', async () => {
      const sales = table([
        ['Deal ID', 'Close Date'],
        ['1', '2026-11-01'],
      ]);
      await expect(inputs({ sales, lang: 'en', locale: 'en_US' }).then(runReport)).rejects.toThrow(
        /^No “Amount” column in the sales log\. .*--map amount=<header>.*Headers found: “Deal ID”, “Close Date”\.$/,
      );
    });

    it('fails with the first reasons, one line each, when every row is skipped', async () => {
      const sales = table([
        ['Date', 'Amount'],
        ['someday', '10'],
        ['', ''],
        ['31.02.2026', '20'],
        ['soon', '30'],
      ]);
      await expect(inputs({ sales, lang: 'en', locale: 'en_US' }).then(runReport)).rejects.toThrow(
        new ReportError(
          [
            'every data row of the sales log was skipped (3 rows), so there is nothing to report; the first 3 reasons:',
            '  row 2, “Date”: the date “someday” cannot be read',
            '  row 4, “Date”: the date “31.02.2026” cannot be read',
            '  row 5, “Date”: the date “soon” cannot be read',
          ].join('\n'),
        ),
      );
    });

    it('lists ten reasons and says how many more, in Russian', async () => {
      const rows: Table['rows'] = [['Дата', 'Сумма']];
      for (let i = 0; i < 12; i++) rows.push([`когда-нибудь ${i + 1}`, '10']);
      const error = await inputs({ sales: table(rows) })
        .then(runReport)
        .catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(ReportError);
      const lines = (error as Error).message.split('\n');
      expect(lines[0]).toBe(
        'все строки журнала продаж пропущены (12 строк), считать нечего; первые 10 причин:',
      );
      expect(lines[1]).toBe('  строка 2, «Дата»: не удалось прочитать дату «когда-нибудь 1»');
      expect(lines.slice(-1)).toEqual(['  … и ещё 2']);
      expect(lines).toHaveLength(12);
    });
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
