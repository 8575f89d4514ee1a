import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Environment, runCustomFunction } from '../../emulator/index';
import { Range } from '../../emulator/range';
import type { Bundle } from '../../emulator/runner';
import { KPIS } from '../../src/kpi/kpis';
import type { SidebarSaveResult, SidebarStateResult } from '../../src/kpi/sidebar/sidebarProtocol';
import { readCsv } from '../_support/readCsv';
import { amoBook, book, hubspotBook, rowOf, sheetNames, sheetsPicture, values } from './_addon';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The scorecard's rows of a report sheet: KPI name → the row's values. */
function scorecard(env: Environment, sheet: string): Map<string, unknown[]> {
  const rows = values(env, sheet);
  const header = rowOf(env, sheet, 'KPI'); // the scorecard's header is the first KPI header
  return new Map(rows.slice(header, header + KPIS.length).map((row) => [row[0] as string, row]));
}

/** The KPI_TABLE row of a period, from the same bundle, as a map KPI key → cell. */
function kpiTableRow(bundle: Bundle, args: unknown[], period: string): Map<string, unknown> {
  const rows = runCustomFunction(bundle, 'KPI_TABLE', args as never) as unknown[][];
  const row = rows.find((r) => r[0] === period)!;
  return new Map(KPIS.map((k, i) => [k.key, row[i + 1]]));
}

describe('buildKpiReport', () => {
  describe('on the English HubSpot sample, in an en_US spreadsheet', () => {
    const { env, bundle } = hubspotBook();
    const sources = sheetsPicture(env, ['Deals']);
    bundle.call('buildKpiReport');
    const rows = values(env, 'KPI Report');
    const sheet = env.snapshot().sheets.find((s) => s.name === 'KPI Report')!;

    it('writes the "KPI Report" sheet, shows it, and says nothing when all went well', () => {
      expect(sheetNames(env)).toEqual(['Deals', 'KPI Report', 'Rep cards', 'KPI History']);
      expect(env.snapshot().activeSheet).toBe('KPI Report');
      expect(env.ui.alerts).toEqual([]);
      expect(rows[0].slice(0, 2)).toEqual(['KPI report', '2026-11']);
    });

    it('shows the figures KPI_TABLE gives for the same period, over the rows up to the as-of day', () => {
      // The report counts nothing dated after its as-of day (2026-11-20, spec §3); KPI_TABLE counts every row.
      const upToAsOf = readCsv('hubspot-deals-en.csv').filter(
        (row, i) => i === 0 || String(row[4]) <= '2026-11-20 24',
      );
      const cut = book({ locale: 'en_US', timeZone: 'America/New_York', sheets: { Deals: upToAsOf } });
      expect(upToAsOf.length).toBeLessThan(703); // the sample has rows after the as-of day
      const expected = kpiTableRow(cut.bundle, [cut.env.ref('Deals!A1:I'), 'month'], '2026-11');
      const card = scorecard(env, 'KPI Report');
      // The HubSpot export has no quantity column and there is no spend table: those KPIs are left out, noted.
      const absent = ['units', 'spend', 'romi', 'cac'];
      for (const k of KPIS) {
        if (absent.includes(k.key)) {
          expect(card.has(k.names.en), k.key).toBe(false);
          expect(expected.get(k.key), k.key).toBe('');
          continue;
        }
        const actual = card.get(k.names.en)![1];
        if (typeof actual === 'number') expect(actual, k.key).toBeCloseTo(expected.get(k.key) as number, 9);
        else expect(actual, k.key).toBe(expected.get(k.key));
      }
    });

    it('writes statuses as symbol and word, coloured by conditional rules, with a chart and frozen header rows', () => {
      const statuses = [...scorecard(env, 'KPI Report').values()].map((row) => row[4]);
      expect(new Set(statuses)).toEqual(new Set(['— No target', '']));
      expect(
        rows.some(
          (row) =>
            row[0] ===
            'Not in this log: Units (no quantity column); Marketing spend, ROMI, CAC (no spend table).',
        ),
      ).toBe(true);
      expect(sheet.conditionalFormats.map((rule) => rule.condition?.values[0])).toEqual([
        '✓',
        '⚠',
        '✗',
        'No data',
        undefined, // the customer cohorts' colour scale: a gradient, no boolean condition
      ]);
      expect(sheet.conditionalFormats[0].format).toEqual({ background: '#d9ead3', fontColor: '#274e13' });
      expect(sheet.conditionalFormats[0].ranges.map((r) => r.a1)).toEqual([
        'E7:E22', // 16 KPIs: 20 less units and the three spend KPIs
        expect.stringMatching(/^J\d+:J\d+$/), // the reps' status, after the rank column
      ]);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]).toMatchObject({ type: 'COMBO', options: { title: 'Sales volume vs target' } });
      expect(sheet.charts[0].ranges[0].a1).toMatch(/^A\d+:C\d+$/);
      expect(sheet.frozenRows).toBe(3);
      expect(sheet.columnWidths[1]).toBe(230);
      expect(sheet.columnWidths[2]).toBeGreaterThan(125); // «Attainment (forecast)» fits
      expect(sheet.columnWidths[9]).toBe(sheet.columnWidths[2]);
      expect(sheet.merges).toEqual([]);
    });

    it('formats money in dollars and keeps period labels as text', () => {
      const salesVolume = sheet.cells.find((c) => c.row === 7 && c.column === 2)!;
      expect(salesVolume.format.numberFormat).toBe('"$"#,##0.00');
      expect(salesVolume.display).toMatch(/^\$\d{1,3}(,\d{3})*\.\d\d$/);
      const label = sheet.cells.find((c) => c.row === 1 && c.column === 2)!;
      expect(label).toMatchObject({ value: '2026-11', display: '2026-11' });
      expect(label.formula).toBeUndefined();
    });

    it('never writes to the sales sheet', () => {
      expect(sheetsPicture(env, ['Deals'])).toEqual(sources);
    });
  });

  describe('on the Russian amoCRM sample with its spend table, for a Russian user of a ru_RU spreadsheet', () => {
    const { env, bundle } = amoBook();
    const sources = sheetsPicture(env, ['Сделки', 'Расходы']);
    bundle.call('buildKpiReport');

    it('writes «Отчёт KPI» with the figures of KPI_TABLE, spend included', () => {
      expect(sheetNames(env)).toEqual([
        'Сделки',
        'Расходы',
        'Отчёт KPI',
        'Карточки менеджеров',
        'История KPI',
      ]);
      const expected = kpiTableRow(
        bundle,
        [env.ref("'Сделки'!A1:I601"), 'месяц', '', env.ref("'Расходы'!A1:C47")],
        '2026-11',
      );
      const card = scorecard(env, 'Отчёт KPI');
      for (const k of KPIS) {
        if (k.key === 'units') {
          expect(card.has(k.names.ru)).toBe(false); // no quantity column: left out, noted
          continue;
        }
        const actual = card.get(k.names.ru)![1];
        if (typeof actual === 'number') expect(actual, k.key).toBeCloseTo(expected.get(k.key) as number, 9);
        else expect(actual, k.key).toBe(expected.get(k.key));
      }
      expect(card.get('Расходы на маркетинг')![1]).toBeGreaterThan(0);
    });

    it('lists channels with their spend, and formats money in roubles', () => {
      const rows = values(env, 'Отчёт KPI');
      // The channels section's header (the movers by channel under «Что изменилось» come first, also headed «Канал»).
      const channels = rowOf(env, 'Отчёт KPI', 'Канал', rowOf(env, 'Отчёт KPI', 'Каналы'));
      expect(rows[channels - 1].slice(0, 5)).toEqual([
        'Канал',
        'Объём продаж',
        'Расходы на маркетинг',
        'ROMI',
        'Стоимость привлечения',
      ]);
      expect(rows[channels][0]).toBe('Яндекс Директ');
      const cell = env
        .snapshot()
        .sheets.find((s) => s.name === 'Отчёт KPI')!
        .cells.find((c) => c.row === 7 && c.column === 2)!;
      expect(cell.display).toMatch(/^\d{1,3}([\s\u00a0\u202f]\d{3})*,\d\d ₽$/);
    });

    it('never writes to the data sheets', () => {
      expect(sheetsPicture(env, ['Сделки', 'Расходы'])).toEqual(sources);
    });
  });

  describe('text from the data stays text', () => {
    const TRAPS = ['=HYPERLINK("http://x","y")', '+7 999', '@bob', '-x', '2026-11', "'quoted"];

    it.each(['en_US', 'ru_RU'])('in a %s spreadsheet', (locale) => {
      const sales: unknown[][] = [['Date', 'Rep', 'Channel', 'Amount']];
      TRAPS.forEach((name, i) => {
        sales.push(['2026-11-05', `'${name}`, `'${name}`, 100 * (i + 1)]);
      });
      const { env, bundle } = book({
        locale,
        sheets: {
          Sales: sales,
          Spend: [['Date', 'Channel', 'Spend'], ...TRAPS.map((name) => ['2026-11-01', `'${name}`, 10])],
        },
        settings: { asOf: '2026-11-20' },
      });
      expect(
        values(env, 'Sales')
          .slice(1)
          .map((row) => row[1]),
      ).toEqual(TRAPS); // typed as text
      bundle.call('buildKpiReport');
      expect(env.ui.alerts).toEqual([]);
      const report = env.snapshot().sheets.find((s) => s.name === 'KPI Report')!;
      const repsTitle = rowOf(env, 'KPI Report', 'Reps');
      const channelsTitle = rowOf(env, 'KPI Report', 'Channels');
      const column = (first: number) =>
        report.cells.filter((c) => c.column === 1 && c.row >= first && c.row < first + TRAPS.length);
      for (const cells of [column(repsTitle + 2), column(channelsTitle + 2)]) {
        expect(new Set(cells.map((c) => c.value))).toEqual(new Set(TRAPS));
        for (const cell of cells) {
          expect(cell.formula).toBeUndefined();
          expect(cell.display).toBe(cell.value);
        }
      }
      expect(report.cells.some((c) => c.formula !== undefined)).toBe(false);
    });
  });

  describe('a rebuild', () => {
    it('replaces the previous report in its place, leaving no other sheet behind', () => {
      const { env, bundle } = hubspotBook();
      env.addSheet('Notes', [['Anything']]);
      bundle.call('buildKpiReport');
      env.spreadsheet.moveActiveSheet(1); // the user moves the report to the front
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['KPI Report', 'Deals', 'Notes', 'Rep cards', 'KPI History']);
      expect(env.ui.alerts).toEqual([]);
    });

    it('replaces a report in the other language, under the name of the user language', () => {
      const { env, bundle } = amoBook();
      bundle.call('buildKpiReport');
      env.userLocale = 'en';
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Сделки', 'Расходы', 'KPI Report', 'Rep cards', 'История KPI']);
    });

    it('that fails half-way keeps the previous report as it was and removes the half-built sheet', () => {
      const { env, bundle } = hubspotBook();
      bundle.call('buildKpiReport');
      const previous = sheetsPicture(env, ['KPI Report', 'Deals']);
      vi.spyOn(Range.prototype, 'setBackgrounds').mockImplementation(() => {
        throw new Error(
          'Service Spreadsheets failed while accessing document with id emulated-spreadsheet-id.',
        );
      });
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Deals', 'KPI Report', 'Rep cards', 'KPI History']);
      expect(sheetsPicture(env, ['KPI Report', 'Deals'])).toEqual(previous);
      expect(env.ui.alerts).toEqual([
        {
          title: 'KPI report',
          prompt:
            'The report could not be built: Service Spreadsheets failed while accessing document with id ' +
            'emulated-spreadsheet-id. The previous report was kept.',
          buttons: 'OK',
          answer: 'OK',
        },
      ]);
      expect(env.locks.isHeld('document')).toBe(false);
    });

    it('that fails the first time leaves no half-built sheet', () => {
      const { env, bundle } = hubspotBook();
      vi.spyOn(Range.prototype, 'setValues').mockImplementation(() => {
        throw new Error('Exceeded maximum execution time');
      });
      bundle.call('buildKpiReport');
      expect(sheetNames(env)).toEqual(['Deals', 'KPI History']);
      expect(env.ui.alerts[0].prompt).toBe(
        'The report could not be built: Exceeded maximum execution time. No sheet was changed.',
      );
    });
  });

  it('is refused while another build holds the document lock: an alert, and nothing written', () => {
    const { env, bundle } = amoBook();
    env.locks.holdElsewhere('document');
    const before = env.snapshot();
    bundle.call('buildKpiReport');
    expect(env.snapshot()).toEqual(before);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual(['Отчёт KPI уже строится. Попробуйте через минуту.']);
  });

  describe('says what is wrong, and writes nothing, when', () => {
    function refused(sheets: Record<string, unknown[][]>, settings = {}) {
      const { env, bundle } = book({ sheets, settings });
      const before = env.snapshot();
      const properties = env.properties.document.toObject();
      bundle.call('buildKpiReport');
      expect(env.snapshot()).toEqual(before);
      expect(env.properties.document.toObject()).toEqual(properties);
      expect(env.ui.alerts).toHaveLength(1);
      expect(env.ui.alerts[0].title).toBe('KPI report');
      return env.ui.alerts[0].prompt;
    }

    it('no sheet holds a sales log', () => {
      expect(refused({ Sheet1: [], Notes: [['Hello']] })).toBe(
        'No sales log found. The report needs a sheet whose first row has a date column (Date, Close Date…) and an ' +
          'amount column (Amount, Revenue…). Sheets: “Sheet1”, “Notes”. Paste your sales log, or try “Insert sample data”.',
      );
    });

    it('the sales sheet of the settings does not exist', () => {
      expect(
        refused(
          {
            Deals: [
              ['Date', 'Amount'],
              ['2026-11-05', 5],
            ],
          },
          { salesSheet: 'Sales' },
        ),
      ).toBe('The sales sheet “Sales” chosen in the settings does not exist. Sheets: “Deals”.');
    });

    it('a required column is missing', () => {
      expect(
        refused({
          Deals: [
            ['Deal', 'Amount', 'Stage'],
            ['A', 5, 'Won'],
          ],
        }),
      ).toBe(
        'Sheet “Deals”: No “Date” column in the sales log. Name a column “Date”, “Close Date” or “Closing Date”, ' +
          "or choose it in the sidebar's Data section. Headers found: “Deal”, “Amount”, “Stage”.",
      );
    });

    it('the log has no data rows', () => {
      expect(refused({ Deals: [['Date', 'Amount']] })).toBe(
        'Sheet “Deals”: The sales log has no data rows under its header row.',
      );
    });
  });

  describe('with column choices by header text', () => {
    const deals = readCsv('hubspot-deals-en.csv');
    /** The same export with its columns in another order (last first), as a re-export may write it. */
    const reordered = deals.map((row) => [...row].reverse());
    const reportOf = (sheet: unknown[][], settings: object) => {
      const { env, bundle } = book({ timeZone: 'America/New_York', sheets: { Deals: sheet }, settings });
      bundle.call('buildKpiReport');
      expect(env.ui.alerts).toEqual([]);
      return { card: scorecard(env, 'KPI Report'), rows: values(env, 'KPI Report') };
    };
    const byCreated = reportOf(deals, { asOf: '2026-11-20', columns: { date: 'Create Date' } });

    it('uses the chosen column: dated by Create Date, the figures differ from those by Close Date', () => {
      const detected = reportOf(deals, { asOf: '2026-11-20' });
      expect(byCreated.card.get('Sales volume')![1]).not.toBe(detected.card.get('Sales volume')![1]);
    });

    it('gives the same report after a re-export with the columns reordered, from settings saved in the sidebar', () => {
      const { env, bundle } = book({
        timeZone: 'America/New_York',
        sheets: { Deals: deals },
        settings: { asOf: '2026-11-20' },
      });
      const state = (bundle.call('getSidebarState', null) as Extract<SidebarStateResult, { ok: true }>).state;
      const saved = bundle.call('saveSidebarState', {
        baseVersion: state.version,
        settings: { ...state.settings, atRisk: '90', columns: { date: 'Create Date' } },
        targets: null,
      }) as SidebarSaveResult;
      expect(saved.ok).toBe(true);
      const settings = JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS);
      expect(settings.columns).toEqual({ date: 'Create Date' });
      const again = reportOf(reordered, settings);
      expect([...again.card]).toEqual([...byCreated.card]);
    });

    it('migrates version 1 choices by position to the header at that position', () => {
      const legacy = reportOf(deals, { asOf: '2026-11-20', mapping: { date: 5 } }); // F: Create Date
      expect([...legacy.card]).toEqual([...byCreated.card]);
    });

    it('notes a chosen header the sheet no longer has, says where to choose it, and detects that column', () => {
      const gone = reportOf(deals, { asOf: '2026-11-20', columns: { date: 'Closed On' } });
      const detected = reportOf(deals, { asOf: '2026-11-20' });
      expect([...gone.card]).toEqual([...detected.card]);
      expect(gone.rows.flat()).toContain(
        'The column “Closed On” chosen for Date is not in the sales sheet any more, so it was found from the ' +
          "headers. Choose it in the sidebar's Data section.",
      );
    });

    it('reads the status classes saved in the settings', () => {
      const detected = reportOf(deals, { asOf: '2026-11-20' });
      const mapped = reportOf(deals, {
        asOf: '2026-11-20',
        statuses: { lost: ['Decision Maker Bought-In'] },
      });
      expect(mapped.card.get('Refusal rate')![1]).toBeGreaterThan(
        detected.card.get('Refusal rate')![1] as number,
      );
    });
  });
});
