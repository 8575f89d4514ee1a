import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { fail } from './errors.js';
import { Service } from './service.js';
import type { DeveloperMetadataState, SheetState } from './state.js';
import type { World } from './world.js';

type GasDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export type DeveloperMetadataApi = Pick<
  GasDeveloperMetadata,
  'getId' | 'getKey' | 'getValue' | 'remove' | 'setKey' | 'setValue'
>;

/**
 * Sheets' limit on one spreadsheet's developer metadata: 30,000 characters of keys and values per sheet (and as
 * much for the spreadsheet itself). Apps Script reports it as a service error.
 */
const CHARACTERS_PER_SHEET = 30_000;

/**
 * Adds metadata to a sheet (`Sheet.addDeveloperMetadata(key, value)`): it stays with the sheet through renames
 * and moves, and is gone with the sheet. The add-on marks the sheets it owns this way.
 */
export function addSheetMetadata(world: World, sheet: SheetState, key: string, value: string | null): void {
  if (key === '') fail('Invalid argument: key');
  const used = sheet.metadata.reduce((sum, m) => sum + m.key.length + (m.value?.length ?? 0), 0);
  if (used + key.length + (value?.length ?? 0) > CHARACTERS_PER_SHEET) {
    fail('Service Spreadsheets failed while accessing document: developer metadata quota exceeded.');
  }
  sheet.metadata.push({ id: world.book.nextObjectId++, key, value });
  world.book.dirty = true;
}

/** The metadata of a sheet, typed as Apps Script's DeveloperMetadata. */
export function sheetMetadataApi(world: World, sheet: SheetState): GasDeveloperMetadata[] {
  return sheet.metadata.map((state) =>
    asApi<GasDeveloperMetadata>(new DeveloperMetadata(world, sheet, state)),
  );
}

/** `SpreadsheetApp.DeveloperMetadata` on a sheet. */
export class DeveloperMetadata extends Service implements DeveloperMetadataApi {
  constructor(
    world: World,
    private readonly sheet: SheetState,
    readonly state: DeveloperMetadataState,
  ) {
    super(world);
  }

  getId(): number {
    return this.state.id;
  }
  getKey(): string {
    return this.state.key;
  }
  getValue(): string | null {
    return this.state.value;
  }
  setKey(key: string): GasDeveloperMetadata {
    this.state.key = String(key);
    return asApi(this);
  }
  setValue(value: string): GasDeveloperMetadata {
    this.state.value = String(value);
    return asApi(this);
  }
  remove(): void {
    const at = this.sheet.metadata.indexOf(this.state);
    if (at !== -1) this.sheet.metadata.splice(at, 1);
  }
}

instrument(DeveloperMetadata, 'DeveloperMetadata', { documentData: true });
