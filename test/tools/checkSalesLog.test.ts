import { describe, expect, it } from 'vitest';
import { MAX_LINE } from '../../tools/report/_lib/terminalText';
import { describeFailure, describeMappingError } from '../../tools/report/checkSalesLog';

// Sixty headers, some of them long: what a wide export, or a binary file read as text, gives.
const HEADERS = Array.from({ length: 60 }, (_, i) => `Header ${i}${'x'.repeat((i % 7) * 20)}`);

describe('describeFailure', () => {
  it('lists as many headers as fit in one line, then "and N more"', () => {
    const message = describeFailure(
      'en',
      { code: 'missing_column', field: 'date', headersFound: HEADERS },
      'cli',
    );
    expect(Array.from(`error: ${message}`).length).toBeLessThanOrEqual(MAX_LINE);
    const listed = message.match(/“Header \d+/g) ?? [];
    const more = Number(/ and (\d+) more\.$/.exec(message)?.[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length + more).toBe(HEADERS.length);
  });

  it('says "и ещё N" in Russian', () => {
    const message = describeFailure(
      'ru',
      { code: 'missing_column', field: 'date', headersFound: HEADERS },
      'cli',
    );
    expect(message).toMatch(/ и ещё \d+\.$/);
  });

  it('escapes control characters of headers and cells, in every line', () => {
    const missing = describeFailure(
      'en',
      { code: 'missing_column', field: 'amount', headersFound: ['Date\u001b[2J', 'Deal\u202eeulaV'] },
      'cli',
    );
    expect(missing).toMatch(/Headers found: “Date\\x1b\[2J”, “Deal\\u202eeulaV”\.$/);
    const skipped = describeFailure(
      'en',
      {
        code: 'no_readable_rows',
        headersFound: ['Date'],
        skipped: [{ row: 2, column: 'Da\nte', code: 'unreadable_date', value: 'x\u001b]0;owned\u0007' }],
        skippedCount: 1,
      },
      'cli',
    );
    expect(skipped.split('\n')).toEqual([
      'every data row of the sales log was skipped (1 row), so there is nothing to report; the reason:',
      '  row 2, “Da\\nte”: the date “x\\x1b]0;owned\\x07” cannot be read',
    ]);
  });
});

describe('describeMappingError', () => {
  it('keeps an unknown --map header’s list to one line, with its texts escaped', () => {
    const message = describeMappingError('en', {
      code: 'unknown_header',
      value: 'Close\u001b',
      known: HEADERS,
    });
    expect(message).toMatch(/^--map: There is no column “Close\\x1b”\. Headers found: “Header 0”/);
    expect(message).toMatch(/ and \d+ more\.$/);
    expect(Array.from(`error: ${message}`).length).toBeLessThanOrEqual(MAX_LINE);
  });
});
