// Texts that CRMs and people put in a date cell to say "there is no date (yet)", compared after `normalizeNoDate`.
// amoCRM writes «не закрыта» for the close date of an open deal; others write a dash, `none`, `n/a` or `null`
// (database and API dumps). Kept short on purpose: any other text is an unreadable date, reported to the user.
const NO_DATE_TEXTS: ReadonlySet<string> = new Set([
  // Russian
  'не закрыта',
  'не закрыт',
  'не закрыто',
  'нет',
  'нет даты',
  'без даты',
  'не указана',
  'не указано',
  'н/д',
  // English
  'not closed',
  'none',
  '(none)',
  'no date',
  'n/a',
  'na',
  'null',
  'not set',
  // dashes: hyphen, en dash, em dash, minus sign, and doubled
  '-',
  '--',
  '–',
  '—',
  '−',
]);

const SPACES = /\s+/g;
// The zero date of MySQL dumps (WooCommerce's `0000-00-00 00:00:00` for an order never paid) and of 1C
// (`00.00.0000`): no date, not an unreadable one.
const ZERO_DATE = /^\s*0{2,4}([-./])00\1(?:0{2,4})(?:[\sT]+0{1,2}:00(?::00)?)?\s*$/;

/**
 * Whether a date cell's text says there is no date: `не закрыта`, `нет`, `not closed`, `none`, `n/a`, `null`,
 * `-`, `—` … (spec §1.1), or is a zero date (`0000-00-00 00:00:00`, `00.00.0000`). Compared trimmed, case-insensitive, `ё` = `е`, inner spaces collapsed. Such a cell is
 * an empty date, like a blank one, never an unreadable one.
 *
 * @param text The cell text.
 * @returns true when the text means "no date".
 * @example
 * isNoDateText(' Не  закрыта ') //=> true
 * isNoDateText('05.11.2026') //=> false
 */
export function isNoDateText(text: string): boolean {
  // Every no-date text is short: a length check keeps the million date texts of a log off the regex.
  if (text.length > 24) return false;
  if (text.includes('00') && ZERO_DATE.test(text)) return true;
  return NO_DATE_TEXTS.has(text.trim().replace(SPACES, ' ').toLowerCase().replace(/ё/g, 'е'));
}
