import type { LocaleConventions } from './conventions';

const pad = (n: number) => String(n).padStart(2, '0');

/** English: “quotes”, one/other, `$1,200.00`, ISO days, `Q4 2026`. */
export const en: LocaleConventions = Object.freeze({
  quotes: ['“', '”'] as const,
  pluralIndex: (n: number) => (n === 1 ? 0 : 1),
  money: 'before',
  monthFirstRegions: ['US'],
  dayText: (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`,
  quarterName: (quarter: number, year: number) => `Q${quarter} ${year}`,
  intlTag: 'en-US',
  listSeparator: ', ',
  or: 'or',
  sheetsLocale: 'en_US',
  timeZone: 'America/New_York',
  legacyEncoding: 'windows-1252',
});
