// The peer: the same monthly figures computed with arquero (a well-kept columnar data library) from the same rows.
// It is given the same row arrays and does its own reading: Date → month in the spreadsheet zone (Moscow, a fixed
// UTC+3), status text → class, negative amounts as returns, distinct ids and customers, and the two figures issue 13
// added to KPI_TABLE after the peer was first written: the sales cycle (median days from created to won, a deal once,
// at its earliest won row) and the open pipeline (Σ amount of open rows), so that both sides do the same work.
import * as aq from 'arquero';

const { op } = aq;
const MOSCOW_OFFSET_MS = 3 * 3600_000;
const WON = new Set(['closed won', 'won']);
const LOST = new Set(['closed lost', 'lost']);

/**
 * @param {unknown[][]} values header + rows as generateLog makes them
 * @returns {Map<string, {gross:number, returns:number, orders:number, deals:number, conversion:number|null,
 *   customers:number, cycle:number|'', pipeline:number}>}
 */
export function arqueroMonthly(values) {
  const n = values.length - 1;
  const cols = {
    id: new Array(n),
    ms: new Float64Array(n),
    created: new Float64Array(n),
    amount: new Float64Array(n),
    status: new Array(n),
    customer: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = values[i + 1];
    cols.id[i] = r[0];
    cols.ms[i] = r[1].getTime() + MOSCOW_OFFSET_MS;
    cols.created[i] = r[8].getTime() + MOSCOW_OFFSET_MS;
    cols.amount[i] = r[2];
    cols.status[i] = r[3];
    cols.customer[i] = r[4];
  }
  const classify = aq.escape((d) => {
    if (d.amount < 0) return 3;
    const s = d.status.trim().toLowerCase();
    return WON.has(s) ? 0 : LOST.has(s) ? 1 : 2;
  });
  const rows = aq
    .table(cols)
    .derive({ month: (d) => op.utcyear(d.ms) * 12 + op.utcmonth(d.ms), kind: classify });

  const won = rows
    .filter((d) => d.kind === 0)
    .groupby('month')
    .rollup({ gross: op.sum('amount'), orders: op.distinct('id'), customers: op.distinct('customer') });
  const returns = rows
    .filter((d) => d.kind === 3)
    .groupby('month')
    .rollup({ returns: (d) => -op.sum(d.amount) });
  const deals = rows
    .filter((d) => d.kind !== 3)
    .groupby('month')
    .rollup({ deals: op.distinct('id') });

  const open = rows
    .filter((d) => d.kind === 2)
    .groupby('month')
    .rollup({ pipeline: op.sum('amount') });
  // (Plain number literals inside arquero's expressions: its parser knows no numeric separators.)
  // A deal's earliest won row (on one day, the one created last), as one number per row so that a minimum finds it.
  const cycles = rows
    .filter((d) => d.kind === 0)
    .derive({
      day: (d) => op.floor(d.ms / 86400000),
      createdDay: (d) => op.floor(d.created / 86400000),
    })
    .derive({ rank: (d) => d.day * 65536 + (d.day - d.createdDay + 32768) })
    .groupby('id')
    .rollup({ rank: op.min('rank') })
    .derive({
      day: (d) => op.floor(d.rank / 65536),
      cycle: (d) => (d.rank % 65536) - 32768,
    })
    .derive({ month: (d) => op.utcyear(d.day * 86400000) * 12 + op.utcmonth(d.day * 86400000) })
    .filter((d) => d.cycle >= 0)
    .groupby('month')
    .rollup({ cycle: op.median('cycle') });

  // Month keys are numbers (year × 12 + month − 1) while grouping, the cheapest key for arquero; labels at the end.
  const out = new Map();
  const at = (key) => {
    const m = `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`;
    if (!out.has(m))
      out.set(m, {
        gross: 0,
        returns: 0,
        orders: 0,
        deals: 0,
        conversion: null,
        customers: 0,
        cycle: '',
        pipeline: 0,
      });
    return out.get(m);
  };
  for (const r of won.objects())
    Object.assign(at(r.month), { gross: r.gross, orders: r.orders, customers: r.customers });
  for (const r of returns.objects()) at(r.month).returns = r.returns;
  for (const r of deals.objects()) at(r.month).deals = r.deals;
  for (const r of open.objects()) at(r.month).pipeline = r.pipeline;
  for (const r of cycles.objects()) at(r.month).cycle = r.cycle;
  for (const r of out.values()) r.conversion = r.deals === 0 ? null : r.orders / r.deals;
  return out;
}
