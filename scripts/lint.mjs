// `npm run lint`: Biome over the whole repository (biome.json), silent when clean. Warnings count as failures
// (--error-on-warnings), so a warning is never left behind in a passing run; on any failure Biome's whole output is
// printed and the exit code is Biome's. Extra arguments go to `biome check` (`npm run lint -- --write`; paths instead
// of the whole repository: `npm run lint -- src/kpi`).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ROOT } from './buildKit.mjs';

const args = process.argv.slice(2);
const paths = args.some((arg) => !arg.startsWith('-')) ? [] : ['.'];
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const run = spawnSync(process.execPath, [biome, 'check', '--error-on-warnings', ...args, ...paths], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (run.error) throw run.error;
if (run.status !== 0) {
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
}
process.exitCode = run.status ?? 1;
