import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayFromCivil } from '../../src/kpi/calendar/day.js';
import { parsePeriodLabel, periodLabel, periodOf } from '../../src/kpi/calendar/periods.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { SAMPLES } from '../workbook/samples.js';
import { CONSOLE, type Output, projectRoot, readBundle, save, todayIn } from './_lib/cliFiles.js';
import { displayPath, userDirectory } from './_lib/displayPath.js';
import { quotable, terminalLines } from './_lib/terminalText.js';
import { parseArgs, type ReportOptions, usage } from './args.js';
import { cliMessages, isCliError, UsageError } from './errors.js';
import { maxInputBytes, readTable, type Table } from './loadTable.js';
import { runReport } from './runReport.js';
import { writeWorkbook } from './writeWorkbook.js';

export type { Output } from './_lib/cliFiles.js';

/**
 * `npm run report`: reads the files, builds the report with the add-on in the emulator, writes the workbook.
 *
 * @param argv The arguments after the script name.
 * @returns The exit code: 0 written, 1 a file or the report failed, 2 a bad flag. Failures print one line.
 */
export async function main(argv: readonly string[], output: Output = CONSOLE): Promise<number> {
  if (output === CONSOLE) quietOnBrokenPipe();
  try {
    const parsed = parseArgs(argv, userDirectory());
    if (parsed.help) {
      output.out(usage());
      return 0;
    }
    await report(parsed.options, output);
    return 0;
  } catch (error) {
    if (!isCliError(error)) throw error;
    for (const line of terminalLines(`error: ${error.message}`)) output.err(line);
    return error.exitCode;
  }
}

/** `npm run report | head -2`: the reader left; the rest of the output has nowhere to go, which is no error. */
function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

async function report(options: ReportOptions, output: Output): Promise<void> {
  const root = projectRoot();
  const notes: string[] = [];
  let { data, spend } = options;
  let sampleLine: string | null = null;
  if (data === null) {
    const sample = SAMPLES[options.lang];
    data = path.join(root, sample.data);
    if (spend === null && sample.spend !== null) spend = path.join(root, sample.spend);
    const which = [sample.data, ...(options.spend === null && sample.spend !== null ? [sample.spend] : [])];
    sampleLine = `No --data: using the bundled sample ${which.join(' + ')} (--lang ${options.lang}).`;
  }
  const bundleFile = options.bundle ?? path.join(root, 'dist/Code.js');
  await checkOut(options, [
    ['--data', data],
    ['--spend', spend],
    ['--targets', options.targets],
    ['--bundle', bundleFile],
  ]);
  // Said once --out is known to be safe: a refused command prints nothing but its error.
  if (sampleLine !== null) output.out(sampleLine);
  // The DuckDB engine builds the report in this process from SQL figures: no add-on bundle runs.
  const code = options.engine === 'duckdb' ? '' : await readBundle(bundleFile);
  const maxBytes = maxInputBytes();
  const read = async (file: string | null): Promise<Table | null> => {
    if (file === null) return null;
    const table = await readTable(file, {
      fallbackEncoding: conventionsOf(options.lang).legacyEncoding,
      lang: options.lang,
      maxBytes,
    });
    if (table.note !== null) notes.push(table.note);
    return table;
  };
  if (options.engine === 'duckdb') {
    await reportFromDuckdb(options, { data, spend, targets: await read(options.targets) }, notes, output);
    return;
  }
  const sales = (await read(data)) as Table;
  const spendTable = await read(spend);
  const targets = await read(options.targets);

  const run = runReport({
    code,
    lang: options.lang,
    locale: options.locale,
    timeZone: options.timeZone,
    sales,
    spend: spendTable,
    targets,
    period: options.period,
    reportPeriod: options.reportPeriod,
    asOf: options.asOf,
    columns: options.columns,
    statuses: options.statuses,
  });
  const reportSheet = run.reportSheets[0];
  const snapshot = run.env.snapshot();
  const leftOut = await save(options.out, () =>
    writeWorkbook(snapshot, options.out, {
      ...(reportSheet === undefined ? {} : { activeSheet: reportSheet }),
      fitToPageWidth: run.reportSheets,
    }),
  );

  const rows = [
    `${run.rows.sales} sales`,
    ...(run.rows.spend === null ? [] : [`${run.rows.spend} spend`]),
    ...(run.rows.targets === null ? [] : [`${run.rows.targets} targets`]),
  ];
  const say = (text: string) => {
    for (const line of terminalLines(text)) output.out(line);
  };
  say(`Wrote ${displayPath(options.out)}`);
  say(`  sheets: ${snapshot.sheets.map((sheet) => sheet.name).join(', ')}`);
  say(`  report period: ${describePeriod(options, run.env.timeZone)}`);
  say(`  rows read: ${rows.join(', ')}`);
  for (const note of [...notes, ...leftOut.map((line) => `left out of the .xlsx: ${line}`)]) {
    say(`note: ${note}`);
  }
}

/** `--engine duckdb`: DuckDB reads the log and spend files and computes the KPIs in SQL (tools/report/duckdbReport.ts). */
async function reportFromDuckdb(
  options: ReportOptions,
  files: { data: string; spend: string | null; targets: Table | null },
  notes: string[],
  output: Output,
): Promise<void> {
  const { runDuckdbReport } = await import('./duckdbReport.js');
  const run = await runDuckdbReport({
    ...files,
    lang: options.lang,
    locale: options.locale,
    timeZone: options.timeZone,
    period: options.period,
    reportPeriod: options.reportPeriod,
    asOf: options.asOf,
    columns: options.columns,
    statuses: options.statuses,
  });
  const snapshot = run.env.snapshot();
  const leftOut = await save(options.out, () =>
    writeWorkbook(snapshot, options.out, {
      activeSheet: run.reportSheets[0],
      fitToPageWidth: run.reportSheets,
    }),
  );
  const say = (text: string) => {
    for (const line of terminalLines(text)) output.out(line);
  };
  say(`Wrote ${displayPath(options.out)}`);
  say(`  sheets: ${snapshot.sheets.map((sheet) => sheet.name).join(', ')}`);
  say(`  report period: ${describePeriod(options, run.env.timeZone)}`);
  say(`  engine: duckdb (KPIs computed in SQL; the log is not copied into the workbook)`);
  for (const note of [...notes, ...leftOut.map((line) => `left out of the .xlsx: ${line}`)]) {
    say(`note: ${note}`);
  }
}

/**
 * Refuses an `--out` that is one of the input files, however it is named (another relative path, a symbolic
 * link, another case on a case-insensitive disk, a hard link: the same file on the same device), and an existing
 * `--out` without `--force`.
 *
 * @throws UsageError (exit code 2) saying which input it is, or that --force replaces it.
 */
async function checkOut(
  options: ReportOptions,
  inputs: [flag: string, file: string | null][],
): Promise<void> {
  const m = cliMessages[options.lang];
  const shown = quotable(displayPath(options.out), 200);
  const out = await identity(options.out);
  if (out === null) return; // nothing there: nothing to lose
  for (const [flag, file] of inputs) {
    if (file === null) continue;
    const input = await identity(file);
    if (input !== null && input.dev === out.dev && input.ino === out.ino) {
      throw new UsageError(m.outIsInput(shown, flag));
    }
  }
  if (!options.force) throw new UsageError(m.outExists(shown));
}

/** The device and inode a path leads to (through symbolic links), or null when nothing is there. */
async function identity(file: string): Promise<{ dev: number; ino: number } | null> {
  try {
    const info = await stat(file);
    return { dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

/** The report period in words: the one asked for, else the add-on's default (the period of the as-of day). */
function describePeriod(options: ReportOptions, timeZone: string): string {
  const type = options.period ?? 'month';
  if (options.reportPeriod !== null) {
    const period = parsePeriodLabel(options.reportPeriod);
    return `${period === null ? options.reportPeriod : periodLabel(period)} (${type})`;
  }
  const asOf = options.asOf ?? todayIn(timeZone);
  const [year, month, day] = asOf.split('-').map(Number);
  const current = periodLabel(periodOf(type, dayFromCivil(year, month, day)));
  return `the add-on's default for ${type}s, as of ${asOf} (${current})`;
}

const isEntry =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exitCode = await main(process.argv.slice(2));
