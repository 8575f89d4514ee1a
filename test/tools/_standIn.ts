/**
 * A stand-in for the add-on's bundle, for testing the report CLI apart from the real report: an Apps Script
 * `buildKpiReport` that reads the settings and the sales sheet as the real one does and writes a small formatted
 * "KPI Report" sheet (values, number formats, bold, colours, fills, alignment, widths, a frozen row, two status
 * rules and a chart). It alerts, as the add-on does, when the sales sheet is missing or empty.
 */
export const STAND_IN_CODE = String.raw`
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Build KPI report', 'buildKpiReport').addToUi();
}
function buildKpiReport() {
  var ss = SpreadsheetApp.getActive();
  var ui = SpreadsheetApp.getUi();
  var settings = JSON.parse(PropertiesService.getDocumentProperties().getProperty('SALES_KPI_SETTINGS') || '{}');
  var sales = ss.getSheetByName(settings.salesSheet || 'Sales');
  if (!sales || sales.getLastRow() < 2) {
    ui.alert('Sales KPI', 'No sales data on the sheet "' + (settings.salesSheet || 'Sales') + '".\nAdd rows and try again.', ui.ButtonSet.OK);
    return;
  }
  var values = sales.getDataRange().getValues();
  var header = values[0];
  var amount = header.indexOf('Amount') >= 0 ? header.indexOf('Amount') : header.indexOf('Бюджет');
  var total = 0;
  for (var i = 1; i < values.length; i++) if (typeof values[i][amount] === 'number') total += values[i][amount];
  var name = Session.getActiveUserLocale() === 'ru' ? 'Отчёт KPI' : 'KPI Report';
  var old = ss.getSheetByName(name);
  if (old) ss.deleteSheet(old);
  var sheet = ss.insertSheet(name);
  sheet.getRange(1, 1, 5, 3).setValues([
    ['KPI report', '', ''],
    ['Period', settings.reportPeriod || '', ''],
    ['KPI', 'Actual', 'Status'],
    ['Sales volume', total, '✓ On track'],
    ['Conversion', 0.25, '✗ Behind'],
  ]);
  sheet.getRange('A1').setFontWeight('bold').setFontSize(14).setFontColor('#1a73e8');
  sheet.getRange('A3:C3').setFontWeight('bold').setBackground('#e8eaed').setHorizontalAlignment('center');
  sheet.getRange('B4').setNumberFormat('#,##0.00');
  sheet.getRange('B5').setNumberFormat('0.0%');
  sheet.getRange('A5').setFontStyle('italic');
  sheet.setColumnWidth(1, 180);
  sheet.setColumnWidth(3, 140);
  sheet.setFrozenRows(3);
  var status = sheet.getRange('C4:C5');
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule().whenTextStartsWith('✓').setBackground('#d9ead3').setFontColor('#274e13').setRanges([status]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenTextContains('Behind').setBackground('#f4cccc').setRanges([status]).build(),
  ]);
  sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A4:B5')).setPosition(7, 1, 0, 0).build());
}
`;
