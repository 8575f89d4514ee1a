// `npm run digest`: makes sure dist/Code.js is fresh (rebuilding it quietly when src/ changed), bundles the tools
// into dist/tools/ and runs the digest CLI (tools/digest/main.ts) with the arguments after `--`. See docs/SCHEDULE.md.
import { buildTools, ensureAddonBuilt } from './build.mjs';

ensureAddonBuilt();
await buildTools();
const { main } = await import('../dist/tools/digest.mjs');
process.exitCode = await main(process.argv.slice(2));
