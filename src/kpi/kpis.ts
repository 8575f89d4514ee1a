import type { KpiInputs, KpiNeed, Totals } from './engine/totals';
import { averageCheck } from './formulas/averageCheck';
import { cac } from './formulas/cac';
import { conversionRate } from './formulas/conversionRate';
import { ratio } from './formulas/ratio';
import { refusalRate } from './formulas/refusalRate';
import { returningCustomers } from './formulas/returningCustomers';
import { returnRate } from './formulas/returnRate';
import { romi } from './formulas/romi';
import { salesVolume } from './formulas/salesVolume';
import type { KpiDefinition, KpiKey } from './kpiDefinition';

/** The registry's types live in `kpiDefinition.ts`; import them from here. */
export type { Direction, KpiDefinition, KpiKey, KpiUnit } from './kpiDefinition';

const kpi = (definition: KpiDefinition): KpiDefinition => Object.freeze(definition);

/** The KPI registry (spec §2). Adding a KPI is one entry here. */
export const KPIS: readonly KpiDefinition[] = Object.freeze([
  kpi({
    key: 'revenue',
    names: { en: 'Sales volume', ru: 'Объём продаж' },
    formula: { en: 'gross sales − returns', ru: 'валовые продажи − возвраты' },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'money',
    needs: [],
    reads: ['gross', 'returnsAmount'],
    compute: (t) => salesVolume(t.gross, t.returnsAmount),
  }),
  kpi({
    key: 'gross',
    names: { en: 'Gross sales', ru: 'Валовые продажи' },
    formula: { en: 'Σ amount of won rows', ru: 'Σ сумм успешных строк' },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'money',
    needs: [],
    reads: ['gross'],
    compute: (t) => t.gross,
  }),
  kpi({
    key: 'returns_amount',
    names: { en: 'Returns', ru: 'Возвраты' },
    formula: {
      en: 'Σ returned amounts (negative amounts and “returned” rows) dated in the period',
      ru: 'Σ сумм возвратов (отрицательные суммы и строки «возврат») с датой в периоде',
    },
    direction: 'lower',
    additive: true,
    flow: true,
    quarterSumsMonths: false,
    unit: 'money',
    needs: [],
    reads: ['returnsAmount'],
    compute: (t) => t.returnsAmount,
  }),
  kpi({
    key: 'orders',
    names: { en: 'Orders', ru: 'Продажи (заказы)' },
    formula: { en: 'count of won rows (distinct IDs)', ru: 'число успешных строк (разных ID)' },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'count',
    needs: [],
    reads: ['won'],
    compute: (t) => t.won,
  }),
  kpi({
    key: 'units',
    names: { en: 'Units', ru: 'Количество' },
    formula: { en: 'Σ quantity of won rows', ru: 'Σ количества в успешных строках' },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'count',
    needs: ['quantity'],
    reads: ['units'],
    compute: (t) => t.units,
  }),
  kpi({
    key: 'average_check',
    names: { en: 'Average check', ru: 'Средний чек' },
    formula: { en: 'gross sales / orders', ru: 'валовые продажи / заказы' },
    direction: 'higher',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'money',
    needs: [],
    reads: ['gross', 'won'],
    compute: (t) => averageCheck(t.gross, t.won),
  }),
  kpi({
    key: 'deals',
    names: { en: 'Deals', ru: 'Сделки' },
    formula: { en: 'count of won + lost + open rows', ru: 'число успешных, проигранных и открытых строк' },
    direction: 'higher',
    additive: true,
    flow: false,
    quarterSumsMonths: false,
    unit: 'count',
    needs: ['status'],
    reads: ['deals'],
    compute: (t) => t.deals,
  }),
  kpi({
    key: 'conversion',
    names: { en: 'Conversion', ru: 'Конверсия' },
    formula: { en: 'won / deals', ru: 'успешные / сделки' },
    direction: 'higher',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    needs: ['status'],
    reads: ['won', 'deals'],
    compute: (t) => conversionRate(t.won, t.deals),
  }),
  kpi({
    key: 'win_rate',
    names: { en: 'Win rate', ru: 'Доля выигранных' },
    formula: { en: 'won / (won + lost)', ru: 'успешные / (успешные + проигранные)' },
    direction: 'higher',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    needs: ['status'],
    reads: ['won', 'wonOrLost'],
    compute: (t) => conversionRate(t.won, t.wonOrLost),
  }),
  kpi({
    key: 'refusal_rate',
    names: { en: 'Refusal rate', ru: 'Доля отказов' },
    formula: { en: 'lost / deals', ru: 'проигранные / сделки' },
    direction: 'lower',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    needs: ['status'],
    reads: ['lost', 'deals'],
    compute: (t) => refusalRate(t.lost, t.deals),
  }),
  kpi({
    key: 'return_rate',
    names: { en: 'Return rate', ru: 'Доля возвратов' },
    formula: { en: 'return rows / orders', ru: 'строки возвратов / заказы' },
    direction: 'lower',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    needs: [],
    reads: ['returnRows', 'won'],
    compute: (t) => returnRate(t.returnRows, t.won),
  }),
  kpi({
    key: 'customers',
    names: { en: 'Customers', ru: 'Клиенты' },
    formula: { en: 'distinct customers with a won row', ru: 'разные клиенты с успешной строкой' },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'count',
    needs: ['customer'],
    reads: ['customers'],
    compute: (t) => t.customers,
  }),
  kpi({
    key: 'new_customers',
    names: { en: 'New customers', ru: 'Новые клиенты' },
    formula: {
      en: 'customers whose first won row in the whole log is in the period',
      ru: 'клиенты, чья первая успешная строка во всём журнале — в этом периоде',
    },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'count',
    needs: ['customer'],
    reads: ['newCustomers'],
    compute: (t) => t.newCustomers,
  }),
  kpi({
    key: 'retention',
    names: { en: 'Customer retention', ru: 'Коэффициент удержания' },
    columnNames: { en: 'Retention', ru: 'Удержание' },
    formula: {
      en: 'customers of the previous period who bought again in this one / customers of the previous period (never above 100 %)',
      ru: 'клиенты предыдущего периода, купившие снова в этом / клиенты предыдущего периода (не больше 100 %)',
    },
    direction: 'higher',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    // Bounded (spec §2 v2): |C(P) ∩ C(P-1)| / |C(P-1)|. A customer back after a gap is not "retained".
    needs: ['customer'],
    reads: ['retained'],
    readsPrevious: ['customers'],
    compute: (t, previous) => ratio(t.retained, previous.customers),
  }),
  kpi({
    key: 'spend',
    names: { en: 'Marketing spend', ru: 'Расходы на маркетинг' },
    formula: { en: 'Σ spend dated in the period', ru: 'Σ расходов с датой в периоде' },
    direction: null,
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'money',
    needs: ['spend'],
    reads: ['spend'],
    compute: (t) => t.spend,
  }),
  kpi({
    key: 'romi',
    names: { en: 'ROMI', ru: 'ROMI' },
    formula: { en: '(sales volume − spend) / spend', ru: '(объём продаж − расходы) / расходы' },
    direction: 'higher',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'ratio',
    needs: ['spend'],
    reads: ['gross', 'returnsAmount', 'spend'],
    compute: (t) => romi(salesVolume(t.gross, t.returnsAmount), t.spend),
  }),
  kpi({
    key: 'cac',
    names: { en: 'CAC', ru: 'Стоимость привлечения' },
    formula: { en: 'spend / new customers', ru: 'расходы / новые клиенты' },
    direction: 'lower',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'money',
    needs: ['spend', 'customer'],
    reads: ['spend', 'newCustomers'],
    compute: (t) => cac(t.spend, t.newCustomers),
  }),
  // Spec v2, appended after CAC so that formulas picking KPI_TABLE's columns by position keep working.
  kpi({
    key: 'returning_customers',
    names: { en: 'Returning customers', ru: 'Повторные клиенты' },
    formula: {
      en: 'customers − new customers: customers of the period who had bought before it',
      ru: 'клиенты − новые клиенты: клиенты периода, покупавшие и раньше',
    },
    direction: 'higher',
    additive: true,
    flow: true,
    quarterSumsMonths: true,
    unit: 'count',
    needs: ['customer'],
    reads: ['customers', 'newCustomers'],
    compute: (t) => returningCustomers(t.customers, t.newCustomers),
  }),
  kpi({
    key: 'sales_cycle',
    names: { en: 'Sales cycle, days', ru: 'Цикл сделки, дней' },
    columnNames: { en: 'Sales cycle (days)', ru: 'Цикл сделки, дней' },
    formula: {
      en: 'median over the won deals of the period of (date − created) in days (a deal with an ID: its first won row)',
      ru: 'медиана (дата − дата создания) в днях по успешным сделкам периода (сделка с ID — по её первой успешной строке)',
    },
    direction: 'lower',
    additive: false,
    flow: false,
    quarterSumsMonths: false,
    unit: 'days',
    needs: ['created'],
    reads: ['cycleMedian', 'cycleDeals'],
    compute: (t) => (t.cycleDeals > 0 ? t.cycleMedian : null),
  }),
  kpi({
    key: 'open_pipeline',
    names: { en: 'Open pipeline', ru: 'Открытые сделки, сумма' },
    formula: {
      en: 'Σ amount of open rows dated in the period (by their expected close date, else created)',
      ru: 'Σ сумм открытых строк с датой в периоде (по предполагаемой дате закрытия, иначе по дате создания)',
    },
    direction: 'higher',
    additive: true,
    flow: false,
    quarterSumsMonths: false,
    unit: 'money',
    needs: ['status'],
    reads: ['openAmount'],
    compute: (t) => t.openAmount,
  }),
]);

/** Every KPI key, in registry order. */
export const KPI_KEYS: readonly KpiKey[] = KPIS.map((k) => k.key);

const BY_KEY = new Map(KPIS.map((k) => [k.key, k]));

/**
 * The definition of a KPI.
 *
 * @param key A KPI key such as `conversion`.
 * @returns Its registry entry; throws for an unknown key (a programmer error).
 * @example
 * kpiDefinition('conversion').names.ru //=> 'Конверсия'
 */
export function kpiDefinition(key: KpiKey): KpiDefinition {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`Unknown KPI key "${key}". Known keys: ${KPI_KEYS.join(', ')}.`);
  return found;
}

/**
 * Whether a text is a KPI key.
 *
 * @example
 * isKpiKey('revenue') //=> true
 */
export function isKpiKey(text: string): text is KpiKey {
  return BY_KEY.has(text as KpiKey);
}

/**
 * What a KPI needs that the inputs lack: empty when it can be computed ("can this KPI be computed from this
 * log?").
 *
 * @param definition The KPI's registry entry.
 * @param inputs What the log and the spend table hold.
 * @returns The missing needs, in the entry's order.
 * @example
 * missingNeeds(kpiDefinition('cac'), { status: true, customer: true, quantity: false, created: false, spend: false }) //=> ['spend']
 */
export function missingNeeds(definition: KpiDefinition, inputs: KpiInputs): KpiNeed[] {
  return definition.needs.filter((need) => !inputs[need]);
}

/**
 * The value of a KPI in one period: blank (null) when the log lacks one of its needs or its formula cannot be
 * computed (a zero denominator).
 *
 * @param definition The KPI's registry entry.
 * @param t The period's totals.
 * @param previous The totals of the period before (all zeros before the first).
 * @param inputs What the log and the spend table hold.
 * @returns The value, or null.
 * @example
 * kpiValue(kpiDefinition('units'), totals, previous, { status: true, customer: true, quantity: false, created: true, spend: false }) //=> null
 */
export function kpiValue(
  definition: KpiDefinition,
  t: Totals,
  previous: Totals,
  inputs: KpiInputs,
): number | null {
  for (const need of definition.needs) if (!inputs[need]) return null;
  return definition.compute(t, previous);
}
