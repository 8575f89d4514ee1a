import { describe, expect, it } from 'vitest';
import { reportNumberFormats } from '../../../src/kpi/format/numberFormats';
import { textWidth } from '../../../src/kpi/format/textWidth';
import { describeDataQualityLines, UNKNOWN_STATUSES_LISTED } from '../../../src/kpi/i18n/reportSentences';
import {
  AUTOMATIC_FORMAT,
  layoutReport,
  type ReportGrid,
  type SectionKey,
} from '../../../src/kpi/report/layoutReport';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { AS_OF, model, SALES, TARGETS } from './_model';

/** The rows of one section of a grid: its header row and data rows (values). */
function sectionRows(grid: ReportGrid, key: SectionKey) {
  const place = grid.sections.find((s) => s.key === key)!;
  return {
    place,
    header: grid.values[place.headerRow - 1],
    rows: grid.values.slice(place.firstRow - 1, place.lastRow),
  };
}

/** A1 of a 1-based cell. */
const a1 = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

describe('layoutReport', () => {
  const grid = layoutReport(model());

  it('gives rectangular grids of one shape, ten columns wide (fourteen with the customer cohorts)', () => {
    const { values } = grid;
    expect(values.length).toBeGreaterThan(60);
    for (const property of [
      'values',
      'textCells',
      'numberFormats',
      'fontWeights',
      'fontColors',
      'backgrounds',
      'horizontalAlignments',
    ] as const) {
      expect(grid[property].length, property).toBe(values.length);
      for (const row of grid[property]) expect(row.length, property).toBe(14);
    }
    expect(grid.columnWidths).toHaveLength(14);
    expect(layoutReport({ ...model(), cohorts: null }).columnWidths).toHaveLength(10);
    expect(grid.frozenRows).toBe(3);
  });

  it('stacks the sections with a blank row between them, each with a bold title and a bold shaded header', () => {
    expect(grid.sections.map((s) => s.key)).toEqual([
      'header',
      'scorecard',
      'pipeline',
      'whatChanged',
      'repMovers',
      'channelMovers',
      'strengths',
      'trend',
      'leaderboard',
      'channels',
      'cohorts',
      'dataQuality',
      'definitions',
    ]);
    for (const s of grid.sections.slice(1)) {
      expect(
        grid.values[s.titleRow - 2].every((v) => v === ''),
        `blank row above ${s.key}`,
      ).toBe(true);
      expect(grid.fontWeights[s.titleRow - 1][0]).toBe('bold');
      grid.values[s.headerRow - 1].forEach((value, c) => {
        if (value !== '') expect(grid.fontWeights[s.headerRow - 1][c], `${s.key} header`).toBe('bold');
      });
      expect(grid.backgrounds[s.headerRow - 1][0]).toBe('#f3f3f3');
    }
  });

  it('shows the header block: title, period, as-of day, generated time and the sheets read', () => {
    expect(grid.values.slice(0, 3).map((row) => row.filter((v) => v !== ''))).toEqual([
      ['KPI report', '2026-11', 'Month: 2026-11-01 – 2026-11-30'],
      ['As of', '2026-11-10', 'Generated', '2026-11-25 10:00'],
      ['Sales sheet', 'Sales', 'Spend sheet', 'Spend', 'Targets sheet', 'KPI Targets'],
    ]);
    // Pairs in A–B, D–E, G–H: the column right of each value is free for a long sheet name to run into.
    expect(grid.values[2].slice(0, 10)).toEqual([
      'Sales sheet',
      'Sales',
      '',
      'Spend sheet',
      'Spend',
      '',
      'Targets sheet',
      'KPI Targets',
      '',
      '',
    ]);
  });

  it('lays out the scorecard with a number format per unit, the status as symbol and word', () => {
    const { header, rows, place } = sectionRows(grid, 'scorecard');
    expect(header.slice(0, 10)).toEqual([
      'KPI',
      'Actual',
      'Target',
      'Attainment (forecast)',
      'Status',
      'Δ vs 2026-10',
      'Δ vs 2025-11',
      'Forecast',
      'Needed per day',
      '',
    ]);
    // 20 KPIs; Units and Sales cycle left out: the log has no quantity column and no created column
    expect(rows).toHaveLength(18);
    expect(rows[0].slice(0, 10)).toEqual([
      'Sales volume',
      2500,
      5000,
      1.5,
      '✓ On track',
      2.75,
      14,
      7500,
      125,
      '',
    ]);
    const f = reportNumberFormats('en_US');
    expect(grid.numberFormats[place.firstRow - 1].slice(0, 10)).toEqual([
      '@',
      f.money,
      f.money,
      f.ratio,
      '@',
      f.relativeDelta,
      f.relativeDelta,
      f.money,
      f.money,
      AUTOMATIC_FORMAT, // the tenth column, used by the reps' table only
    ]);
    // Conversion: its deltas are percentage points, written as points (0.6 − 0.667 = −6.7 pp).
    const conversion = rows.findIndex((r) => r[0] === 'Conversion');
    expect(rows[conversion][5]).toBeCloseTo(-6.6667, 4);
    expect(grid.numberFormats[place.firstRow - 1 + conversion][5]).toBe('+0.0 "pp";-0.0 "pp";0.0 "pp"');
    // A KPI the log cannot give is left out, and a note under the table says which and why.
    expect(rows.find((r) => r[0] === 'Units')).toBeUndefined();
    expect(grid.values[place.lastRow][0]).toBe(
      'Not in this log: Units (no quantity column); Sales cycle, days (no created-date column).',
    );
    // The status column is centred (header too), so it never touches the right-aligned attainment.
    expect(grid.horizontalAlignments[place.headerRow - 1][4]).toBe('center');
    expect(grid.horizontalAlignments[place.firstRow - 1][4]).toBe('center');
    // Marketing spend has no better side: its status is a plain "—", even with a budget as its target.
    const spend = rows.find((r) => r[0] === 'Marketing spend')!;
    expect(spend[4]).toBe('—');
  });

  it('shows the needed pace of a count whole a day, or per week (saying so) when below one a day', () => {
    // 3 orders by 2026-11-10, 20 days left: a target of 63 needs 3 a day, one of 13 needs 0.5 a day = 3.5 a week.
    const paceOf = (lang: 'en' | 'ru', orders: number) => {
      const targets = [...TARGETS, ['2026-11', '', 'Orders', orders]];
      const g = layoutReport(model({ lang, targets: { name: 'KPI Targets', values: targets } }));
      const { place, rows } = sectionRows(g, 'scorecard');
      const row = rows.findIndex((r) => r[0] === (lang === 'en' ? 'Orders' : 'Продажи (заказы)'));
      return { value: rows[row][8], format: g.numberFormats[place.firstRow - 1 + row][8] };
    };
    expect(paceOf('en', 63)).toEqual({ value: 3, format: '#,##0' });
    expect(paceOf('en', 13)).toEqual({ value: 3.5, format: '#,##0 "per week"' });
    expect(paceOf('ru', 13)).toEqual({ value: 3.5, format: '#,##0 "в неделю"' });
  });

  it('leaves out what the log cannot give and says why, in one note', () => {
    const bare = model({ spend: null });
    const { rows, place } = sectionRows(layoutReport(bare), 'scorecard');
    expect(rows.map((r) => r[0])).not.toContain('ROMI');
    expect(layoutReport(bare).values[place.lastRow][0]).toBe(
      'Not in this log: Units (no quantity column); Marketing spend, ROMI, CAC (no spend table); ' +
        'Sales cycle, days (no created-date column).',
    );
    const ru = layoutReport(model({ spend: null, lang: 'ru', locale: 'ru_RU' }));
    const ruPlace = ru.sections.find((s) => s.key === 'scorecard')!;
    expect(ru.values[ruPlace.lastRow][0]).toBe(
      'Нет в этом журнале: Количество (нет столбца количества); Расходы на маркетинг, ROMI, ' +
        'Стоимость привлечения (нет таблицы расходов); Цикл сделки, дней (нет столбца даты создания).',
    );
  });

  it('sizes the columns for the longest header, label and status in either language, in two runs', () => {
    for (const lang of ['en', 'ru'] as const) {
      const widths = layoutReport(model({ lang, locale: lang === 'ru' ? 'ru_RU' : 'en_US' })).columnWidths;
      expect(widths).toHaveLength(14); // with the customer cohorts' months 0…11
      expect(new Set(widths.slice(1)).size).toBe(1); // one setColumnWidths call for B…I
      expect(widths[0]).toBeGreaterThanOrEqual(230);
    }
    const ru = layoutReport(model({ lang: 'ru', locale: 'ru_RU' })).columnWidths[1];
    expect(ru).toBeGreaterThanOrEqual(160); // «Стоимость привлечения», «Выполнение (прогноз)»
    expect(ru).toBeLessThanOrEqual(200);
    expect(textWidth('Стоимость привлечения', true)).toBeGreaterThan(textWidth('CAC', true));
  });

  it('puts the sales volume and target of the trend under a combo chart, with rows kept free for it', () => {
    const { header, rows, place } = sectionRows(grid, 'trend');
    expect(header.slice(0, 6)).toEqual([
      'Period',
      'Sales volume',
      'Target',
      'Orders',
      'Average check',
      'Conversion',
    ]);
    expect(rows.map((r) => r[0])).toHaveLength(12);
    expect(grid.chart).toEqual({
      type: 'combo',
      a1Ranges: [`A${place.headerRow}:C${place.lastRow}`],
      anchorRow: place.lastRow + 2,
      anchorColumn: 1,
      title: 'Sales volume vs target',
      series: ['bars', 'line'],
    });
    const next = grid.sections.find((s) => s.key === 'leaderboard')!;
    expect(next.titleRow).toBeGreaterThanOrEqual(grid.chart!.anchorRow + 18);
    for (let r = grid.chart!.anchorRow; r < next.titleRow; r++)
      expect(grid.values[r - 1].every((v) => v === '')).toBe(true);
  });

  it('colours statuses by conditional rules on the status cells of the scorecard and the leaderboard', () => {
    const scorecard = grid.sections.find((s) => s.key === 'scorecard')!;
    const reps = grid.sections.find((s) => s.key === 'leaderboard')!;
    const statusCells = [
      `E${scorecard.firstRow}:E${scorecard.lastRow}`,
      `J${reps.firstRow}:J${reps.lastRow}`,
    ];
    expect(grid.conditionalRules.filter((rule) => rule.kind !== 'gradient')).toEqual([
      { a1: statusCells, textStartsWith: '✓', background: '#d9ead3', fontColor: '#274e13' },
      { a1: statusCells, textStartsWith: '⚠', background: '#fff2cc', fontColor: '#7f6000' },
      { a1: statusCells, textStartsWith: '✗', background: '#f4cccc', fontColor: '#660000' },
      { a1: statusCells, textStartsWith: 'No data', background: '#efefef', fontColor: '#666666' },
    ]);
    expect(sectionRows(grid, 'leaderboard').rows.map((r) => r[9])).toEqual([
      '✓ On track',
      '⚠ At risk',
      '✗ Behind',
      '— No target',
    ]);
  });

  it('numbers the reps by attainment in a rank column next to their names, blank without a target', () => {
    const { header, rows, place } = sectionRows(grid, 'leaderboard');
    expect(header.slice(0, 2)).toEqual(['Rep', 'Rank']);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['Anna', 1],
      ['Boris', 2],
      ['Dora', 3],
      ['Carl', ''],
    ]);
    expect(grid.numberFormats[place.firstRow - 1][1]).toBe(reportNumberFormats('en_US').count);
    const ru = sectionRows(layoutReport(model({ lang: 'ru' })), 'leaderboard');
    expect(ru.header[1]).toBe('Место');
  });

  it('marks every string as text and leaves numbers and blanks alone', () => {
    grid.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const text = typeof value === 'string' && value !== '';
        expect(grid.textCells[r][c], a1(r + 1, c + 1)).toBe(text);
        if (text) expect(grid.numberFormats[r][c], a1(r + 1, c + 1)).toBe('@');
        if (value === '' && grid.numberFormats[r][c] !== AUTOMATIC_FORMAT) {
          expect(grid.numberFormats[r][c]).not.toBe('@'); // a blank figure keeps its column's format
        }
      });
    });
  });

  it('keeps names from the data as text, even when Sheets would read them as formulas, numbers or dates', () => {
    const traps = ['=HYPERLINK("http://x","y")', '+7 999', '@bob', '-x', '2026-11'];
    const sales = SALES.map((row, i) =>
      i === 0 ? row : row.map((cell, c) => (c === 3 ? traps[i % traps.length] : cell)),
    );
    const trapped = layoutReport(model({ sales: { name: '2026', values: sales }, targets: null }));
    const reps = sectionRows(trapped, 'leaderboard');
    const names = reps.rows.map((r) => r[0]);
    expect(new Set(names)).toEqual(new Set(traps));
    for (let r = reps.place.firstRow; r <= reps.place.lastRow; r++)
      expect(trapped.textCells[r - 1][0]).toBe(true);
    expect(trapped.values[2][1]).toBe('2026'); // the sheet's name
    expect(trapped.textCells[2][1]).toBe(true);
    expect(trapped.values[0][1]).toBe('2026-11'); // the period label
    expect(trapped.textCells[0][1]).toBe(true);
  });

  it('writes the data-quality notes and definitions in words', () => {
    const dq = sectionRows(grid, 'dataQuality').rows.map((r) => r.slice(0, 2));
    expect(dq).toMatchInlineSnapshot(`
      [
        [
          "Rows",
          "Sales log “Sales”: 11 rows read, 1 skipped (not counted in any KPI).",
        ],
        [
          "Skipped row",
          "“Sales”, row 11, “Date”: the date “2026-02-31” cannot be read",
        ],
        [
          "Rows",
          "Spend table “Spend”: 3 rows read, none skipped.",
        ],
        [
          "Statuses",
          "Status texts read as open: 1. If one of them means won, lost or returned, add it in the sidebar.",
        ],
        [
          "Statuses",
          "“Contract sent”: 1 row",
        ],
        [
          "Targets",
          "“KPI Targets”, row 7: “Revnue” is not a KPI. Write a key such as revenue or a name such as Sales volume.",
        ],
        [
          "Target mismatch",
          "Sales volume, 2026-11: the targets of 3 reps sum to 5,500.00, but the team target is 5,000.00.",
        ],
      ]
    `);
    const defs = sectionRows(grid, 'definitions').rows;
    expect(defs[0].slice(0, 3)).toEqual(['Sales volume', '↑ higher', 'gross sales − returns']);
    expect(defs.find((r) => r[0] === 'Marketing spend')?.[1]).toBe('—');
  });

  it('speaks Russian, with Russian number words and the locale currency', () => {
    const ru = layoutReport(model({ lang: 'ru', locale: 'ru_RU' }));
    expect(ru.values[0].slice(0, 3)).toEqual(['Отчёт KPI', '2026-11', 'Месяц: 01.11.2026 – 30.11.2026']);
    const scorecard = sectionRows(ru, 'scorecard');
    expect(scorecard.header[5]).toBe('Δ к 2026-10');
    expect(scorecard.rows[0][4]).toBe('✓ В графике');
    expect(ru.numberFormats[scorecard.place.firstRow - 1][1]).toBe('#,##0.00 "₽"');
    expect(ru.conditionalRules[3]).toMatchObject({ textStartsWith: 'Нет данных' });
    expect(sectionRows(ru, 'dataQuality').rows.map((r) => r.slice(0, 2))).toMatchInlineSnapshot(`
      [
        [
          "Строки",
          "Журнал продаж «Sales»: прочитано 11 строк, пропущено 1 (не входят ни в один KPI).",
        ],
        [
          "Пропущена строка",
          "«Sales», строка 11, «Date»: не удалось прочитать дату «2026-02-31»",
        ],
        [
          "Строки",
          "Таблица расходов «Spend»: прочитано 3 строки, пропущенных нет.",
        ],
        [
          "Статусы",
          "Статусов, прочитанных как «в работе»: 1. Если какой-то из них означает успех, отказ или возврат, укажите это в боковой панели.",
        ],
        [
          "Статусы",
          "«Contract sent»: 1 строка",
        ],
        [
          "Цели",
          "«KPI Targets», строка 7: «Revnue» — не KPI. Укажите ключ, например revenue, или название, например Объём продаж.",
        ],
        [
          "Цели не сходятся",
          "Объём продаж, 2026-11: цели 3 менеджеров в сумме 5 500,00, а цель команды — 5 000,00.",
        ],
      ]
    `);
  });

  it('says so when every row was read, and when a section has nothing in the period', () => {
    const clean = SALES.filter((row) => row[5] !== 'Contract sent' && row[0] !== '2026-02-31');
    const quiet = layoutReport(
      model({
        sales: { name: 'Sales', values: clean },
        targets: null,
        settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, reportPeriod: '2026-06' },
      }),
    );
    expect(sectionRows(quiet, 'dataQuality').rows.at(-1)?.[1]).toBe('Every row was read; no issues found.');
    const ten = (rows: unknown[][]) => rows.map((row) => row.slice(0, 10));
    expect(ten(sectionRows(quiet, 'leaderboard').rows)).toEqual([['—', '', '', '', '', '', '', '', '', '']]);
    expect(ten(sectionRows(quiet, 'channels').rows)).toEqual([['—', '', '', '', '', '', '', '', '', '']]);
    expect(quiet.conditionalRules[0].a1).toEqual([expect.stringMatching(/^E\d+:E\d+$/)]); // the scorecard's only
  });
});

describe('reportNumberFormats', () => {
  it.each([
    ['ru_RU', '#,##0.00 "₽"'],
    ['ru', '#,##0.00 "₽"'],
    ['en_US', '"$"#,##0.00'],
    ['en_GB', '"£"#,##0.00'],
    ['de_DE', '#,##0.00 "€"'],
    ['fr_FR', '#,##0.00 "€"'],
    ['en_IE', '"€"#,##0.00'],
    ['ja_JP', '#,##0.00'],
    ['ru_KZ', '#,##0.00'],
    ['', '#,##0.00'],
  ])('money in %s is %s', (locale, money) => {
    expect(reportNumberFormats(locale).money).toBe(money);
  });

  it('writes patterns in the en_US syntax that Sheets uses in every locale, with the words of the language', () => {
    expect(reportNumberFormats('ru_RU')).toEqual({
      money: '#,##0.00 "₽"',
      count: '#,##0',
      countPerWeek: '#,##0 "в неделю"',
      ratio: '0.0%',
      days: '#,##0', // the sales cycle in whole days
      relativeDelta: '+0.0%;-0.0%;0.0%',
      pointsDelta: '+0.0 "п.п.";-0.0 "п.п.";0.0 "п.п."',
      text: '@',
    });
    expect(reportNumberFormats('ru_RU', 'en').pointsDelta).toBe('+0.0 "pp";-0.0 "pp";0.0 "pp"');
  });
});

describe('describeDataQualityLines', () => {
  it('lists unknown statuses one a row, the first few, then counts the rest', () => {
    const statuses = Array.from({ length: 12 }, (_, i) => ({ text: `S${i}`, count: 12 - i }));
    const lines = describeDataQualityLines(
      'en',
      { kind: 'unknown_statuses', statuses },
      String,
      '2026-11',
      'month',
    );
    expect(lines).toHaveLength(1 + UNKNOWN_STATUSES_LISTED + 1);
    expect(lines.every(([topic]) => topic === 'Statuses')).toBe(true);
    expect(lines[1][1]).toBe('“S0”: 12 rows');
    expect(lines.at(-1)![1]).toBe(`… and ${12 - UNKNOWN_STATUSES_LISTED} more`);
    // One more than the cap is listed whole: "… and 1 more" would save no row.
    const nine = statuses.slice(0, UNKNOWN_STATUSES_LISTED + 1);
    const all = describeDataQualityLines(
      'ru',
      { kind: 'unknown_statuses', statuses: nine },
      String,
      '',
      'month',
    );
    expect(all).toHaveLength(1 + nine.length);
  });

  it('says how many footer lines were ignored and continuation lines merged, and which quantities count 0', () => {
    const line = (item: Parameters<typeof describeDataQualityLines>[1]) =>
      describeDataQualityLines('en', item, String, '2026-11', 'month');
    expect(line({ kind: 'footer_lines', sheet: 'Sales', footerLines: 3 })).toEqual([
      [
        'Rows',
        '“Sales”, 3 footer lines after the data (report totals and notices) were ignored: they are no data rows.',
      ],
    ]);
    expect(line({ kind: 'continuation_lines', sheet: 'Sales', continuationLines: 2 })[0][1]).toMatch(
      /^“Sales”, 2 continuation lines/,
    );
    const issue = { code: 'negative_quantity' as const, row: 7, column: 'Qty', value: '-1' };
    expect(
      line({ kind: 'quantity_issues', sheet: 'Sales', quantityIssues: { count: 1, listed: [issue] } })[0][1],
    ).toBe(
      '“Sales”, 1 quantity counted as 0: row 7, “Qty”: the quantity “-1” is negative on a won row; counted as 0',
    );
  });
});
