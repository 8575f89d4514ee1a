// The child of `BENCH duckdb`: runs the compiled monthly KPI table of a Parquet log (by a group) in DuckDB and prints
// { ms, rssMb, rows } as JSON, so that its peak RSS is the query's alone. Usage: node duckdbQuery.mjs <engine.mjs> <file> [group]
const [engineFile, data, groupBy = null] = process.argv.slice(2);
const { runDuckdbKpiQuery } = await import(engineFile);
const start = performance.now();
const result = await runDuckdbKpiQuery({
  data,
  spend: null,
  period: 'month',
  groupBy,
  lang: 'en',
  locale: 'en_US',
  timeZone: 'UTC',
  columns: null,
  statuses: null,
  memoryLimit: process.env.BENCH_DUCKDB_MEMORY ?? '4GB',
});
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, rows: result.rows.length }),
);
