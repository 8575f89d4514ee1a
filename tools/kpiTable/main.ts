import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/kpi/engine/totalsGridRows.js';
import { isCliError, UsageError } from '../report/errors.js';
import { type KpiTableOptions, parseKpiTableArgs, usage } from './args.js';
import { duckdbKpiTable } from './duckdbEngine.js';
import { jsKpiTable } from './jsEngine.js';
import { csvOf } from './writeCsv.js';

/** Where the CLI writes: the console, or a test's buffers. */
export interface Output {
  out(text: string): void;
  err(line: string): void;
}

const CONSOLE: Output = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `npm run kpi-table`: the KPI_TABLE of a sales log as CSV, from the JS engine or DuckDB.
 *
 * @param argv The arguments after the script name.
 * @param output Where to write.
 * @param cwd The directory relative paths are read from.
 * @returns The exit code: 0 written, 1 a file failed, 2 a bad flag.
 */
export async function main(
  argv: readonly string[],
  output: Output = CONSOLE,
  cwd = process.env.INIT_CWD ?? process.cwd(),
): Promise<number> {
  try {
    const parsed = parseKpiTableArgs(argv, cwd);
    if (parsed.help) {
      output.out(`${usage()}\n`);
      return 0;
    }
    const options = parsed.options;
    if (options.out !== null && existsSync(options.out) && !options.force) {
      throw new UsageError(`${options.out} exists: add --force to replace it`);
    }
    const rows = await kpiTableOf(options);
    const csv = csvOf(rows);
    if (options.out === null) output.out(csv);
    else {
      await writeFile(options.out, csv);
      output.err(
        `Wrote ${path.relative(cwd, options.out) || options.out} (${rows.length - 1} rows, engine ${options.engine})`,
      );
    }
    return 0;
  } catch (error) {
    if (!isCliError(error)) throw error;
    output.err(`error: ${error.message}`);
    return error.exitCode;
  }
}

/** The table from the engine the options name. */
export function kpiTableOf(options: KpiTableOptions): Promise<Cell[][]> {
  return options.engine === 'duckdb' ? duckdbKpiTable(options) : jsKpiTable(options);
}

const isEntry =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exitCode = await main(process.argv.slice(2));
