import { describe, expect, it } from 'vitest';
import { runCustomFunction } from '../../emulator/index';
import { book } from './_addon';

const REPS = ['Anna', 'Boris', '=HYPERLINK("x")'];
const STATUSES = ['Won', 'Won', 'Lost', 'Open'];

/** A 12-column log (notes between the log's columns), a spend table, and a user's sheet with the table's name. */
function workbook(n: number, extra: Record<string, unknown[][]> = {}) {
  const sales: unknown[][] = [
    ['No', 'Date', 'Note', 'Rep', 'Comment', 'Status', 'Tag', 'Amount', 'City', 'Channel', 'X', 'Y'],
  ];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    sales.push([
      i + 1,
      new Date(start + Math.floor((i / n) * 400) * 86_400_000 - 3 * 3_600_000),
      `note ${i}`,
      REPS[i % REPS.length],
      '',
      STATUSES[i % STATUSES.length],
      'tag',
      100 + (i % 7) * 10,
      'Moscow',
      i % 2 === 0 ? 'Ads' : 'Email',
      'x',
      'y',
    ]);
  }
  return book({
    timeZone: 'Europe/Moscow',
    sheets: {
      Sales: sales,
      Spend: [
        ['Date', 'Channel', 'Spend'],
        ['2025-02-01', 'Ads', 500],
      ],
      ...extra,
    },
    settings: { periodType: 'month' },
  });
}

describe('writeKpiTableValues', () => {
  it("writes KPI_TABLE's values into a marked sheet, a dated line above them, and leaves a user's same-named sheet alone", () => {
    const mine = [['my own notes']];
    const { env, bundle } = workbook(300, { 'KPI Table (values)': mine });
    bundle.call('writeKpiTableValues');
    expect(env.ui.alerts).toEqual([]);
    expect(env.sheetValues('KPI Table (values)')).toEqual(mine);
    const written = env.sheetValues('KPI Table (values) (2)');
    expect(String(written[0][0])).toMatch(
      /^KPI_TABLE of the sales log as values, made \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
    );
    const live = runCustomFunction(bundle, 'KPI_TABLE', [
      env.ref('Sales!A1:L'),
      'month',
      '',
      env.ref('Spend!A1:C'),
    ] as never) as unknown[][];
    const width = Math.max(...live.map((row) => row.length));
    expect(written.slice(1)).toEqual(live.map((row) => [...row, ...new Array(width - row.length).fill('')]));
    const sheet = env.spreadsheet.getSheetByName('KPI Table (values) (2)')!;
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['salesKpi.values']);
  });

  it('replaces its own sheet on the next run, and makes the same calls for 300 and 3,000 rows', () => {
    const calls = [300, 3000].map((n) => {
      const { env, bundle } = workbook(n);
      bundle.call('writeKpiTableValues');
      env.calls.reset();
      bundle.call('writeKpiTableValues');
      expect(env.ui.alerts).toEqual([]);
      expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
        'Sales',
        'Spend',
        'KPI Table (values)',
      ]);
      expect(env.calls.get('Range.setValues')).toBe(1);
      return env.calls.toJSON();
    });
    expect(calls[1]).toEqual(calls[0]);
  });

  it('says in Russian what is wrong when there is no sales log, and writes nothing', () => {
    const { env, bundle } = book({ userLocale: 'ru', sheets: { Лист1: [['a', 'b']] } });
    bundle.call('writeKpiTableValues');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toMatch(/^Не удалось записать таблицу KPI: /);
    expect(env.spreadsheet.getSheets()).toHaveLength(1);
  });
});
