// What every build script shares (build.mjs, src/sidebar/build.mjs, tools/build.mjs, playground/build.mjs and
// start.mjs, test/bundle/globalSetup.ts):
//   BuildError         a problem the user can fix, printed without a stack trace;
//   writeAtomic        a file written whole or not at all, so a test or a playground reading dist/ never sees half;
//   esbuildMessages    esbuild's errors as `file:line: text` lines;
//   isDistStale        the one "is dist/ older than what it is built from" check, with its one list of inputs;
//   runAddonBuild      `node build.mjs` in a child process (output captured), for callers that rebuild when stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `node build.mjs` reads: when any of it is newer than an output, dist/ is stale. */
export const ADDON_INPUTS = Object.freeze([
  'src',
  'build.mjs',
  'scripts',
  'appsscript.json',
  'package-lock.json',
]);
/** What `node build.mjs` writes (dist/tools/ and dist/playground/ are rebuilt by their own commands every time). */
export const ADDON_OUTPUTS = Object.freeze(['dist/Code.js', 'dist/appsscript.json', 'dist/Sidebar.html']);

/** A build problem the user can fix: printed without a stack trace. */
export class BuildError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BuildError';
  }
}

/**
 * Writes a file whole or not at all: a temporary file next to it, then renamed over it.
 * @param {string} file The file to write.
 * @param {string | Uint8Array} contents Text (written as UTF-8) or bytes.
 * @returns {Promise<void>}
 * @example await writeAtomic('dist/Code.js', code) //=> undefined, dist/Code.js holds code
 */
export async function writeAtomic(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents, typeof contents === 'string' ? 'utf8' : undefined);
  await rename(temporary, file);
}

/**
 * Copies a file whole or not at all (as writeAtomic).
 * @param {string} from The file to copy.
 * @param {string} to Where.
 * @returns {Promise<void>}
 */
export async function copyAtomic(from, to) {
  const temporary = `${to}.${process.pid}.tmp`;
  await copyFile(from, temporary);
  await rename(temporary, to);
}

/**
 * The lines of an esbuild failure (or of any other error thrown while building): `file:line: text` where esbuild
 * knows the place, else its text or the error's message.
 * @param {any} error What esbuild's build() or transform() threw.
 * @returns {string[]}
 * @example esbuildMessages({ errors: [{ text: 'x', location: { file: 'a.ts', line: 3 } }] }) //=> ['a.ts:3: x']
 */
export function esbuildMessages(error) {
  const errors = Array.isArray(error?.errors) && error.errors.length > 0 ? error.errors : [error];
  return errors.map((e) =>
    e?.location ? `${e.location.file}:${e.location.line}: ${e.text}` : (e?.text ?? e?.message ?? String(e)),
  );
}

/**
 * Runs esbuild and turns its failure into a BuildError naming what could not be bundled.
 * @template T
 * @param {string} what What is bundled, for the message (e.g. "src/index.ts").
 * @param {() => Promise<T>} run The esbuild call.
 * @returns {Promise<T>}
 */
export async function bundleOrFail(what, run) {
  try {
    return await run();
  } catch (error) {
    throw new BuildError(`esbuild could not bundle ${what}:\n  ${esbuildMessages(error).join('\n  ')}`);
  }
}

/**
 * The newest modification time under a file or folder, in ms.
 * @param {string} target A file or folder.
 * @returns {number}
 */
export function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
  return max;
}

/**
 * Whether some output is missing or older than one of the inputs (relative paths under root).
 * @param {{ root?: string, inputs?: readonly string[], outputs?: readonly string[] }} [options] The add-on's
 *   build (ADDON_INPUTS → ADDON_OUTPUTS under ROOT) unless told otherwise.
 * @returns {boolean}
 * @example isDistStale() //=> false right after `node build.mjs`
 */
export function isDistStale({ root = ROOT, inputs = ADDON_INPUTS, outputs = ADDON_OUTPUTS } = {}) {
  const built = outputs.map((o) => path.join(root, o));
  if (!built.every((o) => existsSync(o))) return true;
  const oldest = Math.min(...built.map((o) => statSync(o).mtimeMs));
  return inputs
    .map((i) => path.join(root, i))
    .filter((i) => existsSync(i))
    .some((i) => newest(i) > oldest);
}

/**
 * Runs `node build.mjs` in a child process, its output captured.
 * @returns {{ status: number | null, stdout: string, stderr: string }} The exit status and what it printed.
 */
export function runAddonBuild() {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}
