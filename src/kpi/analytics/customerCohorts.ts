import type { Day } from '../calendar/day';
import { periodIndexOf, periodLabel } from '../calendar/periods';
import { type SalesLog, WON } from '../log/salesLog';

/** How many cohorts the table shows, and how many months after the first purchase (0…11). */
export const COHORT_MONTHS = 12;

/** One first-purchase month: its customers, and the share of them buying in each month after it. */
export interface CohortRow {
  /** The month's label (`2026-03`). */
  label: string;
  /** Customers whose first `won` row is in this month. */
  size: number;
  /**
   * `shares[k]`: the share of the cohort's customers with a `won` row in month k after the cohort's month
   * (k = 0…11, 0 = the month itself, always 1 for a cohort with customers); null for a month after the last month
   * (not reached yet) or a cohort without customers.
   */
  shares: (number | null)[];
}

/** The cohort table (spec §7): the last 12 first-purchase months up to the report's month, oldest first. */
export interface CohortTable {
  /** The last month counted (the month of the report period's last day, or of the as-of day while it runs). */
  lastMonth: string;
  rows: CohortRow[];
}

/**
 * Customer cohorts (spec §7): a customer's cohort is the month of their first `won` row in the log; for the last
 * 12 cohorts up to `lastDay`'s month (from the log's first cohort when it is younger) and k = 0…11 months later, not
 * beyond that month, the share of the cohort's customers with a `won` row in month k. Rows dated after `lastDay`
 * count nowhere (spec §3, as of). Months are calendar months whatever the report's period type.
 *
 * @param log The log from `readLog`.
 * @param lastDay The last day counted: the as-of day, or the report period's last day when it ended before.
 * @returns The table, or null without a customer column (the report leaves the section out with a note).
 * @example
 * customerCohortsOf(log, dayFromCivil(2026, 3, 31))!.rows.at(-1) //=> { label: '2026-03', size: 2, shares: [1, null, …] }
 */
export function customerCohortsOf(log: SalesLog, lastDay: Day): CohortTable | null {
  const customers = log.customer;
  if (customers === null) return null;
  const last = periodIndexOf('month', lastDay);
  // First and every month of each customer's won rows up to lastDay.
  const first = new Int32Array(log.customerCount).fill(0x7fffffff);
  for (let i = 0; i < log.size; i++) {
    const c = customers[i];
    if (c < 0 || log.kind[i] !== WON || log.day[i] > lastDay) continue;
    const month = periodIndexOf('month', log.day[i]);
    if (month < first[c]) first[c] = month;
  }
  let earliest = last;
  for (let c = 0; c < first.length; c++) if (first[c] < earliest) earliest = first[c];
  const start = Math.max(earliest, last - COHORT_MONTHS + 1);
  const count = last - start + 1;
  const sizes = new Array<number>(count).fill(0);
  for (let c = 0; c < first.length; c++) if (first[c] >= start && first[c] <= last) sizes[first[c] - start]++;
  // buyers[cohort][k]: distinct customers of the cohort with a won row in month cohort + k (a stamp per cell).
  const buyers = sizes.map(() => new Array<number>(COHORT_MONTHS).fill(0));
  const seen = new Set<number>();
  for (let i = 0; i < log.size; i++) {
    const c = customers[i];
    if (c < 0 || log.kind[i] !== WON || log.day[i] > lastDay) continue;
    const cohort = first[c] - start;
    if (cohort < 0 || cohort >= count) continue;
    const k = periodIndexOf('month', log.day[i]) - first[c];
    if (k >= COHORT_MONTHS) continue;
    const key = c * COHORT_MONTHS + k;
    if (seen.has(key)) continue;
    seen.add(key);
    buyers[cohort][k]++;
  }
  return {
    lastMonth: periodLabel({ type: 'month', index: last }),
    rows: sizes.map((size, i) => ({
      label: periodLabel({ type: 'month', index: start + i }),
      size,
      shares: buyers[i].map((n, k) => (size === 0 || start + i + k > last ? null : n / size)),
    })),
  };
}
