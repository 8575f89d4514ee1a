import { decimalSeparatorOf } from '../_lib/decimalSeparatorOf';
import type { PeriodType } from '../calendar/periods';
import { kpiTableMessages } from '../i18n/kpiTable';
import type { Lang } from '../i18n/lang';
import { FIELDS, STATUS_CLASSES, type StatusClass } from '../log/salesLog';
import type { ColumnChoices } from '../settings/reportSettings';

/** What the sidebar's ready `KPI_TABLE` formula is made of. */
export interface KpiTableFormulaInput {
  /** The sales sheet's name. */
  sheet: string;
  /** How many columns its header row has (the range ends at the last one). */
  width: number;
  /** The spreadsheet's locale: decimal-comma locales separate arguments with `;`. */
  locale: string;
  periodType: PeriodType;
  /** The user's language: the period type is written in it (`month`, `месяц`; `KPI_TABLE` reads both). @default 'en' */
  lang?: Lang;
  /** The user's column choices by header text (null = no such column). */
  columns: ColumnChoices;
  /** The user's status texts per class. */
  statuses: Partial<Record<StatusClass, readonly string[]>>;
}

/**
 * The `KPI_TABLE` formula that gives the report's figures with the user's column and status choices (spec §6),
 * ready to paste: the sales sheet from A1 to its last column, open downwards; the period type; then `columns` and
 * `statuses` as texts (`date=Close Date; status=-`, `Отгружен=won`) when there are choices. Arguments are separated
 * as the spreadsheet's locale writes them (`;` where the decimal mark is a comma).
 *
 * @param input The sheet, its width, the locale, the period type and the choices.
 * @returns The formula, starting with `=`.
 * @example
 * kpiTableFormula({ sheet: 'Sales', width: 11, locale: 'en_US', periodType: 'month',
 *   columns: { date: 'Close Date' }, statuses: { won: ['Отгружен'] } })
 * //=> '=KPI_TABLE(Sales!A1:K, "month", , , "date=Close Date", "Отгружен=won")'
 */
export function kpiTableFormula(input: KpiTableFormulaInput): string {
  const separator = decimalSeparatorOf(input.locale) === ',' ? '; ' : ', ';
  const columns = FIELDS.flatMap((field) => {
    const header = input.columns[field];
    return header === undefined ? [] : [`${field}=${header ?? '-'}`];
  });
  const statuses = STATUS_CLASSES.flatMap((statusClass) =>
    (input.statuses[statusClass] ?? []).map((text) => `${text}=${statusClass}`),
  );
  const args = [
    `${sheetReference(input.sheet)}!A1:${columnLetter(Math.max(input.width, 1) - 1)}`,
    stringLiteral(kpiTableMessages[input.lang ?? 'en'].periodTypes[input.periodType]),
    '',
    '',
    columns.length === 0 ? '' : stringLiteral(columns.join('; ')),
    statuses.length === 0 ? '' : stringLiteral(statuses.join('; ')),
  ];
  while (args[args.length - 1] === '') args.pop();
  return `=KPI_TABLE(${args.join(separator)})`;
}

/**
 * A column's letter as Sheets names it.
 *
 * @example
 * columnLetter(27) //=> 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name in a reference: quoted (`'Q4 deals'!`) unless it is one word that is not a cell name. */
function sheetReference(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
