import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideAlert } from '../../src/kpi/digest/alertRules.js';
import { digestOf } from '../../src/kpi/digest/digestOf.js';
import { renderDigest } from '../../src/kpi/digest/renderDigest.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { displayPath, userDirectory } from '../report/_lib/displayPath.js';
import { quotable, terminalLines } from '../report/_lib/terminalText.js';
import { InputError, isCliError, UsageError } from '../report/errors.js';
import { maxInputBytes, readTable, type Table } from '../report/loadTable.js';
import { runReport } from '../report/runReport.js';
import { SAMPLES } from '../workbook/samples.js';
import { type DigestOptions, digestUsage, parseDigestArgs } from './args.js';
import { digestSource } from './digestModel.js';

/** Where the CLI writes: the console, or a test's buffers. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `npm run digest`: reads the files, builds the report with the add-on in the emulator (as `npm run report`), and
 * writes the e-mail the schedule would send on its first run in the period (every slip and threshold new) — the HTML
 * body (`--out`) and the plain text next to it — with the same rules and renderer as the add-on (`decideAlert`,
 * `digestOf`, `renderDigest`).
 *
 * @param argv The arguments after the script name.
 * @returns The exit code: 0 written, 1 a file or the report failed, 2 a bad flag. Failures print one line.
 */
export async function main(argv: readonly string[], output: Output = CONSOLE): Promise<number> {
  try {
    const parsed = parseDigestArgs(argv, userDirectory());
    if (parsed.help) {
      output.out(digestUsage());
      return 0;
    }
    await digest(parsed.options, output);
    return 0;
  } catch (error) {
    if (!isCliError(error)) throw error;
    for (const line of terminalLines(`error: ${error.message}`)) output.err(line);
    return error.exitCode;
  }
}

async function digest(options: DigestOptions, output: Output): Promise<void> {
  const o = options.report;
  const root = projectRoot();
  let { data, spend } = o;
  if (data === null) {
    const sample = SAMPLES[o.lang];
    data = path.join(root, sample.data);
    if (spend === null && sample.spend !== null) spend = path.join(root, sample.spend);
    output.out(`No --data: using the bundled sample ${sample.data} (--lang ${o.lang}).`);
  }
  for (const file of [options.html, options.text]) {
    if (!options.force && existsSync(file)) {
      throw new UsageError(`${quotable(displayPath(file), 200)} exists: add --force to replace it`);
    }
    for (const input of [data, spend, o.targets]) {
      if (input !== null && path.resolve(input) === file) {
        throw new UsageError(`--out ${quotable(displayPath(file), 200)} is an input file`);
      }
    }
  }
  const code = await readBundle(o.bundle ?? path.join(root, 'dist/Code.js'));
  const read = async (file: string | null): Promise<Table | null> =>
    file === null
      ? null
      : readTable(file, {
          fallbackEncoding: conventionsOf(o.lang).legacyEncoding,
          lang: o.lang,
          maxBytes: maxInputBytes(),
        });
  const run = runReport({
    code,
    lang: o.lang,
    locale: o.locale,
    timeZone: o.timeZone,
    sales: (await read(data)) as Table,
    spend: await read(spend),
    targets: await read(o.targets),
    period: o.period,
    reportPeriod: o.reportPeriod,
    asOf: o.asOf,
    columns: o.columns,
    statuses: o.statuses,
  });
  const source = digestSource(run, o.lang, o.asOf ?? todayIn(o.timeZone));
  // The e-mail of the schedule's first run in the period: every slip and threshold is new then.
  const { reasons } = decideAlert(source.model, null, 'always');
  const mail = renderDigest(
    digestOf(
      source.model,
      {
        spreadsheetUrl: source.spreadsheetUrl,
        reportUrl: source.reportUrl,
        spreadsheetName: source.spreadsheetName,
        ...(source.reportSheet === null ? {} : { reportSheet: source.reportSheet }),
      },
      reasons,
    ),
  );
  await save(options.html, mail.html);
  await save(options.text, mail.text);
  for (const line of terminalLines(
    `Wrote ${displayPath(options.html)} and ${displayPath(options.text)}\n  subject: ${mail.subject}`,
  ))
    output.out(line);
}

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

async function readBundle(file: string): Promise<string> {
  const shown = quotable(displayPath(file), 200);
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError(`${shown} is not a regular file: give a built Code.js`);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`${shown} is missing: build the add-on first (npm run build)`);
    }
    throw new InputError(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

async function save(file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = displayPath(file);
    if (code === 'ENOENT')
      throw new InputError(`cannot write ${shown}: the folder ${path.dirname(file)} does not exist`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`cannot write ${shown}: permission denied`);
    if (code === 'EISDIR') throw new InputError(`cannot write ${shown}: it is a folder`);
    throw new InputError(`cannot write ${shown}: ${(error as Error).message}`);
  }
}

/** The project folder (package.json + samples/), found from this file (tools/digest/ or dist/tools/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'samples'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('digest CLI: cannot find the project folder (package.json + samples/)');
    dir = parent;
  }
  return dir;
}
