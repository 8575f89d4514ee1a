import { describe, expect, it } from 'vitest';
import type { TotalField } from '../../../src/kpi/engine/totals';
import { KPIS } from '../../../src/kpi/kpis';
import { createStatusClassifier } from '../../../src/kpi/log/statusClass';
import { KPI_SQL, totalColumn } from '../../../src/kpi/sql/kpiSqlExpressions';
import { DUCKDB } from '../../../src/kpi/sql/sqlDialect';
import { statusKeyClasses } from '../../../src/kpi/sql/statusCaseSql';

describe('KPI_SQL', () => {
  for (const k of KPIS) {
    it(`reads the totals the registry says ${k.key} reads`, () => {
      const read = new Set<TotalField>();
      const previous = new Set<TotalField>();
      KPI_SQL[k.key]({
        t: (f) => {
          read.add(f);
          return totalColumn(f);
        },
        previous: (f) => {
          previous.add(f);
          return `prev_${f}`;
        },
        d: DUCKDB,
      });
      expect([...read].sort()).toEqual([...k.reads].sort());
      expect([...previous].sort()).toEqual([...(k.readsPrevious ?? [])].sort());
    });
  }
});

describe('statusKeyClasses', () => {
  it('classes every key as the JS classifier does, with the user’s words winning', () => {
    const extra = { lost: ['Спам', 'Paid'], won: ['Отгружен, оплачен'] };
    const classify = createStatusClassifier(extra);
    const known = statusKeyClasses(extra);
    expect(known.get('paid')).toBe('lost');
    for (const [key, statusClass] of known) expect(classify(key)).toBe(statusClass);
  });
});
