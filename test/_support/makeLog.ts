import { normalizeKey } from '../../src/kpi/_lib/normalizeKey';
import { dayFromCivil } from '../../src/kpi/calendar/day';
import {
  type ColumnMapping,
  type Groups,
  LOST,
  OPEN,
  RETURN,
  type RowKind,
  type SalesLog,
  WON,
} from '../../src/kpi/log/salesLog';

/** One row of a hand-made log: an ISO date, what it is, and the optional fields. */
export interface LogRow {
  /** `yyyy-mm-dd`. */
  date: string;
  kind: 'won' | 'lost' | 'open' | 'return';
  /** The amount; for a return, the returned amount (positive). */
  amount?: number;
  id?: string;
  customer?: string;
  rep?: string;
  channel?: string;
  quantity?: number;
  /** `yyyy-mm-dd`: the created day (a `created` column when any row has one; kept on won rows only, as `readLog` does). */
  created?: string;
}

/** Options of `makeLog`. */
export interface MakeLogOptions {
  /**
   * Whether the log has a status column (deals, conversion… are blank without one).
   * @default true
   */
  status?: boolean;
}

const KINDS: Record<LogRow['kind'], RowKind> = { won: WON, lost: LOST, open: OPEN, return: RETURN };

/**
 * A `SalesLog` from a few hand-written rows, as `readLog` would build it. A field is a column of the log when
 * any row has it: `customer` on one row gives every row a customer (blank = -1).
 *
 * @example
 * makeLog([{ date: '2026-11-05', kind: 'won', amount: 100, customer: 'Acme' }])
 */
export function makeLog(rows: readonly LogRow[], options?: MakeLogOptions): SalesLog {
  const has = (field: keyof LogRow) => rows.some((r) => r[field] !== undefined);
  const columns: ColumnMapping = { date: 0, amount: 1 };
  const headers = ['Date', 'Amount'];
  const addColumn = (field: keyof ColumnMapping & string, header: string) => {
    columns[field] = headers.length;
    headers.push(header);
  };
  if (options?.status ?? true) addColumn('status', 'Status');
  const ids = has('id') ? encoder() : null;
  const customers = has('customer') ? encoder() : null;
  if (ids) addColumn('id', 'ID');
  if (customers) addColumn('customer', 'Customer');
  if (has('rep')) addColumn('rep', 'Rep');
  if (has('channel')) addColumn('channel', 'Channel');
  if (has('quantity')) addColumn('quantity', 'Quantity');
  if (has('created')) addColumn('created', 'Created');

  const size = rows.length;
  const log: SalesLog = {
    size,
    day: new Int32Array(size),
    kind: new Uint8Array(size),
    amount: new Float64Array(size),
    quantity: has('quantity') ? new Float64Array(size) : null,
    id: ids ? new Int32Array(size) : null,
    idCount: 0,
    created: has('created') ? new Int32Array(size) : null,
    customer: customers ? new Int32Array(size) : null,
    customerCount: 0,
    source: new Int32Array(size),
    columns,
    headers,
  };
  rows.forEach((row, i) => {
    const [y, m, d] = row.date.split('-').map(Number);
    log.day[i] = dayFromCivil(y, m, d);
    log.kind[i] = KINDS[row.kind];
    log.amount[i] = row.amount ?? Number.NaN;
    if (log.quantity) log.quantity[i] = row.quantity ?? Number.NaN;
    if (log.created) log.created[i] = row.created && row.kind === 'won' ? dayOfIso(row.created) : -1;
    if (log.id) log.id[i] = ids!.code(row.id);
    if (log.customer) log.customer[i] = customers!.code(row.customer);
    log.source[i] = i + 1;
  });
  log.idCount = ids?.count() ?? 0;
  log.customerCount = customers?.count() ?? 0;
  return log;
}

/**
 * The groups of a hand-made log by rep or channel, as `groupRows` would make them: codes in order of first
 * appearance, compared trimmed and case-insensitive, the empty value forming `—`.
 *
 * @example
 * groupBy(rows, 'rep').names //=> ['Anna', 'Boris']
 */
export function groupBy(rows: readonly LogRow[], field: 'rep' | 'channel'): Groups {
  const names: string[] = [];
  const byKey = new Map<string, number>();
  const code = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    const name = (row[field] ?? '').trim() || '—';
    const key = normalizeKey(name);
    let c = byKey.get(key);
    if (c === undefined) {
      c = names.length;
      names.push(name);
      byKey.set(key, c);
    }
    code[i] = c;
  });
  return { code, names, by: field };
}

function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
}

function encoder() {
  const codes = new Map<string, number>();
  return {
    code(text: string | undefined): number {
      const key = normalizeKey(text ?? '');
      if (key === '') return -1;
      let c = codes.get(key);
      if (c === undefined) {
        c = codes.size;
        codes.set(key, c);
      }
      return c;
    },
    count: () => codes.size,
  };
}
