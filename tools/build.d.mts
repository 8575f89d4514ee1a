/** Bundles tools/report/main.ts and emulator/index.ts into dist/tools/report.mjs and dist/tools/emulator.mjs. */
export function buildTools(): Promise<void>;
/** Rebuilds dist/ (node build.mjs) when it is missing or older than its sources. */
export function ensureAddonBuilt(): void;
