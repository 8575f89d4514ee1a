// Builds the Node-side tools into dist/tools/ (never pushed: .claspignore keeps only the manifest, Code.js and HTML):
//   dist/tools/report.mjs    the `npm run report` CLI (tools/report/main.ts)
//   dist/tools/emulator.mjs  the Apps Script emulator (emulator/index.ts), for bench/ scripts
// Packages stay external (exceljs, papaparse load from node_modules), so this takes a fraction of a second.
// `node tools/build.mjs` also rebuilds dist/Code.js first when src/ changed since it was built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/tools');
const ENTRIES = {
  report: 'tools/report/main.ts',
  emulator: 'emulator/index.ts',
};
/** What dist/Code.js is built from (as test/bundle/globalSetup.ts checks it). */
const ADDON_INPUTS = ['src', 'build.mjs', 'appsscript.json', 'package-lock.json'];
const ADDON_OUTPUTS = ['dist/Code.js', 'dist/appsscript.json'];

/** Bundles the tools into dist/tools/*.mjs (each written to a temporary file, then renamed: never half a file). */
export async function buildTools() {
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)]),
    ),
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  await mkdir(OUT, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
}

/** Rebuilds dist/ (node build.mjs) when it is missing or older than its sources; its output shows only on failure. */
export function ensureAddonBuilt() {
  if (!isAddonStale()) return;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    process.stderr.write('error: the add-on does not build (node build.mjs failed, above)\n');
    process.exit(1);
  }
  process.stdout.write('Rebuilt dist/ (src/ had changed since the last build).\n');
}

function isAddonStale() {
  const outputs = ADDON_OUTPUTS.map((o) => path.join(ROOT, o));
  if (!outputs.every((o) => existsSync(o))) return true;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  return ADDON_INPUTS.map((i) => path.join(ROOT, i))
    .filter((i) => existsSync(i))
    .some((i) => newest(i) > built);
}

function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
  return max;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureAddonBuilt();
  await buildTools();
}
