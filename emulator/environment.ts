import { type Area, areaOfReference, parseA1 } from './a1.js';
import { CallLog } from './callLog.js';
import { fail, messages } from './errors.js';
import { type AppsScriptGlobals, createGlobals } from './globals.js';
import { contentExtent } from './grid.js';
import { LockTable } from './lock.js';
import type { LogEntry } from './logger.js';
import { Mailbox } from './mailApp.js';
import { type PropertyScope, PropertyStore } from './properties.js';
import { checkArea } from './range.js';
import { readValues, writeValues } from './rangeOps.js';
import { recalculate } from './recalc.js';
import { sheetApi } from './sheet.js';
import { sameSheetName } from './sheetNames.js';
import { type SpreadsheetSnapshot, snapshotOf } from './snapshot.js';
import { activeSheetState, addSheetState, spreadsheetApi } from './spreadsheet.js';
import type { AuthModeName, BookState, CellValue, SheetState } from './state.js';
import { isTimeZone } from './timeZone.js';
import type { TriggerRun } from './triggerRuns.js';
import { TriggerTable } from './triggerTable.js';
import { UiLog } from './ui.js';
import type { FormulaEvaluator, World } from './world.js';

export interface EnvironmentOptions {
  /** @default 'Test spreadsheet' */
  spreadsheetName?: string;
  /** @default 'emulated-spreadsheet-id' */
  spreadsheetId?: string;
  /** `Spreadsheet.getSpreadsheetLocale()`: decides how typed strings parse and how values display. @default 'en_US' */
  spreadsheetLocale?: string;
  /** The spreadsheet's time zone, in which dates are read and written. @default 'Europe/Moscow' */
  timeZone?: string;
  /** `Session.getScriptTimeZone()` (appsscript.json). @default timeZone */
  scriptTimeZone?: string;
  /** `Session.getActiveUserLocale()`. @default 'en' */
  userLocale?: string;
  /** `Session.getActiveUser().getEmail()`. @default '' */
  userEmail?: string;
  /** `Session.getEffectiveUser().getEmail()`. @default '' */
  effectiveUserEmail?: string;
  /** Caption of `Ui.createAddonMenu()` menus. @default 'Add-on' */
  addonName?: string;
  /**
   * Sheets to start with, in order, filled as by `setValues` (strings are parsed as typed). The first is active.
   * @default { Sheet1: [] } (`Лист1` in a Russian spreadsheet)
   */
  sheets?: Record<string, unknown[][]>;
  /** The script project's HTML files by name (`{ Sidebar: '<!DOCTYPE html>…' }`). @default {} */
  htmlFiles?: Record<string, string>;
  /** Computes formula values; see {@link FormulaEvaluator}. @default formulas read as '' */
  evaluateFormula?: FormulaEvaluator;
  /**
   * The clock, e.g. for dates typed without a year. Given, the script's own `new Date()` and `Date.now()` read it
   * too (an `EmulatedClock`'s `now`, which `advanceClock` moves). @default () => new Date()
   */
  now?: () => Date;
  /** `Utilities.getUuid()`. @default crypto.randomUUID */
  uuid?: () => string;
  /** Called with every `Logger.log` / `console.*` line, e.g. `(e) => console.log(e.message)`. */
  onLog?: (entry: LogEntry) => void;
}

/** A reference to cells for {@link runCustomFunction} arguments: `env.ref('Sales!A2:C')`. */
export interface RangeReference {
  readonly kind: 'range-reference';
  readonly a1: string;
}

/**
 * A fresh emulated Apps Script world: one spreadsheet, its UI, properties, locks and call log.
 *
 * @example
 * const env = createEnvironment({ spreadsheetLocale: 'ru_RU', sheets: { Sales: [['Date', 'Rep'], ['05.11.2026', 'Ann']] } });
 * env.sheetValues('Sales')[1][0] instanceof Date //=> true
 */
export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  return new Environment(options);
}

/** See {@link createEnvironment}. Implements the {@link World} every service reads. */
export class Environment implements World {
  readonly calls = new CallLog();
  authMode: AuthModeName = 'FULL';
  readonly book: BookState;
  readonly ui: UiLog;
  readonly properties: Record<PropertyScope, PropertyStore> = {
    document: new PropertyStore(),
    user: new PropertyStore(),
    script: new PropertyStore(),
  };
  readonly locks = new LockTable();
  readonly triggers = new TriggerTable();
  readonly mail = new Mailbox();
  /** Every trigger firing (`advanceClock`, `fireTrigger`), oldest first. */
  readonly triggerRuns: TriggerRun[] = [];
  authorizationRequired = false;
  documentGone = false;
  /** Whether the environment was given a clock (`now`): the script's `Date` then reads it. */
  readonly clocked: boolean;
  readonly logs: LogEntry[] = [];
  userLocale: string;
  userEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  readonly htmlFiles: Record<string, string>;
  evaluateFormula: FormulaEvaluator | undefined;
  execution = 0;
  /** The Apps Script globals over this world, for tests that call services directly (calls are counted). */
  readonly globals: AppsScriptGlobals;
  readonly onLog: ((entry: LogEntry) => void) | undefined;
  private executions = 0;
  private readonly clock: () => Date;
  private readonly makeUuid: () => string;

  constructor(options: EnvironmentOptions) {
    const timeZone = options.timeZone ?? 'Europe/Moscow';
    if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
    this.book = {
      id: options.spreadsheetId ?? 'emulated-spreadsheet-id',
      name: options.spreadsheetName ?? 'Test spreadsheet',
      locale: options.spreadsheetLocale ?? 'en_US',
      timeZone,
      sheets: [],
      activeSheetId: 0,
      activeRange: null,
      protections: [],
      nextSheetId: 0,
      nextObjectId: 1,
      dirty: false,
    };
    this.ui = new UiLog(options.addonName ?? 'Add-on');
    this.userLocale = options.userLocale ?? 'en';
    this.userEmail = options.userEmail ?? '';
    this.effectiveUserEmail = options.effectiveUserEmail ?? '';
    this.scriptTimeZone = options.scriptTimeZone ?? timeZone;
    this.htmlFiles = { ...options.htmlFiles };
    this.evaluateFormula = options.evaluateFormula;
    this.clock = options.now ?? (() => new Date());
    this.clocked = options.now !== undefined;
    this.makeUuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
    this.onLog = options.onLog;
    this.globals = createGlobals(this);
    const sheets = options.sheets ?? {
      [this.book.locale.toLowerCase().startsWith('ru') ? 'Лист1' : 'Sheet1']: [],
    };
    for (const [name, values] of Object.entries(sheets)) this.addSheet(name, values);
    this.book.activeSheetId = this.book.sheets[0]?.id ?? 0;
    if (this.book.sheets.length === 0) throw new RangeError('createEnvironment needs at least one sheet');
  }

  now(): Date {
    return this.clock();
  }
  log(entry: LogEntry): void {
    this.logs.push(entry);
    this.onLog?.(entry);
  }
  uuid(): string {
    return this.makeUuid();
  }

  /** The spreadsheet, as `SpreadsheetApp.getActive()` returns it (calls on it are counted). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetApi(this);
  }
  /** The spreadsheet's locale; setting it is `setSpreadsheetLocale` without counting. */
  get spreadsheetLocale(): string {
    return this.book.locale;
  }
  set spreadsheetLocale(locale: string) {
    this.book.locale = locale;
  }
  /** The spreadsheet's time zone; setting it is `setSpreadsheetTimeZone` without counting. */
  get timeZone(): string {
    return this.book.timeZone;
  }
  set timeZone(timeZone: string) {
    if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
    this.book.timeZone = timeZone;
  }

  /**
   * Adds a sheet (or refills an existing one) with values written as by `setValues`; the grid grows to fit.
   * Not counted as service calls, and the active sheet stays as it was.
   */
  addSheet(name: string, values: unknown[][] = []): GoogleAppsScript.Spreadsheet.Sheet {
    const active = this.book.activeSheetId;
    const sheet =
      this.book.sheets.find((s) => sameSheetName(s.name, name)) ??
      addSheetState(this, name, this.book.sheets.length);
    if (this.book.sheets.length > 1) this.book.activeSheetId = active;
    const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
    sheet.maxRows = Math.max(sheet.maxRows, values.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, width);
    if (values.length > 0 && width > 0) {
      const rows = values.map((row) => [...row, ...new Array<unknown>(width - row.length).fill('')]);
      writeValues(
        { world: this, sheet, area: { row: 1, column: 1, numRows: rows.length, numColumns: width } },
        rows,
      );
    }
    return sheetApi(this, sheet);
  }

  /** Values of a sheet's data range (`A1` to the last row and column), as `getValues` returns them. Not counted. */
  sheetValues(name: string): CellValue[][] {
    const sheet = this.sheetState(name);
    recalculate(this);
    const { lastRow, lastColumn } = contentExtent(sheet);
    if (lastRow === 0) return [['']];
    return readValues({
      world: this,
      sheet,
      area: { row: 1, column: 1, numRows: lastRow, numColumns: lastColumn },
    });
  }

  /** Values of an A1 range (`'Report'!A1:C3`, or on the active sheet), as `getValues` returns them. Not counted. */
  read(a1: string): CellValue[][] {
    const { sheet, area } = this.resolve(a1);
    return readValues({ world: this, sheet, area });
  }

  /** A cell reference to pass to `runCustomFunction`, read as Sheets passes it. */
  ref(a1: string): RangeReference {
    this.resolve(a1);
    return { kind: 'range-reference', a1 };
  }

  /** A plain picture of the whole spreadsheet, for assertions and renderers. Not counted. */
  snapshot(): SpreadsheetSnapshot {
    return snapshotOf(this);
  }

  /**
   * Runs `body` as one Apps Script execution: sets the auth mode, and afterwards releases the locks the
   * execution still holds (recorded in `env.locks.autoReleased`). The runner uses it for every call.
   */
  runExecution<T>(authMode: AuthModeName, body: () => T): T {
    const previous = { authMode: this.authMode, execution: this.execution };
    this.authMode = authMode;
    this.execution = ++this.executions;
    try {
      return body();
    } finally {
      this.locks.releaseExecution(this.execution);
      this.authMode = previous.authMode;
      this.execution = previous.execution;
    }
  }

  /** The sheet and rectangle of an A1 reference (sheet-qualified or on the active sheet). */
  resolve(a1: string): { sheet: SheetState; area: Area } {
    const ref = parseA1(a1) ?? fail(messages.rangeNotFound);
    const sheet = ref.sheetName === undefined ? activeSheetState(this) : this.sheetState(ref.sheetName);
    const area = areaOfReference(ref, sheet.maxRows, sheet.maxColumns);
    checkArea(sheet, area);
    return { sheet, area };
  }

  private sheetState(name: string): SheetState {
    const sheet = this.book.sheets.find((s) => sameSheetName(s.name, name));
    if (sheet === undefined) throw new RangeError(`No sheet named ${name}`);
    return sheet;
  }
}
