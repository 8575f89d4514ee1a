import { describe, expect, it } from 'vitest';
import type { StatusClass } from '../../../src/kpi/log/salesLog';
import { createStatusClassifier, STATUS_VOCABULARY, statusKey } from '../../../src/kpi/log/statusClass';

// The spec's vocabularies (KPI-SPEC §1.1 v2), copied so the test checks the contract.
const SPEC: Record<StatusClass, string[]> = {
  won: [
    ...['won', 'closed won', 'paid', 'completed', 'complete', 'success', 'sold', 'processing', 'успешно'],
    ...['успешно реализовано', 'сделка успешна', 'оплачен', 'оплачено', 'оплачена', 'выполнен', 'выполнено'],
    ...['продажа', 'отгружен', 'отгружено', 'доставлен', 'доставлено'],
  ],
  lost: [
    ...['lost', 'closed lost', 'closed-lost to competition', 'cancelled', 'canceled', 'refused', 'rejected'],
    ...['failed', 'voided', 'expired', 'отказ', 'отменен', 'отменён', 'отменено', 'закрыто и не реализовано'],
    ...['сделка провалена', 'проиграна', 'анализ причины провала'],
  ],
  returned: ['returned', 'return', 'refund', 'возврат', 'возвращен', 'возвращён', 'возврат товара'],
  refunded: ['refunded', 'partially refunded', 'partially_refunded', 'частично возвращен'],
  open: [
    ...[
      'new',
      'open',
      'in progress',
      'negotiation',
      'pending',
      'authorized',
      'partially paid',
      'partially_paid',
    ],
    ...['on hold', 'pending payment', 'новая', 'новый', 'в работе', 'переговоры'],
  ],
};
const SPEC_CASES = (Object.keys(SPEC) as StatusClass[]).flatMap((c) =>
  SPEC[c].map((text) => [text, c] as const),
);

describe('createStatusClassifier', () => {
  it.each(SPEC_CASES)('reads %j as %s', (text, statusClass) => {
    const classify = createStatusClassifier();
    expect(classify(text)).toBe(statusClass);
    expect(classify(`  ${text.toUpperCase()}  `)).toBe(statusClass);
    expect(classify.unknownStatuses()).toEqual([]);
  });

  it('holds exactly the spec vocabularies before its extras', () => {
    for (const statusClass of Object.keys(SPEC) as StatusClass[]) {
      const { en, ru } = STATUS_VOCABULARY[statusClass];
      expect([...en, ...ru]).toEqual(SPEC[statusClass]);
    }
  });

  it.each([
    ['Closed/Won', 'won'],
    ['Shipped', 'won'],
    ['Завершён', 'won'],
    ['Declined', 'lost'],
    ['Junk Lead', 'lost'],
    ['Отклонён', 'lost'],
    ['Некачественный лид', 'lost'],
    ['Не удался', 'lost'], // WooCommerce's «failed» in Russian
    ['Возвращено', 'returned'],
    ['Возвращён частично', 'refunded'],
  ] as const)('reads the extra %j as %s', (text, statusClass) => {
    expect(createStatusClassifier()(text)).toBe(statusClass);
  });

  it('drops a trailing note in parentheses, as HubSpot writes its pipeline', () => {
    const classify = createStatusClassifier();
    expect(classify('Closed Won (Sales Pipeline)')).toBe('won');
    expect(classify('Closed Lost (Renewals Pipeline)')).toBe('lost');
    expect(classify('Contract Sent (Sales Pipeline)')).toBe('open');
    expect(classify.unknownStatuses()).toEqual([{ text: 'Contract Sent (Sales Pipeline)', count: 1 }]);
  });

  it('reads `_` and `-` as a space, and drops WooCommerce`s `wc-` prefix', () => {
    const classify = createStatusClassifier();
    expect(classify('Partially_Refunded')).toBe('refunded');
    expect(classify('on-hold')).toBe('open');
    expect(classify('Closed-Lost')).toBe('lost');
    expect(classify('wc-completed')).toBe('won');
    expect(classify('wc-refunded')).toBe('refunded');
    expect(classify.unknownStatuses()).toEqual([]);
  });

  it('keeps a pipeline stage that is no outcome open and lists it, so the user can map it', () => {
    const classify = createStatusClassifier();
    expect(classify('Принимают решение')).toBe('open');
    expect(classify.unknownStatuses()).toEqual([{ text: 'Принимают решение', count: 1 }]);
  });

  it('gives the key of a status text', () => {
    expect(statusKey(' Closed  Won (Sales Pipeline) ')).toBe('closed won');
    expect(statusKey('ЧАСТИЧНО ВОЗВРАЩЁН')).toBe('частично возвращен');
    expect(statusKey('wc-on-hold')).toBe('on hold');
    expect(statusKey('(none)')).toBe('(none)'); // a note alone is the text
  });

  it('reads CRM spellings: any case, doubled spaces, ё or е', () => {
    const classify = createStatusClassifier();
    expect(classify('Closed  Won')).toBe('won');
    expect(classify('Успешно реализовано')).toBe('won');
    expect(classify('Закрыто и не реализовано')).toBe('lost');
    expect(classify('ОТМЕНЁН')).toBe('lost');
    expect(classify('Возвращён')).toBe('returned');
  });

  it('reads any other text as open and counts it as unknown, most frequent first', () => {
    const classify = createStatusClassifier();
    // HubSpot pipeline stages that are no outcome yet.
    for (const text of ['Contract Sent', 'Appointment Scheduled', 'contract sent ', 'Won', 'Contract Sent']) {
      classify(text);
    }
    expect(classify('Appointment Scheduled')).toBe('open');
    expect(classify.unknownStatuses()).toMatchInlineSnapshot(`
      [
        {
          "count": 3,
          "text": "Contract Sent",
        },
        {
          "count": 2,
          "text": "Appointment Scheduled",
        },
      ]
    `);
  });

  it('lets the user extend the vocabularies, and an extra text win over the built-in class', () => {
    const classify = createStatusClassifier({
      won: ['Closed Won (Invoiced)'],
      lost: ['Спам'],
      refunded: ['Частичный возврат денег'],
      open: ['Оплачен'], // this shop marks "invoice paid, not shipped" as Оплачен
    });
    expect(classify('частичный возврат денег')).toBe('refunded');
    expect(classify('closed won (invoiced)')).toBe('won');
    expect(classify('СПАМ')).toBe('lost');
    expect(classify('Оплачен')).toBe('open');
    expect(classify('оплачено')).toBe('won'); // the other built-in spellings stay
    expect(classify.unknownStatuses()).toEqual([]);
  });

  describe('edge cases', () => {
    it('reads an empty status as open, and not as unknown', () => {
      const classify = createStatusClassifier();
      expect(classify('')).toBe('open');
      expect(classify('   ')).toBe('open');
      expect(classify.unknownStatuses()).toEqual([]);
    });

    it('puts a text given under two extra classes in the first of won, lost, returned, refunded, open', () => {
      const classify = createStatusClassifier({ open: ['Done'], won: ['done'] });
      expect(classify('DONE')).toBe('won');
      const other = createStatusClassifier({ open: ['Back'], refunded: ['back'], returned: ['BACK'] });
      expect(other('back')).toBe('returned');
    });

    it('ignores empty extra texts', () => {
      const classify = createStatusClassifier({ won: ['', '  '] });
      expect(classify('')).toBe('open');
    });

    it('lists no unknown status before any is classified', () => {
      expect(createStatusClassifier().unknownStatuses()).toEqual([]);
    });
  });
});
