import { describe, expect, it } from 'vitest';
import { type EnvironmentOptions, loadBundle, openEvent, runCustomFunction } from '../../emulator/index.js';
import { setup } from './_helpers.js';

/** A small classic script in the shape of dist/Code.js: top-level function declarations. */
const SCRIPT = `
var loads = 0;
loads++;

function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Build report', 'buildReport').addToUi();
  return e && e.authMode === ScriptApp.AuthMode.LIMITED;
}

function realm() {
  var v = SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValues();
  return [Array.isArray(v), v instanceof Array, v[0][0] instanceof Date, v[0] instanceof Array];
}

function nodeGlobals() {
  return [typeof require, typeof process, typeof module, typeof Buffer, typeof setTimeout, typeof exports,
          typeof SpreadsheetApp, typeof console, typeof Logger, typeof Charts];
}

function countLoads() { return loads; }

function writeDate() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange('B1').setValue(new Date(Date.UTC(2026, 10, 5, 9, 0, 0)));
  return sheet.getRange('B1').getValue();
}

function catchServiceError() {
  try {
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').setValues([[1, 2]]);
  } catch (e) {
    return [e instanceof Error, e.name, e.message, String(e)];
  }
}

function throwServiceError() { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); }
function throwOwnError() { throw new TypeError('bad input'); }

function peek() {
  var range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  return [typeof range.world, typeof range.sheet, Object.keys(range).length, typeof range.getValues,
          SpreadsheetApp.WrapStrategy.CLIP, Object.isFrozen(SpreadsheetApp.WrapStrategy)];
}

function sameSheet() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.getSheets()[0];
  ss.setActiveSheet(sheet);
  return ss.getActiveSheet().getName() === sheet.getName();
}

function echo(value) { return value; }
function log() { console.log('hello', { n: 1 }); Logger.log('rows: %s', 3); }

/**
 * @customfunction
 */
function DOUBLE(input) {
  if (Array.isArray(input)) return input.map(function (row) { return row.map(function (v) { return v === '' ? '' : v * 2; }); });
  if (input === '') return 'blank';
  if (typeof input !== 'number') throw new Error('DOUBLE needs a number, got ' + typeof input);
  return input * 2;
}

function WHAT_MODE() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  var read = sheet.getRange('A2').getValue();
  var errors = [];
  try { sheet.getRange('A3').setValue(1); } catch (e) { errors.push(e.message); }
  try { SpreadsheetApp.getUi(); } catch (e) { errors.push(e.message); }
  try { PropertiesService.getDocumentProperties().setProperty('k', 'v'); } catch (e) { errors.push(e.message); }
  return [read, errors.join(' | ')];
}
`;

function load(options: EnvironmentOptions = {}) {
  const { env, sheet } = setup(options);
  sheet.getRange('A1:A2').setValues([[new Date('2026-11-05T00:00:00Z')], [7]]);
  env.calls.reset();
  return { env, sheet, bundle: loadBundle(SCRIPT, env) };
}

describe('loadBundle', () => {
  it('finds the script’s top-level functions', () => {
    const { bundle } = load();
    expect(bundle.has('onOpen')).toBe(true);
    expect(bundle.has('nope')).toBe(false);
    expect(bundle.functionNames()).toContain('DOUBLE');
    expect(bundle.functionNames()).not.toContain('SpreadsheetApp');
  });

  it('gives the script arrays and Dates of its own realm', () => {
    const { bundle } = load();
    expect(bundle.call('realm')).toEqual([true, true, true, true]);
  });

  it('shows the script only the Apps Script globals and JavaScript built-ins', () => {
    const { bundle } = load();
    expect(bundle.call('nodeGlobals')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  it('starts each call with a fresh global scope, as every Apps Script execution does', () => {
    const { bundle } = load();
    expect(bundle.call('countLoads')).toBe(1);
    expect(bundle.call('countLoads')).toBe(1);
  });

  it('accepts the script’s Dates and returns host values to the test', () => {
    const { bundle } = load();
    const value = bundle.call('writeDate');
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2026-11-05T09:00:00.000Z');
    expect(bundle.call('echo', { list: [1, 'a'], when: new Date(0) })).toEqual({
      list: [1, 'a'],
      when: new Date(0),
    });
  });

  it('lets the script catch service errors as its own Errors named Exception', () => {
    const { bundle } = load();
    expect(bundle.call('catchServiceError')).toEqual([
      true,
      'Exception',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ]);
  });

  it('rethrows uncaught errors to the test with their name and message', () => {
    const { bundle } = load();
    expect(() => bundle.call('throwServiceError')).toThrow('The starting row of the range is too small.');
    expect(() => bundle.call('throwOwnError')).toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'bad input' }),
    );
    expect(() => bundle.call('missing')).toThrow('Script function not found: missing');
  });

  it('shows services’ methods and enums, never their insides', () => {
    const { bundle } = load();
    expect(bundle.call('peek')).toEqual(['undefined', 'undefined', 0, 'function', 'CLIP', true]);
  });

  it('hands service objects back to the services unchanged', () => {
    const { bundle } = load();
    expect(bundle.call('sameSheet')).toBe(true);
  });

  it('counts the script’s service calls', () => {
    const { env, bundle } = load();
    bundle.call('realm');
    expect(env.calls.toJSON()).toEqual({
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActive': 1,
    });
  });

  it('runs onOpen with a trigger event and records the menu', () => {
    const { env, bundle } = load({ addonName: 'Sales KPI' });
    expect(bundle.call('onOpen', openEvent(env))).toBe(true);
    expect(env.ui.findItem('Build report')?.functionName).toBe('buildReport');
  });

  it('sends console and Logger lines to env.logs', () => {
    const lines: string[] = [];
    const { env, bundle } = load({ onLog: (entry) => lines.push(entry.message) });
    bundle.call('log');
    expect(env.logs).toEqual([
      { source: 'console', level: 'log', message: 'hello {"n":1}' },
      { source: 'Logger', level: 'log', message: 'rows: 3' },
    ]);
    expect(lines).toEqual(['hello {"n":1}', 'rows: 3']);
  });
});

describe('runCustomFunction', () => {
  it('passes a single cell as a scalar and a range as a 2-D array, blanks as ""', () => {
    const { env, bundle } = load();
    env.addSheet('Data', [[1], [2], ['']]);
    expect(runCustomFunction(bundle, 'DOUBLE', [env.ref('Data!A2')])).toBe(4);
    expect(runCustomFunction(bundle, 'DOUBLE', [env.ref('Data!A1:A3')])).toEqual([[2], [4], ['']]);
    expect(runCustomFunction(bundle, 'DOUBLE', [env.ref('Data!A3')])).toBe('blank');
    expect(runCustomFunction(bundle, 'DOUBLE', [5])).toBe(10);
    expect(runCustomFunction(bundle, 'DOUBLE', [[[5]]])).toBe(10);
    expect(runCustomFunction(bundle, 'DOUBLE', [null])).toBe('blank');
  });

  it('surfaces the function’s error as a thrown Error with its message', () => {
    const { bundle } = load();
    expect(() => runCustomFunction(bundle, 'DOUBLE', ['x'])).toThrow('DOUBLE needs a number, got string');
  });

  it('runs in AuthMode.CUSTOM_FUNCTION: reading works, writing and UI throw Apps Script’s errors', () => {
    const { env, bundle } = load();
    expect(runCustomFunction(bundle, 'WHAT_MODE')).toEqual([
      7,
      'You do not have permission to call setValue | Cannot call SpreadsheetApp.getUi() from this context. | You do not have permission to call setProperty',
    ]);
    expect(env.authMode).toBe('FULL');
    expect(env.properties.document.keys()).toEqual([]);
  });

  it('can serve as the formula evaluator, so formulas show custom function results', () => {
    const { env, bundle } = load();
    env.evaluateFormula = (formula) => {
      const match = /^=DOUBLE\((\w+!?\w*)\)$/.exec(formula);
      return match ? runCustomFunction(bundle, 'DOUBLE', [env.ref(match[1])]) : '';
    };
    const sheet = env.spreadsheet.getSheets()[0];
    sheet.getRange('C1').setFormula('=DOUBLE(A2)');
    expect(sheet.getRange('C1').getValue()).toBe(14);
  });
});
