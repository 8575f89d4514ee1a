import { asApi } from './_lib/asApi.js';
import { areaOfReference, parseA1 } from './a1.js';
import { instrument } from './callLog.js';
import { enumName } from './enums.js';
import { fail, messages } from './errors.js';
import { checkCellLimit, createSheetState } from './grid.js';
import { protectionApi } from './protection.js';
import { checkArea, Range, rangeApi, rangeOfGrid } from './range.js';
import { rangeListApi } from './rangeList.js';
import { Service } from './service.js';
import { areaOfA1, sheetApi, sheetOf } from './sheet.js';
import { sameSheetName } from './sheetNames.js';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type SheetState } from './state.js';
import { isTimeZone } from './timeZone.js';
import type { World } from './world.js';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetOptions = { template?: GasSheet };

export type SpreadsheetApi = Pick<
  GasSpreadsheet,
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
>;

/** The world's spreadsheet, typed as Apps Script's Spreadsheet. */
export function spreadsheetApi(world: World): GasSpreadsheet {
  return asApi<GasSpreadsheet>(new Spreadsheet(world));
}

/** The active sheet's state (the first visible one if the active sheet went away). */
export function activeSheetState(world: World): SheetState {
  const { book } = world;
  return (
    book.sheets.find((s) => s.id === book.activeSheetId) ??
    book.sheets.find((s) => !s.hidden) ??
    book.sheets[0]
  );
}

/** The selected range; A1 of the active sheet when the script selected nothing. */
export function activeRange(world: World): GoogleAppsScript.Spreadsheet.Range {
  const active = world.book.activeRange;
  if (active !== null) return rangeOfGrid(world, active);
  return rangeApi(world, activeSheetState(world), { row: 1, column: 1, numRows: 1, numColumns: 1 });
}

/** The sheet named in an A1 reference (case-insensitive), else the active sheet. */
function sheetOfReference(world: World, sheetName: string | undefined): SheetState {
  if (sheetName === undefined) return activeSheetState(world);
  const sheet = world.book.sheets.find((s) => sameSheetName(s.name, sheetName));
  return sheet ?? fail(messages.rangeNotFound);
}

/** A name Sheets would give a new sheet: `Sheet2`, `Sheet3`, … (`Лист2` in a Russian spreadsheet). */
function defaultSheetName(world: World): string {
  const stem = world.book.locale.toLowerCase().startsWith('ru') ? 'Лист' : 'Sheet';
  let n = world.book.sheets.length + 1;
  while (world.book.sheets.some((s) => sameSheetName(s.name, `${stem}${n}`))) n++;
  return `${stem}${n}`;
}

/** Adds a sheet (Apps Script's rules: unique name, cell limit) and makes it active. */
export function addSheetState(
  world: World,
  name: string | undefined,
  index?: number,
  template?: SheetState,
): SheetState {
  const { book } = world;
  const sheetName = name ?? defaultSheetName(world);
  if (book.sheets.some((s) => sameSheetName(s.name, sheetName))) fail(messages.duplicateSheetName(sheetName));
  const state = createSheetState(book.nextSheetId++, sheetName);
  if (template !== undefined) {
    Object.assign(
      state,
      structuredClone({
        ...template,
        id: state.id,
        name: sheetName,
        charts: [],
        computed: new Map(),
        columns: [],
      }),
    );
    state.columns = template.columns.map((cells) => cells?.copy());
  }
  checkCellLimit(
    book,
    template === undefined ? NEW_SHEET_ROWS * NEW_SHEET_COLUMNS : state.maxRows * state.maxColumns,
  );
  const active = book.sheets.findIndex((s) => s.id === book.activeSheetId);
  const at = index === undefined ? active + 1 : Math.min(Math.max(index, 0), book.sheets.length);
  book.sheets.splice(at, 0, state);
  book.activeSheetId = state.id;
  book.activeRange = null;
  book.dirty = true;
  return state;
}

/** `SpreadsheetApp.Spreadsheet`: the one spreadsheet the add-on is bound to. */
export class Spreadsheet extends Service implements SpreadsheetApi {
  getId(): string {
    return this.world.book.id;
  }
  getName(): string {
    return this.world.book.name;
  }
  rename(newName: string): void {
    this.world.book.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.world.book.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.world.book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.world.book.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.world.book.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isTimeZone(String(timezone))) fail(messages.invalidTimeZone(String(timezone)));
    this.world.book.timeZone = String(timezone);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.world.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // ---- sheets ----
  getSheets(): GasSheet[] {
    return this.world.book.sheets.map((state) => sheetApi(this.world, state));
  }
  getNumSheets(): number {
    return this.world.book.sheets.length;
  }
  getSheetByName(name: string): GasSheet | null {
    const state = this.world.book.sheets.find((s) => sameSheetName(s.name, String(name)));
    return state === undefined ? null : sheetApi(this.world, state);
  }
  getSheetById(id: number): GasSheet | null {
    const state = this.world.book.sheets.find((s) => s.id === id);
    return state === undefined ? null : sheetApi(this.world, state);
  }
  getActiveSheet(): GasSheet {
    return sheetApi(this.world, activeSheetState(this.world));
  }
  setActiveSheet(sheet: GasSheet): GasSheet {
    const state = sheetOf(sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet').state;
    this.world.book.activeSheetId = state.id;
    this.world.book.activeRange = null;
    return sheet;
  }
  insertSheet(
    nameOrIndexOrOptions?: string | number | SheetOptions,
    indexOrOptions?: number | SheetOptions,
    options?: SheetOptions,
  ): GasSheet {
    const args = [nameOrIndexOrOptions, indexOrOptions, options];
    const name = typeof nameOrIndexOrOptions === 'string' ? nameOrIndexOrOptions : undefined;
    const index = args.find((arg): arg is number => typeof arg === 'number');
    const settings = args.find((arg): arg is SheetOptions => typeof arg === 'object' && arg !== null);
    const template =
      settings?.template === undefined
        ? undefined
        : sheetOf(settings.template, 'SpreadsheetApp.Spreadsheet.insertSheet').state;
    return sheetApi(this.world, addSheetState(this.world, name, index, template));
  }
  deleteSheet(sheet: GasSheet): void {
    const { book } = this.world;
    const state = sheetOf(sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet').state;
    if (book.sheets.length === 1) fail(messages.lastSheet);
    if (book.sheets.every((s) => s === state || s.hidden)) fail(messages.lastVisibleSheetDelete);
    const at = book.sheets.indexOf(state);
    book.sheets.splice(at, 1);
    book.protections = book.protections.filter((p) => p.range.sheetId !== state.id);
    if (book.activeSheetId === state.id) {
      book.activeSheetId = book.sheets[Math.max(at - 1, 0)].id;
      book.activeRange = null;
    }
    book.dirty = true;
  }
  moveActiveSheet(pos: number): void {
    const { book } = this.world;
    const state = activeSheetState(this.world);
    book.sheets.splice(book.sheets.indexOf(state), 1);
    book.sheets.splice(Math.min(Math.max(pos - 1, 0), book.sheets.length), 0, state);
  }

  // ---- ranges ----
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const ref = parseA1(String(a1Notation)) ?? fail(messages.rangeNotFound);
    const sheet = sheetOfReference(this.world, ref.sheetName);
    return rangeApi(this.world, sheet, areaOfReference(ref, sheet.maxRows, sheet.maxColumns));
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = [...a1Notations].map((a1) => {
      const ref = parseA1(String(a1)) ?? fail(messages.rangeNotFound);
      const sheet = sheetOfReference(this.world, ref.sheetName);
      const area = areaOfA1(sheet, String(a1));
      checkArea(sheet, area);
      return new Range(this.world, sheet, area);
    });
    return rangeListApi(this.world, ranges);
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return activeRange(this.world);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(type);
    return this.world.book.protections
      .filter((p) => p.type === name)
      .map((p) => protectionApi(this.world, p));
  }
}

instrument(Spreadsheet, 'Spreadsheet', { documentData: true });
