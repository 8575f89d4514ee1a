import type { KpiKey } from '../kpis';
import type { KpiInputs } from '../totals';
import type { MissingInput } from './reportModel';

/**
 * The inputs each KPI needs beyond a date and an amount (the registry's `compute` gives null without them).
 * `test/kpi/report/kpiNeeds.test.ts` checks this against the registry.
 */
export const KPI_NEEDS: Readonly<Record<KpiKey, readonly MissingInput[]>> = Object.freeze({
  revenue: [],
  gross: [],
  returns_amount: [],
  orders: [],
  units: ['quantity'],
  average_check: [],
  deals: ['status'],
  conversion: ['status'],
  win_rate: ['status'],
  refusal_rate: ['status'],
  return_rate: [],
  customers: ['customer'],
  new_customers: ['customer'],
  retention: ['customer'],
  spend: ['spend'],
  romi: ['spend'],
  cac: ['spend', 'customer'],
});

const INPUT_FLAG: Readonly<Record<MissingInput, keyof KpiInputs>> = Object.freeze({
  quantity: 'hasQuantity',
  status: 'hasStatus',
  customer: 'hasCustomer',
  spend: 'hasSpend',
});

/**
 * What a KPI lacks in a table's inputs: empty when it can be computed.
 *
 * @example
 * missingInputs('cac', { hasStatus: true, hasCustomer: true, hasQuantity: false, hasSpend: false }) //=> ['spend']
 */
export function missingInputs(key: KpiKey, inputs: KpiInputs): MissingInput[] {
  return KPI_NEEDS[key].filter((input) => !inputs[INPUT_FLAG[input]]);
}
