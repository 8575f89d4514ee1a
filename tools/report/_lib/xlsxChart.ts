import { columnLetters } from '../../../emulator/a1.js';
import type { CellSnapshot, SheetSnapshot, SpreadsheetSnapshot } from '../../../emulator/index.js';

type ChartSnapshot = SheetSnapshot['charts'][number];

/** How a series is drawn: vertical bars (columns) or a line. */
export type SeriesDraw = 'bar' | 'line';

/** One series of a chart: its name (the header cell) and its values (the cells under it). */
export interface XlsxSeries {
  /** The header cell, e.g. `'KPI Report'!$B$26`, and its text. */
  nameRef: string;
  name: string;
  /** The values, e.g. `'KPI Report'!$B$27:$B$38`, and what they held when written (null: blank). */
  ref: string;
  values: (number | null)[];
  draw: SeriesDraw;
}

/** A chart as it goes into the .xlsx: everything the DrawingML needs, already resolved from the snapshot. */
export interface XlsxChart {
  /** 0-based position of the sheet it stands on, in workbook order. */
  sheetIndex: number;
  /** Top-left cell, 1-based. */
  anchorRow: number;
  anchorColumn: number;
  widthPx: number;
  heightPx: number;
  title: string;
  /** The labels along the category axis (the first column of the data). */
  categoriesRef: string;
  categories: string[];
  series: XlsxSeries[];
  /** The value axis' number format (the first series' first value's format). */
  valueFormat: string;
}

/** A default Sheets chart's size (600 × 371 px) and its series colours, in order. */
const DEFAULT_SIZE = { width: 600, height: 371 } as const;
const COLORS = ['4285F4', 'DB4437', 'F4B400', '0F9D58', 'AB47BC', '00ACC1'];
/** English Metric Units per CSS pixel (96 px = 1 in = 914 400 EMU). */
const EMU_PER_PX = 9525;

/**
 * The DrawingML plan of a Sheets chart: column, bar (drawn as columns), line and combo charts (each series drawn as
 * the chart's `seriesType`, or as its entry of the `series` option says). The data is read as Sheets reads it: the
 * first column of the ranges holds the category labels, every further column a series, its first row the name.
 *
 * @param chart The chart as the snapshot holds it.
 * @param sheets The snapshot's sheets (the data's cells are read from them, for the cached values).
 * @param xlsxNames The sheets' names in the .xlsx, in the same order (an .xlsx name may be shorter).
 * @param sheetIndex The 0-based position of the sheet the chart stands on.
 * @returns The plan, or null for a kind of chart this writer does not draw (pie, area, scatter…) or no series.
 * @example
 * xlsxChartOf(combo, snapshot.sheets, ['Sales', 'KPI Report'], 1)
 * //=> { categoriesRef: "'KPI Report'!$A$27:$A$38", series: [{ draw: 'bar', … }, { draw: 'line', … }], … }
 */
export function xlsxChartOf(
  chart: ChartSnapshot,
  sheets: readonly SheetSnapshot[],
  xlsxNames: readonly string[],
  sheetIndex: number,
): XlsxChart | null {
  const draws = seriesDraws(chart);
  if (draws === null) return null;
  const columns = chart.ranges.flatMap((range) => {
    const owner = sheets.findIndex((s) => s.name === range.sheet);
    if (owner < 0) return [];
    return Array.from({ length: range.numColumns }, (_, i) => ({
      owner,
      column: range.column + i,
      firstRow: range.row,
      lastRow: range.row + range.numRows - 1,
    }));
  });
  const [labels, ...data] = columns;
  if (labels === undefined || data.length === 0) return null;
  const cellsOf = new Map<number, Map<string, CellSnapshot>>();
  const cell = (owner: number, row: number, column: number): CellSnapshot | undefined => {
    let cells = cellsOf.get(owner);
    if (cells === undefined) {
      cells = new Map(sheets[owner].cells.map((c) => [`${c.row},${c.column}`, c]));
      cellsOf.set(owner, cells);
    }
    return cells.get(`${row},${column}`);
  };
  const ref = (owner: number, column: number, first: number, last: number): string => {
    const letters = `$${columnLetters(column)}`;
    const cells = first === last ? `${letters}$${first}` : `${letters}$${first}:${letters}$${last}`;
    return `${quoteSheet(xlsxNames[owner])}!${cells}`;
  };
  const rows = (c: (typeof columns)[number]) =>
    Array.from({ length: c.lastRow - c.firstRow }, (_, i) => c.firstRow + 1 + i);
  const series = data.map((c, i): XlsxSeries => {
    const values = rows(c).map((row) => {
      const value = cell(c.owner, row, c.column)?.value;
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    return {
      nameRef: ref(c.owner, c.column, c.firstRow, c.firstRow),
      name: cell(c.owner, c.firstRow, c.column)?.display ?? '',
      ref: ref(c.owner, c.column, c.firstRow + 1, c.lastRow),
      values,
      draw: draws(i),
    };
  });
  const first = data[0];
  const format = cell(first.owner, first.firstRow + 1, first.column)?.format.numberFormat;
  const title = typeof chart.options.title === 'string' ? chart.options.title.trim() : '';
  return {
    sheetIndex,
    anchorRow: chart.position.anchorRow,
    anchorColumn: chart.position.anchorColumn,
    widthPx: optionNumber(chart.options.width) ?? DEFAULT_SIZE.width,
    heightPx: optionNumber(chart.options.height) ?? DEFAULT_SIZE.height,
    title,
    categoriesRef: ref(labels.owner, labels.column, labels.firstRow + 1, labels.lastRow),
    categories: rows(labels).map((row) => cell(labels.owner, row, labels.column)?.display ?? ''),
    series,
    valueFormat: format === undefined || format.startsWith('0.#') ? 'General' : format,
  };
}

/** How the n-th series is drawn, or null for a chart type not drawn here. */
function seriesDraws(chart: ChartSnapshot): ((n: number) => SeriesDraw) | null {
  const drawOf = (word: unknown): SeriesDraw | null =>
    word === 'bars' || word === 'columns' ? 'bar' : word === 'line' ? 'line' : null;
  switch (chart.type) {
    case 'COLUMN':
    case 'BAR':
      return () => 'bar';
    case 'LINE':
      return () => 'line';
    case 'COMBO': {
      const base = drawOf(chart.options.seriesType) ?? 'bar';
      const series = (chart.options.series ?? {}) as Record<string, { type?: unknown } | undefined>;
      return (n) => drawOf(series[String(n)]?.type) ?? base;
    }
    default:
      return null;
  }
}

function optionNumber(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const AXIS_CATEGORY = 500000001;
const AXIS_VALUE = 500000002;

/**
 * The chart part (`xl/charts/chartN.xml`): a bar chart and a line chart on one plot area sharing their axes, each
 * series referring to its cells (with the values cached, for a reader that does not recalculate), the legend at
 * the bottom, the title on top.
 *
 * @param chart The plan (xlsxChartOf).
 * @returns The XML text.
 * @example
 * chartXml(plan).includes("<c:f>'KPI Report'!$B$27:$B$38</c:f>") //=> true
 */
export function chartXml(chart: XlsxChart): string {
  const ser = (s: XlsxSeries, index: number): string => {
    const color = COLORS[index % COLORS.length];
    const line = s.draw === 'line';
    const shape = line
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    const categories = chart.categories.map((label, i) => `<c:pt idx="${i}"><c:v>${xml(label)}</c:v></c:pt>`);
    const values = s.values.flatMap((v, i) =>
      v === null ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`],
    );
    return (
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
      `<c:tx><c:strRef><c:f>${xml(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
      shape +
      `<c:cat><c:strRef><c:f>${xml(chart.categoriesRef)}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>${categories.join('')}</c:strCache></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xml(s.ref)}</c:f><c:numCache><c:formatCode>${xml(chart.valueFormat)}</c:formatCode><c:ptCount val="${s.values.length}"/>${values.join('')}</c:numCache></c:numRef></c:val>` +
      (line ? '<c:smooth val="0"/>' : '') +
      '</c:ser>'
    );
  };
  const indexed = chart.series.map((s, i) => ({ s, i }));
  const bars = indexed.filter(({ s }) => s.draw === 'bar');
  const lines = indexed.filter(({ s }) => s.draw === 'line');
  const axes = `<c:axId val="${AXIS_CATEGORY}"/><c:axId val="${AXIS_VALUE}"/>`;
  const barChart =
    bars.length === 0
      ? ''
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map(({ s, i }) => ser(s, i)).join('')}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  const lineChart =
    lines.length === 0
      ? ''
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(({ s, i }) => ser(s, i)).join('')}<c:marker val="1"/>${axes}</c:lineChart>`;
  const grey = '<a:solidFill><a:srgbClr val="5F6368"/></a:solidFill>';
  const text = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${grey}<a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const title =
    chart.title === ''
      ? '<c:autoTitleDeleted val="1"/>'
      : `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr><a:r><a:rPr lang="en-US" sz="1400" b="0"><a:solidFill><a:srgbClr val="202124"/></a:solidFill><a:latin typeface="Arial"/></a:rPr><a:t>${xml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const gridLine =
    '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  const noLine = '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:plotArea><c:layout/>${barChart}${lineChart}` +
    `<c:catAx><c:axId val="${AXIS_CATEGORY}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="9AA0A6"/></a:solidFill></a:ln></c:spPr>${text(900, false)}<c:crossAx val="${AXIS_VALUE}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AXIS_VALUE}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>${gridLine}<c:numFmt formatCode="${xml(wholeNumbers(chart.valueFormat))}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${noLine}${text(900, false)}<c:crossAx val="${AXIS_CATEGORY}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900, false)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** An axis' labels without decimals: `$#,##0.00` → `$#,##0` (the gridlines fall on round values). */
function wholeNumbers(format: string): string {
  return format.replace(/0\.0+/g, '0');
}

/**
 * A sheet's drawing part (`xl/drawings/drawingN.xml`): each chart in a frame anchored at its cell, sized in pixels
 * as in Sheets (a one-cell anchor: the chart keeps its size whatever the widths of the columns under it).
 *
 * @param charts The sheet's charts, each with the relationship id of its chart part in the drawing's rels.
 * @returns The XML text.
 */
export function drawingXml(charts: readonly { chart: XlsxChart; relId: string }[]): string {
  const frames = charts.map(
    ({ chart, relId }, i) =>
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${chart.anchorColumn - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${chart.anchorRow - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${chart.widthPx * EMU_PER_PX}" cy="${chart.heightPx * EMU_PER_PX}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xml(chart.title || `Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${frames.join('')}</xdr:wsDr>`
  );
}

/**
 * Every chart of a snapshot that this writer can draw, in sheet order.
 *
 * @param snapshot The spreadsheet.
 * @param xlsxNames The sheets' names in the .xlsx, in the snapshot's order.
 * @returns The plans, and the charts it cannot draw (left as before: a hint and a defined name).
 */
export function xlsxChartsOf(
  snapshot: SpreadsheetSnapshot,
  xlsxNames: readonly string[],
): { drawn: Map<ChartSnapshot, XlsxChart>; notDrawn: ChartSnapshot[] } {
  const drawn = new Map<ChartSnapshot, XlsxChart>();
  const notDrawn: ChartSnapshot[] = [];
  snapshot.sheets.forEach((sheet, index) => {
    for (const chart of sheet.charts) {
      const plan = xlsxChartOf(chart, snapshot.sheets, xlsxNames, index);
      if (plan === null) notDrawn.push(chart);
      else drawn.set(chart, plan);
    }
  });
  return { drawn, notDrawn };
}
