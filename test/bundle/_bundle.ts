import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createEnvironment, type Environment } from '../../emulator/environment';
import {
  type Bundle,
  type CustomFunctionArgument,
  loadBundle,
  runCustomFunction,
} from '../../emulator/runner';

// The built bundle (dist/ is built by test/bundle/globalSetup.ts when missing or stale).
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_PATH = path.join(ROOT, 'dist/Code.js');
export const code = readFileSync(CODE_PATH, 'utf8');

/** The custom functions of KPI-SPEC §5 with their parameters, in the spec's order and spelling. */
export const SPEC: Readonly<Record<string, readonly string[]>> = {
  CONVERSION: ['conversions', 'opportunities'],
  RETENTION: ['customers_end', 'new_customers', 'customers_start'],
  AVERAGE_CHECK: ['revenue', 'orders'],
  RETURN_RATE: ['returns', 'sales'],
  REFUSAL_RATE: ['refusals', 'total'],
  ROMI: ['revenue', 'marketing_cost'],
  CAC: ['marketing_cost', 'new_customers'],
  GROWTH: ['current', 'previous'],
  GROWTH_RATE: ['current', 'previous'],
  ATTAINMENT: ['actual', 'target', 'lower_is_better'],
  KPI_STATUS: ['actual', 'target', 'lower_is_better', 'at_risk'],
  RUN_RATE: ['actual', 'elapsed_days', 'total_days'],
  KPI_TABLE: ['sales', 'period', 'group_by', 'spend', 'columns', 'statuses'],
};

/** The optional parameters (shown in [brackets] in the README). */
export const OPTIONAL = new Set([
  'lower_is_better',
  'at_risk',
  'period',
  'group_by',
  'spend',
  'columns',
  'statuses',
]);

/** The bundle's custom functions, callable as Sheets calls them. */
export type Globals = Record<string, (...args: unknown[]) => unknown>;

/** A spreadsheet in the emulator with dist/Code.js loaded as its script. */
export interface Sheet {
  env: Environment;
  bundle: Bundle;
  /** Calls a custom function as Sheets does (CUSTOM_FUNCTION mode; `env.ref('A2:A9')` arguments read the cells). */
  run(name: string, ...args: CustomFunctionArgument[]): unknown;
}

/**
 * A spreadsheet of this locale (and cells, typed as a user would) in the Apps Script emulator, with the bundle
 * loaded the way Apps Script loads Code.js: a fresh `node:vm` context holding only the JavaScript built-ins and the
 * Apps Script services, no `require`, `process`, `module` or `Buffer`.
 */
export function sheetWith(locale: string, sheets?: Record<string, unknown[][]>): Sheet {
  const env = createEnvironment({ spreadsheetLocale: locale, sheets });
  const bundle = loadBundle(code, env);
  return { env, bundle, run: (name, ...args) => runCustomFunction(bundle, name, args) };
}

/** The custom functions of the bundle in an emulated spreadsheet of this locale. */
export function functionsIn(locale: string): Globals {
  const sheet = sheetWith(locale);
  return Object.fromEntries(
    Object.keys(SPEC).map((name) => [
      name,
      (...args: unknown[]) => sheet.run(name, ...(args as CustomFunctionArgument[])),
    ]),
  );
}

/** The bundle's globals in a bare `node:vm` context: JavaScript built-ins only, not even `SpreadsheetApp`. */
export function loadBare(): Globals {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as Globals;
}
