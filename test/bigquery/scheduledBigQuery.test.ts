import { beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, EmulatedClock } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import type { CellSnapshot } from '../../emulator/snapshot';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../src/kpi/calendar/periods';
import { bigQueryMessages } from '../../src/kpi/i18n/bigquery';
import { isRepCardsName } from '../../src/kpi/report/repCardsSheetName';
import { REPORT_SHEET_NAMES } from '../../src/kpi/report/reportSheetName';
import type { ScheduleForm, ScheduleView } from '../../src/kpi/schedule/scheduleProtocol';
import type { ReportSettings } from '../../src/kpi/settings/reportSettings';
import type { SidebarStateResult } from '../../src/kpi/sidebar/sidebarProtocol';
import { TARGETS_SHEET_NAMES } from '../../src/kpi/targets/targetsSheet';
import { readCsv } from '../_support/readCsv';
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

// The BigQuery flavour's schedule (issue 14's digest): once "Run query" has run in a spreadsheet, its scheduled run
// builds the report from the same BigQuery table (the columns' types read again from the schema, since the saved form
// has none), so the report sheet has the cells a manual "Run query" of that form writes, and the digest goes out.
// BigQuery's refusal is the schedule's failed build, in the user's language, with nothing written.

const SETTINGS: ReportSettings = { asOf: '2026-06-20' };
const START = new Date('2026-11-16T11:00:00Z'); // a Monday
const WEEKLY: ScheduleForm = {
  enabled: true,
  frequency: 'weekly',
  weekday: 1,
  hour: 9,
  mode: 'always',
  recipients: '',
};
const USER = 'anna@example.com';
/** When the weekly trigger (Monday 09:00 on the spreadsheet's clock) first fires after START, per language. */
const FIRES: Readonly<Record<SampleCase['lang'], string>> = {
  en: '2026-11-16T14:00:00.000Z', // 09:00 in New York
  ru: '2026-11-23T06:00:00.000Z', // 09:00 in Moscow: that Monday's 09:00 had passed
};

beforeAll(() => {
  flavourBundleCode();
}, 120_000);

function sidebarSchedule(bundle: Bundle): ScheduleView {
  const result = bundle.call('getSidebarState', null) as SidebarStateResult;
  if (!result.ok) throw new Error(result.message);
  if (result.state.schedule == null) throw new Error('no schedule in the sidebar state');
  return result.state.schedule;
}

function cellKey(cell: CellSnapshot): string {
  const { numberFormat, fontWeight, fontColor, background } = cell.format as unknown as Record<
    string,
    unknown
  >;
  return JSON.stringify([cell.row, cell.column, cell.value, numberFormat, fontWeight, fontColor, background]);
}

/** The sample's table, the fake's answers to its report of June 2026, and the form the dialog runs. */
async function warehouse(c: SampleCase) {
  const { typed, columns, fields, types, spend, spendFields } = warehouseTable(c);
  const spendSource =
    spend === null ? null : { table: SPEND_TABLE.path, columns: spend.columns, dateKind: 'date' as const };
  const request = requestOf(columns, 'month', null, c.timeZone, {}, spendSource);
  const answers = await reportAnswers(
    typed,
    request,
    parsePeriodLabel('2026-06')!,
    dayFromCivil(2026, 6, 20),
    spend,
  );
  const tables = { [TABLE.path]: { fields }, [SPEND_TABLE.path]: { fields: spendFields } };
  const form = {
    project: TABLE.project,
    table: TABLE.table,
    columns,
    types,
    ...(spend === null
      ? {}
      : { spendTable: SPEND_TABLE.table, spendColumns: spend.columns, spendTypes: { date: 'DATE' } }),
    period: 'month',
    groupBy: '',
  };
  return { answers, tables, form };
}

describe('a scheduled run of the BigQuery flavour', () => {
  for (const c of SAMPLE_CASES) {
    it(`builds the report "Run query" builds from the table and mails the digest (${c.lang})`, async () => {
      const { answers, tables, form } = await warehouse(c);
      const targets = readCsv(c.targets);
      const sheets = { [TARGETS_SHEET_NAMES[c.lang]]: targets };
      const fired = new Date(FIRES[c.lang]);

      // The manual "Run query" at the time the trigger will fire; it saves the form.
      const manual = flavourBook(c, { tables, answers, sheets, settings: SETTINGS, now: () => fired });
      const result = manual.bundle.call('runBigQueryReport', form) as { ok: boolean; message: string };
      expect(result.ok, result.message).toBe(true);
      const saved = manual.env.properties.document.get('SALES_KPI_BIGQUERY');
      expect(saved).toBeTypeOf('string');
      expect(saved).not.toContain('"types"'); // the saved form has no types: the schedule reads them again

      const clock = new EmulatedClock(START);
      const { env, bundle, log } = flavourBook(c, {
        tables,
        answers,
        sheets,
        settings: SETTINGS,
        now: clock.now,
        userEmail: USER,
      });
      env.properties.document.setAll({ SALES_KPI_BIGQUERY: saved! });
      expect((bundle.call('saveSchedule', WEEKLY) as { ok: boolean }).ok).toBe(true);
      const runs = advanceClock(bundle, clock, 7 * 86_400_000);
      expect(runs.map((r) => [r.at.toISOString(), r.ok, r.error])).toEqual([
        [FIRES[c.lang], true, undefined],
      ]);

      expect(log.tableGets).toContain(TABLE.path);
      expect(log.queries.map((q) => q.query).sort()).toEqual([...answers.keys()].sort());
      for (const match of [
        (name: string) => name === REPORT_SHEET_NAMES[c.lang],
        (name: string) => name === bigQueryMessages[c.lang].sheetName,
        isRepCardsName,
      ]) {
        const mine = sheetOf(env, match);
        const theirs = sheetOf(manual.env, match);
        expect(mine.cells.length).toBeGreaterThan(10);
        expect(mine.cells.map(cellKey)).toEqual(theirs.cells.map(cellKey));
        expect(mine.charts).toEqual(theirs.charts);
      }

      expect(env.mail.sent).toHaveLength(1);
      expect(env.mail.sent[0]).toMatchObject({ to: [USER], name: 'Sales KPI' });
      expect(env.mail.sent[0].subject).toContain('2026-06');
      expect(sidebarSchedule(bundle).status).toMatchObject({ outcome: 'sent', recipients: 1 });
    });
  }

  it('builds from the sheets, asking BigQuery nothing, when no BigQuery form ran here', () => {
    const c = SAMPLE_CASES[0];
    const clock = new EmulatedClock(START);
    const { env, bundle, log } = flavourBook(c, {
      sheets: {
        Deals: readCsv(c.data),
        [TARGETS_SHEET_NAMES[c.lang]]: readCsv(c.targets),
      },
      settings: SETTINGS,
      now: clock.now,
      userEmail: USER,
    });
    expect((bundle.call('saveSchedule', WEEKLY) as { ok: boolean }).ok).toBe(true);
    advanceClock(bundle, clock, 7 * 86_400_000);
    expect(log.queries).toEqual([]);
    expect(log.tableGets).toEqual([]);
    const names = env.snapshot().sheets.map((s) => s.name);
    expect(names).toContain(REPORT_SHEET_NAMES.en);
    expect(names).not.toContain(bigQueryMessages.en.sheetName);
    expect(env.mail.sent).toHaveLength(1);
    expect(sidebarSchedule(bundle).status?.outcome).toBe('sent');
  });

  it('reads the columns’ types again from the schema: a TIMESTAMP date is queried as a manual run of that type is', () => {
    const c = SAMPLE_CASES[0];
    const { fields, columns } = warehouseTable(c);
    const stamped = fields.map((f) => (f.name === columns.date ? { ...f, type: 'TIMESTAMP' } : f));
    const tables = { [TABLE.path]: { fields: stamped } };
    const form = { project: TABLE.project, table: TABLE.table, columns, period: '', groupBy: '' };
    // The fake has no answers: each run stops at its first query, whose text the log keeps.
    const firstQuery = (types: Record<string, string>) => {
      const { bundle, log } = flavourBook(c, { tables, settings: SETTINGS, now: () => START });
      bundle.call('runBigQueryReport', { ...form, types });
      return log.queries[0].query;
    };
    const clock = new EmulatedClock(START);
    const { bundle, log } = flavourBook(c, { tables, settings: SETTINGS, now: clock.now, userEmail: USER });
    bundle.env.properties.document.setAll({
      SALES_KPI_BIGQUERY: JSON.stringify({ ...form, period: undefined }),
    });
    expect((bundle.call('saveSchedule', WEEKLY) as { ok: boolean }).ok).toBe(true);
    advanceClock(bundle, clock, 7 * 86_400_000);
    expect(firstQuery({ date: 'TIMESTAMP' })).not.toBe(firstQuery({ date: 'DATE' }));
    expect(log.queries[0].query).toBe(firstQuery({ date: 'TIMESTAMP' }));
  });

  it('records BigQuery’s refusal as a failed build in the user’s language, writing and sending nothing', () => {
    const c = SAMPLE_CASES[1];
    const { fields, columns } = warehouseTable(c);
    const clock = new EmulatedClock(START);
    const { env, bundle, log } = flavourBook(c, {
      tables: { [TABLE.path]: { fields } },
      error: {
        method: 'jobs.query',
        message: 'Access Denied: Table acme:sales.orders: User does not have permission',
      },
      sheets: { [TARGETS_SHEET_NAMES[c.lang]]: readCsv(c.targets) },
      settings: SETTINGS,
      now: clock.now,
      userEmail: USER,
    });
    env.properties.document.setAll({
      SALES_KPI_BIGQUERY: JSON.stringify({
        project: TABLE.project,
        table: TABLE.table,
        columns,
        groupBy: '',
      }),
    });
    expect((bundle.call('saveSchedule', WEEKLY) as { ok: boolean }).ok).toBe(true);
    const before = env.snapshot().sheets.map((s) => s.name);
    const runs = advanceClock(bundle, clock, 7 * 86_400_000);
    expect(runs.map((r) => [r.ok, r.error])).toEqual([[true, undefined]]); // recorded, never thrown
    expect(log.queries.length).toBeGreaterThan(0);
    const status = sidebarSchedule(bundle).status;
    expect(status?.outcome).toBe('build_failed');
    expect(status?.detail).toMatch(/^BigQuery отказал в доступе: Access Denied.*BigQuery Data Viewer/);
    expect(env.snapshot().sheets.map((s) => s.name)).toEqual(before);
    expect(env.mail.sent).toEqual([]);
    expect(env.triggers.list.filter((t) => t.handler === 'runScheduledReport')).toHaveLength(1);
  });
});
