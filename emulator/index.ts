/**
 * A local, in-memory Apps Script for tests, the .xlsx CLI and the playground. See emulator/README.md.
 * Everything here is browser-safe except `runner.ts`, which uses `node:vm`.
 */
export { a1OfArea, columnLetters, columnNumber, parseA1 } from './a1.js';
export { CallLog } from './callLog.js';
export { EmulatedClock } from './clock.js';
export {
  createEnvironment,
  Environment,
  type EnvironmentOptions,
  type RangeReference,
} from './environment.js';
export { messages, ServiceError } from './errors.js';
export type { AppsScriptGlobals } from './globals.js';
export type { LockScope, LockTable } from './lock.js';
export type { LogEntry } from './logger.js';
export { DEFAULT_MAIL_QUOTA, type Mailbox, mailMessages, type SentMail } from './mailApp.js';
export {
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  type PropertyScope,
  type PropertyStore,
} from './properties.js';
export {
  type Bundle,
  type CustomFunctionArgument,
  type LoadOptions,
  loadBundle,
  openEvent,
  runCustomFunction,
  SCRIPT_GLOBALS,
} from './runner.js';
export type {
  CellSnapshot,
  RangeSnapshot,
  SheetSnapshot,
  SpreadsheetSnapshot,
} from './snapshot.js';
export {
  type AuthModeName,
  CELL_LIMIT,
  type CellFormat,
  type CellValue,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from './state.js';
export {
  advanceClock,
  describeSchedule,
  fireTrigger,
  nextRunTime,
  type TriggerRun,
  timeDrivenEvent,
} from './triggerRuns.js';
export { type TriggerRecord, type TriggerTable, triggerMessages } from './triggerTable.js';
export type {
  AlertRecord,
  DialogRecord,
  HtmlRecord,
  MenuEntry,
  MenuRecord,
  PromptRecord,
  ToastRecord,
  UiLog,
} from './ui.js';
export type { FormulaEvaluator, World } from './world.js';
