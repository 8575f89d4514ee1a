import { describe, expect, it } from 'vitest';
import type { StatusClass } from '../../src/kpi/salesLog';
import { createStatusClassifier, STATUS_VOCABULARY } from '../../src/kpi/statusClass';

// The spec's vocabularies (KPI-SPEC §1.1), copied so the test checks the contract.
const SPEC: Record<StatusClass, string[]> = {
  won: [
    'won',
    'closed won',
    'paid',
    'completed',
    'success',
    'sold',
    'успешно',
    'успешно реализовано',
    'сделка успешна',
    'оплачен',
    'оплачено',
    'оплачена',
    'выполнен',
    'выполнено',
    'продажа',
  ],
  lost: [
    'lost',
    'closed lost',
    'cancelled',
    'canceled',
    'refused',
    'rejected',
    'отказ',
    'отменен',
    'отменён',
    'отменено',
    'закрыто и не реализовано',
    'сделка провалена',
    'проиграна',
  ],
  returned: ['returned', 'refund', 'refunded', 'возврат', 'возвращен', 'возвращён'],
  open: ['new', 'open', 'in progress', 'negotiation', 'новая', 'новый', 'в работе', 'переговоры'],
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

  it('holds exactly the spec vocabularies', () => {
    for (const statusClass of Object.keys(SPEC) as StatusClass[]) {
      const { en, ru } = STATUS_VOCABULARY[statusClass];
      expect([...en, ...ru]).toEqual(SPEC[statusClass]);
    }
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
      open: ['Оплачен'], // this shop marks "invoice paid, not shipped" as Оплачен
    });
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

    it('puts a text given under two extra classes in the first of won, lost, returned, open', () => {
      const classify = createStatusClassifier({ open: ['Done'], won: ['done'] });
      expect(classify('DONE')).toBe('won');
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
