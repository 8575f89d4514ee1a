import { createEnvironment, type EnvironmentOptions } from '../../emulator/index.js';

/** A fresh environment and its first sheet, the usual start of an emulator test. */
export function setup(options: EnvironmentOptions = {}) {
  const env = createEnvironment(options);
  const sheet = env.spreadsheet.getSheets()[0];
  env.calls.reset();
  return { env, sheet };
}

/** Writes one string into A1 and reads back value and number format, as a report writer would see it. */
export function typed(text: string, options: EnvironmentOptions = {}) {
  const { env, sheet } = setup(options);
  const cell = sheet.getRange('A1');
  cell.setValue(text);
  return {
    value: cell.getValue() as unknown,
    format: cell.getNumberFormat(),
    formula: cell.getFormula(),
    env,
  };
}
