// Every spelling of a month name, English and Russian, one line per month: abbreviation(s), full name, and for
// Russian the nominative (`ноябрь`) and the genitive of a date (`5 ноября`). A trailing dot is dropped first.
const SPELLINGS = [
  'jan january янв январь января',
  'feb febr february фев февр февраль февраля',
  'mar march мар март марта',
  'apr april апр апрель апреля',
  'may май мая',
  'jun june июн июнь июня',
  'jul july июл июль июля',
  'aug august авг август августа',
  'sep sept september сен сент сентябрь сентября',
  'oct october окт октябрь октября',
  'nov november ноя нояб ноябрь ноября',
  'dec december дек декабрь декабря',
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  SPELLINGS.flatMap((line, i) => line.split(' ').map((word) => [word, i + 1] as const)),
);

/**
 * The month number of a month name in English or Russian: full, abbreviated (with or without a dot), and for
 * Russian the nominative and the genitive. Case-insensitive.
 *
 * @param word The word, e.g. `Nov`, `November`, `ноя.`, `ноября`, `Ноябрь`.
 * @returns 1–12, or 0 when the word is no month name.
 * @example
 * monthOfName('ноября') //=> 11
 * monthOfName('Sept.') //=> 9
 * monthOfName('Mon') //=> 0
 */
export function monthOfName(word: string): number {
  const key = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  return MONTHS.get(key) ?? 0;
}
