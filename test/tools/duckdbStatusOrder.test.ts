import { describe, expect, it } from 'vitest';
import { orderMatters } from '../../tools/report/duckdbReportKpis';

// The DuckDB report numbers the log's rows (the JS engine's tie order) only when the order decides the unknown
// statuses the report lists: two with the same count, or one status written two ways (its first spelling names it).

describe('orderMatters', () => {
  it('is false when every unknown status has a count of its own', () => {
    const counts = [
      { s: 'Contract Sent', n: 3n },
      { s: 'Demo', n: '2' },
      { s: 'Closed Won', n: 2n }, // known: its count may equal an unknown one's
      { s: 'Спам', n: 3 }, // the user's word
    ];
    expect(orderMatters(counts, { lost: ['Спам'] })).toBe(false);
  });

  it('is true when two unknown statuses have the same count', () => {
    expect(
      orderMatters(
        [
          { s: 'Contract Sent', n: 2n },
          { s: 'Demo', n: 2n },
        ],
        {},
      ),
    ).toBe(true);
  });

  it('is true when one unknown status is written two ways', () => {
    expect(
      orderMatters(
        [
          { s: 'Contract Sent', n: 5n },
          { s: ' contract  sent', n: 1n },
        ],
        {},
      ),
    ).toBe(true);
  });
});
