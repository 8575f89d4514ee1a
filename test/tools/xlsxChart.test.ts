import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, type SpreadsheetSnapshot } from '../../emulator/index';
import { paperSizeOf } from '../../tools/report/_lib/paperSize';
import { xlsxChartOf } from '../../tools/report/_lib/xlsxChart';
import { writeWorkbook } from '../../tools/report/writeWorkbook';
import { hubspotBook } from '../addon/_addon';

const dir = mkdtempSync(path.join(tmpdir(), 'report-chart-'));

/** A report sheet with a trend table (period, sales volume, target, orders) and a combo chart over A2:C5, as the add-on builds it. */
function reportWithChart(locale = 'en_US') {
  const env = createEnvironment({
    spreadsheetLocale: locale,
    timeZone: 'UTC',
    sheets: {
      'Sales log': [
        ['Date', 'Amount'],
        ['2026-01-05', '10'],
      ],
    },
  });
  const { SpreadsheetApp, Charts } = env.globals;
  const sheet = SpreadsheetApp.getActive().insertSheet('KPI Report');
  sheet.getRange('A1:D5').setValues([
    ['Trend', '', '', ''],
    ['Period', 'Sales volume', 'Target', 'Orders'],
    ['2026-01', 1200.5, 1000, 3],
    ['2026-02', 800, 1000, 2],
    ['2026-03', '', 1000, 0],
  ]);
  sheet.getRange('B3:C5').setNumberFormat('$#,##0.00');
  sheet.setFrozenRows(2);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COMBO)
      .addRange(sheet.getRange('A2:C5'))
      .setPosition(7, 2, 0, 0)
      .setOption('title', 'Sales volume vs target')
      .setOption('seriesType', 'bars')
      .setOption('series', { 1: { type: 'line' } })
      .build(),
  );
  return env;
}

async function written(snapshot: SpreadsheetSnapshot) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const leftOut = await writeWorkbook(snapshot, file, { fitToPageWidth: ['KPI Report'] });
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null);
  return { file, leftOut, zip, text };
}

describe('the .xlsx chart', () => {
  let out: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    out = await written(reportWithChart().snapshot());
  });

  it('is a native chart part, with its drawing, their relationships and content types', async () => {
    expect(out.leftOut).toEqual([]);
    const names = Object.keys(out.zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/worksheets/_rels/sheet2.xml.rels',
      ]),
    );
    const types = await out.text('[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(await out.text('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    const sheetRels = await out.text('xl/worksheets/_rels/sheet2.xml.rels');
    const id = /Id="([^"]+)"[^>]*relationships\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/.exec(
      sheetRels ?? '',
    );
    expect(id).not.toBeNull();
    // The report sheet (the second) refers to it; the log sheet has no drawing.
    expect(await out.text('xl/worksheets/sheet2.xml')).toContain(`<drawing r:id="${id?.[1]}"/>`);
    expect(await out.text('xl/worksheets/sheet1.xml')).not.toContain('<drawing');
  });

  it('draws the same cells as the Sheets chart: bars of sales volume, a line of the target, periods along', async () => {
    const chart = (await out.text('xl/charts/chart1.xml')) ?? '';
    const bar = /<c:barChart>.*<\/c:barChart>/.exec(chart)?.[0] ?? '';
    const line = /<c:lineChart>.*<\/c:lineChart>/.exec(chart)?.[0] ?? '';
    expect(bar).toContain("<c:f>'KPI Report'!$B$3:$B$5</c:f>");
    expect(bar).toContain("<c:f>'KPI Report'!$B$2</c:f>");
    expect(bar).not.toContain('$C$');
    expect(line).toContain("<c:f>'KPI Report'!$C$3:$C$5</c:f>");
    expect(line).toContain('<c:v>Target</c:v>');
    expect(chart.match(/<c:f>'KPI Report'!\$A\$3:\$A\$5<\/c:f>/g)).toHaveLength(2);
    expect(chart).not.toContain('$D$'); // Orders is not in the chart's range
    expect(chart).toContain('<a:t>Sales volume vs target</a:t>');
    // Cached values for a reader that does not recalculate; the blank cell is a gap, not 0.
    expect(bar).toContain(
      '<c:pt idx="0"><c:v>1200.5</c:v></c:pt><c:pt idx="1"><c:v>800</c:v></c:pt></c:numCache>',
    );
    expect(chart).toContain('<c:formatCode>$#,##0.00</c:formatCode>');
    expect(chart).toContain('<c:numFmt formatCode="$#,##0" sourceLinked="0"/>');
  });

  it('stands where the Sheets chart is anchored (one-cell anchor, 0-based) at its size', async () => {
    const drawing = (await out.text('xl/drawings/drawing1.xml')) ?? '';
    expect(drawing).toContain(
      '<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>',
    );
    expect(drawing).toContain(`<xdr:ext cx="${600 * 9525}" cy="${371 * 9525}"/>`);
  });

  it('leaves a file exceljs still reads, values and all', async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out.file);
    expect(back.getWorksheet('KPI Report')?.getCell('B3').value).toBe(1200.5);
    expect(back.definedNames.getRanges('Chart_data').ranges).toEqual(["'KPI Report'!$A$2:$C$5"]);
  });

  it('adds its drawing relationship beside the notes’ own when the sheet has notes', async () => {
    const env = reportWithChart();
    env.globals.SpreadsheetApp.getActive().getSheetByName('KPI Report')!.getRange('A1').setNote('a note');
    const withNotes = await written(env.snapshot());
    const rels = (await withNotes.text('xl/worksheets/_rels/sheet2.xml.rels')) ?? '';
    expect(rels).toMatch(/relationships\/comments"/);
    expect(rels).toMatch(/relationships\/drawing"/);
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const sheet = (await withNotes.text('xl/worksheets/sheet2.xml')) ?? '';
    // The schema's order: <drawing> before <legacyDrawing> (the notes' shapes).
    expect(sheet.indexOf('<drawing ')).toBeGreaterThan(0);
    expect(sheet.indexOf('<drawing ')).toBeLessThan(sheet.indexOf('<legacyDrawing '));
  });
});

describe('xlsxChartOf', () => {
  const snapshot = () => reportWithChart().snapshot();
  const chartOf = (s: SpreadsheetSnapshot, names = s.sheets.map((sheet) => sheet.name)) =>
    xlsxChartOf(s.sheets[1].charts[0], s.sheets, names, 1);

  it('reads a combo chart’s series types from its options', () => {
    expect(chartOf(snapshot())?.series.map((s) => [s.name, s.draw])).toEqual([
      ['Sales volume', 'bar'],
      ['Target', 'line'],
    ]);
  });

  it('refers to a sheet by its .xlsx name when that is shorter', () => {
    expect(chartOf(snapshot(), ['Sales log', 'KPI Rep_'])?.categoriesRef).toBe("'KPI Rep_'!$A$3:$A$5");
  });

  it('draws nothing for a pie chart (the writer leaves a note instead)', () => {
    const s = snapshot();
    s.sheets[1].charts[0].type = 'PIE';
    expect(chartOf(s)).toBeNull();
  });
});

describe('print setup', () => {
  it('prints on Letter in en_US, en_CA and es_MX, on A4 in en_GB, ru_RU and de', () => {
    expect(['en_US', 'en_CA', 'es_MX', 'fr-CA', 'en'].map(paperSizeOf)).toEqual([1, 1, 1, 1, 1]);
    expect(['en_GB', 'ru_RU', 'de', 'ru', 'fr_FR'].map(paperSizeOf)).toEqual([9, 9, 9, 9, 9]);
  });

  it('writes the paper of the locale, landscape one page wide, the header rows repeated on each page', async () => {
    for (const [locale, paper] of [
      ['en_US', 1],
      ['ru_RU', 9],
    ] as const) {
      const { file } = await written(reportWithChart(locale).snapshot());
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(file);
      const report = back.getWorksheet('KPI Report')!;
      expect(report.pageSetup).toMatchObject({
        paperSize: paper,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(report.pageSetup.printTitlesRow).toBe('1:2'); // the frozen rows
      expect(back.getWorksheet('Sales log')!.pageSetup.printTitlesRow).toBe('1:1'); // the header of text
      expect(back.getWorksheet('Sales log')!.pageSetup.paperSize).toBe(paper);
    }
  });

  it('repeats no rows of a sheet whose name has an apostrophe (exceljs would write a broken name)', async () => {
    const env = createEnvironment({
      sheets: {
        "Rep's log": [
          ['Date', 'Amount'],
          ['2026-01-05', '10'],
        ],
      },
    });
    const workbook = (await (await written(env.snapshot())).text('xl/workbook.xml')) ?? '';
    expect(workbook).not.toContain('Print_Titles');
  });

  it('measures a log of more cells than a function call takes arguments (150,000)', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [i, i, i, i, i]);
    const env = createEnvironment({ sheets: { Log: [['a', 'b', 'c', 'd', 'e'], ...rows] } });
    const { file } = await written(env.snapshot());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Log')!.pageSetup.orientation).toBe('portrait'); // 5 columns: 500 px
  }, 60_000);

  it('prints a log wider than a portrait page landscape, one page wide; a narrow one portrait', async () => {
    const header = Array.from({ length: 9 }, (_, i) => `Column ${i + 1}`);
    const env = createEnvironment({
      sheets: {
        Wide: [header, header.map(() => '1')],
        Narrow: [
          ['Date', 'Amount'],
          ['2026-01-05', '10'],
        ],
      },
    });
    const { file } = await written(env.snapshot());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Wide')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect(back.getWorksheet('Narrow')!.pageSetup.orientation).toBe('portrait');
  });
});

describe('the report’s chart in the .xlsx', () => {
  it('draws exactly the cells of the chart the add-on put on the KPI Report sheet', async () => {
    const { env, bundle } = hubspotBook({ asOf: '2026-11-20' });
    bundle.call('buildKpiReport');
    const snapshot = env.snapshot();
    const report = snapshot.sheets.find((s) => s.name === 'KPI Report')!;
    const [sheetsChart] = report.charts;
    const [range] = sheetsChart.ranges; // the trend's Period, Sales volume and Target columns: one range
    const out = await written(snapshot);
    const chart = (await out.text('xl/charts/chart1.xml')) ?? '';
    const first = range.row;
    const last = range.row + range.numRows - 1;
    const letter = (offset: number) => String.fromCharCode(64 + range.column + offset);
    expect(range.numColumns).toBe(3);
    expect(chart).toContain(`<c:f>'KPI Report'!$${letter(1)}$${first + 1}:$${letter(1)}$${last}</c:f>`);
    expect(chart).toContain(`<c:f>'KPI Report'!$${letter(2)}$${first + 1}:$${letter(2)}$${last}</c:f>`);
    expect(chart).toContain(`<c:f>'KPI Report'!$${letter(0)}$${first + 1}:$${letter(0)}$${last}</c:f>`);
    expect(chart).toContain(`<a:t>${sheetsChart.options.title}</a:t>`);
    const drawing = (await out.text('xl/drawings/drawing1.xml')) ?? '';
    expect(drawing).toContain(`<xdr:row>${sheetsChart.position.anchorRow - 1}</xdr:row>`);
    // The sheet with the drawing breaks the page above the trend's title: the table and its chart print together.
    const sheets = await Promise.all(
      Object.keys(out.zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => out.text(name)),
    );
    const withChart = sheets.filter((xml) => xml?.includes('<drawing '));
    expect(withChart).toHaveLength(1);
    expect(withChart[0]).toMatch(
      new RegExp(`<rowBreaks[^>]*><brk id="${range.row - 2}"[^>]*man="1"/></rowBreaks>`),
    );
  });
});
