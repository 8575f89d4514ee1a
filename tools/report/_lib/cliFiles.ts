import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { displayPath } from './displayPath.js';
import { quotable } from './terminalText.js';

// What the file-writing CLIs (npm run report, npm run digest) share: where they print, today's date, reading the
// built bundle, writing a file, finding the project folder.

/** Where a CLI writes: the console, or a test's buffers. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** The console, a line at a time. */
export const CONSOLE: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Today in a time zone, as `yyyy-mm-dd`.
 * @example todayIn('Europe/Moscow') //=> '2026-11-30'
 */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** The largest bundle read: dist/Code.js is a few hundred KB. */
const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

/** Reads a built Code.js, a missing or odd file said in one line. */
export async function readBundle(file: string): Promise<string> {
  const shown = quotable(displayPath(file), 200);
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError(`${shown} is not a regular file: give a built Code.js`);
    if (info.size > MAX_BUNDLE_BYTES) throw new InputError(`${shown} is too large for a Code.js`);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(`${shown} is missing: build the add-on first (npm run build)`);
    }
    throw new InputError(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

/** Runs the writer, turning the file system's refusals into one line. */
export async function save<T>(file: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = displayPath(file);
    if (code === undefined) throw error;
    if (code === 'ENOENT')
      throw new InputError(`cannot write ${shown}: the folder ${path.dirname(file)} does not exist`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`cannot write ${shown}: permission denied`);
    if (code === 'EISDIR') throw new InputError(`cannot write ${shown}: it is a folder`);
    if (code === 'EBUSY') throw new InputError(`cannot write ${shown}: it is open in another program`);
    if (code === 'ENOSPC') throw new InputError(`cannot write ${shown}: the disk is full`);
    throw new InputError(`cannot write ${shown}: ${(error as Error).message}`);
  }
}

/**
 * The project folder (the one with package.json and samples/), found from this file: tools/report/_lib/ in tests,
 * dist/tools/ when bundled.
 */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'samples'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project folder (package.json + samples/)');
    dir = parent;
  }
  return dir;
}
