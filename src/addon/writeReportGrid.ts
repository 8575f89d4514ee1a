import type { ReportGrid } from '../kpi/report/layoutReport';
import type { GradientPoint, GradientRule, TextRule } from '../kpi/report/reportGrid';

/** Rows of a new sheet (Sheets gives 1000 × 26). */
const NEW_SHEET_ROWS = 1000;
/** Sheets refuses a cell of more than 50,000 characters; a report cell never needs that many. */
const MAX_CELL_TEXT = 49_000;

/**
 * Writes a report grid into an empty sheet with a constant number of batched calls, whatever the size of the
 * data behind it: one range, one call per property (values, number formats, font weights, font colours,
 * backgrounds, alignments), frozen rows, a call per run of equal column widths, one `getRangeList` for the rule and
 * chart ranges, the conditional-format rules in one `setConditionalFormatRules`, and one chart.
 *
 * Text cells are written with a leading `'`, which Sheets (and the emulator) store as text without the apostrophe:
 * a rep named `=HYPERLINK(…)`, `+7 999`, `-x` or `@bob`, or a period label `2026-11`, stays exactly that text.
 * The values go first: a `'` written into a cell already formatted as plain text would be kept.
 *
 * @param sheet A new, empty sheet.
 * @param grid From `layoutReport`.
 */
export function writeReportGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: ReportGrid): void {
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  if (rows > NEW_SHEET_ROWS) {
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  }
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(
    grid.values.map((row, r) =>
      row.map((value, c) => (grid.textCells[r][c] ? `'${String(value).slice(0, MAX_CELL_TEXT)}` : value)),
    ),
  );
  range.setNumberFormats(grid.numberFormats);
  range.setFontWeights(grid.fontWeights);
  range.setFontColors(grid.fontColors);
  range.setBackgrounds(grid.backgrounds);
  range.setHorizontalAlignments(grid.horizontalAlignments);
  if (grid.frozenRows > 0) sheet.setFrozenRows(grid.frozenRows);
  for (const run of widthRuns(grid.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);

  const rules = grid.conditionalRules.filter((rule) => rule.a1.length > 0);
  const a1s = [...new Set([...rules.flatMap((rule) => rule.a1), ...(grid.chart?.a1Ranges ?? [])])];
  if (a1s.length === 0) return;
  const ranges = sheet.getRangeList(a1s).getRanges();
  const rangeOf = (a1: string) => ranges[a1s.indexOf(a1)];

  if (rules.length > 0) {
    // One builder for every rule: `build()` takes a snapshot, so the builder is set anew for the next rule
    // (and its ranges only when they change): three calls a rule instead of six.
    // A colour scale gets a builder of its own: a builder holds one condition, boolean or gradient.
    const builder = SpreadsheetApp.newConditionalFormatRule();
    let rangesOf = '';
    const built = rules.map((rule) => {
      if (rule.kind === 'gradient') return gradientRule(rule, rule.a1.map(rangeOf));
      const key = rule.a1.join(',');
      if (key !== rangesOf) {
        builder.setRanges(rule.a1.map(rangeOf));
        rangesOf = key;
      }
      return builder
        .whenTextStartsWith((rule as TextRule).textStartsWith)
        .setBackground((rule as TextRule).background)
        .setFontColor((rule as TextRule).fontColor)
        .build();
    });
    sheet.setConditionalFormatRules(built);
  }

  const chart = grid.chart;
  if (chart !== null) {
    let builder = sheet
      .newChart()
      .setChartType(chart.type === 'combo' ? Charts.ChartType.COMBO : Charts.ChartType.LINE);
    for (const a1 of chart.a1Ranges) builder = builder.addRange(rangeOf(a1));
    builder = builder.setPosition(chart.anchorRow, chart.anchorColumn, 0, 0).setOption('title', chart.title);
    if (chart.type === 'combo') {
      const [first] = chart.series;
      const series: Record<number, { type: string }> = {};
      chart.series.forEach((type, i) => {
        if (type !== first) series[i] = { type };
      });
      builder = builder.setOption('seriesType', first).setOption('series', series);
    }
    sheet.insertChart(builder.build());
  }
}

/**
 * A colour-scale rule (a heat map): min, optional mid and max points, each the range's lowest or highest value
 * (`setGradientMinpoint`, `setGradientMaxpoint`) or a number (`…WithValue`, `InterpolationType.NUMBER`).
 */
function gradientRule(rule: GradientRule, ranges: GoogleAppsScript.Spreadsheet.Range[]) {
  const b = SpreadsheetApp.newConditionalFormatRule().setRanges(ranges);
  const number = (p: GradientPoint) => String(p.value ?? 0);
  const { NUMBER } = SpreadsheetApp.InterpolationType;
  if (rule.min.type === 'number') b.setGradientMinpointWithValue(rule.min.color, NUMBER, number(rule.min));
  else b.setGradientMinpoint(rule.min.color);
  if (rule.mid !== undefined) b.setGradientMidpointWithValue(rule.mid.color, NUMBER, number(rule.mid));
  if (rule.max.type === 'number') b.setGradientMaxpointWithValue(rule.max.color, NUMBER, number(rule.max));
  else b.setGradientMaxpoint(rule.max.color);
  return b.build();
}

/** Consecutive columns of the same width: one `setColumnWidths` call each. */
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.width === width) last.count++;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}
