// Weekday names that may open a date text (`Thu, 05 Nov 2026`, `Thursday, November 5, 2026`, `чт, 5 ноября 2026`).
const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'пн вт ср чт пт сб вс пон понедельник вторник среда четверг пятница суббота воскресенье'
  ).split(' '),
);

/**
 * Whether a word is a weekday name in English or Russian, full or abbreviated (a trailing dot is dropped).
 *
 * @param word The word, e.g. `Thu`, `Thursday`, `чт`.
 * @returns true for a weekday name.
 * @example
 * isWeekdayName('Thu.') //=> true
 * isWeekdayName('Nov') //=> false
 */
export function isWeekdayName(word: string): boolean {
  return WEEKDAYS.has((word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase());
}
