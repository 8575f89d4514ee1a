// Builds the Node-side tools into dist/tools/ (never pushed: .claspignore keeps only the manifest, Code.js and HTML):
//   dist/tools/report.mjs    the `npm run report` CLI (tools/report/main.ts)
//   dist/tools/emulator.mjs  the Apps Script emulator (emulator/index.ts), for bench/ scripts
// Packages stay external (exceljs, papaparse load from node_modules), so this takes a fraction of a second.
// `node tools/build.mjs` also rebuilds dist/Code.js first when src/ changed since it was built (the staleness check
// of scripts/buildKit.mjs, the one the tests' global setup uses).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isDistStale, runAddonBuild, writeAtomic } from '../scripts/buildKit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/tools');
const ENTRIES = {
  report: 'tools/report/main.ts',
  digest: 'tools/digest/main.ts',
  emulator: 'emulator/index.ts',
};

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
  for (const file of result.outputFiles) await writeAtomic(file.path, file.contents);
}

/** Rebuilds dist/ (node build.mjs) when it is missing or older than its sources; its output shows only on failure. */
export function ensureAddonBuilt() {
  if (!isDistStale()) return;
  const run = runAddonBuild();
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    process.stderr.write('error: the add-on does not build (node build.mjs failed, above)\n');
    process.exit(1);
  }
  process.stdout.write('Rebuilt dist/ (src/ had changed since the last build).\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureAddonBuilt();
  await buildTools();
}
