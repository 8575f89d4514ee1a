/**
 * Returning customers: the customers of a period who had bought before it (KPI-SPEC §2 `returning_customers`),
 * the numerator of the textbook retention of `RETENTION`.
 *
 * @param customers Customers of the period (new ones included).
 * @param newCustomers Of those, the customers whose first purchase is in the period.
 * @returns `customers − newCustomers`.
 * @example
 * returningCustomers(120, 30) //=> 90
 */
export function returningCustomers(customers: number, newCustomers: number): number {
  return customers - newCustomers;
}
