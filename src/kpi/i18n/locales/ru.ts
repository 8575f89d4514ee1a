import type { LocaleConventions } from './conventions';

const pad = (n: number) => String(n).padStart(2, '0');

/** Russian: «ёлочки», one/few/many, `1 200,00 ₽`, `25.11.2026`, `4 кв. 2026`. */
export const ru: LocaleConventions = Object.freeze({
  quotes: ['«', '»'] as const,
  pluralIndex: (n: number) => {
    const mod10 = n % 10;
    const mod100 = n % 100;
    if (mod10 === 1 && mod100 !== 11) return 0;
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1;
    return 2;
  },
  money: 'after',
  monthFirstRegions: [],
  dayText: (year: number, month: number, day: number) => `${pad(day)}.${pad(month)}.${year}`,
  quarterName: (quarter: number, year: number) => `${quarter} кв. ${year}`,
  intlTag: 'ru-RU',
  listSeparator: ', ',
  or: 'или',
  sheetsLocale: 'ru_RU',
  timeZone: 'Europe/Moscow',
  legacyEncoding: 'windows-1251',
});
