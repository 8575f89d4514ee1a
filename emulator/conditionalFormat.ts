import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { enumName, InterpolationType } from './enums.js';
import { normalizeColor } from './format.js';
import { rangeOf, rangeOfGrid } from './range.js';
import { gridRangeOf } from './rangeOps.js';
import { BooleanCondition, GradientCondition } from './ruleConditions.js';
import { Service } from './service.js';
import type { ConditionalFormatState, GradientPointState } from './state.js';
import type { World } from './world.js';

type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type ConditionalFormatRuleBuilderApi = Pick<
  GasBuilder,
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setGradientMaxpoint'
  | 'setGradientMaxpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'setGradientMinpoint'
  | 'setGradientMinpointWithValue'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria'
>;
export type ConditionalFormatRuleApi = Pick<
  GasRule,
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
>;

/** A deep copy, so built rules do not change when their builder does. */
function copyState(state: ConditionalFormatState): ConditionalFormatState {
  const g = state.gradient ?? null;
  const point = (p: GradientPointState | null) => (p === null ? null : { ...p });
  return {
    ranges: state.ranges.map((range) => ({ ...range })),
    condition:
      state.condition === null ? null : { type: state.condition.type, values: [...state.condition.values] },
    format: { ...state.format },
    ...(g === null ? {} : { gradient: { min: point(g.min), mid: point(g.mid), max: point(g.max) } }),
  };
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export function newConditionalFormatRule(world: World): GasBuilder {
  return asApi<GasBuilder>(
    new ConditionalFormatRuleBuilder(world, { ranges: [], condition: null, format: {} }),
  );
}

/** A rule over stored state, as `Sheet.getConditionalFormatRules()` returns it. */
export function conditionalFormatRuleApi(world: World, state: ConditionalFormatState): GasRule {
  return asApi<GasRule>(new ConditionalFormatRule(world, copyState(state)));
}

/** The stored state behind a rule passed to `setConditionalFormatRules`. */
export function stateOfRule(rule: unknown): ConditionalFormatState {
  if (!(rule instanceof ConditionalFormatRule)) {
    throw new TypeError(
      'setConditionalFormatRules expects rules built with SpreadsheetApp.newConditionalFormatRule()',
    );
  }
  return copyState(rule.state);
}

function booleanCondition(world: World, state: ConditionalFormatState) {
  return state.condition === null
    ? null
    : asApi<GoogleAppsScript.Spreadsheet.BooleanCondition>(new BooleanCondition(world, copyState(state)));
}

const color = (value: string | null) => (value === null ? null : normalizeColor(value));

function gradientCondition(world: World, state: ConditionalFormatState) {
  return state.gradient
    ? asApi<GoogleAppsScript.Spreadsheet.GradientCondition>(new GradientCondition(world, copyState(state)))
    : null;
}

/**
 * Sets one point of the builder's colour scale. As in Apps Script, a builder holds one condition: a gradient
 * replaces a boolean condition (and its format), and `when…` replaces a gradient.
 */
function gradientPoint(
  builder: ConditionalFormatRuleBuilder,
  which: 'min' | 'mid' | 'max',
  pointColor: string,
  type: GoogleAppsScript.Spreadsheet.InterpolationType,
  value: string,
): GasBuilder {
  const state = builder.state;
  if (!state.gradient) {
    state.gradient = { min: null, mid: null, max: null };
    state.condition = null;
    state.format = {};
  }
  state.gradient[which] = {
    color: normalizeColor(String(pointColor)),
    type: enumName(type),
    value: String(value),
  };
  return asApi(builder);
}

/** `SpreadsheetApp.ConditionalFormatRuleBuilder`: boolean conditions and colour scales (gradients). */
export class ConditionalFormatRuleBuilder extends Service implements ConditionalFormatRuleBuilderApi {
  constructor(
    world: World,
    readonly state: ConditionalFormatState,
  ) {
    super(world);
  }

  build(): GasRule {
    return conditionalFormatRuleApi(this.world, this.state);
  }
  copy(): GasBuilder {
    return asApi<GasBuilder>(new ConditionalFormatRuleBuilder(this.world, copyState(this.state)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this.world, this.state);
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return gradientCondition(this.world, this.state);
  }
  getRanges(): GasRange[] {
    return this.state.ranges.map((range) => rangeOfGrid(this.world, range));
  }
  setGradientMinpoint(minColor: string): GasBuilder {
    return gradientPoint(this, 'min', minColor, InterpolationType.MIN, '');
  }
  setGradientMaxpoint(maxColor: string): GasBuilder {
    return gradientPoint(this, 'max', maxColor, InterpolationType.MAX, '');
  }
  setGradientMinpointWithValue(
    minColor: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return gradientPoint(this, 'min', minColor, type, value);
  }
  setGradientMidpointWithValue(
    midColor: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return gradientPoint(this, 'mid', midColor, type, value);
  }
  setGradientMaxpointWithValue(
    maxColor: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return gradientPoint(this, 'max', maxColor, type, value);
  }
  setRanges(ranges: GasRange[]): GasBuilder {
    const method = 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges';
    this.state.ranges = [...ranges].map((range) => gridRangeOf(rangeOf(range, method)));
    return asApi(this);
  }
  setBackground(background: string | null): GasBuilder {
    this.state.format.background = color(background);
    return asApi(this);
  }
  setFontColor(fontColor: string | null): GasBuilder {
    this.state.format.fontColor = color(fontColor);
    return asApi(this);
  }
  setBold(bold: boolean | null): GasBuilder {
    this.state.format.bold = bold;
    return asApi(this);
  }
  setItalic(italic: boolean | null): GasBuilder {
    this.state.format.italic = italic;
    return asApi(this);
  }
  setStrikethrough(strikethrough: boolean | null): GasBuilder {
    this.state.format.strikethrough = strikethrough;
    return asApi(this);
  }
  setUnderline(underline: boolean | null): GasBuilder {
    this.state.format.underline = underline;
    return asApi(this);
  }
  whenCellEmpty(): GasBuilder {
    return when(this, 'CELL_EMPTY');
  }
  whenCellNotEmpty(): GasBuilder {
    return when(this, 'CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(formula: string): GasBuilder {
    return when(this, 'CUSTOM_FORMULA', String(formula));
  }
  whenNumberBetween(start: number, end: number): GasBuilder {
    return when(this, 'NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number): GasBuilder {
    return when(this, 'NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(number: number): GasBuilder {
    return when(this, 'NUMBER_EQUAL_TO', number);
  }
  whenNumberNotEqualTo(number: number): GasBuilder {
    return when(this, 'NUMBER_NOT_EQUAL_TO', number);
  }
  whenNumberGreaterThan(number: number): GasBuilder {
    return when(this, 'NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GasBuilder {
    return when(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number): GasBuilder {
    return when(this, 'NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number): GasBuilder {
    return when(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenTextContains(text: string): GasBuilder {
    return when(this, 'TEXT_CONTAINS', String(text));
  }
  whenTextDoesNotContain(text: string): GasBuilder {
    return when(this, 'TEXT_DOES_NOT_CONTAIN', String(text));
  }
  whenTextEndsWith(text: string): GasBuilder {
    return when(this, 'TEXT_ENDS_WITH', String(text));
  }
  whenTextEqualTo(text: string): GasBuilder {
    return when(this, 'TEXT_EQUAL_TO', String(text));
  }
  whenTextStartsWith(text: string): GasBuilder {
    return when(this, 'TEXT_STARTS_WITH', String(text));
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): GasBuilder {
    return when(this, enumName(criteria), ...args);
  }
}

function when(builder: ConditionalFormatRuleBuilder, type: string, ...values: unknown[]): GasBuilder {
  builder.state.condition = { type, values };
  builder.state.gradient = null;
  return asApi(builder);
}

/** `SpreadsheetApp.ConditionalFormatRule`: immutable; read it back with `getBooleanCondition()`. */
export class ConditionalFormatRule extends Service implements ConditionalFormatRuleApi {
  constructor(
    world: World,
    readonly state: ConditionalFormatState,
  ) {
    super(world);
  }

  copy(): GasBuilder {
    return asApi<GasBuilder>(new ConditionalFormatRuleBuilder(this.world, copyState(this.state)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this.world, this.state);
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return gradientCondition(this.world, this.state);
  }
  getRanges(): GasRange[] {
    return this.state.ranges.map((range) => rangeOfGrid(this.world, range));
  }
}

instrument(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
instrument(ConditionalFormatRule, 'ConditionalFormatRule');
