import { describe, expect, it } from 'vitest';
import { KPIS } from '../../../src/kpi/kpis';
import { KPI_NEEDS, missingInputs } from '../../../src/kpi/report/kpiNeeds';
import type { KpiInputs, Totals } from '../../../src/kpi/totals';

const ALL: KpiInputs = { hasStatus: true, hasCustomer: true, hasQuantity: true, hasSpend: true };
const FLAGS = {
  quantity: 'hasQuantity',
  status: 'hasStatus',
  customer: 'hasCustomer',
  spend: 'hasSpend',
} as const;
/** Totals of 2 everywhere (customers 3, so retention is not 0/0): every KPI computes when its inputs exist. */
const totals = new Proxy({}, { get: (_, key) => (key === 'customers' ? 3 : 2) }) as Totals;

describe('KPI_NEEDS', () => {
  it('agrees with the registry: a KPI is blank exactly when one of its inputs is missing', () => {
    for (const k of KPIS) {
      expect(k.compute(totals, totals, ALL), k.key).not.toBeNull();
      for (const [input, flag] of Object.entries(FLAGS)) {
        const blank = k.compute(totals, totals, { ...ALL, [flag]: false }) === null;
        expect(blank, `${k.key} without ${input}`).toBe(KPI_NEEDS[k.key].includes(input as never));
      }
    }
  });

  it('names what is missing', () => {
    expect(missingInputs('cac', { ...ALL, hasSpend: false, hasCustomer: false })).toEqual([
      'spend',
      'customer',
    ]);
    expect(missingInputs('revenue', { ...ALL, hasSpend: false })).toEqual([]);
  });
});
