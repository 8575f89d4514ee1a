import { ratio } from './ratio';

/**
 * CAC, customer acquisition cost: marketing cost per new customer (KPI-SPEC §2 `cac`, §5 `CAC`).
 *
 * @param marketingCost What the marketing cost.
 * @param newCustomers New customers won.
 * @returns `marketingCost / newCustomers`, or null when there are no new customers.
 * @example
 * cac(50000, 40) //=> 1250
 */
export function cac(marketingCost: number, newCustomers: number): number | null {
  return ratio(marketingCost, newCustomers);
}
