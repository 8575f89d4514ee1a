// `npm run docs:kpis`: rewrites docs/KPIS.md from the KPI registry (src/kpi/kpis.ts). The text is made by
// tools/docs/kpisDoc.ts, bundled here in memory with esbuild; test/docs/kpisDoc.test.ts fails when the file is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  entryPoints: [path.join(root, 'tools/docs/kpisDoc.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { kpisMarkdown, KPIS_DOC_PATH } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
const target = path.join(root, KPIS_DOC_PATH);
await writeFile(target, kpisMarkdown());
console.log(`Wrote ${KPIS_DOC_PATH}.`);
