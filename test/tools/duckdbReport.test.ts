import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../emulator/index';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import { describeDataQualityLines } from '../../src/kpi/i18n/reportSentences';
import { buildReportModel } from '../../src/kpi/report/buildReportModel';
import type { ReportModel } from '../../src/kpi/report/reportModel';
import { DEFAULT_SETTINGS } from '../../src/kpi/settings/reportSettings';
import { readTargets } from '../../src/kpi/targets/readTargets';
import { duckdbReportModel } from '../../tools/report/duckdbReport';
import { readTable } from '../../tools/report/loadTable';
import { SHEET_NAMES } from '../../tools/report/runReport';

// Issue 16 item 2: the report built from KPI rows computed in SQL by DuckDB (which reads the file itself) has the
// same scorecard, trend, leaderboard and channels as the report of the JS engine over the same file, and says in
// its data-quality section what it leaves out.
// Cohorts and unknown status texts too: aggregates over the compiled plan's rows.

const ROOT = path.resolve(__dirname, '../..');
const CASES = [
  {
    lang: 'en' as const,
    data: 'samples/hubspot-deals-en.csv',
    spend: null,
    targets: 'samples/targets-en.csv',
    locale: 'en_US',
    timeZone: 'America/New_York',
  },
  {
    lang: 'ru' as const,
    data: 'samples/amocrm-deals-ru.csv',
    spend: 'samples/marketing-spend-ru.csv',
    targets: 'samples/targets-ru.csv',
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
  },
];
// A day inside the samples' data, so that rows lie after it (the as-of cut and the uncut grid both count).
const AS_OF = '2026-06-20';

function csv(file: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(path.resolve(ROOT, file), 'utf8'));
  return parsed.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

/** Every number of `a` equals the one at the same place of `b` within a relative 1e-9; everything else is equal. */
function expectClose(a: unknown, b: unknown, where: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(1, Math.abs(a), Math.abs(b));
    if (!(Math.abs(a - b) <= 1e-9 * scale || (Number.isNaN(a) && Number.isNaN(b)))) {
      expect.fail(`${where}: ${a} (duckdb) ≠ ${b} (js)`);
    }
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), where).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(a)) {
      expectClose(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${where}.${key}`,
      );
    }
    return;
  }
  expect(a, where).toEqual(b);
}

async function bothModels(
  c: Omit<(typeof CASES)[number], 'spend'> & { spend: string | null },
  period: 'month' | 'week',
) {
  const names = SHEET_NAMES[c.lang];
  const targetsTable = await readTable(path.join(ROOT, c.targets));
  const env = createEnvironment({ spreadsheetLocale: c.locale, timeZone: c.timeZone, userLocale: c.lang });
  const sql = await duckdbReportModel(
    {
      data: path.join(ROOT, c.data),
      spend: c.spend === null ? null : path.resolve(ROOT, c.spend),
      targets: targetsTable,
      lang: c.lang,
      locale: c.locale,
      timeZone: c.timeZone,
      period,
      reportPeriod: null,
      asOf: AS_OF,
    },
    env,
  );
  const targetValues = env.spreadsheet.getSheetByName(names.targets)!.getDataRange().getValues();
  const js = buildReportModel({
    sales: { name: names.sales, values: csv(c.data) },
    spend: c.spend === null ? null : { name: names.spend, values: csv(c.spend) },
    targets: { name: names.targets, values: targetValues },
    settings: {
      ...DEFAULT_SETTINGS,
      salesSheet: names.sales,
      periodType: period,
      asOf: dayFromCivil(2026, 6, 20),
    },
    sheetNames: [names.sales],
    locale: c.locale,
    timeZone: c.timeZone,
    lang: c.lang,
    today: dayFromCivil(2026, 6, 20),
    generatedAt: sql.header.generatedAt,
  });
  if (!js.ok) throw new Error(`the JS report failed: ${JSON.stringify(js.error)}`);
  expect(
    readTargets(targetValues, { locale: c.locale, timeZone: c.timeZone }).targets.length,
  ).toBeGreaterThan(0);
  return { sql, js: js.model };
}

function lines(model: ReportModel): string[] {
  const number = (value: number) => String(value);
  return model.dataQuality.flatMap((item) =>
    describeDataQualityLines(
      model.lang,
      item,
      number,
      model.header.periodLabel,
      model.header.period.type,
    ).map(([topic, text]) => `${topic}: ${text}`),
  );
}

describe('the report from DuckDB', () => {
  it('counts the spend rows and skipped rows as readSpend does', async () => {
    // The Russian spend sample with a blank spend (not skipped), an unreadable spend, a date that is no date and a
    // row of empty cells (no row at all).
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'duckdb-report-')), 'spend.csv');
    const text = readFileSync(path.join(ROOT, 'samples/marketing-spend-ru.csv'), 'utf8').trimEnd();
    writeFileSync(
      file,
      `${text}\r\n01.05.2026,Выставка,\r\n01.05.2026,Выставка,много\r\nнет,Выставка,100\r\n,,\r\n`,
    );
    const { sql, js } = await bothModels({ ...CASES[1], spend: file }, 'month');
    const spend = (m: ReportModel) =>
      m.dataQuality.find((item) => item.kind === 'rows' && item.table === 'spend');
    expect(spend(js)).toMatchObject({ skipped: 2 });
    expect(spend(sql)).toEqual(spend(js));
  });

  for (const c of CASES) {
    for (const period of ['month', 'week'] as const) {
      it(`has the JS engine's scorecard, trend, leaderboard and channels for ${c.data} by ${period}`, async () => {
        const { sql, js } = await bothModels(c, period);
        if (period === 'month') expect(js.leaderboard?.length ?? 0).toBeGreaterThan(1);
        // Not a comparison of empty sections: the trend has sales in several periods.
        expect(js.trend.filter((row) => (row.revenue ?? 0) > 0).length).toBeGreaterThan(2);
        expectClose(sql.header, js.header, 'header');
        expectClose(sql.scorecard, js.scorecard, 'scorecard');
        expectClose(sql.trend, js.trend, 'trend');
        expectClose(sql.leaderboard, js.leaderboard, 'leaderboard');
        expectClose(sql.channels, js.channels, 'channels');
        expectClose(sql.pipeline, js.pipeline, 'pipeline');
        expectClose(sql.whatChanged, js.whatChanged, 'whatChanged');
        expectClose(sql.strengths, js.strengths, 'strengths');
        expectClose(sql.repCards, js.repCards, 'repCards');
        expectClose(sql.cohorts, js.cohorts, 'cohorts');
        if (c.spend !== null && period === 'month') expect(sql.channels?.length ?? 0).toBeGreaterThan(1);
        const afterAsOf = (m: ReportModel) => m.dataQuality.find((item) => item.kind === 'after_as_of');
        expect(afterAsOf(js)).toBeDefined();
        expect(afterAsOf(sql)).toEqual(afterAsOf(js));
      });
    }

    it(`leaves out the row-by-row notes of ${c.data}, and says so in ${c.lang}`, async () => {
      const { sql, js } = await bothModels(c, 'month');
      expect(js.cohorts?.rows.some((row) => row.size > 0)).toBe(true);
      const note = sql.dataQuality.find((item) => item.kind === 'engine_left_out');
      expect(note).toEqual({
        kind: 'engine_left_out',
        engine: 'duckdb',
        sections: ['skipped_rows', 'load_notes'],
      });
      const text = lines(sql).join('\n');
      expect(text).toContain(c.lang === 'en' ? 'the skipped rows one by one' : 'пропущенные строки по одной');
      expect(text).toContain('DuckDB');
      expect(lines(js).join('\n')).not.toContain('DuckDB');
      const rows = (m: ReportModel) => m.dataQuality.filter((item) => item.kind === 'rows');
      expect(rows(js)).toHaveLength(c.spend === null ? 1 : 2);
      expect(rows(sql)).toEqual(rows(js));
      const unknown = (m: ReportModel) => m.dataQuality.find((item) => item.kind === 'unknown_statuses');
      expect(unknown(js)).toBeDefined();
      expect(unknown(sql)).toEqual(unknown(js));
    });
  }
});
