import { type CellValue, createEnvironment, type Environment, loadBundle } from '../../emulator/index';
import type { Bundle } from '../../emulator/runner';
import type { ReportSettings } from '../../src/kpi/settings/reportSettings';
import { readCsv } from '../_support/readCsv';
import { code } from '../bundle/_bundle';

/** A spreadsheet in the emulator with the built bundle as its script. */
export interface Book {
  env: Environment;
  bundle: Bundle;
}

/** Options of `book`. */
export interface BookOptions {
  locale?: string;
  userLocale?: string;
  timeZone?: string;
  /** Sheets in tab order, filled as a user would type or paste them. */
  sheets: Record<string, unknown[][]>;
  /** The SALES_KPI_SETTINGS document property. */
  settings?: ReportSettings;
}

/**
 * A spreadsheet of sheets with dist/Code.js loaded, as Apps Script runs it.
 *
 * @example
 * const { env, bundle } = book({ sheets: { Sales: readCsv('hubspot-deals-en.csv') } });
 */
export function book(options: BookOptions): Book {
  const env = createEnvironment({
    spreadsheetLocale: options.locale ?? 'en_US',
    userLocale: options.userLocale ?? 'en',
    timeZone: options.timeZone ?? 'Europe/Moscow',
    sheets: options.sheets,
  });
  if (options.settings) {
    env.properties.document.setAll({ SALES_KPI_SETTINGS: JSON.stringify(options.settings) });
  }
  return { env, bundle: loadBundle(code, env) };
}

/** The English HubSpot sample, as pasted into an en_US spreadsheet. */
export function hubspotBook(settings: ReportSettings = { asOf: '2026-11-20' }): Book {
  return book({
    locale: 'en_US',
    timeZone: 'America/New_York',
    sheets: { Deals: readCsv('hubspot-deals-en.csv') },
    settings,
  });
}

/** The Russian amoCRM sample and its spend table, as pasted into a ru_RU spreadsheet by a Russian user. */
export function amoBook(settings: ReportSettings = { asOf: '2026-11-20' }): Book {
  return book({
    locale: 'ru_RU',
    userLocale: 'ru',
    sheets: { Сделки: readCsv('amocrm-deals-ru.csv'), Расходы: readCsv('marketing-spend-ru.csv') },
    settings,
  });
}

/** Values of a sheet's data range, not counted. */
export function values(env: Environment, sheet: string): CellValue[][] {
  return env.sheetValues(sheet);
}

/** The 1-based row of the first cell of column A equal to `text`, below `after`. */
export function rowOf(env: Environment, sheet: string, text: string, after = 0): number {
  const rows = env.sheetValues(sheet);
  const at = rows.findIndex((row, i) => i >= after && row[0] === text);
  if (at === -1) throw new Error(`no row "${text}" on ${sheet}`);
  return at + 1;
}

/** A picture of some sheets (values, formats, everything), to compare before and after. */
export function sheetsPicture(env: Environment, names: readonly string[]) {
  return env.snapshot().sheets.filter((s) => names.includes(s.name));
}

/** The names of the sheets, in tab order. */
export function sheetNames(env: Environment): string[] {
  return env.snapshot().sheets.map((s) => s.name);
}
