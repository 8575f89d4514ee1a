import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('conditional format rules', () => {
  it('are built, set on a sheet and read back: condition, values, format and ranges', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    const range = sheet.getRange('C2:C20');
    const rules = [
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0.8)
        .setBackground('#F4CCCC')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberBetween(0.8, 1)
        .setFontColor('#999')
        .setBold(true)
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextStartsWith('✓')
        .setBackground('#d9ead3')
        .setRanges([range])
        .build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=$B2>0').setRanges([range]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const readBack = sheet.getConditionalFormatRules().map((rule) => {
      const condition = rule.getBooleanCondition()!;
      return {
        type: String(condition.getCriteriaType()),
        values: condition.getCriteriaValues(),
        background: condition.getBackground(),
        fontColor: condition.getFontColor(),
        bold: condition.getBold(),
        ranges: rule.getRanges().map((r) => r.getA1Notation()),
      };
    });
    expect(readBack).toEqual([
      {
        type: 'NUMBER_LESS_THAN',
        values: [0.8],
        background: '#f4cccc',
        fontColor: null,
        bold: null,
        ranges: ['C2:C20'],
      },
      {
        type: 'NUMBER_BETWEEN',
        values: [0.8, 1],
        background: null,
        fontColor: '#999999',
        bold: true,
        ranges: ['C2:C20'],
      },
      {
        type: 'TEXT_STARTS_WITH',
        values: ['✓'],
        background: '#d9ead3',
        fontColor: null,
        bold: null,
        ranges: ['C2:C20'],
      },
      {
        type: 'CUSTOM_FORMULA',
        values: ['=$B2>0'],
        background: null,
        fontColor: null,
        bold: null,
        ranges: ['C2:C20'],
      },
    ]);
  });

  it('appear in the snapshot for renderers', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('Lost')
        .setFontColor('#cc0000')
        .setRanges([sheet.getRange('D:D')])
        .build(),
    ]);
    expect(env.snapshot().sheets[0].conditionalFormats).toEqual([
      {
        ranges: [{ sheet: 'Sheet1', a1: 'D1:D1000', row: 1, column: 4, numRows: 1000, numColumns: 1 }],
        condition: { type: 'TEXT_EQUAL_TO', values: ['Lost'] },
        format: { fontColor: '#cc0000' },
      },
    ]);
  });

  it('are copies: changing a builder later does not change a built rule', () => {
    const { env, sheet } = setup();
    const builder = env.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#eeeeee');
    const rule = builder.build();
    builder.setBackground('#000000');
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getBackground()).toBe('#eeeeee');
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('embedded charts', () => {
  it('are built, inserted and read back: type, ranges, position and options', () => {
    const { env } = setup({
      sheets: {
        Report: [
          ['Month', 'Revenue'],
          ['2026-10', 100],
          ['2026-11', 120],
        ],
      },
    });
    const report = env.spreadsheet.getSheetByName('Report')!;
    const chart = report
      .newChart()
      .setChartType(env.globals.Charts.ChartType.LINE)
      .addRange(report.getRange('A1:B3'))
      .setPosition(5, 4, 10, 0)
      .setOption('title', 'Revenue')
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    report.insertChart(chart);
    const [inserted] = report.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(inserted.getOptions().get('title')).toBe('Revenue');
    const container = inserted.getContainerInfo();
    expect([container.getAnchorRow(), container.getAnchorColumn(), container.getOffsetX()]).toEqual([
      5, 4, 10,
    ]);
    expect(env.snapshot().sheets.find((s) => s.name === 'Report')?.charts).toEqual([
      {
        id: inserted.getChartId(),
        type: 'LINE',
        ranges: [{ sheet: 'Report', a1: 'A1:B3', row: 1, column: 1, numRows: 3, numColumns: 2 }],
        position: { anchorRow: 5, anchorColumn: 4, offsetX: 10, offsetY: 0 },
        options: { title: 'Revenue' },
        numHeaders: 1,
        transpose: false,
      },
    ]);
    expect(env.spreadsheet.insertSheet('Other').getCharts()).toEqual([]);
  });

  it('take their type from the typed builders, whose setters become options', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setTitle('Deals')
      .setStacked()
      .setXAxisTitle('Rep')
      .addRange(sheet.getRange('A1:B5'))
      .build();
    sheet.insertChart(chart);
    const builder = sheet.getCharts()[0].modify();
    expect(String(builder.getChartType())).toBe('COLUMN');
    expect(sheet.getCharts()[0].getOptions().get('hAxis.title')).toBe('Rep');
    expect(sheet.getCharts()[0].getOptions().get('isStacked')).toBe(true);
  });

  it('are updated and removed by id', () => {
    const { sheet } = setup();
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B2')).build());
    const chart = sheet.getCharts()[0];
    sheet.updateChart(chart.modify().setOption('title', 'Share').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Share');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('protections', () => {
  it('protect a sheet once and a range many times, with description and warning-only flag', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    const protection = sheet.protect().setDescription('Generated report').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('Generated report');
    sheet.getRange('A1:B2').protect().setDescription('Header');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A1:B2');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getRange().getA1Notation()).toBe('A1:Z1000');
    protection.remove();
    expect(env.spreadsheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });
});
