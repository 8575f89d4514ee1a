/**
 * How a language writes what is not a word: quotes, which plural form follows a count, where a currency symbol
 * goes, how a day and a quarter are written, how a list is joined. One object per language in this folder
 * (`en.ts`, `ru.ts`); code outside `src/kpi/i18n` asks `conventionsOf(lang)` instead of testing the language.
 */
export interface LocaleConventions {
  /** The quotes around a quoted name or value: “Date” / «Дата». */
  readonly quotes: readonly [open: string, close: string];
  /**
   * Which of a word's forms follows a count: English has `[one, other]`, Russian `[one, few, many]` (1 строка,
   * 3 строки, 5 строк, 11 строк, 21 строка).
   */
  readonly pluralIndex: (n: number) => 0 | 1 | 2;
  /** Where a currency symbol goes: `before` the amount without a space ($1,200.00), `after` it with one (1 200,00 ₽). */
  readonly money: 'before' | 'after';
  /** Regions whose dates are read month first (`11/05/2026` = November 5 in en_US); day first everywhere else. */
  readonly monthFirstRegions: readonly string[];
  /** A calendar day in a sentence or a header: ISO `2026-11-25` / `25.11.2026`. */
  readonly dayText: (year: number, month: number, day: number) => string;
  /** A quarter as a person reads it: `Q4 2026` / `4 кв. 2026`. */
  readonly quarterName: (quarter: number, year: number) => string;
  /** The BCP 47 tag `Intl` formats month names with (the sidebar, in the browser): `en-US` / `ru-RU`. */
  readonly intlTag: string;
  /** Between the items of a list: `, `. */
  readonly listSeparator: string;
  /** The word before the last of alternatives: `a, b or c` / `a, b или c`. */
  readonly or: string;
  /** The Sheets locale a new spreadsheet in this language gets (the CLI, the playground): `en_US` / `ru_RU`. */
  readonly sheetsLocale: string;
  /** The time zone of such a spreadsheet when none is given: `America/New_York` / `Europe/Moscow`. */
  readonly timeZone: string;
  /** The single-byte code page old files of this language are written in: `windows-1252` / `windows-1251`. */
  readonly legacyEncoding: 'windows-1251' | 'windows-1252';
}
