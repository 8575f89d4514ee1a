import { describe, expect, it } from 'vitest';
import type { TargetEntry } from '../../../src/kpi/settings/validateSidebarSave';
import { type EditTargetsInput, editTargetsSheet } from '../../../src/kpi/targets/editTargetsSheet';
import { readTargets, targetColumnsOf } from '../../../src/kpi/targets/readTargets';

const EN = { lang: 'en', locale: 'en_US', timeZone: 'America/New_York' } as const;
const RU = { lang: 'ru', locale: 'ru_RU', timeZone: 'Europe/Moscow' } as const;

type Grid = unknown[][];

/**
 * The sheet after the edit, as Sheets does it: the cells first (`'text` is the text), then the row deletions
 * (rows below move up), then the new rows. Returns the values, and for each row of the result the index of the
 * old row it is (or -1 for a new one), so a test sees what moved where.
 */
function apply(values: Grid, input: Omit<EditTargetsInput, 'values'> & { values?: Grid }) {
  const edit = editTargetsSheet({ ...input, values });
  if (!edit.ok) throw new Error(`edit failed: ${edit.code} ${edit.column}`);
  const plain = (cell: unknown) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell);
  const width = Math.max(edit.width, ...values.map((row) => row.length));
  let sheet: Grid = values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  let origin = values.map((_, r) => r);
  for (const cell of edit.cells) sheet[cell.row - 1][cell.column] = plain(cell.value);
  for (const { row, count } of edit.deletes) {
    sheet.splice(row - 1, count);
    origin.splice(row - 1, count);
  }
  if (edit.append !== null) {
    expect(edit.append.row).toBe(sheet.length + 1); // right after the last row
    sheet = [...sheet, ...edit.append.values.map((row) => row.map(plain))];
    origin = [...origin, ...edit.append.values.map(() => -1)];
  }
  return { edit, sheet, origin };
}

const entry = (kpi: TargetEntry['kpi'], period: string | null, rep: string | null, value: number | null) => ({
  kpi,
  period,
  rep,
  value,
});

describe('editTargetsSheet', () => {
  it('writes a new sheet: the header, then Period | Rep | KPI | Target rows with text kept as text', () => {
    const edit = editTargetsSheet({
      ...EN,
      values: [],
      entries: [
        entry('revenue', '2026-11', null, 150_000),
        entry('revenue', '2026-11', '=HYPERLINK("x")', 60_000),
        entry('conversion', null, null, 0.25),
        entry('orders', '2026-11', null, null), // nothing to delete: no row
      ],
    });
    expect(edit).toEqual({
      ok: true,
      cells: [],
      deletes: [],
      append: {
        row: 1,
        values: [
          ['Period', 'Rep', 'KPI', 'Target'],
          ["'2026-11", '', "'Sales volume", 150_000],
          ["'2026-11", '\'=HYPERLINK("x")', "'Sales volume", 60_000],
          ["'month", '', "'Conversion", 0.25], // every month: the type word, never a blank period
        ],
      },
      isNew: true,
      width: 4,
      set: 3,
      deleted: 0,
      effective: [
        entry('revenue', '2026-11', null, 150_000),
        entry('revenue', '2026-11', '=HYPERLINK("x")', 60_000),
        entry('conversion', null, null, 0.25),
      ],
    });
  });

  it('names KPIs and headers in Russian in a Russian sheet', () => {
    const { sheet } = apply([], { ...RU, entries: [entry('revenue', '2026-11', 'Анна Смирнова', 600_000)] });
    expect(sheet).toEqual([
      ['Период', 'Менеджер', 'KPI', 'Цель'],
      ['2026-11', 'Анна Смирнова', 'Объём продаж', 600_000],
    ]);
  });

  it('round-trips: what it writes reads back as the same targets', () => {
    const entries = [
      entry('revenue', '2026-11', null, 150_000),
      entry('revenue', '2026-11', 'Anna', 90_000),
      entry('revenue', '2026-11', 'Boris', 60_000),
      entry('win_rate', '2026-Q4', null, 0.4),
      entry('average_check', null, null, 2500.5),
    ];
    const { sheet } = apply([], { ...EN, entries });
    expect(readTargets(sheet, EN)).toEqual({
      // the every-month target (null) is written and read back as `month`
      targets: entries.map(({ kpi, period, rep, value }) => ({ kpi, period: period ?? 'month', rep, value })),
      issues: [],
    });
  });

  describe('every period of a type', () => {
    it('writes the type word in the sheet language: month, квартал…', () => {
      const { sheet } = apply([], {
        ...RU,
        entries: [
          entry('revenue', 'month', null, 76_000),
          entry('revenue', 'quarter', null, 240_000),
          entry('orders', 'week', 'Анна', 5),
          entry('orders', 'year', null, 600),
        ],
      });
      expect(sheet).toEqual([
        ['Период', 'Менеджер', 'KPI', 'Цель'],
        ['месяц', '', 'Объём продаж', 76_000],
        ['квартал', '', 'Объём продаж', 240_000],
        ['неделя', 'Анна', 'Продажи (заказы)', 5],
        ['год', '', 'Продажи (заказы)', 600],
      ]);
      expect(readTargets(sheet, RU).targets.map((t) => t.period)).toEqual([
        'month',
        'quarter',
        'week',
        'year',
      ]);
    });

    it('sets an old blank-period row (every month) in place and writes the word into it', () => {
      const old: Grid = [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['', '', 'Sales volume', 76_000],
        ['2026-11', '', 'Sales volume', 90_000],
      ];
      const { edit, sheet } = apply(old, { ...EN, entries: [entry('revenue', 'month', null, 80_000)] });
      expect(edit).toMatchObject({ ok: true, set: 1, deleted: 0 });
      expect(sheet).toEqual([
        ['Period', 'Rep', 'KPI', 'Target'],
        ['month', '', 'Sales volume', 80_000],
        ['2026-11', '', 'Sales volume', 90_000],
      ]);
    });

    it('takes a Russian `Месяц` row and the English word `month` as one key', () => {
      const old: Grid = [
        ['Период', 'Менеджер', 'KPI', 'Цель'],
        ['Месяц', '', 'Объём продаж', 76_000],
      ];
      const { edit, sheet } = apply(old, { ...RU, entries: [entry('revenue', 'month', null, null)] });
      expect(edit).toMatchObject({ ok: true, set: 0, deleted: 1 });
      expect(sheet).toEqual([['Период', 'Менеджер', 'KPI', 'Цель']]);
    });

    it('keeps the every-month row when an every-quarter target is set', () => {
      const old: Grid = [
        ['Period', 'Rep', 'KPI', 'Target'],
        ['', '', 'Orders', 10],
      ];
      const { sheet } = apply(old, { ...EN, entries: [entry('orders', 'quarter', null, 25)] });
      expect(sheet).toEqual([
        ['Period', 'Rep', 'KPI', 'Target'],
        ['', '', 'Orders', 10],
        ['quarter', '', 'Orders', 25],
      ]);
    });
  });

  describe('on a sheet edited by hand', () => {
    const handMade: Grid = [
      ['KPI', 'Target', 'Period', 'Note', 'Rep'], // its own column order, and a column of its own
      ['Sales volume', 100_000, '2026-11', 'agreed with Anna', ''],
      ['Orders', 'lots', '2026-11', 'TBD', ''], // unreadable target
      ['Revnue', 5, '', 'typo', ''], // unknown KPI
      ['', '', '', 'just a note', ''], // no KPI
      ['Conversion', '=B2/1000000', '', 'formula', ''], // a formula (its value read by getValues)
      ['', '', '', '', ''], // a blank row in the middle
      ['Sales volume', 40_000, new Date(Date.UTC(2026, 9, 31, 21)), '', 'Anna'], // a date cell: 2026-11 in Moscow
      ['sales volume', 70_000, '2026-11', 'repeat', ''], // a repeat of row 2: the later one counts
    ];
    handMade[5][1] = 0.1; // the formula's value, as getValues reads it
    const notes = handMade.map((row, r) => row.map((_, c) => (r === 8 && c === 0 ? 'check with Boris' : '')));

    it('changes only the Target cell of a target it sets, deletes repeats, appends the new, keeps the rest', () => {
      const { edit, sheet, origin } = apply(handMade, {
        ...RU,
        lang: 'en',
        entries: [
          entry('revenue', '2026-11', null, 120_000), // rows 2 and 9: row 2 changes, row 9 goes
          entry('revenue', '2026-11', 'anna', null), // row 8 (a date cell for 2026-11): deleted
          entry('revenue', '2026-11', 'Boris', 50_000), // new
        ],
      });
      expect(edit).toMatchObject({ ok: true, set: 2, deleted: 2 });
      expect(edit.ok && edit.cells).toEqual([
        { row: 2, column: 1, value: 120_000 }, // the Target cell only
        // the repeat on row 9 holds a comment: its own cells are blanked, the row and comment stay
        { row: 9, column: 2, value: '' },
        { row: 9, column: 0, value: '' },
        { row: 9, column: 1, value: '' },
      ]);
      expect(edit.ok && edit.deletes).toEqual([{ row: 8, count: 1 }]); // by deleteRow: its formats go with it
      expect(sheet).toEqual([
        ['KPI', 'Target', 'Period', 'Note', 'Rep'],
        ['Sales volume', 120_000, '2026-11', 'agreed with Anna', ''],
        ['Orders', 'lots', '2026-11', 'TBD', ''],
        ['Revnue', 5, '', 'typo', ''],
        ['', '', '', 'just a note', ''],
        ['Conversion', 0.1, '', 'formula', ''], // never written: the formula stays
        ['', '', '', '', ''],
        ['', '', '', 'repeat', ''],
        ['Sales volume', 50_000, '2026-11', '', 'Boris'],
      ]);
      expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 8, -1]);
    });

    it("blanks only its own cells of a cleared row that holds the user's comment or note, and keeps the row", () => {
      const { edit, sheet, origin } = apply(handMade, {
        ...EN,
        notes,
        entries: [entry('revenue', '2026-11', null, null)], // rows 2 (a comment) and 9 (a note)
      });
      expect(edit).toMatchObject({ ok: true, deletes: [], append: null, deleted: 2 });
      expect(sheet[1]).toEqual(['', '', '', 'agreed with Anna', '']);
      expect(sheet[8]).toEqual(['', '', '', 'repeat', '']);
      expect(origin).toEqual(handMade.map((_, r) => r));
      expect(readTargets(sheet, EN).targets.filter((t) => t.rep === null && t.kpi === 'revenue')).toEqual([]);
      expect(readTargets(sheet, EN).issues).toEqual(
        readTargets(handMade, EN).issues.filter((i) => i.row !== 9),
      );
    });

    it('keeps a formula target whose field the user left as the sidebar showed it', () => {
      const { edit } = apply(handMade, {
        ...EN,
        entries: [entry('conversion', null, null, 0.1)],
      });
      expect(edit.ok && edit.cells).toEqual([{ row: 6, column: 2, value: "'month" }]); // the word, not the formula
    });

    it('leaves the rows the report cannot read exactly where and as they were: not even rewritten', () => {
      const { edit, sheet } = apply(handMade, { ...EN, entries: [entry('orders', '2026-12', null, 300)] });
      expect(edit).toMatchObject({ cells: [], deletes: [], append: { row: handMade.length + 1 } });
      expect(sheet.slice(0, handMade.length)).toEqual(handMade);
      expect(sheet[handMade.length]).toEqual(['Orders', 300, '2026-12', '', '']);
    });

    it('writes nothing when the sheet already says it', () => {
      const edit = editTargetsSheet({
        ...EN,
        values: handMade.slice(0, 2),
        entries: [entry('revenue', '2026-11', null, 100_000), entry('orders', '2026-11', null, null)],
      });
      expect(edit).toEqual({
        ok: true,
        cells: [],
        deletes: [],
        append: null,
        isNew: false,
        width: 5,
        set: 0,
        deleted: 0,
        effective: [],
      });
    });
  });

  it('deletes cleared rows bottom-up in contiguous runs; the rows below move up, never rewritten', () => {
    const values: Grid = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-10', '', 'Orders', 10],
      ['2026-11', '', 'Orders', 11],
      ['2026-11', '', 'Sales volume', 5],
      ['2026-12', '', 'Orders', 12],
      ['2026-11', '', 'Deals', 3],
    ];
    const { edit, sheet, origin } = apply(values, {
      ...EN,
      entries: [
        entry('orders', '2026-11', null, null),
        entry('revenue', '2026-11', null, null),
        entry('deals', '2026-11', null, null),
      ],
    });
    expect(edit).toMatchObject({
      cells: [],
      deletes: [
        { row: 6, count: 1 },
        { row: 3, count: 2 },
      ],
      append: null,
    });
    expect(sheet).toEqual([values[0], values[1], values[4]]);
    expect(origin).toEqual([0, 1, 4]);
  });

  it('plans only what is missing on a sheet a failed save left half-edited, then nothing', () => {
    const values: Grid = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-10', '', 'Orders', 10],
      ['2026-11', '', 'Orders', 11],
      ['2026-11', '', 'Deals', 3],
    ];
    const entries = [
      entry('orders', '2026-11', null, 20),
      entry('deals', '2026-11', null, null),
      entry('units', '2026-11', null, 7),
    ];
    const clean = apply(values, { ...EN, entries }).sheet;
    const half = values.map((row, r) => (r === 2 ? ['2026-11', '', 'Orders', 20] : row)); // the cell was written
    const { edit, sheet } = apply(half, { ...EN, entries });
    expect(edit).toMatchObject({ cells: [], deletes: [{ row: 4, count: 1 }] });
    expect(sheet).toEqual(clean);
    expect(editTargetsSheet({ ...EN, values: clean, entries })).toMatchObject({
      cells: [],
      deletes: [],
      append: null,
    });
  });

  it('adds the Period and Rep columns when the sheet has none and a target needs them', () => {
    const { sheet } = apply(
      [
        ['KPI', 'Target'],
        ['Orders', 100],
      ],
      { ...EN, entries: [entry('orders', '2026-11', 'Anna', 40)] },
    );
    expect(sheet).toEqual([
      ['KPI', 'Target', 'Period', 'Rep'],
      ['Orders', 100, '', ''],
      ['Orders', 40, '2026-11', 'Anna'],
    ]);
    expect(readTargets(sheet, EN).targets).toHaveLength(2);
  });

  it('refuses a sheet without a KPI or a Target column: there is nowhere to write', () => {
    expect(
      editTargetsSheet({
        ...RU,
        values: [['Период', 'Показатель?', 'Цель']],
        entries: [entry('orders', null, null, 1)],
      }),
    ).toEqual({ ok: false, code: 'missing_column', column: 'KPI' });
  });

  it('writes text without the apostrophe into a column formatted as plain text', () => {
    const values: Grid = [
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-10', '', 'Orders', 10],
    ];
    const formats = [
      ['@', '@', '@', '0'],
      ['@', '@', '@', '0'],
    ];
    const edit = editTargetsSheet({
      ...EN,
      values,
      formats,
      entries: [entry('orders', '2026-11', null, 11)],
    });
    expect(edit.ok && edit.append).toEqual({ row: 3, values: [['2026-11', '', 'Orders', 11]] });
  });
});

describe('targetColumnsOf', () => {
  it('finds the columns as readTargets does: synonyms, any order and case, the leftmost', () => {
    expect(targetColumnsOf(['kpi', 'ЦЕЛЬ', 'Менеджер', 'Период', 'Plan'])).toEqual({
      kpi: 0,
      target: 1,
      rep: 2,
      period: 3,
    });
  });
});
