import { createHeaderMatcher, type HeaderSynonyms, synonymList as list } from './_lib/matchHeaders';
import { type ColumnMapping, FIELDS, type Field } from './salesLog';

/**
 * The header texts that name each field of a sales log (spec §1.1), English and Russian: first exactly the spec's
 * lists, then extras seen in CRM exports (HubSpot, amoCRM, Bitrix24, Excel logs). Headers are compared trimmed,
 * case-insensitive, with inner spaces collapsed, a trailing `:` ignored and `ё` read as `е`.
 *
 * Extras are exact texts, never prefixes: `Deal Name`, `Название сделки`, `Название`, `Contact` are deliberately
 * absent, since taking them would steal a column from the field a user means (a deal name is no customer).
 */
export const HEADER_SYNONYMS: Readonly<Record<Field, HeaderSynonyms>> = {
  date: {
    en: list(
      'Date | Close Date | Closed | Order Date | Paid Date',
      'Closing Date | Closed Date | Date Closed | Deal Close Date | Sale Date | Sales Date | Payment Date | ' +
        'Purchase Date | Invoice Date | Transaction Date',
    ),
    ru: list(
      'Дата | Дата закрытия | Дата оплаты | Дата заказа | Дата продажи | Предполагаемая дата закрытия',
      'Дата закрытия сделки | Дата сделки | Дата платежа | Дата покупки | Дата реализации | Дата завершения',
    ),
  },
  amount: {
    en: list(
      'Amount | Revenue | Sales | Sales Amount | Deal Amount | Order Total | Sum | Total | Value | Price',
      'Deal Value | Deal Size | Order Amount | Order Value | Sale Amount | Total Amount | Payment Amount | Amount Paid',
    ),
    ru: list(
      'Сумма | Сумма продажи | Сумма сделки | Выручка | Бюджет | Стоимость | Цена',
      'Сумма заказа | Сумма оплаты | Сумма платежа | Итого | Итоговая сумма | Бюджет сделки',
    ),
  },
  status: {
    en: list('Status | Stage | Deal Stage', 'Deal Status | Order Status | Pipeline Stage | Stage Name'),
    ru: list(
      'Статус | Этап | Этап сделки | Стадия сделки',
      'Стадия | Статус сделки | Статус заказа | Этап воронки',
    ),
  },
  id: {
    en: list(
      'ID | Order ID | Deal ID | Order | Invoice',
      'Record ID | Order Number | Order No | Order # | Invoice ID | Invoice Number | Invoice No | Transaction ID',
    ),
    ru: list(
      'ID | № заказа | Номер заказа | ID сделки | Номер',
      '№ | № сделки | Номер сделки | ID заказа | Номер счёта | № счёта',
    ),
  },
  customer: {
    en: list(
      'Customer | Customer ID | Customer Name | Client | Client ID | Account | Company | Email',
      'E-mail | Customer Email | Client Name | Account Name | Company Name | Associated Company | Buyer',
    ),
    ru: list(
      'Клиент | ID клиента | Покупатель | Контрагент | Компания',
      'Название компании | Имя клиента | Заказчик | Организация | Эл. почта | Электронная почта',
    ),
  },
  rep: {
    en: list(
      'Rep | Owner | Deal Owner | Salesperson | Manager | Sales Rep',
      'Sales Manager | Sales Person | Salesman | Seller | Account Manager | Account Owner | Assigned To | Responsible',
    ),
    ru: list(
      'Менеджер | Ответственный | Продавец',
      'Ответственный менеджер | Ответственный за сделку | Менеджер по продажам | Сотрудник',
    ),
  },
  channel: {
    en: list(
      'Channel | Source | Lead Source | Campaign',
      'Original Source | Deal Source | Lead Channel | Sales Channel | Marketing Channel | Acquisition Channel | ' +
        'Traffic Source | UTM Source | utm_source',
    ),
    ru: list(
      'Канал | Источник | Рекламная кампания',
      'Источник сделки | Источник лида | Источник трафика | Канал продаж | Рекламный канал | Кампания',
    ),
  },
  quantity: {
    en: list('Quantity | Qty | Units', 'Units Sold | Quantity Sold | Items | Pcs'),
    ru: list('Количество | Кол-во', 'Кол. | Количество, шт | Кол-во, шт | Шт | Шт.'),
  },
  created: {
    en: list(
      'Created | Created Date | Create Date | Lead Date',
      'Created At | Created On | Creation Date | Date Created | Lead Created | Lead Created Date',
    ),
    ru: list(
      'Дата создания | Дата заявки',
      'Дата создания сделки | Дата создания заказа | Создана | Создано | Дата обращения | Дата лида',
    ),
  },
  refund: {
    en: list('Refunded Amount | Refund Amount', ''),
    ru: list('Сумма возврата', ''),
  },
};

const matchLogHeaders = createHeaderMatcher(HEADER_SYNONYMS);

/**
 * Finds the column of each field of a sales log from its header row (spec §1.1). When several columns match one
 * field, the leftmost wins. A user override wins over detection: an overridden column is taken by its field and
 * no other field is detected in it; `-1` in the override means "this log has no such column" (e.g. to ignore a
 * `Status` column that holds something else).
 *
 * @param headers The header row as text.
 * @param override The user's choices (sidebar): field → 0-based column, or -1 for none.
 * @returns Field → 0-based column, for the fields found (in `FIELDS` order).
 * @throws RangeError when an override index is not an integer in -1 … headers.length − 1, or two fields share one
 *   column: the caller must validate a stored override against the current header row first.
 * @example
 * detectColumns(['Дата закрытия', 'Бюджет', 'Этап сделки']) //=> { date: 0, amount: 1, status: 2 }
 * detectColumns(['Date', 'Amount', 'Total'], { amount: 2 }) //=> { date: 0, amount: 2 }
 */
export function detectColumns(headers: readonly string[], override?: ColumnMapping): ColumnMapping {
  const taken = new Set<number>();
  const chosen: ColumnMapping = {};
  if (override !== undefined) {
    for (const field of FIELDS) {
      const column = override[field];
      if (column === undefined) continue;
      if (!Number.isInteger(column) || column < -1 || column >= headers.length) {
        throw new RangeError(
          `detectColumns: override.${field} = ${column} is not a column of this ${headers.length}-column header row; use 0 … ${headers.length - 1}, or -1 for none.`,
        );
      }
      if (column !== -1 && taken.has(column)) {
        throw new RangeError(
          `detectColumns: override maps two fields to column ${column}; give each field its own.`,
        );
      }
      if (column !== -1) taken.add(column);
      chosen[field] = column;
    }
  }
  const detected = matchLogHeaders(headers, taken);
  const mapping: ColumnMapping = {};
  for (const field of FIELDS) {
    const column = chosen[field] ?? detected[field];
    if (column !== undefined && column !== -1) mapping[field] = column;
  }
  return mapping;
}
