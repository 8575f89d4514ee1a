import { describe, expect, it } from 'vitest';
import { exportFixtureTests, fixtureRows, periodRow } from './_describeExport';
import { kpiTable, shuffleColumns } from './_exports';

// МойСклад, Заказы покупателей exported to Excel and saved as CSV (;): Время, №, Контрагент, Сумма, Статус with the
// default statuses Новый, Подтвержден, Собран, Отгружен, Доставлен, Возврат, Отменен.
describe('the МойСклад customer orders export', () => {
  exportFixtureTests('moysklad');

  it('counts an order in «Возврат» as sold and returned', () => {
    const rows = fixtureRows('moysklad', (cell) => cell('№') === '00106');
    const september = periodRow(kpiTable('moysklad', rows), '2026-09');
    expect(
      ['orders', 'gross', 'returns_amount', 'revenue', 'deals', 'conversion'].map((k) => september.get(k)),
    ).toEqual([1, 2780, 2780, 0, 1, 1]);
  });

  it('takes the buyer (Контрагент), never the seller (Организация), for the customer', () => {
    const rows = fixtureRows('moysklad', (cell) => cell('Время').slice(3, 10) === '09.2026');
    const organization = rows[0].indexOf('Организация');
    const order = [organization, ...rows[0].keys()].filter((i, at, all) => all.indexOf(i) === at);
    const september = periodRow(kpiTable('moysklad', shuffleColumns(rows, order)), '2026-09');
    expect(rows[0][order[0]]).toBe('Организация');
    expect(september.get('customers')).toBe(6);
  });
});
