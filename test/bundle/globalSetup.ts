// Vitest global setup: make sure dist/ is built from the current sources before any test reads it.
// `npm test` builds first, so this is a no-op there; a bare `npx vitest run` after editing src/ rebuilds here.
// The staleness check is scripts/buildKit.mjs's, the one `npm run report` uses (same inputs, same outputs).
import { isDistStale, runAddonBuild } from '../../scripts/buildKit.mjs';

export { isDistStale };

export default function setup(): void {
  // KPI_SKIP_BUILD=1 runs tests that do not read dist/ while the sources do not build (work in progress).
  if (process.env.KPI_SKIP_BUILD === '1' || !isDistStale()) return;
  const run = runAddonBuild();
  if (run.status !== 0) {
    throw new Error(
      `node build.mjs failed (exit ${run.status}); to run tests that do not read dist/ anyway, set KPI_SKIP_BUILD=1:\n${run.stdout}\n${run.stderr}`,
    );
  }
}
