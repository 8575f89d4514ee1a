/**
 * The sums and distinct counts of one period (for the team or one group) that every KPI is computed from. Counts
 * follow spec §1.3: distinct ids when the log has an id column (an empty id counts one), else rows.
 */
export interface Totals {
  /** Σ amount of won rows. */
  gross: number;
  /** Σ returned amounts of return rows dated in the period. */
  returnsAmount: number;
  /** Number of return rows (rows, not ids). */
  returnRows: number;
  /** count(won rows). */
  won: number;
  /** count(lost rows). */
  lost: number;
  /** count(won + lost rows). */
  wonOrLost: number;
  /** count(won + lost + open rows). */
  deals: number;
  /** Σ quantity of won rows. */
  units: number;
  /** Distinct customers with a won row. */
  customers: number;
  /** Customers whose first won row (in the whole log, or the group's rows) is in this period. */
  newCustomers: number;
  /**
   * Customers of this period who also bought in the period before (same group): |C(P) ∩ C(P-1)|, the numerator
   * of the bounded retention (spec §2 v2). A customer who skipped a period is not retained.
   */
  retained: number;
  /** Σ marketing spend dated in the period. */
  spend: number;
}

/** What the log and the spend table hold: a KPI whose input is missing is blank, not 0 (spec §2). */
export interface KpiInputs {
  hasStatus: boolean;
  hasCustomer: boolean;
  hasQuantity: boolean;
  /** A spend table that applies to these rows (none for groups it cannot split, e.g. reps). */
  hasSpend: boolean;
}
