import {
  createHeaderMatcher,
  type HeaderSynonyms,
  synonymList as list,
  synonymsIn,
} from '../_lib/matchHeaders';
import { type ColumnMapping, FIELDS, type Field } from './salesLog';

/**
 * The header texts that name each field of a sales log (spec §1.1 v2), English and Russian: first exactly the
 * spec's lists, then extras seen in CRM and shop exports (amoCRM, Bitrix24, HubSpot, Pipedrive, Salesforce, Zoho,
 * Shopify, WooCommerce, 1C, МойСклад, Excel logs). `fallback` synonyms are taken only when no column has a primary
 * one (`Status` beats `Stage`, `Customer` beats `Email`). Headers are compared as `headerKeys` makes them: trimmed,
 * case-insensitive, inner spaces collapsed, a trailing `:` ignored, `ё` read as `е`, an object prefix
 * (`Deal - `) and a unit note (`(USD)`, `, руб.`) dropped when the header as written is no synonym.
 *
 * Extras are exact texts, never prefixes: `Deal Name`, `Название сделки`, `Название`, `Name`, `Expected Revenue`,
 * `Fulfillment Status` and the Russian `Организация` (1C's and МойСклад's own legal entity, not the buyer) are
 * deliberately absent, since taking them would steal a column from the field a user means.
 */
export const HEADER_SYNONYMS: Readonly<Record<Field, HeaderSynonyms>> = {
  date: {
    en: list(
      'Date | Close Date | Closing Date | Date Closed | Closed | Closed On | Deal closed on | Order Date | Paid Date | ' +
        'Paid at',
      'Closed Date | Deal Close Date | Sale Date | Sales Date | Payment Date | Purchase Date | Invoice Date | ' +
        'Transaction Date | Date Paid | Paid On',
    ),
    ru: list(
      'Дата | Дата закрытия | Дата оплаты | Дата заказа | Дата продажи | Дата отгрузки | ' +
        'Предполагаемая дата закрытия | Время | Период',
      'Дата закрытия сделки | Дата сделки | Дата платежа | Дата покупки | Дата реализации | Дата завершения | ' +
        'Дата документа',
    ),
    fallback: {
      en: list('', 'Expected Close Date | Won Time'),
      ru: list('', 'Ожидаемая дата закрытия'),
    },
  },
  amount: {
    en: list(
      'Amount | Revenue | Sales | Sales Amount | Deal Amount | Order Total | Sum | Total | Value | Price | Net Sales',
      'Deal Value | Deal Size | Order Amount | Order Value | Sale Amount | Total Amount | Payment Amount | ' +
        'Amount Paid | Total Price | Total Sales',
    ),
    ru: list(
      'Сумма | Сумма продажи | Сумма сделки | Сумма выручки | Сумма выручки с НДС | Выручка | Бюджет | Стоимость | Цена',
      'Сумма заказа | Сумма оплаты | Сумма платежа | Итого | Итоговая сумма | Бюджет сделки | Сумма с НДС | ' +
        'Сумма документа | Выручка с НДС',
    ),
    // HubSpot writes both `Amount` and `Amount in company currency`: the deal's own amount wins whatever the column
    // order (a re-export with other columns must give the same figures); the converted one serves when alone.
    fallback: {
      en: list('', 'Amount in company currency'),
      ru: list('', ''),
    },
  },
  status: {
    en: list('Status | Financial Status | Order Status', 'Deal Status | Payment Status'),
    ru: list('Статус | Статус заказа', 'Статус сделки | Статус оплаты'),
    fallback: {
      en: list('Stage | Deal Stage', 'Pipeline Stage | Stage Name | Sales Stage'),
      ru: list('Этап | Этап сделки | Стадия сделки', 'Стадия | Этап воронки'),
    },
  },
  id: {
    en: list(
      'ID | Record ID | Order ID | Deal ID | Order | Order # | Invoice',
      'Order Number | Order No | Invoice ID | Invoice Number | Invoice No | Transaction ID | Opportunity ID',
    ),
    ru: list(
      'ID | № заказа | № | Номер заказа | ID сделки | Номер | Регистратор | Документ',
      '№ сделки | Номер сделки | ID заказа | Номер счёта | № счёта | Номер документа',
    ),
  },
  customer: {
    en: list(
      'Customer | Customer ID | Customer Name | Client | Client ID | Account | Account Name | Company | Organization | ' +
        'Associated Company (Primary)',
      'Client Name | Company Name | Associated Company | Organization Name | Organization - Name | Buyer',
    ),
    ru: list(
      'Клиент | ID клиента | Покупатель | Контрагент | Компания',
      'Название компании | Имя клиента | ФИО клиента | Заказчик | Партнер',
    ),
    fallback: {
      en: list(
        'Contact | Email | Customer Email',
        'E-mail | Contact Name | Contact Person | Associated Contact | Person - Name | Billing Name',
      ),
      ru: list(
        'Контакт | Полное имя контакта',
        'Контактное лицо | Компания контакта | Эл. почта | Электронная почта',
      ),
    },
  },
  rep: {
    en: list(
      'Rep | Owner | Deal Owner | Opportunity Owner | Salesperson | Manager | Sales Rep | Assigned To',
      'Sales Manager | Sales Person | Salesman | Seller | Account Manager | Account Owner | Responsible',
    ),
    ru: list(
      'Менеджер | Ответственный | Продавец | Владелец | Владелец-сотрудник',
      'Ответственный менеджер | Ответственный за сделку | Менеджер по продажам | Сотрудник',
    ),
  },
  channel: {
    en: list(
      'Channel | Source | Lead Source | Source channel | Original Source | Original Source Type | ' +
        'Original Traffic Source | Campaign | Attribution | UTM Source',
      'Deal Source | Lead Channel | Sales Channel | Marketing Channel | Acquisition Channel | Traffic Source | ' +
        'utm_source | Campaign Source',
    ),
    ru: list(
      'Канал | Канал продаж | Источник | Рекламная кампания',
      'Источник сделки | Источник лида | Источник трафика | Источник заказа | Рекламный канал | Кампания',
    ),
  },
  quantity: {
    en: list(
      'Quantity | Qty | Units | Items sold | Lineitem quantity',
      'Units Sold | Quantity Sold | Items | Pcs | Line Item Quantity | Product Quantity',
    ),
    ru: list('Количество | Кол-во', 'Кол. | Шт | Шт. | Количество товаров'),
  },
  created: {
    en: list(
      'Created | Created Date | Create Date | Created Time | Created at | Add time | Deal created | Lead Date',
      'Created On | Creation Date | Date Created | Lead Created | Lead Created Date',
    ),
    ru: list(
      'Дата создания | Дата создания сделки | Дата заявки',
      'Дата создания заказа | Создана | Создано | Дата обращения | Дата лида',
    ),
  },
  refund: {
    en: list('Refunded Amount | Refund Amount', 'Amount Refunded | Total Refunded | Refunds'),
    ru: list('Сумма возврата', 'Сумма возвратов'),
  },
};

/**
 * The header texts of a field in one language, primary synonyms first (for messages, the sidebar and `group_by`).
 *
 * @param field A field of the sales log.
 * @param lang The user's language.
 * @returns Every synonym of the field in that language.
 * @example
 * headerSynonymsOf('status', 'en').slice(0, 4) //=> ['Status', 'Financial Status', 'Order Status', 'Deal Status']
 */
export function headerSynonymsOf(field: Field, lang: 'en' | 'ru'): readonly string[] {
  return synonymsIn(HEADER_SYNONYMS[field], lang);
}

const matchLogHeaders = createHeaderMatcher(HEADER_SYNONYMS);

/**
 * Finds the column of each field of a sales log from its header row (spec §1.1). When several columns match one
 * field, a primary synonym beats a fallback one, a header as written beats one matched without its object prefix
 * or unit note, and then the leftmost wins. A user override wins over detection: an overridden column is taken by its field and
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
 * detectColumns(['Deal - Stage', 'Deal - Value', 'Deal - Status', 'Deal - Won time']) //=> { date: 3, amount: 1, status: 2 }
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
