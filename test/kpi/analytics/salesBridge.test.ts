import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesBridgeOf } from '../../../src/kpi/analytics/salesBridge';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { computeKpis, kpiValues } from '../../../src/kpi/engine/computeKpis';
import { type LogRow, makeLog } from '../../_support/makeLog';

const NOV = parsePeriodLabel('2026-11')!;

/** The bridge of November against October of a hand-made log. */
function bridgeOf(rows: LogRow[]) {
  const table = computeKpis(makeLog(rows), { period: 'month', include: [NOV.index - 1, NOV.index] });
  return salesBridgeOf(kpiValues(table, NOV.index), kpiValues(table, NOV.index - 1));
}

/** Amounts to whole cents, for "adds up to the cent". */
const cents = (x: number) => Math.round(x * 100);

describe('salesBridgeOf', () => {
  it('splits the change into effects that add up to it to the cent (hand-computed)', () => {
    // October: 3 orders 100 + 100 + 101 = 301, average check 100.333…; November: 5 orders = 500.50 (check
    // 100.10) and a return of 20.25: sales volume 480.25, change +179.25.
    const b = bridgeOf([
      { date: '2026-10-02', kind: 'won', amount: 100 },
      { date: '2026-10-09', kind: 'won', amount: 100 },
      { date: '2026-10-20', kind: 'won', amount: 101 },
      { date: '2026-11-02', kind: 'won', amount: 80 },
      { date: '2026-11-03', kind: 'won', amount: 90 },
      { date: '2026-11-04', kind: 'won', amount: 100 },
      { date: '2026-11-05', kind: 'won', amount: 110 },
      { date: '2026-11-06', kind: 'won', amount: 120.5 },
      { date: '2026-11-07', kind: 'return', amount: 20.25 },
    ])!;
    expect(b).toMatchObject({
      previous: 301,
      current: 480.25,
      change: 179.25,
      ordersBefore: 3,
      ordersNow: 5,
      averageCheckNow: 100.1,
      returnsBefore: 0,
      returnsNow: 20.25,
      ordersEffect: 200.67, // 2 × 100.333… = 200.666…, to the cent
      averageCheckEffect: -1.17, // (100.10 − 100.333…) × 5 = −1.1666…; the rest of the gross change 199.50
      returnsEffect: -20.25,
    });
    expect(b.averageCheckBefore).toBeCloseTo(301 / 3, 12);
    expect(b.relativeChange).toBeCloseTo(179.25 / 301, 12);
    expect(cents(b.ordersEffect) + cents(b.averageCheckEffect) + cents(b.returnsEffect)).toBe(17925);
  });

  it('gives the whole gross change to the orders effect when the period before had no orders', () => {
    // October: a lost deal and a return of 50 (sales volume −50); November: 300 + 200.
    const b = bridgeOf([
      { date: '2026-10-02', kind: 'lost', amount: 900 },
      { date: '2026-10-09', kind: 'return', amount: 50 },
      { date: '2026-11-02', kind: 'won', amount: 300 },
      { date: '2026-11-03', kind: 'won', amount: 200 },
    ])!;
    expect(b).toMatchObject({
      previous: -50,
      current: 500,
      change: 550,
      relativeChange: null,
      ordersBefore: 0,
      averageCheckBefore: null,
      ordersEffect: 500,
      averageCheckEffect: 0,
      returnsEffect: 50,
    });
  });

  it('takes the whole gross of the period before as the orders effect when nothing was sold now', () => {
    const b = bridgeOf([
      { date: '2026-10-02', kind: 'won', amount: 250 },
      { date: '2026-10-03', kind: 'won', amount: 150 },
      { date: '2026-11-02', kind: 'lost', amount: 300 },
    ])!;
    expect(b).toMatchObject({ change: -400, ordersEffect: -400, averageCheckEffect: 0, returnsEffect: 0 });
    expect(b.averageCheckNow).toBeNull();
  });

  it('has no bridge when a sales volume is blank', () => {
    const values = { revenue: 1, gross: 1, orders: 1, average_check: 1, returns_amount: 0 };
    expect(salesBridgeOf({ ...values, revenue: null }, values)).toBeNull();
  });

  it('adds up to the change to the cent, and each effect is its formula, for random logs', () => {
    const row = fc.record({
      date: fc.constantFrom(
        '2026-10-01',
        '2026-10-15',
        '2026-10-31',
        '2026-11-01',
        '2026-11-20',
        '2026-11-30',
      ),
      kind: fc.constantFrom('won', 'won', 'won', 'lost', 'return') as fc.Arbitrary<LogRow['kind']>,
      amount: fc.integer({ min: 1, max: 5_000_000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const b = bridgeOf(rows)!;
        const sum = b.ordersEffect + b.averageCheckEffect + b.returnsEffect;
        expect(cents(sum)).toBe(cents(b.change));
        expect(Math.abs(sum - b.change)).toBeLessThan(1e-6);
        expect(Math.abs(b.ordersEffect * 100 - cents(b.ordersEffect))).toBeLessThan(1e-6); // whole cents
        if (b.ordersBefore === 0) {
          expect(b.averageCheckEffect).toBe(0);
        } else {
          const ordersFormula = (b.ordersNow - b.ordersBefore) * b.averageCheckBefore!;
          expect(Math.abs(b.ordersEffect - ordersFormula)).toBeLessThanOrEqual(0.005 + 1e-6);
          const checkFormula =
            b.ordersNow === 0 ? 0 : (b.averageCheckNow! - b.averageCheckBefore!) * b.ordersNow;
          expect(Math.abs(b.averageCheckEffect - checkFormula)).toBeLessThanOrEqual(0.005 + 1e-6);
        }
        expect(b.returnsEffect).toBeCloseTo(b.returnsBefore - b.returnsNow, 6);
      }),
      { numRuns: 300 },
    );
  });
});
