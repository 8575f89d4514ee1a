import { describe, expect, it } from 'vitest';
import type { Field } from '../../../src/kpi/log/salesLog';
import { resolveColumnChoices } from '../../../src/kpi/mapping/resolveColumnChoices';

const choices = (entries: [Field, string | null][]) => new Map(entries);

describe('resolveColumnChoices', () => {
  it('finds each header text and maps "no such column" to -1', () => {
    expect(
      resolveColumnChoices(
        ['Документ', 'Период', 'Сумма, руб.', 'Статус'],
        choices([
          ['date', 'Период'],
          ['amount', 'Сумма, руб.'],
          ['status', null],
        ]),
      ),
    ).toEqual({ ok: true, mapping: { date: 1, amount: 2, status: -1 } });
  });

  it('finds a header whatever its case and spacing', () => {
    expect(resolveColumnChoices(['ID', ' Close   DATE '], choices([['date', 'close date']]))).toEqual({
      ok: true,
      mapping: { date: 1 },
    });
  });

  it('prefers the header as written to one that only normalises the same', () => {
    // `Сумма` and `Сумма, руб.` are both `сумма` once the unit note is dropped; the one written wins.
    expect(resolveColumnChoices(['Сумма', 'Сумма, руб.'], choices([['amount', 'Сумма, руб.']]))).toEqual({
      ok: true,
      mapping: { amount: 1 },
    });
    expect(resolveColumnChoices(['Сумма, руб.', 'сумма'], choices([['amount', 'Сумма']]))).toEqual({
      ok: true,
      mapping: { amount: 1 },
    });
  });

  it('finds a header as detection compares headers: object prefixes and unit notes dropped', () => {
    expect(
      resolveColumnChoices(
        ['Deal - Title', 'Deal - Value', 'Deal - Won time', 'Amount (USD)'],
        choices([
          ['amount', 'value'],
          ['date', 'Won time'],
        ]),
      ),
    ).toEqual({ ok: true, mapping: { amount: 1, date: 2 } });
  });

  it('takes the leftmost of equal headers', () => {
    expect(resolveColumnChoices(['Date', 'Amount', 'Date'], choices([['date', 'Date']]))).toEqual({
      ok: true,
      mapping: { date: 0 },
    });
  });

  it('names a header that is not in the row and lists the headers found', () => {
    expect(resolveColumnChoices(['Deal', '', 'Amount'], choices([['date', 'Close Date']]))).toEqual({
      ok: false,
      error: { code: 'unknown_header', value: 'Close Date', known: ['Deal', 'Amount'] },
    });
  });

  it('rejects one column given to two fields', () => {
    expect(
      resolveColumnChoices(
        ['Created', 'Amount'],
        choices([
          ['date', 'Created'],
          ['created', 'created'],
        ]),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'duplicate_header', value: 'Created', known: ['date', 'created'] },
    });
  });
});
