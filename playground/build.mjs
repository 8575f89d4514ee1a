// The playground's build step (`npm start` runs it after `npm run build`): playground/ → dist/playground/.
//   server.mjs   the Node server (playground/server/main.ts), packages external (exceljs, papaparse from node_modules)
//   page.js      the page (playground/page/main.ts), plain DOM, no framework
//   gasShim.js   the google.script.run bridge put into the sidebar's HTML
//   index.html  copied
//   page.css     page/styles/*.css joined in file-name order (1-page.css first)
// Each file is written to a temporary name and renamed (scripts/buildKit.mjs), so a running test never reads half a
// file.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { copyAtomic, writeAtomic } from '../scripts/buildKit.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
export const OUT = path.join(ROOT, 'dist/playground');

/** Builds dist/playground/. */
export async function buildPlayground() {
  const common = { bundle: true, charset: 'utf8', write: false, logLevel: 'silent' };
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: { server: path.join(HERE, 'server/main.ts') },
      outExtension: { '.js': '.mjs' },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: OUT,
      tsconfig: path.join(ROOT, 'tsconfig.json'),
    }),
    build({
      ...common,
      entryPoints: { page: path.join(HERE, 'page/main.ts'), gasShim: path.join(HERE, 'page/gasShim.ts') },
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      outdir: OUT,
      tsconfig: path.join(HERE, 'tsconfig.json'),
    }),
  ]);
  await mkdir(OUT, { recursive: true });
  for (const file of results.flatMap((r) => r.outputFiles)) await writeAtomic(file.path, file.contents);
  await copyAtomic(path.join(HERE, 'page', 'index.html'), path.join(OUT, 'index.html'));
  await writeAtomic(path.join(OUT, 'page.css'), await stylesheet());
}

/**
 * The page's stylesheet: the files of page/styles/, one concept each, joined in file-name order as one file.
 * @returns {Promise<string>} The CSS text.
 */
async function stylesheet() {
  const folder = path.join(HERE, 'page', 'styles');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.css')).sort();
  if (names.length === 0) throw new Error('playground/page/styles/ holds no .css file');
  const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  return texts.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPlayground();
}
