import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { ChartType, enumName, Position } from './enums.js';
import { rangeOf, rangeOfGrid } from './range.js';
import { gridRangeOf } from './rangeOps.js';
import { Service } from './service.js';
import type { ChartState } from './state.js';
import type { World } from './world.js';

type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type EmbeddedChartBuilderApi = Pick<
  GasBuilder,
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns'
>;
/**
 * The typed builders (`asColumnChart()` …) share these setters; the column builder's signatures stand for all,
 * and each is stored as the `setOption` key it is short for.
 */
export type TypedChartBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder,
  'setColors' | 'setLegendPosition' | 'setStacked' | 'setTitle' | 'setXAxisTitle' | 'setYAxisTitle'
>;
export type EmbeddedChartApi = Pick<
  GasChart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify'
>;
export type ChartsApi = Pick<GoogleAppsScript.Charts.Charts, 'ChartType' | 'Position'>;

/** A copy of chart state, so a built chart does not change with its builder. */
export function copyChart(state: ChartState): ChartState {
  return {
    ...state,
    ranges: state.ranges.map((range) => ({ ...range })),
    position: { ...state.position },
    options: { ...state.options },
  };
}

/** `Sheet.newChart()`: a builder anchored at A1 of the sheet, with no type until one is set. */
export function newChartBuilder(world: World): GasBuilder {
  return asApi<GasBuilder>(
    new EmbeddedChartBuilder(world, {
      id: null,
      type: '',
      ranges: [],
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      options: {},
      numHeaders: -1,
      transpose: false,
    }),
  );
}

/** A chart over stored state, typed as Apps Script's EmbeddedChart. */
export function chartApi(world: World, state: ChartState): GasChart {
  return asApi<GasChart>(new EmbeddedChart(world, state));
}

/** The state behind a chart passed to `insertChart` / `updateChart` / `removeChart`. */
export function stateOfChart(chart: unknown): ChartState {
  if (!(chart instanceof EmbeddedChart))
    throw new TypeError('Expected a chart built with Sheet.newChart()…build()');
  return chart.state;
}

/** `SpreadsheetApp.EmbeddedChartBuilder`, also standing in for the typed builders (`asLineChart()` …). */
export class EmbeddedChartBuilder extends Service implements EmbeddedChartBuilderApi, TypedChartBuilderApi {
  constructor(
    world: World,
    readonly state: ChartState,
  ) {
    super(world);
  }

  addRange(range: GasRange): GasBuilder {
    this.state.ranges.push(gridRangeOf(rangeOf(range, 'SpreadsheetApp.EmbeddedChartBuilder.addRange')));
    return asApi(this);
  }
  removeRange(range: GasRange): GasBuilder {
    const removed = gridRangeOf(rangeOf(range, 'SpreadsheetApp.EmbeddedChartBuilder.removeRange'));
    this.state.ranges = this.state.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(removed));
    return asApi(this);
  }
  clearRanges(): GasBuilder {
    this.state.ranges = [];
    return asApi(this);
  }
  getRanges(): GasRange[] {
    return this.state.ranges.map((range) => rangeOfGrid(this.world, range));
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    this.state.type = enumName(type);
    return asApi(this);
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return ChartType[this.state.type as keyof typeof ChartType];
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    this.state.type = 'AREA';
    return asApi(this);
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.state.type = 'BAR';
    return asApi(this);
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.type = 'COLUMN';
    return asApi(this);
  }
  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    this.state.type = 'COMBO';
    return asApi(this);
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.state.type = 'LINE';
    return asApi(this);
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    this.state.type = 'PIE';
    return asApi(this);
  }
  setOption(option: string, value: unknown): GasBuilder {
    this.state.options[String(option)] = value;
    return asApi(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return asApi(this);
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asApi(new ContainerInfo(this.world, { ...this.state.position }));
  }
  setNumHeaders(headers: number): GasBuilder {
    this.state.numHeaders = headers;
    return asApi(this);
  }
  setTransposeRowsAndColumns(transpose: boolean): GasBuilder {
    this.state.transpose = Boolean(transpose);
    return asApi(this);
  }
  setTitle(chartTitle: string): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options.title = chartTitle;
    return asApi(this);
  }
  setXAxisTitle(title: string): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options['hAxis.title'] = title;
    return asApi(this);
  }
  setYAxisTitle(title: string): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options['vAxis.title'] = title;
    return asApi(this);
  }
  setStacked(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options.isStacked = true;
    return asApi(this);
  }
  setColors(cssValues: string[]): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options.colors = [...cssValues];
    return asApi(this);
  }
  setLegendPosition(
    position: GoogleAppsScript.Charts.Position,
  ): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.state.options['legend.position'] = enumName(position).toLowerCase();
    return asApi(this);
  }
  build(): GasChart {
    return chartApi(this.world, copyChart(this.state));
  }
}

/** `SpreadsheetApp.EmbeddedChart`: a built chart; `Sheet.insertChart` places it. */
export class EmbeddedChart extends Service implements EmbeddedChartApi {
  constructor(
    world: World,
    readonly state: ChartState,
  ) {
    super(world);
  }

  getChartId(): number | null {
    return this.state.id;
  }
  getRanges(): GasRange[] {
    return this.state.ranges.map((range) => rangeOfGrid(this.world, range));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asApi(new ChartOptions(this.world, { ...this.state.options }));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asApi(new ContainerInfo(this.world, { ...this.state.position }));
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }
  modify(): GasBuilder {
    return asApi<GasBuilder>(new EmbeddedChartBuilder(this.world, copyChart(this.state)));
  }
}

/** `Charts.ChartOptions`: the options set on a chart, by `setOption` key. */
export class ChartOptions extends Service implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(
    world: World,
    readonly options: Record<string, unknown>,
  ) {
    super(world);
  }

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

/** `SpreadsheetApp.ContainerInfo`: where a chart sits. */
export class ContainerInfo
  extends Service
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ContainerInfo,
      'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
    >
{
  constructor(
    world: World,
    readonly position: ChartState['position'],
  ) {
    super(world);
  }

  getAnchorRow(): number {
    return this.position.anchorRow;
  }
  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

/** The `Charts` global: its enums are what an add-on building embedded charts needs. */
export class Charts extends Service implements ChartsApi {
  readonly ChartType = ChartType;
  readonly Position = Position;
}

instrument(EmbeddedChartBuilder, 'EmbeddedChartBuilder');
instrument(EmbeddedChart, 'EmbeddedChart');
instrument(ChartOptions, 'ChartOptions');
instrument(ContainerInfo, 'ContainerInfo');
instrument(Charts, 'Charts');
