import path from 'node:path';
import { isTimeZone } from '../../emulator/timeZone.js';
import { isValidCivil } from '../../src/kpi/calendar/day.js';
import { type PeriodType, parsePeriodLabel, parsePeriodType } from '../../src/kpi/calendar/periods.js';
import { isLang, type Lang, langOf } from '../../src/kpi/i18n/lang.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { mappingErrorMessage } from '../../src/kpi/i18n/mapping.js';
import type { Field, StatusClass } from '../../src/kpi/log/salesLog.js';
import { parseColumnChoices } from '../../src/kpi/mapping/parseColumnChoices.js';
import { parseStatusChoices } from '../../src/kpi/mapping/parseStatusChoices.js';
import { closest } from './_lib/closest.js';
import { UsageError } from './errors.js';

/** What `npm run report` was asked to do, with every default filled in. */
export interface ReportOptions {
  /** The sales log (.csv or .xlsx), absolute; null: the bundled sample of the language. */
  data: string | null;
  /** The marketing spend table, absolute; null: none (or the sample's, with the Russian sample). */
  spend: string | null;
  /** The "KPI Targets" table (Period | Rep | KPI | Target), absolute; null: no targets. */
  targets: string | null;
  /** null: the add-on's default (month). */
  period: PeriodType | null;
  /** A period label (`2026-11`, `2026-Q4`, `2026-W47`, `2026`); null: the add-on's default. */
  reportPeriod: string | null;
  /** `yyyy-mm-dd`; null: today in the spreadsheet's time zone (the add-on's default). */
  asOf: string | null;
  /** The user's language (`Session.getActiveUserLocale()`), which also names the input sheets. */
  lang: Lang;
  /** The spreadsheet locale: how the CSV text parses and how numbers display. */
  locale: string;
  /** The spreadsheet time zone. */
  timeZone: string;
  /** The .xlsx to write, absolute. */
  out: string;
  /** `--force`: replace `out` when it exists (never when it is one of the input files). */
  force: boolean;
  /** Another build of the add-on to run instead of dist/Code.js, absolute; null: dist/Code.js. */
  bundle: string | null;
  /** `--map`: the user's columns by header text (null: no such column); null: detection only. */
  columns: Map<Field, string | null> | null;
  /** `--status`: extra status texts per class; null: the built-in words only. */
  statuses: Partial<Record<StatusClass, string[]>> | null;
  /** `--engine duckdb`: KPIs computed in SQL by DuckDB (docs/SQL.md); absent: js, the add-on in the emulator. */
  engine?: 'duckdb';
}

export type ParsedArgs = { help: true } | { help: false; options: ReportOptions };

interface Flag {
  key: keyof RawFlags | keyof RepeatedFlags | keyof SwitchFlags;
  value: string;
  help: string;
}
/** The flags that may be given more than once: each value is one choice (or several, `;`-separated). */
type RepeatedFlags = Partial<Record<'map' | 'status', string[]>>;
const REPEATED = new Set<string>(['map', 'status']);
/** The flags that take no value: present or not. */
type SwitchFlags = Partial<Record<'force', true>>;
const SWITCHES = new Set<string>(['force']);
type RawFlags = Partial<
  Record<
    | 'data'
    | 'spend'
    | 'targets'
    | 'period'
    | 'reportPeriod'
    | 'asOf'
    | 'lang'
    | 'locale'
    | 'timeZone'
    | 'out'
    | 'bundle'
    | 'engine',
    string
  >
>;

/** Every flag, in the order `--help` lists them. */
export const FLAGS: Readonly<Record<string, Flag>> = {
  '--data': {
    key: 'data',
    value: '<sales.csv|.xlsx>',
    help: 'the sales log; without it, the bundled sample of --lang',
  },
  '--spend': { key: 'spend', value: '<spend.csv|.xlsx>', help: 'marketing spend (Date, Channel, Spend)' },
  '--targets': {
    key: 'targets',
    value: '<targets.csv|.xlsx>',
    help: 'targets (Period | Rep | KPI | Target)',
  },
  '--period': {
    key: 'period',
    value: '<week|month|quarter|year>',
    help: 'period type, also неделя/месяц/квартал/год (default: month)',
  },
  '--report-period': {
    key: 'reportPeriod',
    value: '<label>',
    help: 'the period to report on: 2026-11, 2026-Q4, 2026-W47 or 2026 (default: the current one)',
  },
  '--as-of': { key: 'asOf', value: '<YYYY-MM-DD>', help: 'the day the report is made on (default: today)' },
  '--lang': {
    key: 'lang',
    value: '<en|ru>',
    help: 'language of the user and of the sheet names (default: en)',
  },
  '--locale': {
    key: 'locale',
    value: '<en_US|ru_RU|…>',
    help: 'spreadsheet locale (default: ru_RU with --lang ru, else en_US)',
  },
  '--time-zone': {
    key: 'timeZone',
    value: '<IANA zone>',
    help: 'spreadsheet time zone (default: Europe/Moscow with a ru locale, else America/New_York)',
  },
  '--out': { key: 'out', value: '<report.xlsx>', help: 'the workbook to write (required)' },
  '--force': { key: 'force', value: '', help: 'replace the --out file when it exists' },
  '--map': {
    key: 'map',
    value: '<field=Header>',
    help: 'the column of a field, by its header: --map date="Close date" (repeatable; field=- for none)',
  },
  '--status': {
    key: 'status',
    value: '<Text=class>',
    help: 'the class of a status text: won, lost, open, returned, refunded (repeatable)',
  },
  '--engine': {
    key: 'engine',
    value: '<js|duckdb>',
    help: 'the KPI engine: js (default), or duckdb: DuckDB reads --data (.csv, .parquet) and computes the KPIs in SQL (docs/SQL.md)',
  },
  '--bundle': {
    key: 'bundle',
    value: '<Code.js>',
    help: 'run another build of the add-on (default: dist/Code.js)',
  },
};

const HELP_FLAGS = new Set(['--help', '-h']);

/** The text `--help` prints. */
export function usage(): string {
  const width = Math.max(...Object.entries(FLAGS).map(([name, flag]) => name.length + flag.value.length + 1));
  const lines = Object.entries(FLAGS).map(
    ([name, flag]) => `  ${`${name} ${flag.value}`.trimEnd().padEnd(width)}  ${flag.help}`,
  );
  return [
    'Builds the KPI report of a sales log with the add-on (dist/Code.js) in the local Apps Script emulator and',
    'writes it, with the input sheets, to an .xlsx workbook.',
    '',
    'Usage: npm run report -- [--data <file>] [flags] --out <report.xlsx>',
    '',
    ...lines,
    `  ${'--help'.padEnd(width)}  this text`,
    '',
    'Relative paths are read from the directory you ran npm in. See docs/REPORT-CLI.md.',
  ].join('\n');
}

/**
 * Reads the CLI's arguments (`--flag value` or `--flag=value`) and fills in the defaults.
 *
 * @param argv The arguments after the script name.
 * @param cwd The directory relative paths are read from.
 * @returns The options, or `{ help: true }` for `--help`.
 * @throws UsageError with one line naming the flag and what it needs.
 * @example
 * parseArgs(['--lang', 'ru', '--out', 'r.xlsx'], '/tmp').options.locale //=> 'ru_RU'
 */
export function parseArgs(argv: readonly string[], cwd: string): ParsedArgs {
  const raw: RawFlags = {};
  const repeated: RepeatedFlags = {};
  const switches: SwitchFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (HELP_FLAGS.has(arg)) return { help: true };
    if (!arg.startsWith('-')) {
      throw new UsageError(
        `unexpected argument "${arg}": name each file with its flag, e.g. --data ${arg} or --out ${arg}`,
      );
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const flag = FLAGS[name];
    if (flag === undefined) throw new UsageError(unknownFlag(name));
    if (SWITCHES.has(flag.key)) {
      if (equals > 0) throw new UsageError(`${name} takes no value`);
      switches[flag.key as keyof SwitchFlags] = true;
      continue;
    }
    let value: string | undefined;
    if (equals > 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value.trim() === '') {
      throw new UsageError(`${name} needs a value: ${name} ${flag.value}`);
    }
    if (REPEATED.has(flag.key)) {
      const key = flag.key as keyof RepeatedFlags;
      repeated[key] = [...(repeated[key] ?? []), value.trim()];
      continue;
    }
    const key = flag.key as keyof RawFlags;
    if (raw[key] !== undefined) throw new UsageError(`${name} is given twice`);
    raw[key] = value.trim();
  }
  return { help: false, options: { ...resolve(raw, repeated, cwd), force: switches.force === true } };
}

function unknownFlag(name: string): string {
  const suggestion = closest(name, [...Object.keys(FLAGS), '--help']);
  const hint = suggestion === null ? 'see npm run report -- --help' : `did you mean ${suggestion}?`;
  return `unknown flag ${name}: ${hint}`;
}

function resolve(raw: RawFlags, repeated: RepeatedFlags, cwd: string): Omit<ReportOptions, 'force'> {
  const file = (value: string | undefined) => (value === undefined ? null : path.resolve(cwd, value));

  let period: PeriodType | null = null;
  if (raw.period !== undefined) {
    period = parsePeriodType(raw.period);
    if (period === null) {
      throw new UsageError(
        `--period "${raw.period}" is not week, month, quarter or year (неделя, месяц, квартал, год)`,
      );
    }
  }

  let reportPeriod: string | null = null;
  if (raw.reportPeriod !== undefined) {
    const parsed = parsePeriodLabel(raw.reportPeriod);
    if (parsed === null) {
      throw new UsageError(
        `--report-period "${raw.reportPeriod}" is not a period such as 2026-11, 2026-Q4, 2026-W47 or 2026`,
      );
    }
    if (period !== null && parsed.type !== period) {
      throw new UsageError(
        `--report-period ${raw.reportPeriod} is a ${parsed.type}, but --period is ${period}`,
      );
    }
    period = parsed.type; // the label says which period type it is
    reportPeriod = raw.reportPeriod.toUpperCase();
  }

  const engine = raw.engine?.toLowerCase() ?? 'js';
  if (engine !== 'js' && engine !== 'duckdb') {
    throw new UsageError(`--engine "${raw.engine}" is not js or duckdb`);
  }
  if (engine === 'duckdb' && raw.data !== undefined && !/\.(csv|parquet)$/i.test(raw.data)) {
    throw new UsageError(`--engine duckdb reads a .csv or .parquet --data file, not "${raw.data}"`);
  }

  if (raw.asOf !== undefined && !isIsoDay(raw.asOf)) {
    throw new UsageError(`--as-of "${raw.asOf}" is not a date in the form YYYY-MM-DD, e.g. 2026-11-20`);
  }

  let lang: Lang | null = null;
  if (raw.lang !== undefined) {
    const text = raw.lang.toLowerCase();
    if (!isLang(text)) throw new UsageError(`--lang "${raw.lang}" is not en or ru`);
    lang = text;
  }
  if (raw.locale !== undefined && !isLocale(raw.locale)) {
    throw new UsageError(`--locale "${raw.locale}" is not a Sheets locale such as en_US, en_GB or ru_RU`);
  }
  const locale = raw.locale ?? conventionsOf(lang ?? 'en').sheetsLocale;
  lang ??= langOf(locale);

  if (raw.timeZone !== undefined && !isTimeZone(raw.timeZone)) {
    throw new UsageError(`--time-zone "${raw.timeZone}" is not a time zone such as Europe/Moscow or UTC`);
  }
  // Sheets gives a new spreadsheet the owner's time zone; these stand for a typical owner of each locale.
  const timeZone = raw.timeZone ?? conventionsOf(langOf(locale)).timeZone;

  if (raw.out === undefined) {
    throw new UsageError('--out is required: the .xlsx file to write, e.g. --out report.xlsx');
  }
  if (!/\.xlsx$/i.test(raw.out)) throw new UsageError(`--out "${raw.out}" must end in .xlsx`);

  let columns: Map<Field, string | null> | null = null;
  if (repeated.map !== undefined) {
    const parsed = parseColumnChoices(repeated.map.join('\n'));
    if (!parsed.ok) throw new UsageError(`--map: ${mappingErrorMessage(parsed.error, lang)}`);
    columns = parsed.choices;
  }
  let statuses: Partial<Record<StatusClass, string[]>> | null = null;
  if (repeated.status !== undefined) {
    const parsed = parseStatusChoices(repeated.status.join('\n'));
    if (!parsed.ok) throw new UsageError(`--status: ${mappingErrorMessage(parsed.error, lang)}`);
    statuses = parsed.statuses;
  }

  return {
    data: file(raw.data),
    spend: file(raw.spend),
    targets: file(raw.targets),
    period,
    reportPeriod,
    asOf: raw.asOf ?? null,
    lang,
    locale,
    timeZone,
    out: path.resolve(cwd, raw.out),
    bundle: file(raw.bundle),
    columns,
    statuses,
    ...(engine === 'duckdb' ? { engine } : {}),
  };
}

function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `en_US`, `ru_RU`, `ru`, `pt_BR`… (Sheets' spelling: language, underscore, region). */
function isLocale(text: string): boolean {
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(text)) return false;
  try {
    return Intl.getCanonicalLocales(text.replace('_', '-')).length === 1;
  } catch {
    return false;
  }
}
