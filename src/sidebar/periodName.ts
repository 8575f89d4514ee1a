import { civilFromDay } from '../kpi/calendar/day';
import { parsePeriodLabel, periodEnd, periodStart } from '../kpi/calendar/periods';
import type { Lang } from '../kpi/i18n/lang';
import { conventionsOf } from '../kpi/i18n/locales';

/**
 * A period label as a person reads it, in the sidebar's language: `November 2026` / `Ноябрь 2026 г.`,
 * `Q4 2026` / `4 кв. 2026`, `2026-W47 · Nov 16–22`, `2026`. Uses the browser's `Intl`.
 *
 * @param label A period label (`2026-11`).
 * @param lang The language.
 * @returns The name; the label itself when it is not one.
 */
export function periodName(label: string, lang: Lang): string {
  const period = parsePeriodLabel(label);
  if (period === null) return label;
  const { intlTag: locale, quarterName } = conventionsOf(lang);
  const first = civilFromDay(periodStart(period));
  const utc = (c: { year: number; month: number; day: number }) =>
    new Date(Date.UTC(c.year, c.month - 1, c.day));
  switch (period.type) {
    case 'year':
      return label;
    case 'quarter': {
      const q = (period.index % 4) + 1;
      return quarterName(q, first.year);
    }
    case 'month': {
      const name = new Intl.DateTimeFormat(locale, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utc(first));
      return name.charAt(0).toUpperCase() + name.slice(1);
    }
    case 'week': {
      const last = civilFromDay(periodEnd(period) - 1);
      const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
      return `${label} · ${format.format(utc(first))}–${format.format(utc(last))}`;
    }
  }
}
