// The BigQuery flavour of the add-on (issue 16, docs/SQL.md): `node build.mjs --flavour bigquery` builds it into
// dist-bigquery/ from src/bigquery/index.ts (every global of the add-on plus «Отчёт из BigQuery…»), with a manifest
// that enables the BigQuery advanced service and asks for one more scope. The default build (dist/) never has either.

/**
 * The least scope that can run a query: `jobs.query` accepts bigquery, cloud-platform or cloud-platform.read-only,
 * not bigquery.readonly (which reads results and schemas but cannot create a job); of those, bigquery is limited to
 * BigQuery (docs/SQL.md "Which OAuth scope").
 */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

export const BIGQUERY_FLAVOUR = Object.freeze({
  name: 'bigquery',
  dist: 'dist-bigquery',
  entry: 'src/bigquery/index.ts',
  /**
   * The flavour's own size budget: it is the whole add-on (dist/Code.js, 374 KB on 2026-11-30) plus the SQL compiler,
   * the report's queries and the BigQuery dialog: 428 KB measured with the full report from BigQuery (+54 KB over the
   * add-on; the KPI-table-only flavour was ~401 KB), 446 KB once its scheduled run builds from BigQuery too. Loaded like
   * the add-on (~3 ms in a fresh V8 context for 363 KB, build.mjs), so 480 KiB (491,520 bytes) leaves ~45 KB for the
   * add-on's own growth. The add-on's 400 KB stays its own.
   */
  maxBundleBytes: 480 * 1024,
  /** What the build prints after writing the flavour: how to push it (README "Report from BigQuery"). */
  pushHint:
    "\nPush it with clasp from dist-bigquery/ (its own Apps Script project, not the add-on's):\n" +
    '  cd dist-bigquery && npx clasp create-script --type sheets --title "Sales KPI (BigQuery)" --rootDir .  (once)\n' +
    '  cd dist-bigquery && npx clasp push',
  /**
   * The flavour's manifest from the add-on's (already checked): the BigQuery advanced service (v2, as the global
   * `BigQuery`) and its scope added.
   * @param {any} manifest The parsed appsscript.json.
   * @returns {any} A new manifest.
   */
  manifest(manifest) {
    return {
      ...manifest,
      dependencies: {
        ...(manifest.dependencies ?? {}),
        enabledAdvancedServices: [
          ...(manifest.dependencies?.enabledAdvancedServices ?? []),
          { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' },
        ],
      },
      oauthScopes: [...manifest.oauthScopes, BIGQUERY_SCOPE],
    };
  },
});

/**
 * The flavour named by `--flavour <name>` (or `--flavour=<name>`), or null for the default build.
 * @param {readonly string[]} argv
 * @returns {typeof BIGQUERY_FLAVOUR | null}
 */
export function flavourOf(argv) {
  const at = argv.findIndex((arg) => arg === '--flavour' || arg.startsWith('--flavour='));
  if (at === -1) return null;
  const name = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (name === BIGQUERY_FLAVOUR.name) return BIGQUERY_FLAVOUR;
  console.error(`build failed: --flavour "${name ?? ''}" is unknown; the one flavour is bigquery`);
  process.exit(1);
}
