import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import type { KpiSqlRequest } from '../../../src/kpi/sql/kpiSqlRequest';
import { planUpTo, reportSqlPlan } from '../../../src/kpi/sql/reportSql';

// The report's BigQuery queries beyond KPI_TABLE (the grids are KPI_TABLE queries: bigqueryGolden.test.ts), kept as
// one golden file a reviewer reads: the facts and cohort queries are the KPI_TABLE plan cut at a step plus a SELECT,
// so the file shows that plan as one line naming the step, and the SELECTs whole. After a deliberate change:
// UPDATE_GOLDEN=1 npx vitest run test/kpi/sql/bigqueryReportGolden.test.ts, then read the diff.

const REQUEST: KpiSqlRequest = {
  table: 'my-project.sales.orders',
  columns: {
    date: 'closed_at',
    created: 'created_at',
    amount: 'amount',
    status: 'stage',
    id: 'deal_id',
    customer: 'company',
    rep: 'owner',
    channel: 'source',
  },
  dateKinds: { date: 'timestamp', created: 'timestamp' },
  timeZone: 'Europe/Moscow',
  spend: {
    table: 'my-project.marketing.ad_spend',
    columns: { date: 'month', spend: 'cost', channel: 'source' },
  },
};
const PERIOD = parsePeriodLabel('2026-11')!;
const FILE = fileURLToPath(new URL('./golden/bigquery-report-queries.sql', import.meta.url));

function goldenText(): string {
  const plan = reportSqlPlan(REQUEST, PERIOD, dayFromCivil(2026, 11, 20), 'bigquery');
  const cut = (sql: string) => {
    for (const [step, period] of [
      ['bounds', PERIOD], // the longer cut first: it starts with the shorter one
      ['entries', PERIOD],
    ] as const) {
      const prefix = planUpTo(REQUEST, period, step, 'bigquery');
      if (sql.startsWith(prefix))
        return `-- WITH … (the KPI_TABLE plan by ${period.type} up to its ${step} step)\n${sql.slice(prefix.length)}`;
    }
    return sql;
  };
  return (['facts', 'cohortSizes', 'cohortBuyers', 'statusCounts', 'spendFacts'] as const)
    .map((key) => `-- ${key}\n${cut(plan.queries[key]!)};\n`)
    .join('\n');
}

describe('the report’s BigQuery queries', () => {
  it('match their golden file', () => {
    const text = goldenText();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(FILE)) writeFileSync(FILE, text);
    expect(text).toBe(readFileSync(FILE, 'utf8'));
    expect(text).not.toContain('WITH\n'); // every plan prefix was recognised and shown as one line
  });
});
