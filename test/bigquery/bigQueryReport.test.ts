import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, type Environment, loadBundle } from '../../emulator/index';
import type { CellSnapshot, SheetSnapshot } from '../../emulator/snapshot';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../src/kpi/calendar/periods';
import { reportMessages } from '../../src/kpi/i18n/report';
import { isRepCardsName } from '../../src/kpi/report/repCardsSheetName';
import { REPORT_SHEET_NAMES } from '../../src/kpi/report/reportSheetName';
import type { ReportSettings } from '../../src/kpi/settings/reportSettings';
import { TARGETS_SHEET_NAMES } from '../../src/kpi/targets/targetsSheet';
import { readCsv } from '../_support/readCsv';
import { code } from '../bundle/_bundle';
import {
  flavourBook,
  flavourBundleCode,
  reportAnswers,
  requestOf,
  SAMPLE_CASES,
  type SampleCase,
  SPEND_TABLE,
  sheetOf,
  TABLE,
  warehouseTable,
} from './_bigQueryBook';

// Issue 16 item 3: "Report from BigQuery…" builds the same report as the add-on's "Build KPI report". The same sample
// log is pasted into a spreadsheet for the default add-on (dist/Code.js, the JS engine) and held as a BigQuery table
// for the flavour (dist-bigquery/Code.js; the fake answers with rows DuckDB computed from the same plan); both
// spreadsheets hold the same targets sheet and settings. Every cell of the report's shared sections (header but the
// data's name, scorecard, pipeline, what changed, strengths, trend, leaderboard, channel movers, cohorts, forecast
// accuracy, definitions) and of the rep cards sheet must be equal (numbers within a relative 1e-9, number formats,
// bold, colours), and so must the charts and the conditional formats; the data-quality section says what BigQuery
// leaves out, in the user's language.

const AS_OF = '2026-06-20'; // rows lie after it: the as-of cut and the uncut grid both count
const SETTINGS: ReportSettings = { asOf: AS_OF };
const NOW = () => new Date('2026-06-21T09:30:00Z');

beforeAll(() => {
  flavourBundleCode();
}, 120_000);

/** The default add-on's report of the pasted sample (its sales sheet named as the table would be). */
function defaultReport(
  c: SampleCase,
  pasted: unknown[][],
  targets: unknown[][],
  spend: unknown[][] | null,
): Environment {
  const env = createEnvironment({
    spreadsheetLocale: c.locale,
    userLocale: c.lang,
    timeZone: c.timeZone,
    sheets: {
      orders: pasted,
      ...(spend === null ? {} : { spend }),
      [TARGETS_SHEET_NAMES[c.lang]]: targets,
    },
    now: NOW,
  });
  env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify(SETTINGS) });
  loadBundle(code, env).call('buildKpiReport');
  expect(env.ui.alerts, 'the default build alerted').toEqual([]);
  return env;
}

/** A cell as compared: its value (numbers rounded to 9 significant digits), number format, weight and colours. */
function cellKey(cell: CellSnapshot): string {
  const value = typeof cell.value === 'number' ? Number(cell.value.toPrecision(9)) : cell.value;
  const { numberFormat, fontWeight, fontColor, background } = cell.format as unknown as Record<
    string,
    unknown
  >;
  return JSON.stringify([cell.row, cell.column, value, numberFormat, fontWeight, fontColor, background]);
}

/** The report's rows split at the data-quality and definitions titles: [before, quality, from definitions on]. */
function sections(sheet: SheetSnapshot, c: SampleCase): [CellSnapshot[], CellSnapshot[], CellSnapshot[]] {
  const titleRow = (text: string) =>
    sheet.cells.find((cell) => cell.column === 1 && cell.value === text)!.row;
  const quality = titleRow(reportMessages[c.lang].dataQuality);
  const definitions = titleRow(reportMessages[c.lang].definitions);
  return [
    sheet.cells.filter((cell) => cell.row < quality),
    sheet.cells.filter((cell) => cell.row >= quality && cell.row < definitions),
    sheet.cells
      .filter((cell) => cell.row >= definitions)
      .map((cell) => ({ ...cell, row: cell.row - definitions })),
  ];
}

describe('Report from BigQuery builds the add-on’s report', () => {
  for (const c of SAMPLE_CASES) {
    it(`has the default add-on's figures and formats for ${c.data} (${c.lang})`, async () => {
      const { pasted, typed, columns, fields, types, spendPasted, spend, spendFields } = warehouseTable(c);
      const targets = readCsv(c.targets);
      const expected = defaultReport(c, pasted, targets, spendPasted);

      const spendSource =
        spend === null
          ? null
          : { table: SPEND_TABLE.path, columns: spend.columns, dateKind: 'date' as const };
      const request = requestOf(columns, 'month', null, c.timeZone, {}, spendSource);
      const answers = await reportAnswers(
        typed,
        request,
        parsePeriodLabel('2026-06')!,
        dayFromCivil(2026, 6, 20),
        spend,
      );
      const { env, bundle, log } = flavourBook(c, {
        tables: { [TABLE.path]: { fields }, [SPEND_TABLE.path]: { fields: spendFields } },
        answers,
        sheets: { [TARGETS_SHEET_NAMES[c.lang]]: targets },
        settings: SETTINGS,
        now: NOW,
      });
      const result = bundle.call('runBigQueryReport', {
        project: TABLE.project,
        table: TABLE.table,
        columns,
        types,
        ...(spend === null
          ? {}
          : { spendTable: SPEND_TABLE.table, spendColumns: spend.columns, spendTypes: { date: 'DATE' } }),
        period: 'month',
        groupBy: '',
      }) as { ok: boolean; message: string };
      expect(result.ok, result.message).toBe(true);
      expect(result.message).toContain(REPORT_SHEET_NAMES[c.lang]);
      // What BigQuery processed, summed over the jobs as the fake bills them (0.1 MB a result row, at least one).
      const bytes = [...answers.values()].reduce((sum, rows) => sum + Math.max(1, rows.length) * 100_000, 0);
      const gigabytes = (bytes / 1e9).toFixed(2);
      expect(result.message).toContain(
        c.lang === 'ru'
          ? `BigQuery обработал для него ${gigabytes.replace('.', ',')} ГБ (запросов: ${answers.size}).`
          : `BigQuery processed ${gigabytes} GB for it (${answers.size} queries).`,
      );
      expect(log.queries.map((q) => q.query).sort()).toEqual([...answers.keys()].sort());

      const mine = sheetOf(env, (name) => name === REPORT_SHEET_NAMES[c.lang]);
      const theirs = sheetOf(expected, (name) => name === REPORT_SHEET_NAMES[c.lang]);
      const [myTop, myQuality, myEnd] = sections(mine, c);
      const [theirTop, , theirEnd] = sections(theirs, c);
      // The header names the data: the sheets `orders` and `spend` there, the tables here; every other cell is equal.
      const dataName = (cell: CellSnapshot) => cell.row === 3 && (cell.column === 2 || cell.column === 5);
      const names = (cells: CellSnapshot[]) => cells.filter(dataName).map((cell) => cell.value);
      expect(names(myTop)).toEqual([TABLE.path, spend === null ? names(theirTop)[1] : SPEND_TABLE.path]);
      expect(names(theirTop)).toEqual(['orders', spend === null ? reportMessages[c.lang].none : 'spend']);
      expect(myTop.filter((cell) => !dataName(cell)).map(cellKey)).toEqual(
        theirTop.filter((cell) => !dataName(cell)).map(cellKey),
      );
      expect(myTop.length).toBeGreaterThan(200); // scorecard, pipeline, trend, leaderboard, cohorts… not a stub
      expect(myEnd.map(cellKey)).toEqual(theirEnd.map(cellKey));
      expect(mine.charts).toEqual(theirs.charts);
      expect(mine.conditionalFormats).toEqual(theirs.conditionalFormats);
      expect(mine.frozenRows).toBe(theirs.frozenRows);

      const myCards = sheetOf(env, isRepCardsName);
      const theirCards = sheetOf(expected, isRepCardsName);
      expect(myCards.name).toBe(theirCards.name);
      expect(myCards.cells.map(cellKey)).toEqual(theirCards.cells.map(cellKey));

      // What the engine leaves out, in the user's language, and the table's rows counted.
      const qualityText = myQuality.map((cell) => String(cell.value)).join('\n');
      expect(qualityText).toContain(TABLE.path);
      if (spend !== null) {
        expect(qualityText).toContain(SPEND_TABLE.path); // the spend table's rows, as a spend sheet's are counted
        // With spend by channel the report has its channels table (ROMI, CAC by channel), here as there.
        expect(
          myTop.some((cell) => cell.column === 1 && cell.value === reportMessages[c.lang].channels),
        ).toBe(true);
      }
      expect(qualityText).toMatch(
        c.lang === 'ru' ? /движком BigQuery.*нет номеров/ : /by BigQuery.*no row numbers/,
      );
    });
  }

  it('tells a failed report build in the user’s language and leaves the previous report', async () => {
    const c = SAMPLE_CASES[1];
    const { fields, columns } = warehouseTable(c);
    const { env, bundle } = flavourBook(c, {
      tables: { [TABLE.path]: { fields } },
      error: {
        method: 'jobs.query',
        message: 'Access Denied: Table acme:sales.orders: User does not have permission',
      },
      settings: SETTINGS,
    });
    const result = bundle.call('runBigQueryReport', {
      project: TABLE.project,
      table: TABLE.table,
      columns,
      period: 'month',
      groupBy: '',
    }) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^BigQuery отказал в доступе: Access Denied.*BigQuery Data Viewer/);
    expect(env.snapshot().sheets.map((s) => s.name)).not.toContain(REPORT_SHEET_NAMES.ru);
  });
});
