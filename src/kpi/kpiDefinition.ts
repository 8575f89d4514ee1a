import type { KpiNeed, TotalField, Totals } from './engine/totals';
import type { Lang } from './i18n/lang';

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
  | 'cac'
  | 'returning_customers'
  | 'sales_cycle'
  | 'open_pipeline';

/**
 * How a KPI is shown and compared: money (currency format, relative deltas), counts, ratios (%, pp deltas), or
 * days (a duration: whole days in the report, relative deltas).
 */
export type KpiUnit = 'money' | 'count' | 'ratio' | 'days';

/** Whether a higher or a lower value is better; null where neither is (marketing spend). */
export type Direction = 'higher' | 'lower' | null;

/**
 * One KPI: everything the functions, KPI_TABLE, the report, the sidebar and docs/KPIS.md need to know about it.
 * Adding a KPI is one entry in {@link KPIS} (and its test); nothing else lists KPIs.
 */
export interface KpiDefinition {
  key: KpiKey;
  names: Readonly<Record<Lang, string>>;
  /** A shorter name for table columns (spec §6 heads the retention column "Retention"); default `names`. */
  columnNames?: Readonly<Record<Lang, string>>;
  /** The formula in words, for the report's definitions and docs/KPIS.md. */
  formula: Readonly<Record<Lang, string>>;
  direction: Direction;
  /** Summable over days and groups (sums and counts): the sidebar takes targets per rep for it. */
  additive: boolean;
  /** A flow (spec §3): it accumulates day by day, so its forecast is a run rate (`plan/forecast.ts`). */
  flow: boolean;
  /**
   * A quarter or a year without a target of its own takes the sum of its months' targets (spec §3 `additive
   * KPIs`); false for the others, which take the every-month target when they are not additive (a rate, a
   * median) and none when they are (deals, returns, open pipeline: their targets are set per period type).
   */
  quarterSumsMonths: boolean;
  unit: KpiUnit;
  /** What the log must have beyond a date and an amount: without any of these the KPI is blank (not 0). */
  needs: readonly KpiNeed[];
  /** The totals of the period that `compute` reads. */
  reads: readonly TotalField[];
  /** The totals of the period before that `compute` reads (retention); default none. */
  readsPrevious?: readonly TotalField[];
  /**
   * The KPI of one period from that period's totals and the period before's, when its `needs` are met; null
   * when it cannot be computed (a zero denominator). Calls the shared maths of `formulas/`.
   */
  compute: (t: Totals, previous: Totals) => number | null;
}
