import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decideAlert } from '../../src/kpi/digest/alertRules.js';
import { digestOf } from '../../src/kpi/digest/digestOf.js';
import { renderDigest } from '../../src/kpi/digest/renderDigest.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { CONSOLE, type Output, projectRoot, readBundle, save, todayIn } from '../report/_lib/cliFiles.js';
import { displayPath, userDirectory } from '../report/_lib/displayPath.js';
import { quotable, terminalLines } from '../report/_lib/terminalText.js';
import { isCliError, UsageError } from '../report/errors.js';
import { maxInputBytes, readTable, type Table } from '../report/loadTable.js';
import { runReport } from '../report/runReport.js';
import { SAMPLES } from '../workbook/samples.js';
import { type DigestOptions, digestUsage, parseDigestArgs } from './args.js';
import { digestSource } from './digestModel.js';

export type { Output } from '../report/_lib/cliFiles.js';

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
  await save(options.html, () => writeFile(options.html, mail.html, 'utf8'));
  await save(options.text, () => writeFile(options.text, mail.text, 'utf8'));
  for (const line of terminalLines(
    `Wrote ${displayPath(options.html)} and ${displayPath(options.text)}\n  subject: ${mail.subject}`,
  ))
    output.out(line);
}
