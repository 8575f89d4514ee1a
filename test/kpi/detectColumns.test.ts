import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../src/kpi/_lib/normalizeHeader';
import { detectColumns, HEADER_SYNONYMS } from '../../src/kpi/detectColumns';
import { FIELDS, type Field } from '../../src/kpi/salesLog';

// The spec's lists (KPI-SPEC §1.1), copied here so that the test checks the contract, not the table it tests.
const SPEC: Record<Field, string[]> = {
  date: [
    'Date',
    'Close Date',
    'Closed',
    'Order Date',
    'Paid Date',
    'Дата',
    'Дата закрытия',
    'Дата оплаты',
    'Дата заказа',
    'Дата продажи',
    'Предполагаемая дата закрытия',
  ],
  amount: [
    'Amount',
    'Revenue',
    'Sales',
    'Sales Amount',
    'Deal Amount',
    'Order Total',
    'Sum',
    'Total',
    'Value',
    'Price',
    'Сумма',
    'Сумма продажи',
    'Сумма сделки',
    'Выручка',
    'Бюджет',
    'Стоимость',
    'Цена',
  ],
  status: ['Status', 'Stage', 'Deal Stage', 'Статус', 'Этап', 'Этап сделки', 'Стадия сделки'],
  id: ['ID', 'Order ID', 'Deal ID', 'Order', 'Invoice', '№ заказа', 'Номер заказа', 'ID сделки', 'Номер'],
  customer: [
    'Customer',
    'Customer ID',
    'Customer Name',
    'Client',
    'Client ID',
    'Account',
    'Company',
    'Email',
    'Клиент',
    'ID клиента',
    'Покупатель',
    'Контрагент',
    'Компания',
  ],
  rep: [
    'Rep',
    'Owner',
    'Deal Owner',
    'Salesperson',
    'Manager',
    'Sales Rep',
    'Менеджер',
    'Ответственный',
    'Продавец',
  ],
  channel: ['Channel', 'Source', 'Lead Source', 'Campaign', 'Канал', 'Источник', 'Рекламная кампания'],
  quantity: ['Quantity', 'Qty', 'Units', 'Количество', 'Кол-во'],
  created: ['Created', 'Created Date', 'Create Date', 'Lead Date', 'Дата создания', 'Дата заявки'],
};
const SPEC_CASES = FIELDS.flatMap((field) => SPEC[field].map((header) => [header, field] as const));

describe('detectColumns', () => {
  it.each(SPEC_CASES)('finds %j as %s', (header, field) => {
    expect(detectColumns(['Something else', header])).toEqual({ [field]: 1 });
  });

  it.each(SPEC_CASES)('finds %j in any case, with spaces around and a trailing colon', (header, field) => {
    expect(detectColumns([`  ${header.toUpperCase()} :`])).toEqual({ [field]: 0 });
  });

  it('collapses inner spaces and reads ё as е', () => {
    expect(detectColumns(['Дата   закрытия', 'Номер счета', 'Сумма\u00a0сделки'])).toEqual({
      date: 0,
      id: 1, // the table spells it `Номер счёта`
      amount: 2,
    });
  });

  it('reads a HubSpot export', () => {
    const headers = [
      'Deal ID',
      'Deal Name',
      'Deal Stage',
      'Amount',
      'Close Date',
      'Create Date',
      'Deal owner',
      'Company',
      'Original Source',
    ];
    expect(detectColumns(headers)).toEqual({
      date: 4,
      amount: 3,
      status: 2,
      id: 0,
      customer: 7,
      rep: 6,
      channel: 8,
      created: 5,
    });
  });

  it('reads an amoCRM export, where the budget is the amount', () => {
    const headers = [
      'ID',
      'Название сделки',
      'Бюджет',
      'Ответственный',
      'Этап сделки',
      'Дата создания',
      'Дата закрытия',
      'Компания',
      'Источник',
    ];
    expect(detectColumns(headers)).toEqual({
      date: 6,
      amount: 2,
      status: 4,
      id: 0,
      customer: 7,
      rep: 3,
      channel: 8,
      created: 5,
    });
  });

  it('reads the welcome extras', () => {
    expect(
      detectColumns([
        'Created At',
        'Deal Source',
        'E-mail',
        'Ответственный менеджер',
        'Сумма заказа',
        'Sale Date',
      ]),
    ).toEqual({ created: 0, channel: 1, customer: 2, rep: 3, amount: 4, date: 5 });
    expect(detectColumns(['Дата создания сделки', 'Источник сделки', 'Название компании'])).toEqual({
      created: 0,
      channel: 1,
      customer: 2,
    });
  });

  it('lets the leftmost of several matching columns win', () => {
    expect(detectColumns(['Total', 'Amount', 'Date', 'Close Date'])).toEqual({ amount: 0, date: 2 });
    expect(detectColumns(['Источник', 'Канал'])).toEqual({ channel: 0 });
  });

  it('lets a user override win over detection', () => {
    // The user's amount is "Total" (column 2), not "Amount" (column 1).
    expect(detectColumns(['Date', 'Amount', 'Total'], { amount: 2 })).toEqual({ date: 0, amount: 2 });
    // A column taken by an override is not detected as its header's field: `Sum` becomes the amount.
    expect(detectColumns(['Date', 'Amount', 'Sum'], { quantity: 1 })).toEqual({
      date: 0,
      amount: 2,
      quantity: 1,
    });
    // An override may name a column whose header means nothing to detection.
    expect(detectColumns(['Когда', 'Сколько'], { date: 0, amount: 1 })).toEqual({ date: 0, amount: 1 });
  });

  it('drops a detected field the user sets to -1', () => {
    expect(detectColumns(['Date', 'Amount', 'Status'], { status: -1 })).toEqual({ date: 0, amount: 1 });
  });

  it('lists every synonym under one field only', () => {
    const owner = new Map<string, Field>();
    for (const field of FIELDS) {
      for (const text of [...HEADER_SYNONYMS[field].en, ...HEADER_SYNONYMS[field].ru]) {
        const key = normalizeHeader(text);
        expect(owner.get(key) ?? field, `${text} is under ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('starts every field list with exactly the spec synonyms', () => {
    for (const field of FIELDS) {
      const table = [...HEADER_SYNONYMS[field].en, ...HEADER_SYNONYMS[field].ru];
      for (const header of SPEC[field]) expect(table).toContain(header);
    }
  });

  describe('edge cases', () => {
    it('maps headers that would steal a column to nothing', () => {
      expect(detectColumns(['Deal Name', 'Название сделки', 'Название', 'Contact', 'Notes', ''])).toEqual({});
    });

    it('finds nothing in an empty header row', () => {
      expect(detectColumns([])).toEqual({});
    });

    it('throws on an override index that is not a column', () => {
      expect(() => detectColumns(['Date', 'Amount'], { amount: 2 })).toThrow(/override.amount = 2/);
      expect(() => detectColumns(['Date', 'Amount'], { amount: 1.5 })).toThrow(RangeError);
      expect(() => detectColumns(['Date', 'Amount'], { amount: -2 })).toThrow(RangeError);
    });

    it('throws when an override puts two fields in one column', () => {
      expect(() => detectColumns(['Date', 'Amount'], { amount: 1, quantity: 1 })).toThrow(/two fields/);
    });
  });
});
