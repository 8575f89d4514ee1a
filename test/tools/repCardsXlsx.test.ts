import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../tools/report/loadTable';
import { runReport } from '../../tools/report/runReport';
import { writeWorkbook } from '../../tools/report/writeWorkbook';
import { code, ROOT } from '../bundle/_bundle';

const sample = (name: string) => readTable(path.join(ROOT, 'samples', name));

describe('the rep cards and the cohorts in the .xlsx of npm run report', () => {
  let back: ExcelJS.Workbook;
  let leftOut: string[];
  let cardValues: unknown[][];
  let file: string;

  beforeAll(async () => {
    const run = runReport({
      code,
      lang: 'en',
      locale: 'en_US',
      timeZone: 'America/New_York',
      sales: await sample('hubspot-deals-en.csv'),
      spend: null,
      targets: await sample('targets-en.csv'),
      period: 'month',
      reportPeriod: '2026-10',
      asOf: null,
      now: () => new Date('2026-11-20T12:00:00Z'),
    });
    expect(run.reportSheets).toContain('Rep cards');
    cardValues = run.env.sheetValues('Rep cards');
    file = path.join(mkdtempSync(path.join(tmpdir(), 'rep-cards-')), 'report.xlsx');
    leftOut = await writeWorkbook(run.env.snapshot(), file, { activeSheet: 'KPI Report' });
    back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
  }, 60_000);

  /** The rows of a worksheet read back, as plain values (blank cells ''). */
  const rowsOf = (ws: ExcelJS.Worksheet) =>
    Array.from({ length: ws.rowCount }, (_, r) =>
      Array.from({ length: ws.columnCount }, (_, c) => {
        const v = ws.getRow(r + 1).getCell(c + 1).value;
        return v === null || v === undefined ? '' : v;
      }),
    );

  it('has the Rep cards sheet with every value the emulator wrote', () => {
    const ws = back.getWorksheet('Rep cards')!;
    expect(ws).toBeDefined();
    const rows = rowsOf(ws);
    expect(rows[0][0]).toBe('Rep cards 2026-10');
    cardValues.forEach((row, r) => {
      row.forEach((value, c) => {
        expect(rows[r]?.[c] ?? '', `${r + 1}:${c + 1}`).toEqual(value);
      });
    });
  });

  it('shows each trend as its 12 numbers, and leaves the SPARKLINE out (Excel has no such function)', () => {
    const ws = back.getWorksheet('Rep cards')!;
    const rows = rowsOf(ws);
    const trends = rows.flatMap((row, r) => (row[0] === 'Trend' ? [r] : []));
    expect(trends.length).toBeGreaterThan(0);
    for (const r of trends) {
      const cell = ws.getRow(r + 1).getCell(2);
      expect(cell.formula).toBeUndefined();
      const numbers = rows[r - 1].slice(1, 13);
      expect(rows[r - 1][0]).toBe('Sales volume');
      expect(numbers.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
      expect(rows[r - 2].slice(1, 13)).toEqual([
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
      ]);
    }
    expect(leftOut.filter((line) => /gradient|colour|color/i.test(line))).toEqual([]);
  });

  it('breaks the page above every card but the first, so that the cards print one per page', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const index = back.worksheets.findIndex((ws) => ws.name === 'Rep cards') + 1;
    const xml = (await zip.file(`xl/worksheets/sheet${index}.xml`)?.async('string')) ?? '';
    const titles = cardValues.flatMap((_row, r) =>
      cardValues[r + 1]?.[0] === 'Place by sales volume' ? [r + 1] : [],
    );
    expect(titles.length).toBeGreaterThan(1);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(titles.slice(1).map((row) => row - 1));
  });

  it('writes the cohorts heat map as an Excel colour scale from 0 (white) to the highest share (green)', () => {
    const ws = back.getWorksheet('KPI Report')!;
    const rows = rowsOf(ws);
    const header = rows.findIndex((row) => row[0] === 'First purchase') + 1;
    expect(rows[header - 1][13]).toBe('Month 11');
    // exceljs keeps the rules it read in `conditionalFormattings` (not in its types).
    const read = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const scales = read.filter((cf) => cf.rules.some((rule) => rule.type === 'colorScale'));
    expect(scales.map((cf) => cf.ref)).toEqual([`D${header + 1}:N${header + 12}`]);
    const rule = scales[0].rules[0] as ExcelJS.ColorScaleRuleType;
    expect(rule.cfvo).toEqual([{ type: 'num', value: 0 }, { type: 'max' }]);
    expect(rule.color?.map((c) => c.argb)).toEqual(['FFFFFFFF', 'FF57BB8A']);
    const shares = rows.slice(header, header + 12).flatMap((row) => row.slice(2, 14));
    for (const share of shares) if (share !== '') expect(share).toBeGreaterThanOrEqual(0);
  });
});
