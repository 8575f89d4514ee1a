import { cellText } from '../_lib/cellText';
import type { QuantityIssue, SkippedRow } from './salesLog';

/** The problems `readLog` notes row by row: skipped rows and quantities counted as 0, the first few listed. */
export interface RowIssues {
  /** Notes one problem: the row (0-based in the range), the column and the cell as read. */
  note(code: SkippedRow['code'] | QuantityIssue['code'], r: number, column: number, cell: unknown): void;
  /** The first skipped rows (up to the listing limit). */
  readonly skipped: SkippedRow[];
  /** How many rows were skipped. */
  readonly skippedCount: number;
  /** The first quantities counted as 0. */
  readonly quantityListed: QuantityIssue[];
  /** How many quantities were counted as 0. */
  readonly quantityIssueCount: number;
}

/**
 * A notebook for the problems of one log read: each is counted, and listed (1-based row, header, cell text) while
 * its list is shorter than `maxListed`.
 *
 * @param headers The log's header texts (a problem names its column by them).
 * @param dayOf Turns a Date cell into a day (a cell is shown as text).
 * @param maxListed How many problems of each kind to list.
 * @returns The notebook.
 * @example
 * const issues = createRowIssues(['Date', 'Amount'], dayOf, 10);
 * issues.note('unreadable_date', 4, 0, '31.02.2026');
 * [issues.skippedCount, issues.skipped[0].row] //=> [1, 5]
 */
export function createRowIssues(
  headers: readonly string[],
  dayOf: (date: Date) => number | null,
  maxListed: number,
): RowIssues {
  const issues = {
    skipped: [] as SkippedRow[],
    skippedCount: 0,
    quantityListed: [] as QuantityIssue[],
    quantityIssueCount: 0,
    note(code: SkippedRow['code'] | QuantityIssue['code'], r: number, column: number, cell: unknown): void {
      const issue = { code, row: r + 1, column: headers[column], value: cellText(cell, dayOf) };
      if (code === 'unreadable_quantity' || code === 'negative_quantity') {
        if (issues.quantityListed.length < maxListed) issues.quantityListed.push(issue as QuantityIssue);
        issues.quantityIssueCount++;
      } else {
        if (issues.skipped.length < maxListed) issues.skipped.push(issue as SkippedRow);
        issues.skippedCount++;
      }
    },
  };
  return issues;
}
