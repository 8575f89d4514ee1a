// The sidebar's build step (build.mjs runs it): src/sidebar/ → dist/Sidebar.html, one self-contained file.
//   main.ts (and what it imports from src/kpi) → esbuild, minified, inlined in a <script>;
//   styles/*.css → joined in file-name order (1-page.css first), esbuild's CSS minifier, inlined in a <style>;
//   Sidebar.html → the page, whose two `<!-- inline … -->` markers take them.
// Apps Script serves the file as it is (HtmlService.createHtmlOutputFromFile('Sidebar')); the sidebar may load
// nothing from elsewhere, so the step fails when the page would (a src/href to a URL, an @import, a url()).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { BuildError, bundleOrFail, writeAtomic } from '../../scripts/buildKit.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const OUT = path.join(ROOT, 'dist/Sidebar.html');
/** The sidebar is loaded each time it opens: keep it small. */
/**
 * The sidebar's stylesheet: the files of styles/, one concept each, joined in file-name order (`1-page.css` first),
 * as one file would be.
 * @returns {Promise<string>} The CSS text.
 */
async function stylesheet() {
  const folder = path.join(HERE, 'styles');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.css')).sort();
  if (names.length === 0) throw new BuildError('src/sidebar/styles/ holds no .css file');
  const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  return texts.join('\n');
}

export const MAX_SIDEBAR_BYTES = 100 * 1024;

/**
 * Builds dist/Sidebar.html.
 * @param {string[]} report Lines for the build summary.
 */
export async function buildSidebar(report) {
  const html = await sidebarHtml();
  // Whole or not at all (as build.mjs writes Code.js): a test reading dist/ meanwhile never sees half a page.
  await writeAtomic(OUT, html);
  const bytes = Buffer.byteLength(html, 'utf8');
  report.push(`${path.relative(process.cwd(), OUT)}  ${(bytes / 1024).toFixed(1)} KB, self-contained`);
}

/**
 * The page's text, inlined and checked (a problem throws scripts/buildKit.mjs's BuildError).
 * @returns {Promise<string>}
 */
export async function sidebarHtml() {
  const result = await bundleOrFail('src/sidebar/main.ts', () =>
    build({
      entryPoints: [path.join(HERE, 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020', // the browsers Google Sheets supports
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
      tsconfig: path.join(HERE, 'tsconfig.json'),
      write: false,
      logLevel: 'silent',
    }),
  );
  const script = result.outputFiles[0].text;
  const css = (await transform(await stylesheet(), { loader: 'css', minify: true })).code;
  const template = await readFile(path.join(HERE, 'Sidebar.html'), 'utf8');
  const markers = ['<!-- inline: styles/*.css -->', '<!-- inline: main.ts -->'];
  for (const marker of markers) {
    if (template.split(marker).length !== 2)
      throw new BuildError(`src/sidebar/Sidebar.html needs "${marker}" once`);
  }
  // `</script` or `</style` inside the code would end the element early.
  const html = template
    .replace(markers[0], () => `<style>${css.trim().replace(/<\/style/gi, '<\\/style')}</style>`)
    .replace(markers[1], () => `<script>${script.trim().replace(/<\/script/gi, '<\\/script')}</script>`);
  const problems = externalReferences(html);
  if (problems.length > 0) {
    throw new BuildError(`dist/Sidebar.html must load nothing from elsewhere; found: ${problems.join(', ')}`);
  }
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_SIDEBAR_BYTES) {
    throw new BuildError(
      `dist/Sidebar.html is ${bytes} bytes, over ${MAX_SIDEBAR_BYTES}: look for a large import.`,
    );
  }
  return html;
}

/**
 * What in a page would fetch something: src/href attributes, CSS @import and url() (data: URLs aside).
 * @param {string} html
 * @returns {string[]}
 */
export function externalReferences(html) {
  const found = [];
  for (const m of html.matchAll(/<[a-z][^>]*\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) found.push(m[1]);
  for (const m of html.matchAll(/@import\s+[^;]+/gi)) found.push(m[0]);
  for (const m of html.matchAll(/url\(\s*["']?(?!data:)([^"')]+)/gi)) found.push(`url(${m[1]})`);
  return found;
}
