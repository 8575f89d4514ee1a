import type { Lang } from './i18n/lang';
import type { KpiInputs, Totals } from './totals';

/** The KPIs of spec §2, in the order of `KPI_TABLE`'s columns and the report's scorecard. */
export type KpiKey =
  | 'revenue'
  | 'gross'
  | 'returns_amount'
  | 'orders'
  | 'units'
  | 'average_check'
  | 'deals'
  | 'conversion'
  | 'win_rate'
  | 'refusal_rate'
  | 'return_rate'
  | 'customers'
  | 'new_customers'
  | 'retention'
  | 'spend'
  | 'romi'
  | 'cac';

/** How a KPI is shown and compared: money (currency format, relative deltas), counts, or ratios (%, pp deltas). */
export type KpiUnit = 'money' | 'count' | 'ratio';

/** Whether a higher or a lower value is better; null where neither is (marketing spend). */
export type Direction = 'higher' | 'lower' | null;

/** One KPI: everything the functions, KPI_TABLE, the report and the sidebar need to know about it. */
export interface KpiDefinition {
  key: KpiKey;
  names: Readonly<Record<Lang, string>>;
  /** A shorter name for table columns (spec §6 heads the retention column "Retention"); default `names`. */
  columnNames?: Readonly<Record<Lang, string>>;
  /** The formula in words, for the report's definitions. */
  formula: Readonly<Record<Lang, string>>;
  direction: Direction;
  /** Summable over days and groups: its forecast is a run rate and a missing quarter/year target sums its months. */
  additive: boolean;
  unit: KpiUnit;
  /**
   * The KPI of one period from that period's totals and the period before's (for retention); null when it
   * cannot be computed: a zero denominator or a missing input column.
   */
  compute: (t: Totals, previous: Totals | null, inputs: KpiInputs) => number | null;
}

/** a / b, or null when b is 0 (spec: a ratio whose denominator is 0 is blank). */
function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

const kpi = (definition: KpiDefinition): KpiDefinition => Object.freeze(definition);

/** The KPI registry (spec §2). Adding a KPI is one entry here. */
export const KPIS: readonly KpiDefinition[] = Object.freeze([
  kpi({
    key: 'revenue',
    names: { en: 'Sales volume', ru: 'Объём продаж' },
    formula: { en: 'gross sales − returns', ru: 'валовые продажи − возвраты' },
    direction: 'higher',
    additive: true,
    unit: 'money',
    compute: (t) => t.gross - t.returnsAmount,
  }),
  kpi({
    key: 'gross',
    names: { en: 'Gross sales', ru: 'Валовые продажи' },
    formula: { en: 'Σ amount of won rows', ru: 'Σ сумм успешных строк' },
    direction: 'higher',
    additive: true,
    unit: 'money',
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
    unit: 'money',
    compute: (t) => t.returnsAmount,
  }),
  kpi({
    key: 'orders',
    names: { en: 'Orders', ru: 'Продажи (заказы)' },
    formula: { en: 'count of won rows (distinct IDs)', ru: 'число успешных строк (разных ID)' },
    direction: 'higher',
    additive: true,
    unit: 'count',
    compute: (t) => t.won,
  }),
  kpi({
    key: 'units',
    names: { en: 'Units', ru: 'Количество' },
    formula: { en: 'Σ quantity of won rows', ru: 'Σ количества в успешных строках' },
    direction: 'higher',
    additive: true,
    unit: 'count',
    compute: (t, _p, inputs) => (inputs.hasQuantity ? t.units : null),
  }),
  kpi({
    key: 'average_check',
    names: { en: 'Average check', ru: 'Средний чек' },
    formula: { en: 'gross sales / orders', ru: 'валовые продажи / заказы' },
    direction: 'higher',
    additive: false,
    unit: 'money',
    compute: (t) => ratio(t.gross, t.won),
  }),
  kpi({
    key: 'deals',
    names: { en: 'Deals', ru: 'Сделки' },
    formula: { en: 'count of won + lost + open rows', ru: 'число успешных, проигранных и открытых строк' },
    direction: 'higher',
    additive: true,
    unit: 'count',
    compute: (t, _p, inputs) => (inputs.hasStatus ? t.deals : null),
  }),
  kpi({
    key: 'conversion',
    names: { en: 'Conversion', ru: 'Конверсия' },
    formula: { en: 'won / deals', ru: 'успешные / сделки' },
    direction: 'higher',
    additive: false,
    unit: 'ratio',
    compute: (t, _p, inputs) => (inputs.hasStatus ? ratio(t.won, t.deals) : null),
  }),
  kpi({
    key: 'win_rate',
    names: { en: 'Win rate', ru: 'Доля выигранных' },
    formula: { en: 'won / (won + lost)', ru: 'успешные / (успешные + проигранные)' },
    direction: 'higher',
    additive: false,
    unit: 'ratio',
    compute: (t, _p, inputs) => (inputs.hasStatus ? ratio(t.won, t.wonOrLost) : null),
  }),
  kpi({
    key: 'refusal_rate',
    names: { en: 'Refusal rate', ru: 'Доля отказов' },
    formula: { en: 'lost / deals', ru: 'проигранные / сделки' },
    direction: 'lower',
    additive: false,
    unit: 'ratio',
    compute: (t, _p, inputs) => (inputs.hasStatus ? ratio(t.lost, t.deals) : null),
  }),
  kpi({
    key: 'return_rate',
    names: { en: 'Return rate', ru: 'Доля возвратов' },
    formula: { en: 'return rows / orders', ru: 'строки возвратов / заказы' },
    direction: 'lower',
    additive: false,
    unit: 'ratio',
    compute: (t) => ratio(t.returnRows, t.won),
  }),
  kpi({
    key: 'customers',
    names: { en: 'Customers', ru: 'Клиенты' },
    formula: { en: 'distinct customers with a won row', ru: 'разные клиенты с успешной строкой' },
    direction: 'higher',
    additive: true,
    unit: 'count',
    compute: (t, _p, inputs) => (inputs.hasCustomer ? t.customers : null),
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
    unit: 'count',
    compute: (t, _p, inputs) => (inputs.hasCustomer ? t.newCustomers : null),
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
    unit: 'ratio',
    // Bounded (spec §2 v2): |C(P) ∩ C(P-1)| / |C(P-1)|. A customer back after a gap is not "retained".
    compute: (t, previous, inputs) =>
      inputs.hasCustomer ? ratio(t.retained, previous?.customers ?? 0) : null,
  }),
  kpi({
    key: 'spend',
    names: { en: 'Marketing spend', ru: 'Расходы на маркетинг' },
    formula: { en: 'Σ spend dated in the period', ru: 'Σ расходов с датой в периоде' },
    direction: null,
    additive: true,
    unit: 'money',
    compute: (t, _p, inputs) => (inputs.hasSpend ? t.spend : null),
  }),
  kpi({
    key: 'romi',
    names: { en: 'ROMI', ru: 'ROMI' },
    formula: { en: '(sales volume − spend) / spend', ru: '(объём продаж − расходы) / расходы' },
    direction: 'higher',
    additive: false,
    unit: 'ratio',
    compute: (t, _p, inputs) =>
      inputs.hasSpend ? ratio(t.gross - t.returnsAmount - t.spend, t.spend) : null,
  }),
  kpi({
    key: 'cac',
    names: { en: 'CAC', ru: 'Стоимость привлечения' },
    formula: { en: 'spend / new customers', ru: 'расходы / новые клиенты' },
    direction: 'lower',
    additive: false,
    unit: 'money',
    compute: (t, _p, inputs) =>
      inputs.hasSpend && inputs.hasCustomer ? ratio(t.spend, t.newCustomers) : null,
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
