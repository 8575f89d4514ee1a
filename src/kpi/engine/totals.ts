/**
 * The one list of the sums and distinct counts of a period (for the team or one group) that every KPI is computed
 * from, each with what it holds. `computeKpis` builds its accumulators, its zero totals and its `Totals` objects
 * by iterating this list; the KPI registry names the fields each KPI reads. Counts follow spec §1.3: distinct ids
 * when the log has an id column (an empty id counts one), else rows.
 */
export const TOTAL_FIELDS = Object.freeze({
  gross: 'Σ amount of won rows',
  returnsAmount: 'Σ returned amounts of the return rows dated in the period',
  returnRows: 'number of return rows (rows, not ids)',
  won: 'count(won rows)',
  lost: 'count(lost rows)',
  wonOrLost: 'count(won + lost rows)',
  deals: 'count(won + lost + open rows)',
  units: 'Σ quantity of won rows',
  customers: 'distinct customers with a won row',
  newCustomers: 'customers whose first won row (in the whole log, or the group’s rows) is in the period',
  // The numerator of the bounded retention (spec §2 v2): a customer who skipped a period is not retained.
  retained: 'customers of the period who also bought in the period before (same group): |C(P) ∩ C(P-1)|',
  spend: 'Σ marketing spend dated in the period',
  openAmount:
    'Σ amount of open rows (dated by their expected close date, else created; a blank amount adds nothing)',
  cycleDeals:
    'won deals with a created day on or before their date (a deal with an id: at its first won row in the log, or the group’s rows)',
  cycleMedian: 'median of (date − created) in days over those deals; 0 when there is none',
});

/** The name of one total, such as `gross` or `newCustomers`. */
export type TotalField = keyof typeof TOTAL_FIELDS;

/** The totals of one period (and group): one number per field of {@link TOTAL_FIELDS}. */
export type Totals = Record<TotalField, number>;

/** Every total's name, in the order of {@link TOTAL_FIELDS}. */
export const TOTAL_FIELD_NAMES: readonly TotalField[] = Object.freeze(
  Object.keys(TOTAL_FIELDS) as TotalField[],
);

/**
 * What a KPI may need beyond a date and an amount: a log column (status, customer, quantity, created) or a spend
 * table that applies to the rows.
 */
export type KpiNeed = 'status' | 'customer' | 'quantity' | 'created' | 'spend';

/**
 * What the log and the spend table hold: a KPI whose need is missing is blank, not 0 (spec §2). `spend` is false
 * for groups the spend table cannot split (e.g. reps).
 */
export type KpiInputs = Readonly<Record<KpiNeed, boolean>>;
