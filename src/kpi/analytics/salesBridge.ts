import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { KpiValues } from '../engine/computeKpis';

/** The KPIs of one period the bridge reads. */
export type BridgeValues = Pick<
  KpiValues,
  'revenue' | 'gross' | 'orders' | 'average_check' | 'returns_amount'
>;

/**
 * The sales-volume bridge of P against P-1 (spec §7): the change of sales volume split into what the number of
 * orders, the average check and the returns did. The three effects add up to `change` exactly, to the cent.
 */
export interface SalesBridge {
  /** Sales volume of P-1 and of P. */
  previous: number;
  current: number;
  /** `current − previous`. */
  change: number;
  /** `change / previous`; null when P-1 sold nothing (or less). */
  relativeChange: number | null;
  /** Orders of P-1 and P. */
  ordersBefore: number;
  ordersNow: number;
  /** Average check of P-1 and P; null without orders. */
  averageCheckBefore: number | null;
  averageCheckNow: number | null;
  /** Returns of P-1 and P. */
  returnsBefore: number;
  returnsNow: number;
  /** `(orders(P) − orders(P-1)) × average_check(P-1)`, to the cent; the whole gross change when P-1 had no orders. */
  ordersEffect: number;
  /** `(average_check(P) − average_check(P-1)) × orders(P)`: the rest of the gross change (it absorbs the orders effect's rounding, under half a cent). */
  averageCheckEffect: number;
  /** `−(returns(P) − returns(P-1))`: more returns lower the sales volume. */
  returnsEffect: number;
}

/**
 * The sales-volume bridge (spec §7): Δrevenue = orders effect + average-check effect + returns effect. The orders
 * effect is rounded to the cent and the average-check effect is the gross change less it, so the bridge adds up
 * to the change exactly whatever the amounts (an average check such as 100 / 3 has no exact decimal). With no
 * orders in P-1 the whole gross change is the orders effect (there is no earlier check to compare with).
 *
 * @param now The KPIs of P (as of the as-of day).
 * @param before The KPIs of P-1.
 * @returns The bridge; null when a sales volume is blank (a sum too large to compute).
 * @example
 * salesBridgeOf(
 *   { revenue: 1900, gross: 2000, orders: 4, average_check: 500, returns_amount: 100 },
 *   { revenue: 3000, gross: 3000, orders: 5, average_check: 600, returns_amount: 0 },
 * ) //=> { change: -1100, ordersEffect: -600, averageCheckEffect: -400, returnsEffect: -100, … }
 */
export function salesBridgeOf(now: BridgeValues, before: BridgeValues): SalesBridge | null {
  if (now.revenue === null || before.revenue === null) return null;
  const ordersNow = now.orders ?? 0;
  const ordersBefore = before.orders ?? 0;
  const returnsNow = now.returns_amount ?? 0;
  const returnsBefore = before.returns_amount ?? 0;
  const change = dropFloatNoise(now.revenue - before.revenue);
  const returnsEffect = dropFloatNoise(-(returnsNow - returnsBefore));
  const grossChange = change - returnsEffect;
  const ordersEffect =
    ordersBefore === 0 || before.average_check === null
      ? dropFloatNoise(grossChange)
      : toCents((ordersNow - ordersBefore) * before.average_check);
  return {
    previous: before.revenue,
    current: now.revenue,
    change,
    relativeChange: before.revenue > 0 ? change / before.revenue : null,
    ordersBefore,
    ordersNow,
    averageCheckBefore: before.average_check,
    averageCheckNow: now.average_check,
    returnsBefore,
    returnsNow,
    ordersEffect,
    averageCheckEffect: dropFloatNoise(grossChange - ordersEffect),
    returnsEffect,
  };
}

/** An amount rounded to the cent (half away from zero). */
function toCents(x: number): number {
  const cents = Math.round(Math.abs(x) * 100) / 100;
  return x < 0 && cents !== 0 ? -cents : cents;
}
