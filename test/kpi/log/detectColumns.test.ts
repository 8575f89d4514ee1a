import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/kpi/_lib/normalizeHeader';
import { detectColumns, HEADER_SYNONYMS, headerSynonymsOf } from '../../../src/kpi/log/detectColumns';
import { FIELDS, type Field } from '../../../src/kpi/log/salesLog';

// The spec's lists (KPI-SPEC §1.1 v2), copied here so that the test checks the contract, not the table it tests.
const SPEC: Record<Field, string[]> = {
  date: [
    ...['Date', 'Close Date', 'Closing Date', 'Date Closed', 'Closed', 'Closed On', 'Deal closed on'],
    ...['Order Date', 'Paid Date', 'Paid at', 'Дата', 'Дата закрытия', 'Дата оплаты', 'Дата заказа'],
    ...['Дата продажи', 'Дата отгрузки', 'Предполагаемая дата закрытия', 'Время', 'Период'],
  ],
  amount: [
    ...['Amount', 'Revenue', 'Sales', 'Sales Amount', 'Deal Amount', 'Order Total', 'Sum', 'Total', 'Value'],
    ...[
      'Price',
      'Net Sales',
      'Сумма',
      'Сумма продажи',
      'Сумма сделки',
      'Сумма выручки',
      'Сумма выручки с НДС',
    ],
    ...['Выручка', 'Бюджет', 'Стоимость', 'Цена'],
  ],
  status: ['Status', 'Financial Status', 'Order Status', 'Статус', 'Статус заказа'],
  id: [
    ...[
      'ID',
      'Record ID',
      'Order ID',
      'Deal ID',
      'Order',
      'Order #',
      'Invoice',
      '№ заказа',
      '№',
      'Номер заказа',
    ],
    ...['ID сделки', 'Номер', 'Регистратор', 'Документ'],
  ],
  customer: [
    ...[
      'Customer',
      'Customer ID',
      'Customer Name',
      'Client',
      'Client ID',
      'Account',
      'Account Name',
      'Company',
    ],
    ...['Organization', 'Associated Company (Primary)', 'Клиент', 'ID клиента', 'Покупатель', 'Контрагент'],
    'Компания',
  ],
  rep: [
    ...[
      'Rep',
      'Owner',
      'Deal Owner',
      'Opportunity Owner',
      'Salesperson',
      'Manager',
      'Sales Rep',
      'Assigned To',
    ],
    ...['Менеджер', 'Ответственный', 'Продавец', 'Владелец', 'Владелец-сотрудник'],
  ],
  channel: [
    ...['Channel', 'Source', 'Lead Source', 'Source channel', 'Original Source', 'Original Source Type'],
    ...[
      'Original Traffic Source',
      'Campaign',
      'Attribution',
      'UTM Source',
      'Канал',
      'Канал продаж',
      'Источник',
    ],
    'Рекламная кампания',
  ],
  quantity: ['Quantity', 'Qty', 'Units', 'Items sold', 'Lineitem quantity', 'Количество', 'Кол-во'],
  created: [
    ...['Created', 'Created Date', 'Create Date', 'Created Time', 'Created at', 'Add time', 'Deal created'],
    ...['Lead Date', 'Дата создания', 'Дата создания сделки', 'Дата заявки'],
  ],
  refund: ['Refunded Amount', 'Refund Amount', 'Сумма возврата'],
};
// The spec's fallback synonyms: taken only when no column has a primary one.
const SPEC_FALLBACK: Partial<Record<Field, string[]>> = {
  status: ['Stage', 'Deal Stage', 'Этап', 'Этап сделки', 'Стадия сделки'],
  customer: ['Contact', 'Email', 'Customer Email', 'Контакт', 'Полное имя контакта'],
};
const SPEC_CASES = FIELDS.flatMap((field) =>
  [...SPEC[field], ...(SPEC_FALLBACK[field] ?? [])].map((header) => [header, field] as const),
);
const FALLBACK_CASES = FIELDS.flatMap((field) =>
  (SPEC_FALLBACK[field] ?? []).map((header) => [header, field] as const),
);
const allSynonyms = (field: Field) => [...headerSynonymsOf(field, 'en'), ...headerSynonymsOf(field, 'ru')];

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
        'Created On',
        'Deal Source',
        'Client Name',
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

  it.each(FALLBACK_CASES)(
    'takes the fallback %j as %s only when no column has a primary synonym',
    (header, field) => {
      const primary = SPEC[field][0];
      expect(detectColumns(['Date', 'Amount', header])[field]).toBe(2);
      expect(detectColumns(['Date', 'Amount', header, primary])[field]).toBe(3);
      expect(detectColumns([primary, header])[field]).toBe(0);
    },
  );

  it('reads Pipedrive, where `Deal - Status` (won/lost/open) beats `Deal - Stage` (the pipeline stage)', () => {
    const headers = [
      'Deal - ID',
      'Deal - Title',
      'Deal - Value',
      'Deal - Currency',
      'Deal - Organization',
      'Deal - Contact person',
      'Deal - Owner',
      'Deal - Stage',
      'Deal - Status',
      'Deal - Deal created',
      'Deal - Expected close date',
      'Deal - Deal closed on',
      'Deal - Source channel',
      'Deal - Product quantity',
    ];
    expect(detectColumns(headers)).toEqual({
      id: 0,
      amount: 2,
      customer: 4,
      rep: 6,
      status: 8,
      created: 9,
      date: 11, // `Deal closed on` beats the fallback `Expected close date` to its left
      channel: 12,
      quantity: 13,
    });
  });

  it('drops any object prefix with a dash, in either language and with any dash', () => {
    expect(detectColumns(['Сделка - Бюджет', 'Order – Date', 'Person — Email', 'Lead - Source'])).toEqual({
      amount: 0,
      date: 1,
      customer: 2,
      channel: 3,
    });
    expect(
      detectColumns(['Контакт - Полное имя контакта', 'Компания - Менеджер', 'Product - Quantity']),
    ).toEqual({
      customer: 0,
      rep: 1,
      quantity: 2,
    });
  });

  it('keeps a header whose dash is part of a word or is itself a synonym', () => {
    expect(detectColumns(['Кол-во', 'E-mail', 'Владелец-сотрудник', 'Organization - Name'])).toEqual({
      quantity: 0,
      rep: 2,
      customer: 3, // a primary synonym as written beats the fallback `E-mail`
    });
  });

  it('drops a trailing unit or format note', () => {
    expect(
      detectColumns(['Amount (USD)', 'Date closed (MM/DD/YYYY)', 'Количество, шт', 'Сумма возврата, руб.']),
    ).toEqual({ amount: 0, date: 1, quantity: 2, refund: 3 });
    expect(detectColumns(['Сумма (₽)', 'Дата [дд.мм.гггг]'])).toEqual({ amount: 0, date: 1 });
    expect(detectColumns(['Дата', 'Сумма, руб.'])).toEqual({ date: 0, amount: 1 });
    expect(detectColumns(['Date', 'Amount, $'])).toEqual({ date: 0, amount: 1 });
    expect(detectColumns(['Date', 'Amount USD', 'Qty*'])).toEqual({ date: 0, amount: 1, quantity: 2 });
  });

  it('prefers a header as written to one matched without its note or prefix', () => {
    // Salesforce writes the original-currency `Amount` and `Amount (converted)`; `Associated Company (Primary)`
    // is a synonym as written.
    expect(detectColumns(['Date', 'Amount (converted)', 'Amount'])).toEqual({ date: 0, amount: 2 });
    expect(detectColumns(['Shipping - Date', 'Date', 'Amount'])).toEqual({ date: 1, amount: 2 });
    expect(detectColumns(['Associated Company (Primary)'])).toEqual({ customer: 0 });
  });

  it('reads the snake_case headers of database and API dumps', () => {
    const headers = [
      'order_id',
      'order_date',
      'status',
      'order_total',
      'customer_email',
      'created_at',
      'utm_source',
    ];
    expect(detectColumns(headers)).toEqual({
      id: 0,
      date: 1,
      status: 2,
      amount: 3,
      customer: 4,
      created: 5,
      channel: 6,
    });
  });

  it('reads a Stripe payments export`s refunds and its created time with the zone note', () => {
    const headers = ['id', 'Created (UTC)', 'Amount', 'Amount Refunded', 'Status', 'Customer Email'];
    expect(detectColumns(headers)).toEqual({
      id: 0,
      created: 1,
      amount: 2,
      refund: 3,
      status: 4,
      customer: 5,
    });
  });

  it('reads a Salesforce opportunity report', () => {
    const headers = [
      'Opportunity Owner',
      'Account Name',
      'Opportunity Name',
      'Stage',
      'Fiscal Period',
      'Amount',
      'Probability (%)',
      'Age',
      'Close Date',
      'Created Date',
      'Lead Source',
      'Type',
    ];
    expect(detectColumns(headers)).toEqual({
      rep: 0,
      customer: 1,
      status: 3,
      amount: 5,
      date: 8,
      created: 9,
      channel: 10,
    });
  });

  it('reads a HubSpot deals export with its primary associated company', () => {
    const headers = [
      'Record ID',
      'Deal Name',
      'Deal Stage',
      'Close Date',
      'Deal owner',
      'Amount',
      'Create Date',
      'Associated Contact',
      'Associated Company (Primary)',
      'Original Traffic Source',
    ];
    expect(detectColumns(headers)).toEqual({
      id: 0,
      status: 2,
      date: 3,
      rep: 4,
      amount: 5,
      created: 6,
      customer: 8,
      channel: 9,
    });
  });

  it('reads HubSpot`s amount in company currency when the deal amount is not exported', () => {
    expect(detectColumns(['Close Date', 'Amount in company currency'])).toEqual({ date: 0, amount: 1 });
    expect(detectColumns(['Close Date', 'Amount', 'Amount in company currency'])).toEqual({
      date: 0,
      amount: 1,
    });
  });

  it('reads a Zoho CRM deals export, where `Expected Revenue` is no amount', () => {
    const headers = [
      'Record Id',
      'Deal Owner',
      'Deal Name',
      'Expected Revenue',
      'Amount',
      'Closing Date',
      'Account Name',
      'Stage',
      'Lead Source',
      'Contact Name',
      'Created Time',
    ];
    expect(detectColumns(headers)).toEqual({
      id: 0,
      rep: 1,
      amount: 4,
      date: 5,
      customer: 6,
      status: 7,
      channel: 8,
      created: 10,
    });
  });

  it('reads a Shopify orders export', () => {
    const headers = [
      'Name',
      'Email',
      'Financial Status',
      'Paid at',
      'Fulfillment Status',
      'Subtotal',
      'Total',
      'Created at',
      'Lineitem quantity',
      'Lineitem price',
      'Billing Name',
      'Refunded Amount',
      'Id',
      'Source',
    ];
    expect(detectColumns(headers)).toEqual({
      customer: 1, // the fallback `Email`, leftmost of the fallbacks
      status: 2,
      date: 3,
      amount: 6,
      created: 7,
      quantity: 8,
      refund: 11,
      id: 12,
      channel: 13,
    });
  });

  it('reads a WooCommerce orders report', () => {
    const headers = ['Date', 'Order #', 'Status', 'Customer', 'Customer type', 'Product(s)', 'Items sold'];
    expect(detectColumns([...headers, 'Coupon(s)', 'Net Sales', 'Attribution'])).toEqual({
      date: 0,
      id: 1,
      status: 2,
      customer: 3,
      quantity: 6,
      amount: 8,
      channel: 9,
    });
  });

  it('reads a Bitrix24 deals export', () => {
    const headers = ['ID', 'Название', 'Стадия сделки', 'Сумма', 'Валюта', 'Ответственный', 'Дата создания'];
    expect(
      detectColumns([...headers, 'Предполагаемая дата закрытия', 'Компания', 'Контакт', 'Источник']),
    ).toEqual({
      id: 0,
      status: 2,
      amount: 3,
      rep: 5,
      created: 6,
      date: 7,
      customer: 8,
      channel: 10,
    });
  });

  it('reads a 1C sales register report, where the seller`s own `Организация` is no customer', () => {
    const headers = ['Период', 'Регистратор', 'Организация', 'Контрагент', 'Номенклатура', 'Количество'];
    expect(detectColumns([...headers, 'Сумма выручки', 'Менеджер'])).toEqual({
      date: 0,
      id: 1,
      customer: 3,
      quantity: 5,
      amount: 6,
      rep: 7,
    });
  });

  it('reads a МойСклад orders export', () => {
    const headers = ['Время', 'Номер', 'Организация', 'Контрагент', 'Сумма', 'Статус', 'Канал продаж'];
    expect(detectColumns([...headers, 'Владелец-сотрудник'])).toEqual({
      date: 0,
      id: 1,
      customer: 3,
      amount: 4,
      status: 5,
      channel: 6,
      rep: 7,
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

  it('lists every synonym, primary or fallback, under one field only', () => {
    const owner = new Map<string, Field>();
    for (const field of FIELDS) {
      for (const text of allSynonyms(field)) {
        const key = headerKey(text);
        expect(owner.get(key) ?? field, `${text} is under ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('holds every spec synonym, fallback ones as fallback', () => {
    for (const field of FIELDS) {
      const { en, ru, fallback } = HEADER_SYNONYMS[field];
      for (const header of SPEC[field]) expect([...en, ...ru]).toContain(header);
      const fallbacks = fallback === undefined ? [] : [...fallback.en, ...fallback.ru];
      for (const header of SPEC_FALLBACK[field] ?? []) expect(fallbacks).toContain(header);
    }
  });

  it('lists a field`s synonyms in one language, primary first', () => {
    expect(headerSynonymsOf('status', 'en').indexOf('Status')).toBeLessThan(
      headerSynonymsOf('status', 'en').indexOf('Stage'),
    );
    expect(headerSynonymsOf('customer', 'ru')).toContain('Полное имя контакта');
    expect(headerSynonymsOf('customer', 'ru')).not.toContain('Customer');
  });

  describe('edge cases', () => {
    it('maps headers that would steal a column to nothing', () => {
      expect(
        detectColumns(['Deal Name', 'Название сделки', 'Название', 'Name', 'Notes', 'Expected Revenue', '']),
      ).toEqual({});
      expect(detectColumns(['Fulfillment Status', 'Организация', 'Amount - USD - 2026'])).toEqual({});
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
