// Vitest global setup: make sure dist/ is built from the current sources before any test reads it.
// `npm test` builds first, so this is a no-op there; a bare `npx vitest run` after editing src/ rebuilds here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUTS = ['dist/Code.js', 'dist/appsscript.json', 'dist/Sidebar.html'];
const INPUTS = ['src', 'build.mjs', 'appsscript.json', 'package-lock.json'];

/** The newest modification time under a file or folder, in ms. */
function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
  return max;
}

/** Whether dist/ is missing or older than anything it is built from. */
export function isDistStale(): boolean {
  const outputs = OUTPUTS.map((o) => path.join(ROOT, o));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  const sources = INPUTS.map((i) => path.join(ROOT, i)).filter(existsSync);
  return sources.some((s) => newest(s) > built);
}

export default function setup(): void {
  // KPI_SKIP_BUILD=1 runs tests that do not read dist/ while the sources do not build (work in progress).
  if (process.env.KPI_SKIP_BUILD === '1' || !isDistStale()) return;
  const run = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(
      `node build.mjs failed (exit ${run.status}); to run tests that do not read dist/ anyway, set KPI_SKIP_BUILD=1:\n${run.stdout}\n${run.stderr}`,
    );
  }
}
