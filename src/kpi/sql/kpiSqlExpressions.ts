import type { TotalField } from '../engine/totals';
import type { KpiKey } from '../kpis';
import type { SqlDialect } from './sqlDialect';

/** Reads a total of the period (`t`) or of the period before (`previous`) as an SQL expression. */
export interface TotalsSql {
  t(field: TotalField): string;
  previous(field: TotalField): string;
  d: SqlDialect;
}

/**
 * Each KPI of the registry as SQL over the totals of its period, the same formula as its `compute` (the maths of
 * `src/kpi/formulas/`): a difference of sums, or a ratio through the dialect's safe division (blank when the
 * denominator is 0). Typed by `KpiKey`, so a KPI added to the registry does not compile until it has its SQL; a
 * test checks that each expression reads exactly the totals its registry entry `reads` (and `readsPrevious`).
 * Which KPIs are blank (a missing need) and which drop float noise (additive) comes from the registry itself.
 */
export const KPI_SQL: Readonly<Record<KpiKey, (s: TotalsSql) => string>> = {
  revenue: ({ t }) => `(${t('gross')} - ${t('returnsAmount')})`,
  gross: ({ t }) => t('gross'),
  returns_amount: ({ t }) => t('returnsAmount'),
  orders: ({ t }) => t('won'),
  units: ({ t }) => t('units'),
  average_check: ({ t, d }) => d.divide(t('gross'), t('won')),
  deals: ({ t }) => t('deals'),
  conversion: ({ t, d }) => d.divide(t('won'), t('deals')),
  win_rate: ({ t, d }) => d.divide(t('won'), t('wonOrLost')),
  refusal_rate: ({ t, d }) => d.divide(t('lost'), t('deals')),
  return_rate: ({ t, d }) => d.divide(t('returnRows'), t('won')),
  customers: ({ t }) => t('customers'),
  new_customers: ({ t }) => t('newCustomers'),
  retention: ({ t, previous, d }) => d.divide(t('retained'), previous('customers')),
  spend: ({ t }) => t('spend'),
  romi: ({ t, d }) => d.divide(`(${t('gross')} - ${t('returnsAmount')} - ${t('spend')})`, t('spend')),
  cac: ({ t, d }) => d.divide(t('spend'), t('newCustomers')),
  returning_customers: ({ t }) => `(${t('customers')} - ${t('newCustomers')})`,
  sales_cycle: ({ t }) => `(CASE WHEN ${t('cycleDeals')} > 0 THEN ${t('cycleMedian')} END)`,
  open_pipeline: ({ t }) => t('openAmount'),
};

/**
 * The result column of a total: `t_` and the field in snake case.
 *
 * @example
 * totalColumn('returnsAmount') //=> 't_returns_amount'
 */
export function totalColumn(field: TotalField): string {
  return `t_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}
