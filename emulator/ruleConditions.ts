// The conditions a conditional format rule reads back (`rule.getBooleanCondition()`, `getGradientCondition()`):
// views over a copy of the rule's stored state. The rules and their builder are in conditionalFormat.ts.
import { instrument } from './callLog.js';
import { BooleanCriteria, InterpolationType } from './enums.js';
import { Service } from './service.js';
import type { ConditionalFormatState, GradientPointState } from './state.js';
import type { World } from './world.js';

export type BooleanConditionApi = Pick<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline'
>;

export type GradientConditionApi = Pick<
  GoogleAppsScript.Spreadsheet.GradientCondition,
  | 'getMaxColor'
  | 'getMaxType'
  | 'getMaxValue'
  | 'getMidColor'
  | 'getMidType'
  | 'getMidValue'
  | 'getMinColor'
  | 'getMinType'
  | 'getMinValue'
>;

/** `SpreadsheetApp.BooleanCondition`: a rule's condition and format. */
export class BooleanCondition extends Service implements BooleanConditionApi {
  constructor(
    world: World,
    readonly state: ConditionalFormatState,
  ) {
    super(world);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[(this.state.condition?.type ?? 'CELL_NOT_EMPTY') as keyof typeof BooleanCriteria];
  }
  getCriteriaValues(): unknown[] {
    return [...(this.state.condition?.values ?? [])];
  }
  getBackground(): string | null {
    return this.state.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.state.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.state.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.state.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.state.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.state.format.underline ?? null;
  }
}

/**
 * `SpreadsheetApp.GradientCondition`: a colour scale's points. An unset point (a scale without a midpoint) has an
 * empty colour and value and a null type.
 */
export class GradientCondition extends Service implements GradientConditionApi {
  constructor(
    world: World,
    readonly state: ConditionalFormatState,
  ) {
    super(world);
  }

  private point(which: 'min' | 'mid' | 'max'): GradientPointState | null {
    return this.state.gradient?.[which] ?? null;
  }
  private typeOf(which: 'min' | 'mid' | 'max'): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    const p = this.point(which);
    return p === null ? null : InterpolationType[p.type as keyof typeof InterpolationType];
  }
  getMinColor(): string {
    return this.point('min')?.color ?? '';
  }
  getMinType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.typeOf('min');
  }
  getMinValue(): string {
    return this.point('min')?.value ?? '';
  }
  getMidColor(): string {
    return this.point('mid')?.color ?? '';
  }
  getMidType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.typeOf('mid');
  }
  getMidValue(): string {
    return this.point('mid')?.value ?? '';
  }
  getMaxColor(): string {
    return this.point('max')?.color ?? '';
  }
  getMaxType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.typeOf('max');
  }
  getMaxValue(): string {
    return this.point('max')?.value ?? '';
  }
}

instrument(GradientCondition, 'GradientCondition');
instrument(BooleanCondition, 'BooleanCondition');
