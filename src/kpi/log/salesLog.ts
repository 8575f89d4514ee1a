/** The fields of a sales log (spec §1.1). `date` and `amount` are required. */
export type Field =
  | 'date'
  | 'amount'
  | 'status'
  | 'id'
  | 'customer'
  | 'rep'
  | 'channel'
  | 'quantity'
  | 'created'
  | 'refund';

export const FIELDS: readonly Field[] = [
  'date',
  'amount',
  'status',
  'id',
  'customer',
  'rep',
  'channel',
  'quantity',
  'created',
  'refund',
];

/** What a kept row is: a deal that was won, lost or is still open, or a return (spec §1.1 "Returns"). */
export const WON = 0;
export const LOST = 1;
export const OPEN = 2;
export const RETURN = 3;
export type RowKind = typeof WON | typeof LOST | typeof OPEN | typeof RETURN;

/**
 * The status class a status text falls in (spec §1.1 "Status classes"): `returned` means the row is a return;
 * `refunded` means the row is a sold order that was later refunded (it counts as won).
 */
export type StatusClass = 'won' | 'lost' | 'returned' | 'refunded' | 'open';

/** Every status class, in the order a text given under two classes is resolved (the first wins). */
export const STATUS_CLASSES: readonly StatusClass[] = ['won', 'lost', 'returned', 'refunded', 'open'];

/** Which column (0-based index into a header row) holds each field; a user override has the same shape. */
export type ColumnMapping = Partial<Record<Field, number>>;

/**
 * A sales log read once into typed columns: one entry per kept row (blank, skipped, footer and continuation rows
 * are not here), in sheet order. A row that is a sale and a return at once (a `returned` deal with its own id, a
 * won or `refunded` row with a refund amount) makes two entries, the sale then the return, with the same `source`.
 * Built by `readLog`; the KPI engine only reads it.
 */
export interface SalesLog {
  /** Number of kept rows. */
  size: number;
  /** Calendar day of each row (`date`, or `created` when the date is blank). */
  day: Int32Array;
  /** RowKind of each row. */
  kind: Uint8Array;
  /** Won rows: the amount. Return rows: the returned amount, positive. Lost/open rows: the amount or NaN. */
  amount: Float64Array;
  /**
   * Quantity, with the quantities of the order's continuation lines added (NaN when blank; 0 when unreadable or
   * negative on a won row); null without a quantity column.
   */
  quantity: Float64Array | null;
  /** Deal/order id as a code (equal ids, same code; -1 for an empty id); null without an id column. */
  id: Int32Array | null;
  /** Number of distinct id codes. */
  idCount: number;
  /**
   * Created day of each won row (the `created` column; -1 when blank or unreadable, and on every other row: only
   * the sales cycle reads it); null without a created column.
   */
  created: Int32Array | null;
  /**
   * Customer of each won row as a code (trimmed, case-insensitive; -1 for empty). Lost, open and return rows hold
   * -1: no KPI counts their customers, and not encoding them halves the cost of this column on a large log.
   * null without a customer column.
   */
  customer: Int32Array | null;
  /** Number of distinct customer codes (customers with a won row). */
  customerCount: number;
  /** Index of each row in the values the log was read from (0 is the header row). */
  source: Int32Array;
  /** The columns used for each field. */
  columns: ColumnMapping;
  /** The header row as read (trimmed text). */
  headers: string[];
}

/** Why a row was skipped (spec §1.1 "Bad rows", "Cell values"). */
export type SkipCode = 'unreadable_date' | 'implausible_date' | 'unreadable_amount' | 'ambiguous_amount';

/** Why a quantity counts 0 (spec §1.1 "Cell values"). */
export type QuantityIssueCode = 'unreadable_quantity' | 'negative_quantity';

/** A cell of one row that could not be used as it is, and why. */
export interface RowIssue<Code extends string = SkipCode | QuantityIssueCode> {
  code: Code;
  /** Row number counted from the first row of the range (1 = the header): the sheet row when the range starts at row 1. */
  row: number;
  /** Header text of the column that could not be read. */
  column: string;
  /** The cell as text. */
  value: string;
}

/** A row left out of every KPI, and why (spec §1.1 "Bad rows"). */
export type SkippedRow = RowIssue<SkipCode>;

/** A won row whose quantity cannot be read or is negative: it is kept, its quantity counts 0. */
export type QuantityIssue = RowIssue<QuantityIssueCode>;

/** What the user should know about the data: skipped rows and status texts that were read as `open`. */
export interface DataQuality {
  /** Non-blank data rows read. */
  rows: number;
  /** How many rows were skipped (may exceed `skipped.length`, which keeps the first ones). */
  skippedCount: number;
  skipped: SkippedRow[];
  /** Status texts that are in no vocabulary, read as `open`, most frequent first. */
  unknownStatuses: { text: string; count: number }[];
  /** Report footer lines after the last data row (text in the first cell only), ignored; not skipped rows. */
  footerLines: number;
  /** Continuation lines (further line items of the order above), merged into their order; not skipped rows. */
  continuationLines: number;
  /** Won rows whose quantity counts 0 because it cannot be read or is negative (`listed`: the first ones). */
  quantityIssues: { count: number; listed: QuantityIssue[] };
}

/** Why a log (or a spend table) cannot be read at all. */
export interface LogError {
  /** `no_readable_rows`: the log has data rows, and every one was skipped. */
  code: 'missing_column' | 'empty_log' | 'no_readable_rows';
  /** Which table: the sales log, or the marketing spend table of `readSpend`. @default 'sales' */
  table?: 'sales' | 'spend';
  /** With `missing_column`: the required field not found. */
  field?: Field | SpendField;
  /** The header texts that were found. */
  headersFound: string[];
  /** With `no_readable_rows`: the first skipped rows, and how many were skipped in all. */
  skipped?: SkippedRow[];
  skippedCount?: number;
}

/** Grouping of a log's rows by one column (rep, channel or any header): a code per kept row and the names. */
export interface Groups {
  /** Group code of each kept row of the log. */
  code: Int32Array;
  /** Display name of each code (first spelling seen; `—` for the empty group). */
  names: string[];
  /** The field the rows were grouped by (`rep`, `channel` …) when the column is one of the log's fields, else its header text. */
  by: string;
  /** The 0-based column of the values that was grouped by (its header is `log.headers[column]`). */
  column?: number;
}

/** The fields of a marketing spend table (spec §1.2). `date` and `spend` are required. */
export type SpendField = 'date' | 'channel' | 'spend';

/** A marketing spend table (spec §1.2), read into plain columns. */
export interface SpendTable {
  size: number;
  day: Int32Array;
  spend: Float64Array;
  /** Channel name of each row ('' when blank); null without a channel column. */
  channel: string[] | null;
}
