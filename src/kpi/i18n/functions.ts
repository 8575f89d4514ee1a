import { plural } from '../_lib/plural';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';
import { quoted } from './locales';

/** Where a value sits inside a range argument: row and column counted from 1 within the range, not the sheet. */
export interface CellPosition {
  row: number;
  column: number;
}

/** A value as the user gave it, for a message: text, a number, a logical, or a date cell (its ISO day). */
export type ShownValue = string | number | boolean | { readonly date: string };

/** What is wrong with one value of a custom-function argument. */
export type ValueIssueCode =
  | 'not_a_number'
  | 'ambiguous_number'
  | 'logical_not_number'
  | 'date_not_number'
  | 'negative_count'
  | 'not_a_flag'
  | 'fraction_out_of_range';

/**
 * A bad argument of a custom function, as data: the words are made by `functionIssueMessage`.
 * `at` is null when the argument is a single value rather than a range.
 */
export type FunctionIssue =
  | {
      code: ValueIssueCode;
      fn: string;
      argument: string;
      at: CellPosition | null;
      value: ShownValue;
    }
  | {
      code: 'shape_mismatch';
      fn: string;
      argument: string;
      rows: number;
      columns: number;
      /** The earlier range argument whose shape this one should have had. */
      other: string;
      otherRows: number;
      otherColumns: number;
    }
  | {
      /** A range whose rows have different lengths (only code calling the functions can pass one). */
      code: 'ragged_range';
      fn: string;
      argument: string;
      /** The first row, from 1, whose length differs from the first row's. */
      row: number;
      /** That row's number of cells; null when it is not a row of cells at all. */
      columns: number | null;
      /** The first row's number of cells. */
      expected: number;
    };

const MAX_SHOWN_TEXT = 40;

/** The texts of custom-function errors. `v` is a value already shown in the language (`"abc"`, `«abc»`, `1,5`). */
export const functionMessages = defineMessages({
  en: {
    where: (fn: string, argument: string, at: CellPosition | null) =>
      at === null
        ? `${fn}: argument "${argument}": `
        : `${fn}: argument "${argument}", row ${at.row}, column ${at.column} of the range: `,
    text: (text: string) => `"${text}"`,
    number: (n: number) => String(n),
    logical: (value: boolean): string => (value ? 'TRUE' : 'FALSE'),
    not_a_number: (v: string) => `${v} is not a number.`,
    ambiguous_number: (v: string) =>
      `${v} is an ambiguous number: its separator may mark decimals or thousands. ` +
      `Type it without thousands separators, with the decimal separator of the spreadsheet's locale.`,
    logical_not_number: (v: string) => `${v} is a logical value, not a number.`,
    date_not_number: (v: string) => `${v} is a date, not a number.`,
    negative_count: (v: string) => `${v} is negative, but a count cannot be less than 0.`,
    not_a_flag: (v: string) => `${v} is not TRUE or FALSE (or 1 or 0).`,
    fraction_out_of_range: (v: string) =>
      `${v} is out of range: it must be a share above 0 and at most 1, such as 0.9 or 90%.`,
    shape: (rows: number, columns: number) =>
      `${rows} ${plural('en', rows, ['row', 'rows'])} × ${columns} ${plural('en', columns, ['column', 'columns'])}`,
    shape_mismatch: (fn: string, argument: string, shape: string, other: string, otherShape: string) =>
      `${fn}: argument "${argument}" is a range of ${shape}, but "${other}" is ${otherShape}; ` +
      `ranges must have the same number of rows and columns.`,
    ragged_range: (fn: string, argument: string, row: number, columns: number | null, expected: number) =>
      `${fn}: argument "${argument}" is not a rectangular range: row ${row} ` +
      (columns === null
        ? 'is not a row of cells'
        : `has ${columns} ${plural('en', columns, ['cell', 'cells'])}`) +
      `, but row 1 has ${expected}; every row must have the same number of cells.`,
  },
  ru: {
    where: (fn: string, argument: string, at: CellPosition | null) =>
      at === null
        ? `${fn}: аргумент «${argument}»: `
        : `${fn}: аргумент «${argument}», строка ${at.row}, столбец ${at.column} диапазона: `,
    text: (text: string) => quoted('ru', text),
    number: (n: number) => String(n).replace('.', ','),
    logical: (value: boolean): string => (value ? 'ИСТИНА' : 'ЛОЖЬ'),
    not_a_number: (v: string) => `${v} — не число.`,
    ambiguous_number: (v: string) =>
      `${v} — неоднозначное число: разделитель может отделять и дробную часть, и тысячи. ` +
      `Введите число без разделителей тысяч, с десятичным разделителем из региональных настроек таблицы.`,
    logical_not_number: (v: string) => `${v} — логическое значение, а не число.`,
    date_not_number: (v: string) => `${v} — дата, а не число.`,
    negative_count: (v: string) => `${v} — отрицательное число, а количество не может быть меньше 0.`,
    not_a_flag: (v: string) => `${v} — не ИСТИНА и не ЛОЖЬ (и не 1 или 0).`,
    fraction_out_of_range: (v: string) =>
      `${v} — вне допустимого диапазона: нужна доля больше 0 и не больше 1, например 0,9 или 90%.`,
    shape: (rows: number, columns: number) =>
      `${rows} ${plural('ru', rows, ['строка', 'строки', 'строк'])} × ` +
      `${columns} ${plural('ru', columns, ['столбец', 'столбца', 'столбцов'])}`,
    shape_mismatch: (fn: string, argument: string, shape: string, other: string, otherShape: string) =>
      `${fn}: аргумент «${argument}» — диапазон ${shape}, а «${other}» — ${otherShape}; ` +
      `диапазоны должны быть одного размера.`,
    ragged_range: (fn: string, argument: string, row: number, columns: number | null, expected: number) =>
      `${fn}: аргумент «${argument}» — не прямоугольный диапазон: в строке ${row} ` +
      (columns === null
        ? 'не ряд ячеек'
        : `${columns} ${plural('ru', columns, ['ячейка', 'ячейки', 'ячеек'])}`) +
      `, а в строке 1 — ${expected}; во всех строках должно быть одинаковое число ячеек.`,
  },
});

/**
 * A value as a message shows it: text quoted (and cut when long), numbers with the language's decimal mark,
 * logicals as Sheets names them, a date as its ISO day.
 *
 * @example
 * showValue('abc', 'ru') //=> '«abc»'
 */
export function showValue(value: ShownValue, lang: Lang): string {
  const m = functionMessages[lang];
  if (typeof value === 'string') {
    return m.text(value.length > MAX_SHOWN_TEXT ? `${value.slice(0, MAX_SHOWN_TEXT)}…` : value);
  }
  if (typeof value === 'number') return m.number(value);
  if (typeof value === 'boolean') return m.logical(value);
  return value.date;
}

/**
 * The message of a custom-function error, in the user's language: function, argument, position in the range,
 * the value and what is wrong with it.
 *
 * @param issue What is wrong.
 * @param lang The user's language (`langOf(spreadsheet locale)`).
 * @returns One sentence for the cell's error tooltip.
 * @example
 * functionIssueMessage(
 *   { code: 'not_a_number', fn: 'CONVERSION', argument: 'opportunities', at: { row: 3, column: 1 }, value: 'abc' },
 *   'en',
 * ) //=> 'CONVERSION: argument "opportunities", row 3, column 1 of the range: "abc" is not a number.'
 */
export function functionIssueMessage(issue: FunctionIssue, lang: Lang): string {
  const m = functionMessages[lang];
  if (issue.code === 'ragged_range') {
    return m.ragged_range(issue.fn, issue.argument, issue.row, issue.columns, issue.expected);
  }
  if (issue.code === 'shape_mismatch') {
    return m.shape_mismatch(
      issue.fn,
      issue.argument,
      m.shape(issue.rows, issue.columns),
      issue.other,
      m.shape(issue.otherRows, issue.otherColumns),
    );
  }
  return m.where(issue.fn, issue.argument, issue.at) + m[issue.code](showValue(issue.value, lang));
}
