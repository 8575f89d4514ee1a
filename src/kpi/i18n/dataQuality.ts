import { plural } from '../_lib/plural';
import { headerSynonymsOf } from '../log/detectColumns';
import { SPEND_HEADER_SYNONYMS } from '../log/readSpend';
import type { DataQuality, Field, LogError, RowIssue, SpendField } from '../log/salesLog';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';
import { joinOr, quoted } from './locales';

/** The name of each field of a sales log or spend table, as a user reads it (sidebar, errors, `group_by`). */
export const FIELD_NAMES = defineMessages<Record<Field | SpendField, string>>({
  en: {
    date: 'Date',
    amount: 'Amount',
    status: 'Status',
    id: 'ID',
    customer: 'Customer',
    rep: 'Rep',
    channel: 'Channel',
    quantity: 'Quantity',
    created: 'Created',
    refund: 'Refund',
    spend: 'Spend',
  },
  ru: {
    date: 'Дата',
    amount: 'Сумма',
    status: 'Статус',
    id: 'ID',
    customer: 'Клиент',
    rep: 'Менеджер',
    channel: 'Канал',
    quantity: 'Количество',
    created: 'Дата создания',
    refund: 'Возврат',
    spend: 'Расход',
  },
});

/** Where the user reads a log error, which decides how it says to map a missing column. */
export type MappingPlace = 'formula' | 'sidebar' | 'cli';

// How many unknown statuses and headers a message lists before "and N more".
const LISTED_STATUSES = 5;
const LISTED_HEADERS = 20;

const messages = defineMessages({
  en: {
    quote: (text: string) => quoted('en', text),
    row: (row: number) => `row ${row}`,
    unreadableDate: (value: string) => `the date “${value}” cannot be read`,
    implausibleDate: (value: string) => `the date “${value}” is before 1970 or after 2099 (a typo?)`,
    unreadableQuantity: (value: string) => `the quantity “${value}” cannot be read; counted as 0`,
    negativeQuantity: (value: string) => `the quantity “${value}” is negative on a won row; counted as 0`,
    quantityIssues: (count: number, first: string) =>
      count === 1 ? `1 quantity counted as 0: ${first}` : `${count} quantities counted as 0; first: ${first}`,
    noReadableRows: (table: string, count: number, first: string) =>
      `Every data row of ${table} was skipped (${count}), so there is nothing to count. First: ${first}`,
    footerLines: (count: number) =>
      count === 1
        ? '1 footer line after the data (report totals or a notice) was ignored: it is no data row.'
        : `${count} footer lines after the data (report totals and notices) were ignored: they are no data rows.`,
    continuationLines: (count: number) =>
      count === 1
        ? '1 continuation line (a further line item of the order above) was merged into its order.'
        : `${count} continuation lines (further line items of the order above) were merged into their orders.`,
    blankDate: 'the date is empty',
    unreadableAmount: (value: string) => `the amount “${value}” cannot be read`,
    blankAmount: 'the amount is empty',
    ambiguousAmount: (value: string, decimal: string, thousands: string, fraction: string) =>
      `“${value}” could be ${decimal} or ${thousands} — write ${thousands} or ${fraction}`,
    table: (table: 'sales' | 'spend'): string => (table === 'spend' ? 'the spend table' : 'the sales log'),
    missingColumn: (field: string, table: string, examples: string, headers: string, fix: string) =>
      `No “${field}” column in ${table}. Name a column ${examples}${fix}. ${headers}`,
    fixMapping: (key: string, where: MappingPlace): string =>
      where === 'formula'
        ? `, or give the columns argument, e.g. "${key}=<header>"`
        : where === 'cli'
          ? `, or map it with --map ${key}=<header>`
          : ", or choose it in the sidebar's Data section",
    headersFound: (list: string) => `Headers found: ${list}.`,
    noHeaders: 'Its first row is empty.',
    emptyLog: (table: string) => `${capitalize(table)} has no data rows under its header row.`,
    more: (n: number) => `and ${n} more`,
    unknownStatuses: (list: string) =>
      `Statuses read as open: ${list}. If one of them means won, lost or returned, add it in the sidebar.`,
    skipped: (count: number, first: string) =>
      count === 1 ? `1 row skipped: ${first}` : `${count} rows skipped; first: ${first}`,
  },
  ru: {
    quote: (text: string) => quoted('ru', text),
    row: (row: number) => `строка ${row}`,
    unreadableDate: (value: string) => `не удалось прочитать дату «${value}»`,
    implausibleDate: (value: string) => `дата «${value}» раньше 1970 или позже 2099 года (опечатка?)`,
    unreadableQuantity: (value: string) => `не удалось прочитать количество «${value}»; считается 0`,
    negativeQuantity: (value: string) => `отрицательное количество «${value}» в успешной сделке; считается 0`,
    quantityIssues: (count: number, first: string) =>
      count === 1
        ? `1 количество считается равным 0: ${first}`
        : `${count} ${plural('ru', count, ['количество считается', 'количества считаются', 'количеств считаются'])} равными 0; первое: ${first}`,
    noReadableRows: (table: string, count: number, first: string) =>
      `В ${table} пропущены все строки с данными (${count}), считать нечего. Первая: ${first}`,
    footerLines: (count: number) =>
      `${count} ${plural('ru', count, ['строка', 'строки', 'строк'])} подвала после данных (итоги или примечания отчёта) не ${plural('ru', count, ['учтена', 'учтены', 'учтены'])}: это не данные.`,
    continuationLines: (count: number) =>
      `${count} ${plural('ru', count, ['строка-продолжение', 'строки-продолжения', 'строк-продолжений'])} (следующие позиции заказа выше) ${plural('ru', count, ['объединена', 'объединены', 'объединены'])} со своими заказами.`,
    blankDate: 'дата не заполнена',
    unreadableAmount: (value: string) => `не удалось прочитать сумму «${value}»`,
    blankAmount: 'сумма не заполнена',
    ambiguousAmount: (value: string, decimal: string, thousands: string, fraction: string) =>
      `«${value}» может означать ${decimal} или ${thousands} — напишите ${thousands} или ${fraction}`,
    table: (table: 'sales' | 'spend'): string => (table === 'spend' ? 'таблице расходов' : 'журнале продаж'),
    missingColumn: (field: string, table: string, examples: string, headers: string, fix: string) =>
      `В ${table} нет столбца «${field}». Назовите столбец ${examples}${fix}. ${headers}`,
    fixMapping: (key: string, where: MappingPlace): string =>
      where === 'formula'
        ? ` или укажите аргумент columns, например "${key}=<заголовок>"`
        : where === 'cli'
          ? ` или укажите его флагом --map ${key}=<заголовок>`
          : ' или выберите его в разделе «Данные» боковой панели',
    headersFound: (list: string) => `Найденные заголовки: ${list}.`,
    noHeaders: 'Первая строка пуста.',
    emptyLog: (table: string) => `В ${table} нет строк с данными под строкой заголовков.`,
    more: (n: number) => `и ещё ${n}`,
    unknownStatuses: (list: string) =>
      `Статусы, прочитанные как «в работе»: ${list}. Если какой-то из них означает успех, отказ или возврат, укажите это в боковой панели.`,
    skipped: (count: number, first: string) =>
      count === 1
        ? `Пропущена 1 строка: ${first}`
        : `${plural('ru', count, ['Пропущена', 'Пропущено', 'Пропущено'])} ${count} ${plural('ru', count, ['строка', 'строки', 'строк'])}; первая: ${first}`,
  },
});

/**
 * The name of a field in the user's language.
 *
 * @example
 * fieldName('ru', 'rep') //=> 'Менеджер'
 */
export function fieldName(lang: Lang, field: Field | SpendField): string {
  return FIELD_NAMES[lang][field];
}

/**
 * Says which row was skipped (or which quantity counts 0) and why, with the sheet row number and the column header.
 *
 * @param lang The user's language.
 * @param row A skipped row from `DataQuality.skipped`, or a quantity issue from `DataQuality.quantityIssues`.
 * @returns One line of text.
 * @example
 * describeSkippedRow('ru', { code: 'unreadable_date', row: 17, column: 'Дата', value: '31.02.2026' })
 * //=> 'строка 17, «Дата»: не удалось прочитать дату «31.02.2026»'
 */
export function describeSkippedRow(lang: Lang, row: RowIssue): string {
  const m = messages[lang];
  const where = row.column === '' ? m.row(row.row) : `${m.row(row.row)}, ${m.quote(row.column)}`;
  return `${where}: ${reason(lang, row)}`;
}

function reason(lang: Lang, { code, value }: RowIssue): string {
  const m = messages[lang];
  switch (code) {
    case 'unreadable_date':
      return value === '' ? m.blankDate : m.unreadableDate(value);
    case 'implausible_date':
      return m.implausibleDate(value);
    case 'unreadable_quantity':
      return m.unreadableQuantity(value);
    case 'negative_quantity':
      return m.negativeQuantity(value);
    case 'unreadable_amount':
      return value === '' ? m.blankAmount : m.unreadableAmount(value);
    case 'ambiguous_amount': {
      // Ambiguous means one separator the sheet does not use as its decimal mark, followed by three digits
      // (`1.234` in a ru sheet): it is either a thousands mark or a decimal point written the other way.
      const separator = value.includes('.') ? '.' : ',';
      const sheetDecimal = separator === '.' ? ',' : '.';
      return m.ambiguousAmount(
        value,
        value.replace(separator, lang === 'ru' ? ',' : '.'),
        value.replace(separator, ''),
        value.replace(separator, sheetDecimal),
      );
    }
  }
}

/**
 * Says why a sales log or spend table cannot be read: a missing required column (named in the user's language,
 * with header texts that would be recognised and the headers that were found), or no data rows.
 *
 * @param lang The user's language.
 * @param error The error of `readLog` or `readSpend`.
 * @returns One or two sentences.
 * @param where Where the user is, for how to map a missing column there: the sidebar (also for the report, which
 *   the sidebar configures), `KPI_TABLE`'s `columns` argument, or the CLI's `--map`. @default 'sidebar'
 * @example
 * describeLogError('en', { code: 'missing_column', field: 'date', headersFound: ['Deal', 'Amount'] }, 'formula')
 * //=> 'No “Date” column in the sales log. Name a column “Date”, “Close Date” or “Closed”, or give the columns argument, e.g. "date=<header>". Headers found: “Deal”, “Amount”.'
 */
export function describeLogError(lang: Lang, error: LogError, where: MappingPlace = 'sidebar'): string {
  const m = messages[lang];
  const table = m.table(error.table ?? 'sales');
  if (error.code === 'no_readable_rows' && error.skipped !== undefined && error.skipped.length > 0) {
    const count = error.skippedCount ?? error.skipped.length;
    return m.noReadableRows(table, count, describeSkippedRow(lang, error.skipped[0]));
  }
  if (error.code !== 'missing_column' || error.field === undefined) return m.emptyLog(table);
  const synonyms =
    error.table === 'spend'
      ? SPEND_HEADER_SYNONYMS[error.field as SpendField][lang]
      : headerSynonymsOf(error.field as Field, lang);
  const examples = joinOr(lang, synonyms.slice(0, 3).map(m.quote));
  const headers =
    error.headersFound.length === 0
      ? m.noHeaders
      : m.headersFound(listWithMore(lang, error.headersFound.map(m.quote), LISTED_HEADERS));
  // The spend table's columns are found by their headers only: nothing to map.
  const fix = error.table === 'spend' ? '' : m.fixMapping(error.field, where);
  return m.missingColumn(fieldName(lang, error.field), table, examples, headers, fix);
}

/**
 * The one-line note on skipped rows that `KPI_TABLE` puts in its last row: how many, and the first reason.
 *
 * @param lang The user's language.
 * @param quality The data quality of `readLog`.
 * @returns The note, or null when no row was skipped.
 * @example
 * summarizeSkipped('en', quality) //=> '3 rows skipped; first: row 17, “Дата”: the date “31.02.2026” cannot be read'
 */
export function summarizeSkipped(lang: Lang, quality: DataQuality): string | null {
  if (quality.skippedCount === 0 || quality.skipped.length === 0) return null;
  return messages[lang].skipped(quality.skippedCount, describeSkippedRow(lang, quality.skipped[0]));
}

/**
 * The one-line note on won rows whose quantity counts 0 (unreadable or negative): how many, and the first.
 *
 * @param lang The user's language.
 * @param quality The data quality of `readLog`.
 * @returns The note, or null when every quantity was read.
 * @example
 * summarizeQuantityIssues('en', quality) //=> '1 quantity counted as 0: row 7, “Qty”: the quantity “-2” is negative on a won row; counted as 0'
 */
export function summarizeQuantityIssues(
  lang: Lang,
  quality: Pick<DataQuality, 'quantityIssues'>,
): string | null {
  const issues = quality.quantityIssues;
  if (issues === undefined || issues.count === 0 || issues.listed.length === 0) return null;
  return messages[lang].quantityIssues(issues.count, describeSkippedRow(lang, issues.listed[0]));
}

/**
 * The note on report footer lines (`Grand Totals (48 records)`, `Итого`) that were ignored, not skipped.
 *
 * @param lang The user's language.
 * @param quality The data quality of `readLog`.
 * @returns The note, or null when the log had none.
 * @example
 * describeFooterLines('en', quality) //=> '3 footer lines after the data (report totals and notices) were ignored: they are no data rows.'
 */
export function describeFooterLines(lang: Lang, quality: Pick<DataQuality, 'footerLines'>): string | null {
  const count = quality.footerLines ?? 0;
  return count === 0 ? null : messages[lang].footerLines(count);
}

/**
 * The note on continuation lines (an order exported one line item per row) merged into their orders.
 *
 * @param lang The user's language.
 * @param quality The data quality of `readLog`.
 * @returns The note, or null when the log had none.
 * @example
 * describeContinuationLines('ru', quality) //=> '15 строк-продолжений (следующие позиции заказа выше) объединены со своими заказами.'
 */
export function describeContinuationLines(
  lang: Lang,
  quality: Pick<DataQuality, 'continuationLines'>,
): string | null {
  const count = quality.continuationLines ?? 0;
  return count === 0 ? null : messages[lang].continuationLines(count);
}

/**
 * Lists the status texts that were read as open because no vocabulary knows them, most frequent first, so the user
 * can map them.
 *
 * @param lang The user's language.
 * @param quality The data quality of `readLog`.
 * @returns The note, or null when every status was known.
 * @example
 * describeUnknownStatuses('en', quality)
 * //=> 'Statuses read as open: “Contract Sent” (51), “Qualified To Buy” (51). If one of them means won, lost or returned, add it in the sidebar.'
 */
export function describeUnknownStatuses(lang: Lang, quality: DataQuality): string | null {
  if (quality.unknownStatuses.length === 0) return null;
  const m = messages[lang];
  const items = quality.unknownStatuses.map(({ text, count }) => `${m.quote(text)} (${count})`);
  return m.unknownStatuses(listWithMore(lang, items, LISTED_STATUSES));
}

/** `a, b, c and 4 more`. */
function listWithMore(lang: Lang, items: readonly string[], limit: number): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} ${messages[lang].more(items.length - limit)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
