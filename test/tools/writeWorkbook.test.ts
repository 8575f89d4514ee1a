import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, type SpreadsheetSnapshot } from '../../emulator/index';
import { type WorkbookOptions, writeWorkbook } from '../../tools/report/writeWorkbook';

const dir = mkdtempSync(path.join(tmpdir(), 'report-xlsx-'));

/** A snapshot written as .xlsx and read back by a fresh exceljs workbook, as a user's Excel would open it. */
async function roundTrip(snapshot: SpreadsheetSnapshot, options: WorkbookOptions = {}) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const leftOut = await writeWorkbook(snapshot, file, options);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return { back, leftOut };
}

/** A Russian spreadsheet with a data sheet and a formatted report, written through the Apps Script API. */
function spreadsheet() {
  const env = createEnvironment({
    spreadsheetLocale: 'ru_RU',
    timeZone: 'Europe/Moscow',
    sheets: {
      Продажи: [
        ['Дата', 'Сумма', 'Менеджер'],
        ['05.11.2026', '26 000', '=Анна'],
      ],
    },
  });
  const { SpreadsheetApp } = env.globals;
  const book = SpreadsheetApp.getActive();
  const report = book.insertSheet('Отчёт KPI');
  report.getRange('A1:D5').setValues([
    ['Отчёт KPI', '', '', ''],
    ['Показатель', 'Факт', 'Статус', 'Формула'],
    ['Объём продаж', 1234567.891, '✓ В графике', '=B3*2'],
    ['Конверсия', 0.255, '✗ Отстаёт', ''],
    ['Дата', new Date('2026-11-05T07:30:00Z'), true, "'=не формула"],
  ]);
  report.getRange('A1').setFontWeight('bold').setFontSize(14).setFontColor('#1A73E8');
  report.getRange('A2:D2').setFontWeight('bold').setBackground('#e8eaed').setHorizontalAlignment('center');
  report.getRange('A4').setFontStyle('italic');
  report.getRange('B3').setNumberFormat('#,##0.00 [$₽-419]');
  report.getRange('B4').setNumberFormat('0.0%');
  report.getRange('A5').setVerticalAlignment('middle').setWrap(true).setNote('как в Sheets');
  report
    .getRange('B5')
    .setBorder(true, null, true, null, null, null, '#ff0000', SpreadsheetApp.BorderStyle.DASHED);
  report.getRange('A1:D1').merge();
  report.setColumnWidth(1, 180);
  report.setColumnWidth(3, 40);
  report.setRowHeight(1, 32);
  report.setFrozenRows(2);
  report.setFrozenColumns(1);
  report.setTabColor('#ff9900');
  const status = report.getRange('C3:C4');
  report.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith('✓')
      .setBackground('#d9ead3')
      .setFontColor('#274e13')
      .setRanges([status])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('"Отстаёт"')
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([status, report.getRange('A4')])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberBetween(0, 0.5)
      .setItalic(true)
      .setRanges([report.getRange('B4')])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B3>1000000')
      .setFontColor('#0000ff')
      .setRanges([report.getRange('A3:B3')])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .withCriteria(SpreadsheetApp.BooleanCriteria.DATE_AFTER, [new Date('2026-11-01T00:00:00Z')])
      .setBackground('#ffff00')
      .setRanges([report.getRange('B5')])
      .build(),
  ]);
  report.insertChart(
    report.newChart().asColumnChart().addRange(report.getRange('A3:B4')).setPosition(7, 1, 0, 0).build(),
  );
  return env;
}

describe('workbookOf', () => {
  let back: ExcelJS.Workbook;
  let leftOut: string[];
  beforeAll(async () => {
    ({ back, leftOut } = await roundTrip(spreadsheet().snapshot(), {
      activeSheet: 'Отчёт KPI',
      fitToPageWidth: ['Отчёт KPI'],
    }));
  });
  const report = () => back.getWorksheet('Отчёт KPI')!;

  it('writes every sheet in order and opens on the report', () => {
    expect(back.worksheets.map((s) => s.name)).toEqual(['Продажи', 'Отчёт KPI']);
    expect(back.views[0].activeTab).toBe(1);
  });

  it('keeps value types: numbers, text, booleans, dates on the spreadsheet’s wall clock, formulas', () => {
    const data = back.getWorksheet('Продажи')!;
    // Typed in a Russian sheet: a date and a number; '=Анна' was typed as a formula (its value is blank here).
    expect(data.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 10, 5)));
    expect(data.getCell('B2').value).toBe(26000);
    expect(data.getCell('C2').value).toEqual({ formula: 'Анна' });
    expect(report().getCell('B3').value).toBe(1234567.891);
    expect(report().getCell('C3').value).toBe('✓ В графике');
    expect(report().getCell('B5').value).toEqual(new Date(Date.UTC(2026, 10, 5, 10, 30))); // 10:30 in Moscow
    expect(report().getCell('C5').value).toBe(true);
    expect(report().getCell('D3').value).toEqual({ formula: 'B3*2' });
    expect(report().getCell('D5').value).toBe('=не формула'); // text, not a formula
    expect(report().getCell('D4').value).toBeNull();
  });

  it('keeps number formats, and leaves Sheets’ automatic format as General', () => {
    expect(report().getCell('B3').numFmt).toBe('#,##0.00 [$₽-419]');
    expect(report().getCell('B4').numFmt).toBe('0.0%');
    expect(report().getCell('B5').numFmt).toBe('dd.MM.yyyy H:mm:ss');
    expect(back.getWorksheet('Продажи')!.getCell('A2').numFmt).toBe('dd.MM.yyyy');
    expect(report().getCell('A3').numFmt).toBeUndefined();
  });

  it('keeps fonts (Sheets’ Arial 10 by default), colours, fills, alignment, wrapping, borders and notes', () => {
    expect(report().getCell('A1').font).toMatchObject({
      name: 'Arial',
      size: 14,
      bold: true,
      color: { argb: 'FF1A73E8' },
    });
    expect(report().getCell('A3').font).toEqual({ name: 'Arial', size: 10 });
    expect(report().getCell('A4').font).toMatchObject({ italic: true });
    expect(report().getCell('B2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFE8EAED' },
    });
    expect(report().getCell('B2').alignment).toEqual({ horizontal: 'center' });
    expect(report().getCell('A5').alignment).toEqual({ vertical: 'middle', wrapText: true });
    expect(report().getCell('B5').border).toEqual({
      top: { style: 'dashed', color: { argb: 'FFFF0000' } },
      bottom: { style: 'dashed', color: { argb: 'FFFF0000' } },
    });
    expect(report().getCell('A5').note).toBe('как в Sheets');
  });

  it('keeps column widths (pixels as Excel characters), row heights, merges, frozen panes and the tab colour', () => {
    expect(report().getColumn(1).width).toBe(25); // 180 px
    expect(report().getColumn(3).width).toBe(5); // 40 px
    expect(report().properties.defaultColWidth).toBe(13.57); // Sheets' 100 px
    expect(report().getRow(1).height).toBe(24); // 32 px
    expect(report().getCell('B1').isMerged).toBe(true);
    expect(report().views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(report().properties.tabColor).toEqual({ argb: 'FFFF9900' });
    expect(report().pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it('widens a default-width column to fit its numbers and dates, which Excel would show as ###', () => {
    // B holds "05.11.2026 10:30:00" (19 characters); D holds only text, which may run past the cell.
    expect(report().getColumn(2).width).toBe(21.43); // 155 px
    expect(report().getColumn(4).width).toBeUndefined();
  });

  it('writes the status rules as .xlsx text rules with fills, in Sheets’ order', () => {
    // exceljs keeps the rules it read in `conditionalFormattings` (not in its types).
    const read = (report() as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = read.map((cf) => ({ ref: cf.ref, ...cf.rules[0] }));
    expect(rules.map(({ ref, ...rule }) => ({ ref, ...rule, style: undefined }))).toEqual([
      {
        ref: 'C3:C4',
        type: 'containsText',
        operator: 'beginsWith',
        text: '✓',
        priority: 1,
        formulae: ['LEFT(C3,LEN("✓"))="✓"'],
        style: undefined,
      },
      {
        ref: 'C3:C4 A4',
        type: 'containsText',
        operator: 'containsText',
        text: '"Отстаёт"',
        priority: 2,
        formulae: ['NOT(ISERROR(SEARCH("""Отстаёт""",C3)))'],
        style: undefined,
      },
      {
        ref: 'B4',
        type: 'cellIs',
        operator: 'between',
        priority: 3,
        formulae: ['0', '0.5'],
        style: undefined,
      },
      { ref: 'A3:B3', type: 'expression', priority: 4, formulae: ['$B3>1000000'], style: undefined },
    ]);
    expect(rules[0].style).toMatchObject({
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9EAD3' } },
      font: { color: { argb: 'FF274E13' } },
    });
    expect(rules[1].style).toMatchObject({ font: { bold: true } });
    expect(rules[2].style).toMatchObject({ font: { italic: true } });
  });

  it('names what it could not write (a date rule); the column chart is drawn, its data a defined name too', () => {
    expect(leftOut).toEqual(['a conditional format on "Отчёт KPI"!B5 (DATE_AFTER: no .xlsx equivalent)']);
    expect(back.definedNames.getRanges('Chart_data').ranges).toEqual(["'Отчёт KPI'!$A$3:$B$4"]);
    expect(report().getCell('A7').value).toBeNull();
  });

  it('says where a chart it cannot draw (a pie) would be, in the spreadsheet’s language', async () => {
    const env = spreadsheet();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Отчёт KPI')!;
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.insertChart(
      sheet.newChart().asPieChart().addRange(sheet.getRange('A3:B4')).setPosition(7, 1, 0, 0).build(),
    );
    const written = await roundTrip(env.snapshot());
    const cell = written.back.getWorksheet('Отчёт KPI')!.getCell('A7');
    expect(cell.value).toBe(
      'Диаграмма: в файл не попала (в .xlsx записываются только столбчатые, линейчатые, линейные и комбинированные ' +
        'диаграммы). Её данные — диапазон Chart_data: ' +
        'выберите его в поле имени и вставьте диаграмму.',
    );
    expect(cell.font).toMatchObject({ italic: true, color: { argb: 'FF80868B' } });
    expect(written.leftOut[0]).toBe(
      `the pie chart on "Отчёт KPI" (not a kind the .xlsx writer draws): its data is 'Отчёт KPI'!A3:B4, named Chart_data`,
    );
  });

  it('quotes the title of a chart it cannot draw in the spreadsheet’s language', async () => {
    const env = spreadsheet();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Отчёт KPI')!;
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.insertChart(
      sheet
        .newChart()
        .asPieChart()
        .addRange(sheet.getRange('A3:B4'))
        .setOption('title', ' Выручка ')
        .setPosition(7, 1, 0, 0)
        .build(),
    );
    const written = await roundTrip(env.snapshot());
    const text = String(written.back.getWorksheet('Отчёт KPI')!.getCell('A7').value);
    expect(text.startsWith('Диаграмма «Выручка»: в файл не попала')).toBe(true);
  });

  it('shortens a sheet name longer than .xlsx allows', async () => {
    const env = createEnvironment({ sheets: { 'Sales: the whole year of 2026, every rep': [['a']] } });
    const written = await roundTrip(env.snapshot());
    expect(written.back.worksheets[0].name).toBe('Sales_ the whole year of 2026, ');
    expect(written.leftOut[0]).toMatch(/^the sheet "Sales: the whole year of 2026, every rep" is named/);
  });

  it('leaves neither a file nor a temporary one behind when it cannot write', async () => {
    const folder = path.join(dir, 'no-such-folder');
    const env = createEnvironment({ sheets: { Sales: [['a']] } });
    await expect(writeWorkbook(env.snapshot(), path.join(folder, 'r.xlsx'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    mkdirSync(folder);
    const target = path.join(folder, 'r.xlsx');
    mkdirSync(target); // a folder where the file should go
    await expect(writeWorkbook(env.snapshot(), target)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(folder)).toEqual(['r.xlsx']);
    expect(existsSync(path.join(folder, 'r.xlsx', 'x'))).toBe(false);
  });

  it('keeps the file it would replace, whole, when writing fails halfway', async () => {
    const folder = path.join(dir, 'halfway');
    mkdirSync(folder);
    const target = path.join(folder, 'book.xlsx');
    writeFileSync(target, 'the user’s workbook');
    const env = createEnvironment({ sheets: { Sales: [['a']], Report: [['b']] } });
    const snapshot = env.snapshot();
    // The first sheet is written, then reading the second one fails.
    Object.defineProperty(snapshot.sheets[1], 'cells', {
      get() {
        throw new Error('the disk is on fire');
      },
    });
    await expect(writeWorkbook(snapshot, target)).rejects.toThrow('the disk is on fire');
    expect(readFileSync(target, 'utf8')).toBe('the user’s workbook');
    expect(readdirSync(folder)).toEqual(['book.xlsx']);
  });
});
