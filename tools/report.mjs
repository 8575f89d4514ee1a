// `npm run report`: makes sure dist/Code.js is fresh (rebuilding it quietly when src/ changed), bundles the CLI
// (tools/report/) into dist/tools/report.mjs and runs it with the arguments after `--`. See docs/REPORT-CLI.md.
import { buildTools, ensureAddonBuilt } from './build.mjs';

ensureAddonBuilt();
await buildTools();
const { main } = await import('../dist/tools/report.mjs');
process.exitCode = await main(process.argv.slice(2));
