import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { ProtectionType } from './enums.js';
import { rangeOfGrid } from './range.js';
import { Service } from './service.js';
import type { GridRange, ProtectionState } from './state.js';
import type { World } from './world.js';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export type ProtectionApi = Pick<
  GasProtection,
  | 'canEdit'
  | 'getDescription'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'setDescription'
  | 'setWarningOnly'
>;

/**
 * Protects a sheet or a range. As in Apps Script, protecting an already protected sheet returns the existing
 * protection.
 */
export function createProtection(
  world: World,
  type: ProtectionState['type'],
  range: GridRange,
): GasProtection {
  const existing =
    type === 'SHEET'
      ? world.book.protections.find((p) => p.type === 'SHEET' && p.range.sheetId === range.sheetId)
      : undefined;
  const state = existing ?? {
    id: world.book.nextObjectId++,
    type,
    range,
    description: '',
    warningOnly: false,
  };
  if (existing === undefined) world.book.protections.push(state);
  return protectionApi(world, state);
}

/** A protection over stored state, typed as Apps Script's Protection. */
export function protectionApi(world: World, state: ProtectionState): GasProtection {
  return asApi<GasProtection>(new Protection(world, state));
}

/** `SpreadsheetApp.Protection`: recorded for tests and renderers; the emulator does not block edits. */
export class Protection extends Service implements ProtectionApi {
  constructor(
    world: World,
    readonly state: ProtectionState,
  ) {
    super(world);
  }

  canEdit(): boolean {
    return true;
  }
  getDescription(): string {
    return this.state.description;
  }
  setDescription(description: string): GasProtection {
    this.state.description = String(description);
    return asApi(this);
  }
  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GasProtection {
    this.state.warningOnly = Boolean(warningOnly);
    return asApi(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.state.type];
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return rangeOfGrid(this.world, this.state.range);
  }
  remove(): void {
    this.world.book.protections = this.world.book.protections.filter((p) => p.id !== this.state.id);
  }
}

instrument(Protection, 'Protection', { documentData: true });
