import type { CallLog } from './callLog.js';
import type { LockTable } from './lock.js';
import type { LogEntry } from './logger.js';
import type { Mailbox } from './mailApp.js';
import type { PropertyScope, PropertyStore } from './properties.js';
import type { AuthModeName, BookState } from './state.js';
import type { TriggerTable } from './triggerTable.js';
import type { UiLog } from './ui.js';

/**
 * Computes a formula's value for `getValues`: `(formula, sheetName, row, column) => value`. A 2-D array spills
 * into the cells below and to the right, as an array result does in Sheets. Without an evaluator, formulas
 * read as `''`.
 */
export type FormulaEvaluator = (formula: string, sheetName: string, row: number, column: number) => unknown;

/** The shared state every emulated service reads and writes. `createEnvironment` builds one. */
export interface World {
  readonly calls: CallLog;
  /** The mode of the running execution: `CUSTOM_FUNCTION` makes document writes throw. */
  authMode: AuthModeName;
  readonly book: BookState;
  readonly ui: UiLog;
  readonly properties: Readonly<Record<PropertyScope, PropertyStore>>;
  readonly locks: LockTable;
  readonly logs: LogEntry[];
  /** `Session.getActiveUserLocale()`, e.g. `en` or `ru`. */
  userLocale: string;
  userEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  /** HTML files of the script project by name, without `.html`. */
  readonly htmlFiles: Readonly<Record<string, string>>;
  evaluateFormula: FormulaEvaluator | undefined;
  /** Id of the running execution; locks it holds are released when it ends. */
  execution: number;
  /** The script's installable triggers (`ScriptApp.newTrigger`). */
  readonly triggers: TriggerTable;
  /** The mail `MailApp` sent, and its daily quota. */
  readonly mail: Mailbox;
  /** The user must authorise the script again (`getAuthorizationInfo` says REQUIRED; mail and new triggers fail). */
  authorizationRequired: boolean;
  /** The spreadsheet was deleted: a trigger of it finds no active spreadsheet (`getActiveSpreadsheet()` is null). */
  documentGone: boolean;
  /** Records a `Logger.log` / `console.*` line. */
  log(entry: LogEntry): void;
  now(): Date;
  uuid(): string;
}
