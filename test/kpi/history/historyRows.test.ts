import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import {
  HISTORY_HEADER,
  type HistoryRow,
  historyRowsOf,
  newHistoryRows,
  readHistoryRows,
} from '../../../src/kpi/history/historyRows';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { model } from '../report/_model';

describe('historyRowsOf', () => {
  it('gives one row per scorecard KPI with a figure, dated with the as-of day and labelled with the period', () => {
    const m = model();
    const rows = historyRowsOf(m);
    const withFigures = m.scorecard.rows.filter((r) => r.actual !== null || r.forecast !== null);
    expect(rows.map((r) => r[2])).toEqual(withFigures.map((r) => r.key));
    expect(new Set(rows.map((r) => r[2])).size).toBe(rows.length); // each KPI once per build
    // Revenue on 2026-11-10: 2500 so far, forecast 3 × 2500 (10 of 30 days), target 5000.
    expect(rows[0]).toEqual(['2026-11-10', '2026-11', 'revenue', 2500, 7500, 5000]);
    expect(rows.find((r) => r[2] === 'orders')?.[5]).toBe(''); // no target: a blank cell
  });

  it('appends once per build: a second build with the same data adds nothing, new figures are added', () => {
    const first = historyRowsOf(model());
    expect(newHistoryRows([], first)).toEqual(first);
    expect(newHistoryRows(first, historyRowsOf(model()))).toEqual([]);
    const later = historyRowsOf(
      model({ settings: { ...DEFAULT_SETTINGS, asOf: dayFromCivil(2026, 11, 12) } }),
    );
    const added = newHistoryRows(first, later);
    expect(added.length).toBe(later.length);
    expect(added.every((r) => r[0] === '2026-11-12')).toBe(true);
  });
});

describe('readHistoryRows', () => {
  it('reads its own rows back after the header, whatever the language of the header', () => {
    const rows = historyRowsOf(model());
    expect(readHistoryRows([[...HISTORY_HEADER.ru], ...rows])).toEqual(rows);
    expect(readHistoryRows([[...HISTORY_HEADER.en], ...rows])).toEqual(rows);
  });

  it('skips blank and unreadable rows, and blanks figures that are not numbers', () => {
    const values: unknown[][] = [
      ['', '', '', '', '', ''],
      ['2026-11-31', '2026-11', 'revenue', 1, 2, 3], // no such day
      ['2026-11-10', '2026-13', 'revenue', 1, 2, 3], // no such month
      ['2026-11-10', '2026-11', 'Revenue', 1, 2, 3], // not a key
      ['2026-11-10', '2026-11', '__proto__', 1, 2, 3],
      ['2026-11-10', ' 2026-q4 ', 'orders', '7', 'n/a', Number.NaN],
      'not a row' as unknown as unknown[],
    ];
    expect(readHistoryRows(values)).toEqual([['2026-11-10', '2026-Q4', 'orders', 7, '', '']]);
  });

  it('reads an as-of day that Sheets turned into a date in the spreadsheet zone, and a year label number', () => {
    // Midnight of 2026-11-10 in Moscow is 21:00 UTC the day before.
    const date = new Date(Date.UTC(2026, 10, 9, 21, 0, 0));
    const rows = readHistoryRows([[date, 2026, 'revenue', 10, 20, '']], 'Europe/Moscow');
    expect(rows).toEqual([['2026-11-10', '2026', 'revenue', 10, 20, '']]);
  });
});

describe('HISTORY_HEADER', () => {
  it('names the six columns of a history row in both languages', () => {
    const row: HistoryRow = ['2026-11-10', '2026-11', 'revenue', 1, 2, 3];
    expect(HISTORY_HEADER.en).toHaveLength(row.length);
    expect(HISTORY_HEADER.ru).toHaveLength(row.length);
    expect(HISTORY_HEADER.ru[4]).toBe('Прогноз');
  });
});
