// `npm run kpi-table`: bundles tools/kpiTable/ into dist/tools/kpiTable.mjs (packages stay external: DuckDB loads its
// binary from node_modules) and runs it with the arguments after `--`. See docs/SQL.md.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeAtomic } from '../scripts/buildKit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/tools/kpiTable.mjs');
const result = await build({
  entryPoints: [path.join(ROOT, 'tools/kpiTable/main.ts')],
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
await mkdir(path.dirname(OUT), { recursive: true });
await writeAtomic(OUT, result.outputFiles[0].contents);
const { main } = await import(OUT);
process.exitCode = await main(process.argv.slice(2));
