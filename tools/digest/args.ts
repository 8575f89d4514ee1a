import path from 'node:path';
import { parseArgs, type ReportOptions } from '../report/args.js';
import { UsageError } from '../report/errors.js';

/** What `npm run digest` was asked to do: the report's options, and the e-mail's files. */
export interface DigestOptions {
  /** The report's inputs and flags, as `npm run report` reads them (its `out` is not used). */
  report: ReportOptions;
  /** The HTML file to write, absolute. */
  html: string;
  /** The plain-text alternative, next to it (`digest.html` → `digest.txt`). */
  text: string;
  force: boolean;
}

export type ParsedDigestArgs = { help: true } | { help: false; options: DigestOptions };

/** The text `--help` prints. */
export function digestUsage(): string {
  return [
    'Writes the e-mail digest of a sales log (what the add-on schedule sends) as an HTML file and its plain text,',
    'built with the add-on (dist/Code.js) in the local Apps Script emulator, as `npm run report` builds the report.',
    '',
    'Usage: npm run digest -- [--data <file>] [--targets <file>] [--as-of YYYY-MM-DD] [--lang en|ru] --out <digest.html>',
    '',
    'Every flag of `npm run report` works here (--spend, --period, --report-period, --locale, --time-zone, --map,',
    '--status, --bundle, --force); --out names the .html file, and the text goes next to it (.txt).',
    'See docs/SCHEDULE.md.',
  ].join('\n');
}

/**
 * Reads the digest CLI's arguments: `--out <file.html>` here, every other flag as `npm run report` reads them.
 *
 * @param argv The arguments after the script name.
 * @param cwd The directory relative paths are read from.
 * @throws UsageError with one line naming the flag and what it needs.
 * @example
 * parseDigestArgs(['--out', 'd.html'], '/tmp').options.text //=> '/tmp/d.txt'
 */
export function parseDigestArgs(argv: readonly string[], cwd: string): ParsedDigestArgs {
  const rest: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (value === undefined || value.trim() === '' || value.startsWith('--'))
        throw new UsageError('--out needs a value: --out <digest.html>');
      if (out !== undefined) throw new UsageError('--out is given twice');
      out = value.trim();
      continue;
    }
    rest.push(arg);
  }
  if (out === undefined)
    throw new UsageError('--out is required: the .html file to write, e.g. --out digest.html');
  if (!/\.html?$/i.test(out)) throw new UsageError(`--out "${out}" must end in .html`);
  const html = path.resolve(cwd, out);
  const parsed = parseArgs([...rest, '--out', path.join(cwd, 'digest-unused.xlsx')], cwd);
  if (parsed.help) return { help: true };
  return {
    help: false,
    options: {
      report: parsed.options,
      html,
      text: html.replace(/\.html?$/i, '.txt'),
      force: parsed.options.force,
    },
  };
}
