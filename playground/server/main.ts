import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang, type Lang } from '../../src/kpi/i18n/lang.js';
import { displayPath, userDirectory } from '../../tools/report/_lib/displayPath.js';
import { quotable, terminalLines } from '../../tools/report/_lib/terminalText.js';
import { isCliError, UsageError } from '../../tools/report/errors.js';
import { createWorkbook } from './demoWorkbook.js';
import { type PlaygroundServer, startServer } from './server.js';

export interface PlaygroundOptions {
  lang: Lang;
  data: string | null;
  spend: string | null;
  port: number;
}

const USAGE = [
  'Runs the add-on (dist/Code.js) in the local Apps Script emulator and shows it in the browser.',
  '',
  'Usage: npm start [-- --data <sales.csv|.xlsx>] [--spend <spend.csv|.xlsx>] [--lang en|ru]',
  '',
  '  --data <file>   your sales log; without it, the bundled sample of --lang',
  '  --spend <file>  marketing spend (Date, Channel, Spend)',
  '  --lang <en|ru>  language of the user and the sheets (default: en)',
  '  PORT=<n>        the port to serve on, on 127.0.0.1 only (default: 8080; 0 = any free port)',
].join('\n');

/**
 * Reads the playground's arguments.
 *
 * @throws UsageError with one line for an unknown flag or a missing value.
 * @example
 * parsePlaygroundArgs(['--lang', 'ru'], {}, '/tmp').lang //=> 'ru'
 */
export function parsePlaygroundArgs(
  argv: readonly string[],
  environment: Record<string, string | undefined>,
  cwd: string,
): PlaygroundOptions | 'help' {
  const options: PlaygroundOptions = { lang: 'en', data: null, spend: null, port: 8080 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!['--data', '--spend', '--lang'].includes(name)) {
      throw new UsageError(`unknown argument ${quotable(arg)}: see npm start -- --help`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new UsageError(`${name} needs a value`);
    if (name === '--lang') {
      if (!isLang(value)) throw new UsageError(`--lang "${quotable(value)}" is not en or ru`);
      options.lang = value;
    } else {
      options[name === '--data' ? 'data' : 'spend'] = path.resolve(cwd, value);
    }
  }
  const port = environment.PORT;
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new UsageError(`PORT "${port}" is not a port number (0-65535)`);
    options.port = Number(port);
  }
  return options;
}

/**
 * `npm start`: builds the workbook, serves it and prints the URL. Resolves with the running server, or with an
 * exit code when it cannot start (one line on stderr: 1 a file or the port, 2 a bad argument).
 */
export async function main(argv: readonly string[]): Promise<PlaygroundServer | number> {
  try {
    const parsed = parsePlaygroundArgs(argv, process.env, userDirectory());
    if (parsed === 'help') {
      console.log(USAGE);
      return 0;
    }
    const root = projectRoot();
    const workbook = await createWorkbook({ root, ...parsed });
    let playground: PlaygroundServer;
    try {
      playground = await startServer(workbook, path.join(root, 'dist/playground'), parsed.port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') {
        console.error(`error: port ${parsed.port} is in use: try PORT=8081 npm start`);
        return 1;
      }
      throw error;
    }
    const { env } = workbook;
    const say = (text: string) => {
      for (const line of terminalLines(text)) console.log(line);
    };
    for (const note of workbook.notes) say(`note: ${note}`);
    say(`Sales KPI playground: ${workbook.sources.map((file) => displayPath(file)).join(' + ')}`);
    say(`  sheets: ${env.book.sheets.map((s) => s.name).join(', ')}`);
    say(`  open ${playground.url}  (Ctrl+C stops it; edits live as long as the server)`);
    return playground;
  } catch (error) {
    if (!isCliError(error)) throw error;
    for (const line of terminalLines(`error: ${error.message}`)) console.error(line);
    return error.exitCode;
  }
}

/** The project folder (package.json + samples/), found from this file (playground/server/ or dist/playground/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'samples'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('playground: cannot find the project folder (package.json + samples/)');
    dir = parent;
  }
  return dir;
}
