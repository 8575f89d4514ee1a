import path from 'node:path';
import { isTimeZone } from '../../emulator/timeZone.js';
import { type PeriodType, parsePeriodType } from '../../src/kpi/calendar/periods.js';
import { isLang, type Lang, langOf } from '../../src/kpi/i18n/lang.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { UsageError } from '../report/errors.js';

/** Which engine computes the table. */
export type Engine = 'js' | 'duckdb';

/** What `npm run kpi-table` was asked to do, with every default filled in. */
export interface KpiTableOptions {
  /** The sales log: .csv, .xlsx (js) or .csv, .parquet (duckdb), absolute. */
  data: string;
  /** The marketing spend table, absolute, or null. */
  spend: string | null;
  period: PeriodType;
  /** `rep`, `channel`, a field or a header; null: no grouping. */
  groupBy: string | null;
  engine: Engine;
  /** The CSV to write, absolute; null: standard output. */
  out: string | null;
  lang: Lang;
  locale: string;
  timeZone: string;
  /** `--map field=Header` choices, one per line; null: none. */
  columns: string | null;
  /** `--status Text=class` choices, one per line; null: none. */
  statuses: string | null;
  force: boolean;
}

const VALUE_FLAGS: Readonly<Record<string, keyof KpiTableOptions>> = {
  '--data': 'data',
  '--spend': 'spend',
  '--period': 'period',
  '--group-by': 'groupBy',
  '--engine': 'engine',
  '--out': 'out',
  '--lang': 'lang',
  '--locale': 'locale',
  '--time-zone': 'timeZone',
  '--map': 'columns',
  '--status': 'statuses',
};

/** The text `--help` prints. */
export function usage(): string {
  return [
    'Writes the KPI_TABLE of a sales log (spec §6) as CSV, computed by the JS engine or by DuckDB.',
    '',
    'Usage: npm run kpi-table -- --data <orders.csv|.parquet|.xlsx> [flags] [--out table.csv]',
    '',
    '  --data <file>             the sales log (js: .csv, .xlsx; duckdb: .csv, .parquet)',
    '  --spend <file>            marketing spend (Date, Channel, Spend)',
    '  --period <type>           week, month, quarter or year (default: month)',
    '  --group-by <field>        rep, channel, customer or a header of the log',
    '  --engine <js|duckdb>      which engine computes the table (default: js)',
    '  --out <table.csv>         the CSV to write (default: standard output)',
    '  --force                   replace --out when it exists',
    '  --lang <en|ru>            the language of the header row (default: from --locale)',
    '  --locale <en_US|ru_RU|…>  how text numbers and dates read (default: en_US)',
    '  --time-zone <IANA zone>   the day of a timestamp column (default: UTC)',
    '  --map <field=Header>      the column of a field, by its header (repeatable)',
    '  --status <Text=class>     the class of a status text: won, lost, open, returned, refunded (repeatable)',
    '',
    'See docs/SQL.md.',
  ].join('\n');
}

/**
 * Reads the arguments of `npm run kpi-table`.
 *
 * @param argv The arguments after the script name.
 * @param cwd The directory relative paths are read from.
 * @returns The options, or `{ help: true }`.
 * @throws UsageError naming the flag and what it needs.
 * @example
 * parseKpiTableArgs(['--data', 'a.csv', '--engine', 'duckdb'], '/tmp').options.engine //=> 'duckdb'
 */
export function parseKpiTableArgs(
  argv: readonly string[],
  cwd: string,
): { help: true } | { help: false; options: KpiTableOptions } {
  const raw: Partial<Record<keyof KpiTableOptions, string>> = {};
  const repeated: Record<'columns' | 'statuses', string[]> = { columns: [], statuses: [] };
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--force') {
      force = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const key = VALUE_FLAGS[name];
    if (key === undefined) throw new UsageError(`unknown argument ${arg}: see npm run kpi-table -- --help`);
    const value = equals > 0 && name !== arg ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(`${name} needs a value`);
    if (key === 'columns' || key === 'statuses') repeated[key].push(value.trim());
    else if (raw[key] !== undefined) throw new UsageError(`${name} is given twice`);
    else raw[key] = value.trim();
  }
  if (raw.data === undefined)
    throw new UsageError('--data is required: the sales log, e.g. --data orders.parquet');
  const period = parsePeriodType(raw.period ?? 'month');
  if (period === null) throw new UsageError(`--period "${raw.period}" is not week, month, quarter or year`);
  const engine = raw.engine ?? 'js';
  if (engine !== 'js' && engine !== 'duckdb')
    throw new UsageError(`--engine "${engine}" is not js or duckdb`);
  if (raw.lang !== undefined && !isLang(raw.lang))
    throw new UsageError(`--lang "${raw.lang}" is not en or ru`);
  const locale = raw.locale ?? conventionsOf(raw.lang ?? 'en').sheetsLocale;
  const lang = raw.lang ?? langOf(locale);
  const timeZone = raw.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new UsageError(`--time-zone "${timeZone}" is not a time zone such as UTC`);
  if (raw.out !== undefined && !/\.csv$/i.test(raw.out))
    throw new UsageError(`--out "${raw.out}" must end in .csv`);
  return {
    help: false,
    options: {
      data: path.resolve(cwd, raw.data),
      spend: raw.spend === undefined ? null : path.resolve(cwd, raw.spend),
      period,
      groupBy: raw.groupBy ?? null,
      engine,
      out: raw.out === undefined ? null : path.resolve(cwd, raw.out),
      lang,
      locale,
      timeZone,
      columns: repeated.columns.length === 0 ? null : repeated.columns.join('\n'),
      statuses: repeated.statuses.length === 0 ? null : repeated.statuses.join('\n'),
      force,
    },
  };
}
